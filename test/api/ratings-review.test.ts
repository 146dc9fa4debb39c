/**
 * The library API's ratings and review (src/api/index.ts) against the command line: ratings.csv
 * from text or bytes scores as `kam select --ratings` does; the review of two results is the
 * kam/review@1 document `kam review --format json` writes, with the same gates; stability is the
 * computation of `--stability`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError, parseCriteria, parseCustomers, parseRatings, project, readProject, readReview, review, score, UsageError } from '../../src/api/index.js';
import { kam, ROOT, tempDir } from '../helpers/run-kam.js';
import { assertKamDocument } from '../helpers/schemas.js';

const EPOCH = '1795428000';
const generatedAt = new Date(Number(EPOCH) * 1000).toISOString();
const env = { SOURCE_DATE_EPOCH: EPOCH };
const read = (p: string): Buffer => readFileSync(join(ROOT, p));
const CRITERIA = 'examples/criteria.csv';
const CUSTOMERS = 'examples/customers.csv';
const RATINGS = 'examples/ratings.csv';

describe('ratings from text or bytes', () => {
  test('parseRatings gives the rows of ratings.csv, checked (line 2: C001, Access to decision makers, Ana, 9)', () => {
    const criteria = parseCriteria(read(CRITERIA));
    const customers = parseCustomers(read(CUSTOMERS), criteria);
    const rows = parseRatings(read(RATINGS), criteria, customers);
    // 363 lines: the header and 362 ratings, one of them NA (line 139, Chen did not rate C008's technical support) and left out.
    expect(rows).toHaveLength(361);
    expect(rows.some((r) => r.line === 139)).toBe(false);
    expect(rows.find((r) => r.line === 140)).toBeDefined();
    expect(rows[0]).toEqual({ account: 'C001', factor: 'Access to decision makers', competitor: null, rater: 'Ana', score: 9, line: 2 });
    expect(rows[1]).toEqual({ account: 'C001', factor: 'Access to decision makers', competitor: null, rater: 'Ben', score: 8, line: 3 });
    expect(rows.filter((r) => r.competitor === 'Adhesa')).toHaveLength(64);
    expect(rows.filter((r) => r.competitor === null)).toHaveLength(233); // 234 rows of us, less the NA
    // Text and bytes read alike; without customers the accounts are not checked.
    expect(parseRatings(read(RATINGS).toString('utf8'), criteria)).toEqual(rows);
  });

  test('problems name file, line and field, all at once; unknown accounts only against the customers', () => {
    const criteria = parseCriteria(read(CRITERIA));
    const customers = parseCustomers(read(CUSTOMERS), criteria);
    const bad = 'account,factor,score\nC001,Shoe size,5\nC002,Access to decision makers,11\nC999,Access to decision makers,5\n';
    let caught: unknown;
    try {
      parseRatings(bad, criteria, customers, { file: 'team.csv' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    const lines = (caught as InputError).lines();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^team\.csv, line 2, field "factor": "Shoe size" is not a factor of the criteria/);
    expect(lines[1]).toMatch(/^team\.csv, line 3, field "score": 11 is outside the scale 1\.\.10 of "Access to decision makers"/);
    expect(lines[2]).toMatch(/^team\.csv, line 4, field "account": no account "C999" in /);
    // Without the customers, C999 is no problem: two remain.
    expect(() => parseRatings(bad, criteria, undefined, { file: 'team.csv' })).toThrow(InputError);
    try {
      parseRatings(bad, criteria, undefined, { file: 'team.csv' });
    } catch (e) {
      expect((e as InputError).lines()).toHaveLength(2);
    }
  });

  test('project() with ratings scores as kam select --ratings (median and mean), and as readProject does', async () => {
    for (const aggregate of ['median', 'mean'] as const) {
      const p = project(read(CUSTOMERS), read(CRITERIA).toString('utf8'), { customersFile: CUSTOMERS, criteriaFile: CRITERIA, ratings: read(RATINGS), ratingsFile: RATINGS, aggregate });
      const scored = score(p, { capacity: 8, generatedAt });
      const r = kam(['select', CUSTOMERS, '-f', 'json', '--capacity', '8', '--ratings', RATINGS, '--aggregate', aggregate], { env });
      expect(r.code, r.stderr).toBe(0);
      expect(scored.result, aggregate).toEqual(JSON.parse(r.stdout));
      expect(scored.result.inputs.ratings).toEqual({ path: RATINGS, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const fromPaths = score(await readProject({ customers: CUSTOMERS, ratings: RATINGS, aggregate, cwd: ROOT }), { capacity: 8, generatedAt });
      expect(scored.result).toEqual(fromPaths.result);
    }
    // The ratings change the result: a run without them differs.
    const plain = score(project(read(CUSTOMERS), read(CRITERIA)), { capacity: 8, generatedAt });
    const rated = score(project(read(CUSTOMERS), read(CRITERIA), { ratings: read(RATINGS) }), { capacity: 8, generatedAt });
    expect(rated.result.accounts.map((a) => a.attractiveness)).not.toEqual(plain.result.accounts.map((a) => a.attractiveness));
    expect(() => project(read(CUSTOMERS), read(CRITERIA), { ratings: read(RATINGS), aggregate: 'mode' as never })).toThrow(/aggregate: "mode" is not one of/);
  });
});

describe('a project is scored as often as asked', () => {
  test('scoring the same project again (other options, then the first again) gives the same result', async () => {
    for (const p of [await readProject({ customers: CUSTOMERS, cwd: ROOT }), project(read(CUSTOMERS), read(CRITERIA))]) {
      const first = score(p, { capacity: 8, generatedAt });
      const other = score(p, { split: 'median', generatedAt });
      expect(other.result.method.split.rule).toBe('median');
      expect(score(p, { capacity: 8, generatedAt }).result).toEqual(first.result);
    }
  });
});

describe('stability', () => {
  test('score(…, { stability }) is the computation of --stability: same seed, same counts; another seed, other counts', async () => {
    const p = await readProject({ customers: CUSTOMERS, cwd: ROOT });
    const ours = score(p, { stability: { runs: 200, seed: 7, perturb: 0.3 }, generatedAt });
    const r = kam(['select', CUSTOMERS, '-f', 'json', '--stability', '200', '--seed', '7', '--perturb', '0.3'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(ours.result).toEqual(JSON.parse(r.stdout));
    expect(ours.result.method.stability).toMatchObject({ runs: 200, seed: 7, perturb: 0.3 });
    const other = score(p, { stability: { runs: 200, seed: 8, perturb: 0.3 }, generatedAt });
    expect(other.result.accounts.map((a) => a.stability)).not.toEqual(ours.result.accounts.map((a) => a.stability));
  });
});

describe('review', () => {
  // The CI example: last quarter's result, and this quarter's scored with its decisions (kam review --customers --save-result).
  function quarters(): { dir: string; q3: string; q4: string } {
    const dir = tempDir();
    const q4 = join(dir, 'q4.json');
    const r = kam(['review', 'examples/ci/result-2026-q3.json', '--customers', 'examples/ci/customers-2026-q4.csv', '--save-result', q4, '-f', 'json'], { env });
    expect(r.code, r.stderr).toBe(0);
    return { dir, q3: 'examples/ci/result-2026-q3.json', q4 };
  }

  test('the review of two results is what kam review --format json writes, gates included (exit 3 ↔ passed false)', async () => {
    const { q3, q4 } = quarters();
    const cli = kam(['review', q3, q4, '-f', 'json', '--fail-on', 'demotion', '--fail-on', 'drop:15'], { env });
    expect(cli.code).toBe(3);
    const theirs = JSON.parse(cli.stdout);
    const texts = [read(q3), readFileSync(q4, 'utf8')];
    const ours = review(texts, { failOn: ['demotion', 'drop:15'], labels: [q3, q4], generatedAt });
    assertKamDocument(ours.document, 'review().document');
    expect(ours.document).toEqual(theirs);
    // Hand-checked against the two files: C012 and C031 entered, C005 and C007 left (C005 key → maintenance), C031 new, C023 gone.
    expect(ours.document.movements).toEqual({
      entered: ['C012', 'C031'],
      left: ['C007', 'C005'],
      quadrantChanges: [
        { id: 'C012', from: 'key-development', to: 'key', direction: 'up' },
        { id: 'C005', from: 'key', to: 'maintenance', direction: 'down' },
      ],
      new: ['C031'],
      vanished: ['C023'],
    });
    expect(ours.passed).toBe(false);
    expect(ours.violations.map((v) => [v.gate, v.id])).toEqual([['demotion', 'C005'], ['drop:15', 'C005']]);
    expect(ours.violations[1].message).toBe('drop:15: C005 Halvorsen, Lund & Partners Logistics: attractiveness fell 25.8 points (62.2 → 36.4).');
    // The same from paths, from parsed JSON, and with a gate set that passes.
    expect((await readReview([q3, q4], { failOn: 'demotion,drop:15', cwd: ROOT, generatedAt })).document).toEqual(theirs);
    expect(review([JSON.parse(texts[0].toString()), JSON.parse(texts[1].toString())], { failOn: 'demotion,drop:15', labels: [q3, q4], generatedAt }).document).toEqual(theirs);
    const loose = review(texts, { failOn: 'drop:30', generatedAt });
    expect(loose).toMatchObject({ passed: true, violations: [] });
    expect(loose.document.snapshots.map((s) => s.label)).toEqual(['snapshot 1', 'snapshot 2']);
    const none = kam(['review', q3, q4, '-f', 'json'], { env });
    expect(none.code).toBe(0);
    expect(review(texts, { labels: [q3, q4], generatedAt }).document).toEqual(JSON.parse(none.stdout));
  });

  test('what score() returns can be reviewed against an earlier result', async () => {
    const { dir, q3 } = quarters();
    const scored = score(await readProject({ customers: CUSTOMERS, cwd: ROOT }), { capacity: 8, generatedAt });
    const file = join(dir, 'now.json');
    const s = kam(['select', CUSTOMERS, '-f', 'json', '--capacity', '8', '-o', file], { env });
    expect(s.code, s.stderr).toBe(0);
    const cli = kam(['review', q3, file, '-f', 'json'], { env });
    expect(cli.code, cli.stderr).toBe(0);
    expect(review([read(q3), scored], { labels: [q3, file], generatedAt }).document).toEqual(JSON.parse(cli.stdout));
  });

  test('bad documents are input errors naming the snapshot; bad gates and one snapshot usage errors', async () => {
    const q3 = read('examples/ci/result-2026-q3.json');
    expect(() => review([q3, '{"schema":"kam/result@2"}'], { labels: ['old.json', 'new.json'] })).toThrow(/^new\.json: the schema kam\/result@2 is newer than this kam can read/);
    expect(() => review([q3, 'not json'])).toThrow(InputError);
    expect(() => review([q3, q3], { failOn: 'demolition' })).toThrow(UsageError);
    expect(() => review([q3])).toThrow(/review needs two or more snapshots \(oldest first\); there is 1/);
    await expect(readReview(['examples/ci/result-2026-q3.json', 'nope.json'], { cwd: ROOT })).rejects.toThrow(InputError);
  });
});
