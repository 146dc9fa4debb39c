/** The workshop on a Windows-1252 export: the replay hint keeps --encoding, the agreed criteria read back. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeText } from '../../src/load/encoding.js';
import { exampleDir, readSessionFile, replay, workshop } from './helpers.js';

/** The examples as Windows-1252, with an accented account name and factor name. */
function cp1252Dir(): string {
  const dir = exampleDir();
  for (const f of ['customers.csv', 'criteria.csv', 'ratings.csv']) {
    const text = readFileSync(join(dir, f), 'utf8').replace('Nordhavn Foods', 'Société Nordhavn €').replaceAll('Product quality', 'Qualité produit');
    writeFileSync(join(dir, f), encodeText(text, 'windows-1252', f));
  }
  return dir;
}

describe('the workshop with --encoding windows-1252', () => {
  it('suggests a replay with the same --encoding, which gives the session’s result; the agreed criteria get a UTF-8 BOM', async () => {
    const dir = cp1252Dir();
    const run = await workshop(dir, { 'review.writeCriteria': true, 'review.criteriaFile': 'agreed.csv' }, { encoding: 'windows-1252', ratings: 'ratings.csv' });
    expect(run.code).toBe(0);
    const hint = 'kam select customers.csv --encoding windows-1252 --session kam-session.json --no-interactive';
    expect(run.prompter.transcript.join('\n')).toContain(hint);
    expect(run.prompter.transcript.join('\n')).toContain('Société Nordhavn €');
    const r = await replay(dir, { encoding: 'windows-1252' });
    expect(r.stderr).not.toMatch(/not valid|not a character/); // the examples' ratings warn of disagreements
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).accounts).toEqual(readSessionFile(dir).result?.accounts);
    const agreed = readFileSync(join(dir, 'agreed.csv'));
    expect([...agreed.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(agreed.toString('utf8')).toContain('Qualité produit');
  });
});
