/**
 * The quarterly cycle's parts on the built binary, one point of issue 12 each: ratings across
 * quarters (re-applied by `kam review --customers`, rows of accounts that left the export one
 * warning), method changes as news (block, warning, gate, the previous quarter rescored so each
 * move says what made it), replays that say what they do with flags, review outputs that fit
 * where CI puts them (CSV, Markdown summary, --quiet, `-o -`), and paths that travel.
 */
import { cpSync, copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kam, ROOT, tempDir, type RunResult } from '../helpers/run-kam.js';

const env = { SOURCE_DATE_EPOCH: '1795428000' };
const examples = join(ROOT, 'examples');

/** The example export without some accounts, with extra rows appended. */
function exportWithout(ids: string[], extra: string[] = []): string {
  const lines = readFileSync(join(examples, 'customers.csv'), 'utf8').trimEnd().split('\n');
  return `${[...lines.filter((l) => !ids.some((id) => l.startsWith(`${id},`))), ...extra].join('\n')}\n`;
}

/** C031 Solberg Biotech, the new prospect of examples/ci's next quarter. */
const SOLBERG = readFileSync(join(examples, 'ci/customers-2026-q4.csv'), 'utf8')
  .split('\n')
  .find((l) => l.startsWith('C031,'))!;

const run = (cwd: string, args: string[], more: Record<string, string> = {}): RunResult => kam(args, { cwd, env: { ...env, ...more } });
const json = (r: RunResult) => {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

interface Account {
  id: string;
  status: string;
  change: { attractiveness: number; strength: number } | null;
  cause?: string | null;
  rescored?: { attractiveness: number; strength: number } | null;
  current: { attractiveness: number; strength: number; quadrant: string } | null;
}

/** Q1: the example with the team's ratings, scored in q1/ and saved as q1/result.json, run from the parent folder. */
let root = '';
beforeAll(() => {
  root = tempDir();
  mkdirSync(join(root, 'q1'));
  mkdirSync(join(root, 'q2'));
  for (const f of ['customers.csv', 'criteria.csv', 'ratings.csv']) copyFileSync(join(examples, f), join(root, 'q1', f));
  expect(run(root, ['select', 'q1/customers.csv', '--ratings', 'q1/ratings.csv', '--capacity', '8', '--format', 'json', '-o', 'q1/result.json']).code).toBe(0);
  // Q2: C002 (rated by the team) and C023 have gone, C031 is new.
  writeFileSync(join(root, 'q2/customers.csv'), exportWithout(['C002', 'C023'], [SOLBERG]));
});

describe('paths that travel: recorded relative to the file that records them', () => {
  it('a result written with -o records its inputs relative to itself', () => {
    const q1 = JSON.parse(readFileSync(join(root, 'q1/result.json'), 'utf8'));
    expect(q1.inputs.customers.path).toBe('customers.csv');
    expect(q1.inputs.criteria.path).toBe('criteria.csv');
    expect(q1.inputs.ratings.path).toBe('ratings.csv');
  });
});

describe('ratings across quarters', () => {
  it("review --customers re-applies the previous snapshot's ratings (found beside it): no spurious movement, one warning for the accounts that left", () => {
    const r = run(join(root, 'q2'), ['review', '../q1/result.json', '--customers', 'customers.csv', '--format', 'json', '--save-result', 'result.json']);
    const doc = json(r);
    expect(r.stderr).toBe(
      'kam: warning: customers.csv: 34 rating rows of 1 account that is no longer in customers.csv were left out of ../q1/ratings.csv: C002 ' +
        '(../q1/ratings.csv is the ratings file recorded in ../q1/result.json (inputs.ratings); give --ratings FILE to read another).\n' +
        'kam: warning: customers.csv: 13 accounts are in the key quadrants but the capacity is 8: the 5 lowest-ranked of them are not selected.\n',
    );
    expect(doc.methodChanges).toEqual([]);
    expect(doc.movements.new).toEqual(['C031']);
    expect(doc.movements.vanished).toEqual(['C002', 'C023']);
    // Strength is the team's ratings against the competitors on `none` factors: it does not move for an account that stayed.
    const continuing = (doc.accounts as Account[]).filter((a) => a.status === 'continuing');
    expect(continuing).toHaveLength(28);
    expect(continuing.filter((a) => a.change!.strength !== 0)).toEqual([]);
    expect(doc.movements.quadrantChanges).toEqual([]);
    const saved = JSON.parse(readFileSync(join(root, 'q2/result.json'), 'utf8'));
    expect(saved.inputs).toEqual({
      customers: { path: 'customers.csv', sha256: expect.any(String) },
      decisions: { path: '../q1/result.json', sha256: expect.any(String) },
      ratings: { path: '../q1/ratings.csv', sha256: expect.any(String) },
    });
    expect(saved.method.strength).toBe('relative');
  });

  it("--ratings FILE takes this quarter's ratings instead", () => {
    writeFileSync(join(root, 'q2/ratings.csv'), readFileSync(join(examples, 'ratings.csv'), 'utf8').split('\n').filter((l) => !l.startsWith('C002,')).join('\n'));
    const r = run(join(root, 'q2'), ['review', '../q1/result.json', '--customers', 'customers.csv', '--ratings', 'ratings.csv', '--format', 'json']);
    const doc = json(r);
    expect(r.stderr).not.toContain('left out');
    expect(doc.methodChanges).toEqual([]);
  });

  it('a recorded ratings file that is gone: one error saying where the path came from and how to override it', () => {
    const dir = tempDir();
    cpSync(join(root, 'q1'), join(dir, 'q1'), { recursive: true });
    renameSync(join(dir, 'q1/ratings.csv'), join(dir, 'q1/ratings-old.csv'));
    const r = run(dir, ['review', 'q1/result.json', '--customers', 'q1/customers.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'kam: ratings.csv: the ratings file recorded in q1/result.json (inputs.ratings) cannot be found (looked for q1/ratings.csv, ratings.csv); give --ratings FILE to read another.\n',
    );
  });

  it('a replay of a session on ratings, on an export without a rated account: one warning with the count and the ids', () => {
    const dir = tempDir();
    for (const f of ['criteria.csv', 'ratings.csv']) copyFileSync(join(examples, f), join(dir, f));
    copyFileSync(join(ROOT, 'test/fixtures/sessions/example-ratings.json'), join(dir, 'kam-session.json'));
    writeFileSync(join(dir, 'customers.csv'), exportWithout(['C002', 'C007']));
    const r = run(dir, ['select', 'customers.csv', '--session', 'kam-session.json', '--format', 'json']);
    const doc = json(r);
    const warning =
      '68 rating rows of 2 accounts that are no longer in customers.csv were left out of ratings.csv: C002, C007 ' +
      '(ratings.csv is the ratings file recorded in kam-session.json (inputs.ratings); give --ratings FILE to read another).';
    expect(r.stderr.split('\n').filter((l) => l.includes('left out'))).toEqual([`kam: warning: ${warning}`]);
    expect(doc.warnings).toContain(warning);
  });

  it('the same replay in Indonesian: the warning, its note included, on screen in Indonesian; the JSON the English one', () => {
    const dir = tempDir();
    for (const f of ['criteria.csv', 'ratings.csv']) copyFileSync(join(examples, f), join(dir, f));
    copyFileSync(join(ROOT, 'test/fixtures/sessions/example-ratings.json'), join(dir, 'kam-session.json'));
    writeFileSync(join(dir, 'customers.csv'), exportWithout(['C002', 'C007']));
    const en = json(run(dir, ['select', 'customers.csv', '--session', 'kam-session.json', '--format', 'json']));
    const r = run(dir, ['select', 'customers.csv', '--session', 'kam-session.json', '--format', 'json'], { LANG: 'id_ID.UTF-8' });
    const doc = json(r);
    expect(r.stderr.split('\n').filter((l) => l.includes('C002'))).toEqual([
      'kam: peringatan: 68 baris penilaian di ratings.csv tidak dipakai karena 2 pelanggan yang dinilai tidak lagi ada di customers.csv: C002, C007 ' +
        '(ratings.csv adalah file penilaian yang tercatat di kam-session.json (inputs.ratings); berikan --ratings FILE untuk membaca file lain).',
    ]);
    expect(doc.warnings).toEqual(en.warnings);
    expect(doc.warnings.some((w: string) => w.startsWith('68 rating rows of 2 accounts'))).toBe(true);
  });
});

describe('method changes are news', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    for (const f of ['customers.csv', 'criteria.csv']) copyFileSync(join(examples, f), join(dir, f));
    writeFileSync(join(dir, 'criteria-q3.csv'), readFileSync(join(examples, 'criteria.csv'), 'utf8').replace('Gross margin %,attractiveness,15,', 'Gross margin %,attractiveness,40,'));
    expect(run(dir, ['select', 'customers.csv', '--capacity', '8', '--format', 'json', '-o', 'q2.json']).code).toBe(0);
    // The same export, a heavier margin.
    expect(run(dir, ['select', 'customers.csv', '--criteria', 'criteria-q3.csv', '--capacity', '8', '--format', 'json', '-o', 'q3.json']).code).toBe(0);
  });

  const CHANGE = 'the weight of "Gross margin %" (attractiveness): 15 (15.0 %) → 40 (32.0 %)';

  it('JSON: methodChanges, the previous quarter rescored, every move labelled, the data part zero', () => {
    const r = run(dir, ['review', 'q2.json', 'q3.json', '--format', 'json']);
    const doc = json(r);
    expect(doc.methodChanges).toEqual([{ aspect: 'weight', factor: 'Gross margin %', previous: '15.0 %', current: '32.0 %', message: CHANGE }]);
    expect(doc.rescore).toEqual({ done: true, customers: 'customers.csv' });
    const accounts = doc.accounts as Account[];
    // Nothing but the method changed: the rescored quarter is the current one, score for score.
    for (const a of accounts) {
      expect(a.rescored!.attractiveness).toBeCloseTo(a.current!.attractiveness, 9);
      expect(a.rescored!.strength).toBeCloseTo(a.current!.strength, 9);
    }
    // A heavier margin moves every account's attractiveness: the method moved each of them, the data none.
    expect(new Set(accounts.map((a) => a.cause))).toEqual(new Set(['method']));
    expect(doc.movements.quadrantChanges.every((c: { cause: string }) => c.cause === 'method')).toBe(true);
    expect(r.stderr).toBe(
      `kam: warning: the method changed between q2.json and q3.json (1 change: ${CHANGE}); q2.json's data (customers.csv) was rescored with the current method, so each move is labelled method or data and the gates see the data's changes only (--fail-on method-change gates the method).\n`,
    );
  });

  it('table, Markdown and HTML show the Method changed block and what moved each account', () => {
    const table = run(dir, ['review', 'q2.json', 'q3.json']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`Method changed: 1 difference between how q2.json and q3.json were scored.\n- ${CHANGE}\n`);
    expect(table.stdout).toMatch(/ Sel\.\s+Why\n/);
    const md = run(dir, ['review', 'q2.json', 'q3.json', '--format', 'markdown']);
    expect(md.stdout).toContain('## Method changed');
    expect(md.stdout).toContain('| # | Account | Quadrant | Attractiveness | Δ | Strength | Δ | Selection | Moved by |');
    expect(md.stdout).toMatch(/\| method change \|\n/);
    const html = run(dir, ['review', 'q2.json', 'q3.json', '--format', 'html']);
    expect(html.stdout).toContain('<h2>Method changed</h2>');
    expect(html.stdout).toContain('<li>the weight of &quot;Gross margin %&quot; (attractiveness): 15 (15.0 %) → 40 (32.0 %)</li>');
  });

  it('--fail-on method-change fails (exit 3); drop and demotion gates see the data only, and pass', () => {
    const gated = run(dir, ['review', 'q2.json', 'q3.json', '--fail-on', 'method-change']);
    expect(gated.code).toBe(3);
    expect(gated.stderr).toContain(`kam: method-change: ${CHANGE} (q2.json → q3.json).\n`);
    const data = run(dir, ['review', 'q2.json', 'q3.json', '--fail-on', 'drop:0.5,demotion']);
    expect(data.code, data.stderr).toBe(0);
  });

  it("without the previous quarter's data the deltas include the method change, and the review says why; --previous-customers brings it back", () => {
    const other = tempDir();
    for (const f of ['q2.json', 'q3.json']) copyFileSync(join(dir, f), join(other, f));
    const r = run(other, ['review', 'q2.json', 'q3.json', '--format', 'json', '--fail-on', 'drop:0.5']);
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.rescore).toEqual({
      done: false,
      reason: "the customers file q2.json recorded (customers.csv) is not there any more (give --previous-customers FILE with that quarter's export to tell them apart)",
    });
    expect(doc.accounts[0].cause).toBeUndefined();
    const back = run(other, ['review', 'q2.json', 'q3.json', '--format', 'json', '--fail-on', 'drop:0.5', '--previous-customers', join(examples, 'customers.csv')]);
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout).rescore.done).toBe(true);
  });

  it('a changed file behind the recorded path is not rescored (its sha256 differs)', () => {
    const other = tempDir();
    for (const f of ['q2.json', 'q3.json']) copyFileSync(join(dir, f), join(other, f));
    writeFileSync(join(other, 'customers.csv'), exportWithout(['C023']));
    const doc = JSON.parse(run(other, ['review', 'q2.json', 'q3.json', '--format', 'json']).stdout);
    expect(doc.rescore.reason).toBe("customers.csv has changed since q2.json recorded it (sha256 differs; give --previous-customers FILE with that quarter's export to tell them apart)");
  });
});

describe('replays say what they do with flags', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    for (const f of ['customers.csv', 'criteria.csv']) copyFileSync(join(examples, f), join(dir, f));
    copyFileSync(join(ROOT, 'test/fixtures/sessions/example-defaults.json'), join(dir, 'kam-session.json'));
  });

  it('--capacity, --stability, --explain apply and are recorded in method.session', () => {
    const doc = json(run(dir, ['select', 'customers.csv', '--session', 'kam-session.json', '--capacity', '5', '--stability', '50', '--explain', '--format', 'json']));
    expect(doc.method.capacity).toBe(5);
    expect(doc.summary.selected).toBe(5);
    expect(doc.method.stability.runs).toBe(50);
    expect(doc.accounts[0].explain).toBeDefined();
    expect(doc.method.session).toEqual({ file: 'kam-session.json', flags: { '--capacity': '5', '--stability': '50', '--explain': true, '--format': 'json' }, overridden: [] });
  });

  it('--strength-axis and --top apply to the chart and the table', () => {
    const r = run(dir, ['select', 'customers.csv', '--session', 'kam-session.json', '--strength-axis', 'right', '--top', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('… 27 more accounts');
    expect(r.stdout).toContain('higher relative strength →');
  });

  it('a flag that contradicts a team decision is a usage error naming the decision, and nothing is written', () => {
    const r = run(dir, ['select', 'customers.csv', '--session', 'kam-session.json', '--split', 'median', '--format', 'json', '-o', 'never.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "kam: --split median contradicts the team's decision in kam-session.json: the boundaries of step 6 are midpoint.\n" +
        'kam: A replay scores with the decisions the team saved. Drop the flag to replay them, add --override-session to apply it anyway (the result records it), or run the workshop again to change the decision.\n',
    );
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
  });

  it('--override-session --criteria: scored with that file, which the result records relative to itself like its other paths', () => {
    mkdirSync(join(dir, 'q3'), { recursive: true });
    writeFileSync(join(dir, 'q3/criteria.csv'), readFileSync(join(dir, 'criteria.csv'), 'utf8').replace('Fit with our capabilities,attractiveness,20,', 'Fit with our capabilities,attractiveness,30,'));
    const r = run(dir, ['select', 'customers.csv', '--session', 'kam-session.json', '--criteria', 'q3/criteria.csv', '--override-session', '--format', 'json', '-o', 'q3/result.json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'q3/result.json'), 'utf8'));
    expect(doc.inputs.criteria.path).toBe('criteria.csv');
    expect(doc.factors.find((f: { factor: string }) => f.factor === 'Fit with our capabilities').weight).toBe(30);
    expect(doc.method.session).toEqual({
      file: '../kam-session.json',
      flags: { '--format': 'json', '-o': 'result.json' },
      overridden: [{ flag: '--criteria', session: "the session's agreed criteria (11 factors)", value: 'criteria.csv' }],
    });
  });

  it('--override-session applies it with a warning, and the result says so', () => {
    const r = run(dir, ['select', 'customers.csv', '--session', 'kam-session.json', '--split', 'median', '--override-session', '--format', 'json']);
    const doc = json(r);
    expect(doc.method.split.rule).toBe('median');
    expect(doc.method.session.overridden).toEqual([{ flag: '--split', session: 'midpoint', value: 'median' }]);
    const warning = "--split median overrides the team's decision saved in kam-session.json (midpoint), as --override-session asks.";
    expect(doc.warnings).toContain(warning);
    expect(r.stderr).toContain(`kam: warning: ${warning}\n`);
  });

  it('--compare works without a terminal: the result gains the movements', () => {
    const doc = json(run(dir, ['select', 'customers.csv', '--session', 'kam-session.json', '--capacity', '6', '--compare', 'kam-session.json', '--format', 'json']));
    expect(doc.comparison.file).toBe('kam-session.json');
    expect(doc.comparison.movements.left).toEqual(['C009', 'C007', 'C012', 'C011', 'C010', 'C008']);
    expect(doc.comparison.release.map((r: { reason: string }) => r.reason)).toEqual(['capacity', 'capacity', 'capacity', 'capacity', 'capacity', 'capacity']);
    expect(doc.comparison.sentences[0]).toBe('C009 Pharmanova Contract Manufacturing: released from key-account resources');
    const md = run(dir, ['select', 'customers.csv', '--compare', 'kam-session.json', '--capacity', '6', '--format', 'markdown']);
    expect(md.stdout).toContain('## Since kam-session.json\n\n- C009 Pharmanova Contract Manufacturing: released from key-account resources\n');
    const table = run(dir, ['select', 'customers.csv', '--compare', 'kam-session.json', '--no-interactive']);
    expect(table.stdout).toContain('Since kam-session.json:\n  C013 Baltic Brewing Group: newly selected\n');
    const same = run(dir, ['select', 'customers.csv', '--compare', 'kam-session.json', '--capacity', '12', '--no-interactive']);
    expect(same.stdout).toContain('Since kam-session.json: no account moved.');
  });

  it('--compare in Indonesian: the movements said in Indonesian in the table and the Markdown, the JSON the English one', () => {
    const args = ['select', 'customers.csv', '--session', 'kam-session.json', '--capacity', '6', '--compare', 'kam-session.json'];
    const en = json(run(dir, [...args, '--format', 'json']));
    const id = json(run(dir, [...args, '--format', 'json'], { LANG: 'id_ID.UTF-8' }));
    expect(id.comparison).toEqual(en.comparison);
    const md = run(dir, [...args, '--format', 'markdown'], { LANG: 'id_ID.UTF-8' });
    expect(md.stdout).toContain('- C009 Pharmanova Contract Manufacturing: dilepas dari sumber daya pelanggan kunci\n');
    const table = run(dir, ['select', 'customers.csv', '--compare', 'kam-session.json', '--no-interactive', '--lang', 'id']);
    expect(table.stdout).toContain('  C013 Baltic Brewing Group: baru terpilih\n');
    for (const out of [md.stdout, table.stdout]) expect(out).not.toMatch(/released from key-account|newly selected|no longer in the portfolio/);
  });
});

describe('fits where CI puts it', () => {
  let dir = '';
  /** A portfolio of n accounts on the review fixtures' criteria (scores 0..100), shifted in q2 so that many accounts move. */
  const portfolio = (n: number, shift: number): string => {
    const rows = ['id,name,segment,revenue,Spend,Fit,Quality,Delivery'];
    for (let i = 0; i < n; i++) {
      const v = (k: number) => (i * 37 + k * 101 + shift * (i % 7)) % 101;
      rows.push(`A${String(i).padStart(4, '0')},Account number ${i} with a long enough name,Segment ${i % 5},${1000 + i},${v(1)},${v(2)},${v(3)},${v(4)}`);
    }
    return `${rows.join('\n')}\n`;
  };
  beforeAll(() => {
    dir = tempDir();
    copyFileSync(join(ROOT, 'test/fixtures/review/criteria.csv'), join(dir, 'criteria.csv'));
    writeFileSync(join(dir, 'q1.csv'), portfolio(3000, 0));
    writeFileSync(join(dir, 'q2.csv'), portfolio(3000, 11));
    for (const q of ['q1', 'q2']) expect(run(dir, ['select', `${q}.csv`, '--capacity', '400', '--format', 'json', '-o', `${q}.json`]).code).toBe(0);
  });

  it('Markdown for 3,000 accounts is a summary well under 60,000 characters, counting what it leaves out', () => {
    const full = run(dir, ['review', 'q1.json', 'q2.json', '--format', 'json']);
    const doc = JSON.parse(full.stdout);
    expect(doc.movements.quadrantChanges.length).toBeGreaterThan(500);
    const md = run(dir, ['review', 'q1.json', 'q2.json', '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout.length).toBeLessThan(50_000);
    expect(md.stdout).toMatch(/_\d+ more accounts not shown \(--top N shows more; --format csv or json has every account\)\._/);
    expect(md.stdout).toMatch(/- \*\*Quadrant changes:\*\* .*; … and \d+ more\n/);
    const five = run(dir, ['review', 'q1.json', 'q2.json', '--format', 'markdown', '--top', '5']);
    expect(five.stdout).toContain('_2995 more accounts not shown');
    // The five shown are accounts that moved.
    const shown = five.stdout.split('## Accounts')[1].split('\n').filter((l) => /^\| \d/.test(l));
    expect(shown).toHaveLength(5);
    // The table with --top: the accounts shown keep their ranks in full (not cut to the width of "5").
    const table = run(dir, ['review', 'q1.json', 'q2.json', '--top', '5']);
    expect(table.code).toBe(0);
    const ranks = table.stdout.split('\n').filter((l) => /^ *\d+ [A-Z]/.test(l)).map((l) => Number(l.trim().split(' ')[0]));
    const json = JSON.parse(run(dir, ['review', 'q1.json', 'q2.json', '--format', 'json']).stdout) as { accounts: Array<{ id: string; current: { rank: number } | null }> };
    const byId = new Map(json.accounts.map((a) => [a.id, a.current?.rank]));
    const rows = table.stdout.split('\n').filter((l) => /^ *\d+ [A-Z]/.test(l));
    expect(rows).toHaveLength(5);
    expect(table.stdout).not.toMatch(/^… /m);
    for (const [k, row] of rows.entries()) expect(byId.get(row.trim().split(/\s+/)[1])).toBe(ranks[k]);
    expect(Math.max(...ranks)).toBeGreaterThan(9);
  });

  it('CSV: one row per account with both quarters, the deltas, the move and the release reason', () => {
    const r = run(dir, ['review', 'q1.json', 'q2.json', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'id,name,status,previous_rank,previous_quadrant,previous_attractiveness,previous_strength,previous_selected,current_rank,current_quadrant,current_attractiveness,current_strength,current_selected,rank_change,attractiveness_change,strength_change,quadrant_move,selection,release,method_attractiveness_change,method_strength_change,moved_by',
    );
    expect(lines).toHaveLength(3001);
    const doc = JSON.parse(run(dir, ['review', 'q1.json', 'q2.json', '--format', 'json']).stdout);
    const a = doc.accounts[0];
    const cells = lines[1].split(',');
    expect(cells[0]).toBe(a.id);
    expect(Number(cells[10])).toBeCloseTo(a.current.attractiveness, 9);
    expect(Number(cells[14])).toBeCloseTo(a.change.attractiveness, 9);
    expect(cells[17]).toBe(a.selection);
    const released = lines.find((l) => l.split(',')[18] !== '' && l !== lines[0])!;
    expect(['demoted', 'capacity', 'outside', 'team', 'vanished']).toContain(released.split(',')[18]);
  });

  it('--quiet prints nothing on success; a failed gate still says why (exit 3)', () => {
    const quiet = run(dir, ['review', 'q1.json', 'q2.json', '--quiet']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    const toFile = run(dir, ['review', 'q1.json', 'q2.json', '--quiet', '--format', 'markdown', '-o', 'r.md']);
    expect(toFile).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('# Key-account review');
    const failed = run(dir, ['review', 'q1.json', 'q2.json', '--quiet', '--fail-on', 'demotion']);
    expect(failed.code).toBe(3);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/^kam: demotion: /);
    // kam select --quiet: the result, no warnings.
    const select = run(dir, ['select', 'q1.csv', '--capacity', '5', '--format', 'csv', '--quiet']);
    expect(select.code).toBe(0);
    expect(select.stderr).toBe('');
    expect(run(dir, ['select', 'q1.csv', '--capacity', '5', '--format', 'csv']).stderr).toMatch(/^kam: warning: \d+ accounts are in the key quadrants but the capacity is 5/);
  });

  it('-o - is standard output: review, --save-result, select, explain, weights', () => {
    const review = run(dir, ['review', 'q1.json', 'q2.json', '--format', 'json', '-o', '-']);
    expect(JSON.parse(review.stdout).schema).toBe('kam/review@1');
    const saved = run(dir, ['review', 'q1.json', '--customers', 'q2.csv', '--save-result', '-', '-o', 'review.md', '--format', 'markdown']);
    expect(saved.code, saved.stderr).toBe(0);
    expect(JSON.parse(saved.stdout).schema).toBe('kam/result@1');
    expect(run(dir, ['review', 'q1.json', '--customers', 'q2.csv', '--save-result', '-']).code).toBe(2);
    const ex = tempDir();
    for (const f of ['customers.csv', 'criteria.csv', 'strength-pairs.csv']) copyFileSync(join(examples, f), join(ex, f));
    expect(JSON.parse(run(ex, ['select', 'customers.csv', '--format', 'json', '-o', '-']).stdout).schema).toBe('kam/result@1');
    expect(run(ex, ['explain', 'C001', 'customers.csv', '-o', '-']).stdout).toContain('C001 Nordhavn Foods');
    const weights = run(ex, ['weights', 'criteria.csv', '--axis', 'strength', '--pairs', 'strength-pairs.csv', '-o', '-', '--format', 'json']);
    expect(weights.code, weights.stderr).toBe(0);
    expect(weights.stdout.split('\n')[0]).toBe('factor,axis,weight,min,max,direction,normalize,kind,description');
    expect(JSON.parse(weights.stderr).written).toBe('-');
    expect(readFileSync(join(ex, 'criteria.csv'), 'utf8')).toBe(readFileSync(join(examples, 'criteria.csv'), 'utf8'));
  });
});
