/** The ratings lines of the table report: wording, the cap, the width, control characters. */
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/core/engine.js';
import type { DisagreementRecord, RatingsReport } from '../../src/core/ratings.js';
import { describeDisagreement, ratingsLines } from '../../src/render/ratings-lines.js';
import { plainPalette } from '../../src/render/style.js';

const d = (account: string, more: Partial<DisagreementRecord> = {}): DisagreementRecord => ({
  account,
  factor: 'Product quality',
  competitor: null,
  score: 5,
  raters: [{ rater: 'ana', score: 2 }, { rater: 'ben', score: 7.25 }],
  spread: 5.25,
  spreadPct: (100 * 5.25) / 9,
  ...more,
});
const ev = (strength: 'relative' | 'absolute', n: number) => ({ method: { strength }, scope: Uint32Array.from({ length: n }, (_, i) => i) }) as unknown as Evaluation;
const report = (disagreements: DisagreementRecord[], competitors: RatingsReport['competitors'] = null): RatingsReport => ({ aggregate: 'median', disagreements, competitors });

describe('describeDisagreement', () => {
  it('names the raters and the rounded spread; anonymous scores stand alone; competitors after "vs"', () => {
    // spread 5.25 of 9 = 58.3 % → 58 %
    expect(describeDisagreement(d('C1'))).toBe('C1 Product quality: ana 2, ben 7.25 (spread 58 %)');
    expect(describeDisagreement(d('C1', { competitor: 'Acme', raters: [{ rater: null, score: 1 }, { rater: null, score: 4 }] }))).toBe(
      'C1 Product quality vs Acme: 1, 4 (spread 58 %)',
    );
  });

  it('strips control characters from names', () => {
    expect(describeDisagreement(d('C1\u001b[31m', { competitor: 'A\u202ecme' }))).toBe('C1[31m Product quality vs Acme: ana 2, ben 7.25 (spread 58 %)');
  });
});

describe('ratingsLines', () => {
  it('says "none" when the team agrees, and nothing about relative strength without competitors', () => {
    expect(ratingsLines(report([]), ev('absolute', 3), 80, plainPalette)).toEqual(['Disagreements (spread ≥ 30 % of the scale): none.']);
  });

  it('counts the accounts with competitor ratings in relative mode', () => {
    const competitors = new Map([[1, []]]);
    expect(ratingsLines(report([], competitors), ev('relative', 3), 80, plainPalette).slice(0, 2)).toEqual([
      'Strength is relative: 50 = parity with the best competitor.',
      '1 of 3 accounts have competitor ratings; the others use ours alone.',
    ]);
  });

  it('shows ten, then counts the rest; every line fits the width', () => {
    const list = Array.from({ length: 13 }, (_, i) => d(`C${i + 1} with a rather long account key`));
    expect(ratingsLines(report(list), ev('absolute', 13), 80, plainPalette)[0]).toBe('Disagreements (spread ≥ 30 % of the scale): 13');
    const lines = ratingsLines(report(list), ev('absolute', 13), 40, plainPalette);
    expect(lines).toHaveLength(1 + 10 + 1);
    expect(lines[11]).toBe('  … and 3 more (all of them in --format…');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines[1].endsWith('…')).toBe(true);
  });
});
