/** The whole workshop with --ratings, then the replay without a terminal: the settled scores are re-applied. */
import { appendFileSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { KamResult } from '../../src/core/result.js';
import type { Session } from '../../src/session/schema.js';
import { CANCEL, exampleDir, readSessionFile, replay, SETTLING, ticked, workshop, type Script } from './helpers.js';


/** A result without its time and, for a replay, the record of the session it replayed (`method.session`). */
const withoutTime = (r: KamResult) => {
  const { session: _replayed, ...method } = r.method;
  return { ...r, generatedAt: 'x', method };
};
const account = (r: KamResult, id: string) => r.accounts.find((a) => a.id === id)!;

describe('the workshop with --ratings', () => {
  test('Enter through everything costs one key press per axis with disagreements', async () => {
    const dir = exampleDir();
    const r = await workshop(dir, {}, { ratings: 'ratings.csv' });
    expect(r.code).toBe(0);
    expect(r.prompter.asked).toHaveLength(21); // the 19 of a walk without ratings, and one per axis to keep the aggregates
    const s = readSessionFile(dir);
    expect(s.answers.attractiveness?.settled).toBeUndefined();
    // The same result as the non-interactive run with the same ratings.
    const plain = await replay(dir, { session: undefined, ratings: 'ratings.csv', criteria: 'criteria.csv' });
    const direct = JSON.parse(plain.stdout) as KamResult;
    expect(s.result?.accounts.map((a) => [a.id, a.attractiveness, a.strength, a.quadrant])).toEqual(direct.accounts.map((a) => [a.id, a.attractiveness, a.strength, a.quadrant]));
    expect(s.result?.disagreements).toEqual(direct.disagreements);
    expect(s.result?.method.strength).toBe('relative');
  });

  test('settled scores are recorded, shown in the result, and re-applied by the replay (same JSON)', async () => {
    const dir = exampleDir();
    const r = await workshop(dir, SETTLING, { ratings: 'ratings.csv' });
    expect(r.code).toBe(0);
    expect(r.prompter.remaining).toBe(0);
    const s = readSessionFile(dir);
    expect(s.inputs.ratings).toEqual({ path: 'ratings.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(s.answers.attractiveness?.settled).toEqual([
      expect.objectContaining({ account: 'C007', factor: 'Access to decision makers', competitor: null, score: 4, reason: 'Ana met the new CEO' }),
    ]);
    expect(s.answers.strength?.settled).toEqual([
      expect.objectContaining({ account: 'C003', factor: 'Delivery reliability', competitor: 'Adhesa', score: 9, reason: 'Adhesa was on time all year' }),
    ]);
    const saved = s.result!;
    expect(saved.inputs.ratings).toEqual(s.inputs.ratings);
    expect(saved.disagreements.find((d) => d.account === 'C007')).toMatchObject({ score: 6, settled: { score: 4, reason: 'Ana met the new CEO' } });
    expect(saved.disagreements.filter((d) => d.settled)).toHaveLength(2);

    // The replay reads the recorded ratings file and gives the workshop's JSON.
    const again = await replay(dir);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/changed since/);
    const replayed = JSON.parse(again.stdout) as KamResult;
    expect(withoutTime(replayed)).toEqual(withoutTime(saved));

    // Without the settlements the same replay scores C007 and C003 differently: they really are re-applied.
    const bare = JSON.parse(readFileSync(join(dir, 'kam-session.json'), 'utf8')) as Session;
    delete bare.answers.attractiveness!.settled;
    delete bare.answers.strength!.settled;
    writeFileSync(join(dir, 'bare.json'), JSON.stringify(bare));
    const unsettled = JSON.parse((await replay(dir, { session: 'bare.json' })).stdout) as KamResult;
    // Access weighs 15 %: 6 → 4 on 1..10 is 100 × 0.15 × 2/9 = 3.33 points of attractiveness.
    expect(account(unsettled, 'C007').attractiveness - account(replayed, 'C007').attractiveness).toBeCloseTo(100 * 0.15 * (2 / 9), 9);
    expect(account(unsettled, 'C003').strength - account(replayed, 'C003').strength).toBeCloseTo((100 * 0.25 * 1.5) / 18, 9);
  });

  test('the replay warns when the ratings file changed, and --ratings names another file', async () => {
    const dir = exampleDir();
    await workshop(dir, SETTLING, { ratings: 'ratings.csv' });
    appendFileSync(join(dir, 'ratings.csv'), 'C001,Product quality,,Dana,8\n');
    const changed = await replay(dir);
    expect(changed.code).toBe(0);
    expect(changed.stderr).toContain('kam: warning: ratings.csv has changed since the session recorded it (sha256 differs)');
    const doc = JSON.parse(changed.stdout) as KamResult;
    expect(doc.disagreements.find((d) => d.account === 'C007')?.settled).toEqual({ score: 4, reason: 'Ana met the new CEO' });

    // A file without C007's ratings: that settled score matches nothing and is reported, not applied.
    const lines = readFileSync(join(dir, 'ratings.csv'), 'utf8').split('\n').filter((l) => !l.startsWith('C007,Access'));
    writeFileSync(join(dir, 'other.csv'), lines.join('\n'));
    const other = await replay(dir, { ratings: 'other.csv' });
    expect(other.code).toBe(0);
    expect(other.stderr).toContain('kam: warning: The settled score of C007 Access to decision makers matches no rating in other.csv any more; it is not applied.');
    expect((JSON.parse(other.stdout) as KamResult).inputs.ratings?.path).toBe('other.csv');
  });

  test('a team that drops a rated factor can still replay', async () => {
    const dir = exampleDir();
    // Step 8: only three strength factors (Price competitiveness and Ease of doing business are rated but dropped).
    const script: Script = { 'strength.factors': ticked('Product quality', 'Delivery reliability', 'Technical support') };
    expect((await workshop(dir, script, { ratings: 'ratings.csv' })).code).toBe(0);
    const again = await replay(dir);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as KamResult).factors.filter((f) => f.axis === 'strength')).toHaveLength(3);
  });

  test('--resume without --ratings reads the recorded ratings file, warning when it changed', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, { ...SETTLING, 'selection.change': CANCEL }, { ratings: 'ratings.csv' })).code).toBe(130);
    appendFileSync(join(dir, 'ratings.csv'), 'C001,Product quality,,Dana,8\n');
    const r = await workshop(dir, {}, { resume: true });
    expect(r.code).toBe(0);
    expect(r.prompter.transcript).toContain('Warning: ratings.csv has changed since the session recorded it (sha256 differs); the settled scores still apply where the same ratings exist.');
    const s = readSessionFile(dir);
    expect(s.result?.disagreements.filter((d) => d.settled).map((d) => d.account)).toEqual(['C003', 'C007']);
    expect(s.result?.inputs.ratings?.sha256).toBe(s.inputs.ratings?.sha256);
  });

  test('--aggregate mean is the session\'s method, and the replay aggregates the same way', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {}, { ratings: 'ratings.csv', aggregate: 'mean' })).code).toBe(0);
    const s = readSessionFile(dir);
    expect(s.method?.aggregate).toBe('mean');
    expect(s.result?.method.aggregate).toBe('mean');
    // C007 Access: Ana 3, Ben 7, Chen 6 → mean 16/3.
    expect(s.result?.disagreements.find((d) => d.account === 'C007')?.score).toBe(5.33333333333); // 16/3 to 12 significant digits (METHOD.md §3)
    expect(withoutTime(JSON.parse((await replay(dir)).stdout) as KamResult)).toEqual(withoutTime(s.result!));
  });

  test('--ratings without a criteria file is a usage error before any question', async () => {
    const dir = exampleDir();
    unlinkSync(join(dir, 'criteria.csv'));
    const r = await workshop(dir, {}, { ratings: 'ratings.csv' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ratings rate the factors of a criteria file, and there is none at criteria.csv');
  });
});

describe('the workshop on a saved session next quarter', () => {
  test('rated accounts that left the export: the workshop says so once and goes on (a fresh workshop with --ratings still refuses)', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {}, { ratings: 'ratings.csv' })).code).toBe(0);
    const lines = readFileSync(join(dir, 'customers.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, 'customers.csv'), lines.filter((l) => !l.startsWith('C002,')).join('\n'));
    // Next quarter: the team opens the saved session again, the ratings file it recorded is read.
    const again = await workshop(dir, {});
    expect(again.code, again.stderr).toBe(0);
    const warning =
      'Warning: 34 rating rows of 1 account that is no longer in customers.csv were left out of ratings.csv: C002 ' +
      '(ratings.csv is the ratings file recorded in kam-session.json (inputs.ratings); give --ratings FILE to read another).';
    expect(again.prompter.transcript.filter((l) => l.includes('left out'))).toEqual([warning]);
    expect(readSessionFile(dir).result?.accounts.some((a) => a.id === 'C002')).toBe(false);
    // The session's paths stay relative to it; the resumed walk reads it from there.
    const resumed = await workshop(dir, {}, { resume: true });
    expect(resumed.code).toBe(0);
    // Without a saved session, ratings named on the command line must match the export.
    unlinkSync(join(dir, 'kam-session.json'));
    const fresh = await workshop(dir, {}, { ratings: 'ratings.csv' });
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toContain('kam: ratings.csv, line');
    expect(fresh.stderr).toContain('no account "C002" in customers.csv');
  });

  test('a session kept in another folder records its paths relative to itself and replays from anywhere', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {}, { ratings: 'ratings.csv', session: 'sessions/q1.json' })).code).toBe(0);
    const s = readSessionFile(dir, 'sessions/q1.json');
    expect(s.inputs.customers.path).toBe('../customers.csv');
    expect(s.inputs.ratings?.path).toBe('../ratings.csv');
    expect(s.result?.inputs.ratings.path).toBe('../ratings.csv');
    expect(s.answers.review?.written).toEqual(['../kam-selection.md', '../kam-selection.json', '../kam-selection.csv', '../kam-selection.html']);
    // The written results record their inputs relative to themselves.
    expect((JSON.parse(readFileSync(join(dir, 'kam-selection.json'), 'utf8')) as KamResult).inputs.ratings.path).toBe('ratings.csv');
    const r = await replay(join(dir, 'sessions'), { session: 'q1.json' }, '../customers.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(withoutTime(JSON.parse(r.stdout) as KamResult).accounts).toEqual(withoutTime(s.result!).accounts);
  });
});
