/**
 * Issue 12's "done when": four quarters tried as a new user would, with kam installed from its
 * tarball by the workflow's own install step into a clean prefix (no devDependencies).
 *
 * - Q1: the selection team's workshop with ratings (scripted through main(), the answers by
 *   question id; two disagreements settled), replayed by the installed binary.
 * - Q2: the export lost two accounts (C002, rated by the team, and C023) and gained one (C031):
 *   the replay and the review re-apply the team's ratings and settled scores, one warning for the
 *   rating rows of the account that left, no method change, no spurious movement, gates pass.
 * - Q3: the team reruns the workshop from last quarter's answers and changes two weights: the
 *   review lists both changes, warns, fails `--fail-on method-change`, rescores Q2's data with
 *   the new method and labels every move "method"; the data gates pass.
 * - Q4: everything copied to another machine's path (the first machine's folder deleted) and run
 *   from another folder: replay and review find every recorded file; C005 is demoted by the data
 *   (exit 3); a session recorded by an older kam with absolute and Windows paths replays the same.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KamResult } from '../../src/core/result.js';
import type { ReviewDocument } from '../../src/core/review.js';
import type { Session } from '../../src/session/schema.js';
import { cleanEnv, devOnlyInstalled, packKam } from '../helpers/package.js';
import { ROOT, tempDir, type RunResult } from '../helpers/run-kam.js';
import { checkRunOutputs } from '../helpers/schemas.js';
import { SETTLING, workshop } from '../workshop/helpers.js';

const examples = join(ROOT, 'examples');
const workflow = readFileSync(join(ROOT, 'examples/ci/kam-quarterly-review.yml'), 'utf8');

let prefix = '';
/** The installed kam, as a user runs it: on the PATH of a clean environment (its JSON documents checked against schemas/). */
function kam(cwd: string, args: string[]): RunResult {
  const r = spawnSync('kam', args, { cwd, env: cleanEnv(prefix, { SOURCE_DATE_EPOCH: '1795428000' }), encoding: 'utf8' });
  const result = { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  checkRunOutputs(args, cwd, result);
  return result;
}
const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const scores = (accounts: Array<{ id: string; rank: number; attractiveness: number; strength: number; quadrant: string; selected: boolean }>) =>
  accounts.map((a) => [a.id, a.rank, a.attractiveness, a.strength, a.quadrant, a.selected]);

/** The example export without some accounts, with extra rows appended, and some cells changed. */
function exportOf(drop: string[], extra: string[], edit: (line: string) => string = (l) => l): string {
  const lines = readFileSync(join(examples, 'customers.csv'), 'utf8').trimEnd().split('\n');
  return `${[...lines.filter((l) => !drop.some((id) => l.startsWith(`${id},`))), ...extra].map(edit).join('\n')}\n`;
}
const ciQ4 = readFileSync(join(examples, 'ci/customers-2026-q4.csv'), 'utf8').split('\n');
const SOLBERG = ciQ4.find((l) => l.startsWith('C031,'))!;
/** C005 Halvorsen as the CI example's next quarter has it: spend and fit fell. */
const HALVORSEN_Q4 = ciQ4.find((l) => l.startsWith('C005,'))!;

let machineA = '';
let machineB = '';

beforeAll(async () => {
  // The install step of the workflow, literally, with KAM_PACKAGE the tarball a clone's `npm pack` makes.
  const tarball = packKam();
  prefix = tempDir();
  const install = /- name: Install kam\n\s+run: (.*)\n/.exec(workflow)![1];
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', install], { env: cleanEnv(prefix, { KAM_PACKAGE: tarball }), encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(devOnlyInstalled(prefix)).toEqual([]);
  machineA = join(tempDir(), 'home/ana/kam-reviews');
  for (const q of ['q1', 'q2', 'q3', 'q4']) mkdirSync(join(machineA, q), { recursive: true });
}, 180_000);

describe('four quarters, from the workshop to CI, on two machines', () => {
  it('Q1: the workshop with ratings saves a session that the installed kam replays to the same result', async () => {
    const q1 = join(machineA, 'q1');
    for (const f of ['customers.csv', 'criteria.csv', 'ratings.csv']) copyFileSync(join(examples, f), join(q1, f));
    const w = await workshop(q1, SETTLING, { ratings: 'ratings.csv' });
    expect(w.code, w.stderr).toBe(0);
    const session = read<Session>(join(q1, 'kam-session.json'));
    expect(session.inputs.ratings?.path).toBe('ratings.csv');
    const r = kam(q1, ['select', 'customers.csv', '--session', 'kam-session.json', '--no-interactive', '--format', 'json', '-o', 'result.json']);
    expect(r.code, r.stderr).toBe(0);
    const result = read<KamResult>(join(q1, 'result.json'));
    expect(scores(result.accounts)).toEqual(scores(session.result!.accounts));
    expect(result.inputs.ratings.path).toBe('ratings.csv');
    expect(result.disagreements.filter((d) => d.settled).map((d) => d.account)).toEqual(['C003', 'C007']);
  });

  it('Q2: two accounts gone and one new: ratings and settled scores re-applied, one warning, no method change, no spurious movement', () => {
    const q2 = join(machineA, 'q2');
    writeFileSync(join(q2, 'customers.csv'), exportOf(['C002', 'C023'], [SOLBERG]));
    const replay = kam(q2, ['select', 'customers.csv', '--session', '../q1/kam-session.json', '--no-interactive', '--format', 'json', '-o', 'replay.json']);
    expect(replay.code, replay.stderr).toBe(0);
    const left =
      'kam: warning: 34 rating rows of 1 account that is no longer in customers.csv were left out of ../q1/ratings.csv: C002 ' +
      '(../q1/ratings.csv is the ratings file recorded in ../q1/kam-session.json (inputs.ratings); give --ratings FILE to read another).';
    expect(replay.stderr.split('\n').filter((l) => l.includes('left out'))).toEqual([left]);

    const review = kam(q2, [
      'review', '../q1/kam-session.json', '--customers', 'customers.csv', '--save-result', 'result.json',
      '--format', 'json', '-o', 'review.json', '--fail-on', 'demotion', '--fail-on', 'drop:15', '--fail-on', 'method-change',
    ]);
    expect(review.code, review.stderr).toBe(0);
    const doc = read<ReviewDocument>(join(q2, 'review.json'));
    expect(doc.methodChanges).toEqual([]);
    expect(doc.rescore).toBeNull();
    expect(doc.movements.new).toEqual(['C031']);
    expect(doc.movements.vanished).toEqual(['C002', 'C023']);
    expect(doc.movements.quadrantChanges).toEqual([]);
    // The team's ratings give strength on `none` factors: an account that stayed keeps its strength to the last digit.
    expect(doc.accounts.filter((a) => a.status === 'continuing' && a.change!.strength !== 0)).toEqual([]);
    // The review's scoring and the replay agree, settled scores included.
    const saved = read<KamResult>(join(q2, 'result.json'));
    expect(scores(saved.accounts)).toEqual(scores(read<KamResult>(join(q2, 'replay.json')).accounts));
    expect(saved.disagreements.filter((d) => d.settled).map((d) => d.account)).toEqual(['C003', 'C007']);
    expect(saved.inputs.ratings.path).toBe('../q1/ratings.csv');
    expect(saved.method.strength).toBe('relative');
  });

  it('Q3: two weights changed in the workshop: reported, warned, gated; Q2 rescored, every move the method, the data gates pass', async () => {
    const q3 = join(machineA, 'q3');
    // This quarter's files: the same export as Q2, the team's ratings without the account that left, last quarter's answers.
    copyFileSync(join(machineA, 'q2/customers.csv'), join(q3, 'customers.csv'));
    copyFileSync(join(examples, 'criteria.csv'), join(q3, 'criteria.csv'));
    writeFileSync(join(q3, 'ratings.csv'), readFileSync(join(examples, 'ratings.csv'), 'utf8').split('\n').filter((l) => !l.startsWith('C002,')).join('\n'));
    copyFileSync(join(machineA, 'q1/kam-session.json'), join(q3, 'kam-session.json'));
    const w = await workshop(q3, { 'attractiveness.weights': 'edit', 'attractiveness.points': ['20', '20', '15', '10', '20', '15'] });
    expect(w.code, w.stderr).toBe(0);
    expect(w.prompter.remaining).toBe(0);
    const r = kam(q3, ['select', 'customers.csv', '--session', 'kam-session.json', '--no-interactive', '--format', 'json', '-o', 'result.json']);
    expect(r.code, r.stderr).toBe(0);
    expect(read<KamResult>(join(q3, 'result.json')).disagreements.filter((d) => d.settled).map((d) => d.account)).toEqual(['C003', 'C007']);

    const changes = [
      'the weight of "Category spend EUR" (attractiveness): 25 (25.0 %) → 20 (20.0 %)',
      'the weight of "Gross margin %" (attractiveness): 15 (15.0 %) → 20 (20.0 %)',
    ];
    const review = kam(q3, ['review', '../q2/result.json', 'result.json', '--format', 'json', '-o', 'review.json', '--fail-on', 'demotion', '--fail-on', 'drop:15']);
    expect(review.code, review.stderr).toBe(0);
    expect(review.stderr).toContain(`kam: warning: the method changed between ../q2/result.json and result.json (2 changes: ${changes.join('; ')}); ../q2/result.json's data (../q2/customers.csv) was rescored`);
    const doc = read<ReviewDocument>(join(q3, 'review.json'));
    expect(doc.methodChanges.map((c) => c.message)).toEqual(changes);
    expect(doc.rescore).toEqual({ done: true, customers: '../q2/customers.csv' });
    // The data did not change: Q2 under Q3's method is Q3, so whatever moved, the method moved it.
    for (const a of doc.accounts) {
      expect(a.rescored!.attractiveness).toBeCloseTo(a.current!.attractiveness, 9);
      expect(a.rescored!.strength).toBe(a.current!.strength);
      expect([null, 'method']).toContain(a.cause);
    }
    expect(doc.movements.quadrantChanges.every((c) => c.cause === 'method')).toBe(true);

    const gated = kam(q3, ['review', '../q2/result.json', 'result.json', '--fail-on', 'method-change', '--format', 'markdown', '-o', 'review.md']);
    expect(gated.code).toBe(3);
    expect(gated.stderr.split('\n').filter((l) => l.startsWith('kam: method-change:'))).toEqual(changes.map((c) => `kam: method-change: ${c} (../q2/result.json → result.json).`));
    const md = readFileSync(join(q3, 'review.md'), 'utf8');
    expect(md).toContain('## Method changed');
    expect(md).toContain('| Selection | Moved by |');
  });

  it('Q4: another machine path, another folder: every recorded file found; the demotion is the data (exit 3); an older session with absolute and Windows paths replays the same', () => {
    machineB = join(tempDir(), 'srv/ci');
    cpSync(machineA, join(machineB, 'reviews'), { recursive: true });
    rmSync(join(machineA, '..', '..', '..'), { recursive: true, force: true });
    const srv = join(machineB, '..');
    const q = (n: number, f: string): string => `ci/reviews/q${n}/${f}`;
    writeFileSync(join(srv, q(4, 'customers.csv')), exportOf(['C002', 'C023'], [SOLBERG], (l) => (l.startsWith('C005,') ? HALVORSEN_Q4 : l)));

    const replay = kam(srv, ['select', q(4, 'customers.csv'), '--session', q(3, 'kam-session.json'), '--no-interactive', '--format', 'json', '-o', q(4, 'result.json')]);
    expect(replay.code, replay.stderr).toBe(0);
    expect(replay.stderr).not.toContain('left out');
    const result = read<KamResult>(join(srv, q(4, 'result.json')));
    expect(result.inputs.ratings.path).toBe('../q3/ratings.csv');
    expect(result.method.session?.file).toBe('../q3/kam-session.json');

    const review = kam(srv, ['review', q(3, 'result.json'), q(4, 'result.json'), '--fail-on', 'demotion', '--fail-on', 'method-change', '--format', 'json', '-o', q(4, 'review.json')]);
    expect(review.code).toBe(3);
    expect(review.stderr).toBe(`kam: demotion: C005 Halvorsen, Lund & Partners Logistics was selected in ${q(3, 'result.json')} and is now maintenance (key → maintenance).\n`);
    const doc = read<ReviewDocument>(join(srv, q(4, 'review.json')));
    expect(doc.methodChanges).toEqual([]);
    expect(doc.movements.quadrantChanges).toEqual([{ id: 'C005', from: 'key', to: 'maintenance', direction: 'down' }]);

    // The whole year, oldest first: the trend across four snapshots, the last two compared.
    const year = kam(join(machineB, 'reviews'), ['review', 'q1/result.json', 'q2/result.json', 'q3/result.json', 'q4/result.json', '--account', 'C005']);
    expect(year.code, year.stderr).toBe(0);
    expect(year.stdout).toContain('C005 Halvorsen, Lund & Partners Logistics across 4 snapshots');

    // A session as an older kam recorded it on the first machine: absolute and Windows-style paths.
    const session = read<Session>(join(srv, q(3, 'kam-session.json')));
    session.inputs.customers.path = '/home/ana/kam-reviews/q3/customers.csv';
    session.inputs.ratings!.path = 'C:\\Users\\ana\\kam-reviews\\q3\\ratings.csv';
    writeFileSync(join(srv, q(3, 'old-session.json')), JSON.stringify(session, null, 2));
    const old = kam(srv, ['select', q(4, 'customers.csv'), '--session', q(3, 'old-session.json'), '--no-interactive', '--format', 'json']);
    expect(old.code, old.stderr).toBe(0);
    expect(scores((JSON.parse(old.stdout) as KamResult).accounts)).toEqual(scores(result.accounts));
  });
});
