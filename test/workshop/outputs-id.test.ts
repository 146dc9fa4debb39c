/** The brief's review date per language (ISO in English as before, in words in Indonesian), and its movement said in the reader's language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/index.js';
import { markdownSafe } from '../../src/render/escape.js';
import type { Session } from '../../src/session/schema.js';
import { briefSections, reviewDate } from '../../src/workshop/outputs.js';
import { ROOT } from '../helpers/run-kam.js';

describe('the next review date in the brief', () => {
  afterEach(() => useLanguage('en'));
  it('English keeps the ISO date; Indonesian writes the day as Intl id-ID does', () => {
    expect(reviewDate('2027-03-04')).toBe('2027-03-04');
    useLanguage('id');
    expect(reviewDate('2027-03-04')).toBe('Kamis, 04 Maret 2027');
    expect(reviewDate('not a date')).toBe('not a date');
  });
});

describe("the brief's movement since the last review", () => {
  afterEach(() => useLanguage('en'));
  const session = JSON.parse(readFileSync(join(ROOT, 'test/golden/expected/workshop-choices.kam-session.json'), 'utf8')) as Session;
  const since = (s: Session): string => briefSections(s).find((x) => x.body.includes('C013'))!.body;

  it('is said in the reader\'s language from the movement the session keeps, whatever language recorded it', () => {
    const en = since(session);
    expect(en.split('\n').filter((l) => l.startsWith('- '))).toEqual(session.answers.review!.moved.map((m) => `- ${markdownSafe(m)}`));
    useLanguage('id');
    const id = since(session);
    expect(id).toContain('C022: tidak lagi ada di portofolio');
    expect(id).toContain('Baltic Brewing Group');
    for (const m of session.answers.review!.moved) expect(id).not.toContain(markdownSafe(m));
    expect(id).not.toMatch(/no longer in the portfolio|newly selected|released from/);
  });

  it('a session of an older version (English sentences only) shows them as recorded', () => {
    const older = structuredClone(session);
    delete older.answers.review!.movement;
    useLanguage('id');
    expect(since(older)).toContain('C022: no longer in the portfolio');
  });
});
