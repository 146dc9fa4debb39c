/**
 * `kam review` end to end on three fixture quarters with known movements (test/fixtures/review):
 * q1 → q2: A03 demoted key → maintenance (left the selection, attractiveness −30), A05 promoted
 * maintenance → key (entered), A02 attractiveness −15 (still key), A09 new, A08 vanished.
 * q2 → q3: A04 key-development → key, A03 maintenance → opportunistic (strength −10).
 * Attractiveness = 0.6 Spend + 0.4 Fit, strength = (Quality + Delivery) / 2, midpoint split, capacity 4.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, kam, tempDir, type RunResult } from '../helpers/run-kam.js';

const dir = join(FIXTURES, 'review');
const env = { SOURCE_DATE_EPOCH: '1795428000' };
let tmp = '';
const q = (n: number): string => join(tmp, `q${n}.json`);

beforeAll(() => {
  tmp = tempDir();
  for (const n of [1, 2, 3]) {
    const r = kam(['select', join(dir, `q${n}.csv`), '--capacity', '4', '--format', 'json', '-o', q(n)], { env });
    expect(r.code).toBe(0);
  }
});

const review = (args: string[], opts: { env?: Record<string, string> } = {}): RunResult => kam(['review', ...args], { cwd: tmp, env: { ...env, ...opts.env } });
const json = (args: string[]) => {
  const r = review([...args, '--format', 'json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

/** The movements q1 → q2 as both the table and the Markdown word them. */
const MOVEMENT_LINES: Array<[string, string]> = [
  ['Entered the selection', 'A05 Echo Retail (maintenance → key)'],
  ['Left the selection', 'A03 Charlie Motors (key → maintenance)'],
  ['Quadrant changes', 'A05 Echo Retail maintenance → key ▲; A03 Charlie Motors key → maintenance ▼'],
  ['New accounts', 'A09 India Tools (maintenance)'],
  ['Vanished accounts', 'A08 Hotel Supplies (was opportunistic)'],
];

describe('movements q1 → q2, in every format', () => {
  it('json: exactly the known movements, accounts by current rank then vanished', () => {
    const doc = json(['q1.json', 'q2.json']);
    expect(doc.schema).toBe('kam/review@1');
    expect(doc.generatedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(doc.compared).toEqual({ previous: 'q1.json', current: 'q2.json' });
    expect(doc.movements).toEqual({
      entered: ['A05'],
      left: ['A03'],
      quadrantChanges: [
        { id: 'A05', from: 'maintenance', to: 'key', direction: 'up' },
        { id: 'A03', from: 'key', to: 'maintenance', direction: 'down' },
      ],
      new: ['A09'],
      vanished: ['A08'],
    });
    // q2 ranks: key A01 82; A05 60/80 before A02 60/62 (tie on attractiveness, strength decides);
    // key-development A04; maintenance A03 40, A07 35, A09 25; opportunistic A06; then A08.
    expect(doc.accounts.map((a: { id: string }) => a.id)).toEqual(['A01', 'A05', 'A02', 'A04', 'A03', 'A07', 'A09', 'A06', 'A08']);
    const byId = Object.fromEntries(doc.accounts.map((a: { id: string }) => [a.id, a]));
    // A02: 0.6·75 + 0.4·75 = 75 → 0.6·50 + 0.4·75 = 60: −15; strength 60 → 62: +2; rank 2 → 3.
    expect(byId.A02.change.rank).toBe(-1);
    expect(byId.A02.change.attractiveness).toBeCloseTo(-15, 9);
    expect(byId.A02.change.strength).toBeCloseTo(2, 9);
    expect(byId.A03).toMatchObject({ status: 'continuing', selection: 'left', previous: { quadrant: 'key', selected: true }, current: { quadrant: 'maintenance', selected: false, rank: 5 } });
    expect(byId.A09).toMatchObject({ status: 'new', selection: 'out', previous: null, change: null });
    expect(byId.A08).toMatchObject({ status: 'vanished', current: null });
    expect(doc.release).toEqual([{ id: 'A03', name: 'Charlie Motors', reason: 'demoted', from: 'key', to: 'maintenance', detail: 'moved from key to maintenance' }]);
    expect(doc.snapshots.map((s: { capacity: number; selected: number; qualifying: number; overCapacity: boolean }) => [s.capacity, s.qualifying, s.selected, s.overCapacity])).toEqual([
      [4, 4, 4, false],
      [4, 4, 4, false],
    ]);
    expect(doc.gates).toEqual({ checked: [], passed: true, violations: [] });
  });

  it('table: the rows with arrows and the movement lines', () => {
    const r = review(['q1.json', 'q2.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 A05 Echo Retail\s+key ▲\s+60\.0 ▲ \+15\.0\s+80\.0\s+= 0\.0 entered$/m);
    expect(r.stdout).toMatch(/^3 A02 Bravo Pharma\s+key\s+60\.0 ▼ -15\.0\s+62\.0\s+▲ \+2\.0 kept$/m);
    expect(r.stdout).toMatch(/^5 A03 Charlie Motors\s+maintenance ▼\s+40\.0 ▼ -30\.0\s+55\.0\s+= 0\.0 left$/m);
    expect(r.stdout).toMatch(/^7 A09 India Tools\s+maintenance\s+25\.0\s+new\s+60\.0\s+new$/m);
    expect(r.stdout).toMatch(/^– A08 Hotel Supplies\s+vanished$/m);
    // Movement lines wrap at 80 columns with a two-space indent.
    const unwrapped = r.stdout.replace(/\n {2}/g, ' ');
    for (const [title, items] of MOVEMENT_LINES) expect(unwrapped).toContain(`\n${title}: ${items}.\n`);
    expect(r.stdout).toContain('Previous q1.json: 8 accounts, 4 in the key quadrants, 4 selected, capacity 4.');
    expect(r.stdout).toContain('- A03 Charlie Motors: demoted, moved from key to maintenance.');
    expect(r.stdout).toContain("Cheverton's guidance for de-selection:\n* Tell each customer in person");
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('markdown: the movement bullets, capacity table, release list and accounts table', () => {
    const r = review(['q1.json', 'q2.json', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Key-account review: q1.json → q2.json\n\nGenerated 2026-11-23T10:00:00.000Z by kam ')).toBe(true);
    expect(r.stdout).toContain(MOVEMENT_LINES.map(([title, items]) => `- **${title}:** ${items}`).join('\n'));
    expect(r.stdout).toContain('| Selected | 4 | 4 |');
    expect(r.stdout).toContain('- A03 Charlie Motors: demoted, moved from key to maintenance.');
    expect(r.stdout).toContain('1. Tell each customer in person');
    expect(r.stdout).toContain('| 5 | A03 Charlie Motors | key → maintenance | 40.0 | ▼ -30.0 | 55.0 | = 0.0 | left |');
    expect(r.stdout).toContain('| – | A08 Hotel Supplies | vanished (was opportunistic) |  |  |  |  |  |');
    expect(r.stdout).toContain('## Gates\n\nNo gates checked.');
  });

  it('is byte-for-byte reproducible under SOURCE_DATE_EPOCH', () => {
    expect(review(['q1.json', 'q2.json', '--format', 'json']).stdout).toBe(review(['q1.json', 'q2.json', '--format', 'json']).stdout);
  });
});

describe('gates', () => {
  const cases: Array<[string, number, string[]]> = [
    ['demotion', 3, ['demotion: A03 Charlie Motors was selected in q1.json and is now maintenance (key → maintenance).']],
    ['drop:10', 3, ["drop:10: A02 Bravo Pharma: attractiveness fell 15.0 points (75.0 → 60.0).", 'drop:10: A03 Charlie Motors: attractiveness fell 30.0 points (70.0 → 40.0).']],
    ['drop:20', 3, ['drop:20: A03 Charlie Motors: attractiveness fell 30.0 points (70.0 → 40.0).']],
    ['drop:30', 3, ['drop:30: A03 Charlie Motors: attractiveness fell 30.0 points (70.0 → 40.0).']],
    ['drop:31', 0, []],
    ['over-capacity', 0, []],
  ];
  it.each(cases)('--fail-on %s exits %i with one line per violation', (gate, code, lines) => {
    const r = review(['q1.json', 'q2.json', '--fail-on', gate]);
    expect(r.code).toBe(code);
    expect(r.stderr).toBe(lines.map((l) => `kam: ${l}\n`).join(''));
    // The report is printed either way, with the gates' outcome.
    expect(r.stdout).toContain(code === 0 ? `Gates passed: ${gate}.` : `Gates failed: ${lines.length} violation`);
  });

  it('takes several gates, repeated or comma-separated; the JSON lists the violations', () => {
    const r = review(['q1.json', 'q2.json', '--fail-on', 'demotion,over-capacity', '--fail-on', 'drop:20', '--format', 'json']);
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.gates.checked).toEqual(['demotion', 'over-capacity', 'drop:20']);
    expect(doc.gates.passed).toBe(false);
    expect(doc.gates.violations.map((v: { gate: string; id: string }) => [v.gate, v.id])).toEqual([
      ['demotion', 'A03'],
      ['drop:20', 'A03'],
    ]);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('compares the last two snapshots: q2 → q3 drops A03 strength by exactly 10', () => {
    const r = review(['q1.json', 'q2.json', 'q3.json', '--fail-on', 'demotion', '--fail-on', 'drop:10']);
    expect(r.code).toBe(3);
    // A03 strength (50 + 60) / 2 = 55 → (40 + 50) / 2 = 45; already out of the selection, so no demotion.
    expect(r.stderr).toBe('kam: drop:10: A03 Charlie Motors: strength fell 10.0 points (55.0 → 45.0).\n');
  });

  it('writes the report with -o before failing with exit 3', () => {
    const r = review(['q1.json', 'q2.json', '--fail-on', 'demotion', '--format', 'markdown', '-o', 'review.md']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(tmp, 'review.md'), 'utf8')).toContain('**Failed:** 1 violation of demotion.');
  });

  it.each(['drop', 'drop:0', 'sideways'])('a bad gate %j is a usage error (exit 2)', (gate) => {
    const r = review(['q1.json', 'q2.json', '--fail-on', gate]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a gate; use demotion, drop:N');
    expect(r.stdout).toBe('');
  });
});

describe('history across three snapshots', () => {
  it('the table shows each account\'s trend', () => {
    const r = review(['q1.json', 'q2.json', 'q3.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Quadrant changes: A04 Delta Logistics key-development → key ▲; A03 Charlie');
    // A03: key, maintenance, opportunistic; attractiveness 70 → 40 → 35 (levels 5, 3, 2);
    // strength 55 → 55 → 45 (levels 4, 4, 3).
    expect(r.stdout).toMatch(/^A03 Charlie Motors\s+K M O\s+▆▄▃ 70\.0→35\.0\s+▅▅▄ 55\.0→45\.0$/m);
    expect(r.stdout).toMatch(/^A09 India Tools\s+· M M\s+·▃▃ 25\.0→28\.0/m);
    expect(r.stdout).toMatch(/^A08 Hotel Supplies\s+O · ·/m);
  });

  it('json: history per snapshot, null where absent', () => {
    const doc = json(['q1.json', 'q2.json', 'q3.json']);
    const a09 = doc.accounts.find((a: { id: string }) => a.id === 'A09');
    expect(a09.history.map((p: { quadrant: string } | null) => p && p.quadrant)).toEqual([null, 'maintenance', 'maintenance']);
    expect(doc.accounts.find((a: { id: string }) => a.id === 'A08').status).toBe('former');
  });

  it('--account draws the attractiveness and strength charts', () => {
    const r = review(['q1.json', 'q2.json', 'q3.json', '--account', 'A03']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A03 Charlie Motors across 3 snapshots');
    expect(r.stdout).toContain('Attractiveness (70.0 → 40.0 → 35.0)');
    expect(r.stdout).toContain('Relative strength (55.0 → 55.0 → 45.0)');
    expect(r.stdout).toMatch(/^ +70\.0 ┼─+╮$/m);
    expect(r.stdout).toMatch(/^q2\.json\s+5 maintenance\s+40\.0\s+55\.0$/m);
    const md = review(['q1.json', 'q2.json', 'q3.json', '--account', 'A03', '--format', 'markdown']);
    expect(md.stdout).toContain('## A03 Charlie Motors over time\n\n```text\nAttractiveness (70.0 → 40.0 → 35.0)');
    expect(md.stdout).toContain('| q1.json | 3 | key | 70.0 | 55.0 | yes |');
  });

  it('--account needs three snapshots and a known account (exit 2)', () => {
    expect(review(['q1.json', 'q2.json', '--account', 'A03']).stderr).toContain('needs three or more snapshots; there are 2');
    const r = review(['q1.json', 'q2.json', 'q3.json', '--account', 'ZZ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: --account "ZZ" is not an account in any of the snapshots.\n');
  });
});

describe('current quarter from data (--customers)', () => {
  it('scores q2.csv with q1.json\'s decisions: the same movements as reviewing kam select\'s q2 result', () => {
    const fromData = json(['q1.json', '--customers', join(dir, 'q2.csv')]);
    const fromFiles = json(['q1.json', 'q2.json']);
    expect(fromData.movements).toEqual(fromFiles.movements);
    expect(fromData.accounts.map((a: { current: unknown }) => a.current)).toEqual(fromFiles.accounts.map((a: { current: unknown }) => a.current));
    expect(fromData.snapshots[1]).toMatchObject({ label: join(dir, 'q2.csv'), kind: 'customers', capacity: 4 });
  });

  it('--save-result writes the current result, the same as kam select gives', () => {
    const r = review(['q1.json', '--customers', join(dir, 'q2.csv'), '--save-result', 'q2-saved.json']);
    expect(r.code).toBe(0);
    const saved = JSON.parse(readFileSync(join(tmp, 'q2-saved.json'), 'utf8'));
    const selected = JSON.parse(readFileSync(q(2), 'utf8'));
    expect(saved.inputs.decisions.path).toBe('q1.json');
    expect(saved.inputs.customers.sha256).toBe(selected.inputs.customers.sha256);
    for (const key of ['schema', 'method', 'factors', 'accounts', 'summary']) expect(saved[key]).toEqual(selected[key]);
  });

  it('re-derives a median split from the new data (the rule is the decision)', () => {
    const r = kam(['select', join(dir, 'q1.csv'), '--split', 'median', '--format', 'json', '-o', join(tmp, 'q1-median.json')], { env });
    expect(r.code).toBe(0);
    const q2median = JSON.parse(kam(['select', join(dir, 'q2.csv'), '--split', 'median', '--format', 'json'], { env }).stdout);
    const saved = review(['q1-median.json', '--customers', join(dir, 'q2.csv'), '--save-result', 'q2-median.json']);
    expect(saved.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(tmp, 'q2-median.json'), 'utf8'));
    expect(doc.method.split).toEqual(q2median.method.split);
    expect(doc.method.split).not.toEqual(JSON.parse(readFileSync(join(tmp, 'q1-median.json'), 'utf8')).method.split);
  });

  it("--session takes the session's decisions: capacity 3 and an added account go over capacity", () => {
    const r = review(['q1.json', '--customers', join(dir, 'q2.csv'), '--session', join(dir, 'session-q1.json'), '--fail-on', 'over-capacity', '--format', 'json']);
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    // Capacity 3 keeps A01, A05, A02 and cuts A04; the team adds A07: 4 selected.
    expect(doc.movements.entered).toEqual(['A05', 'A07']);
    expect(doc.movements.left).toEqual(['A04', 'A03']);
    expect(doc.release.map((x: { id: string; reason: string }) => [x.id, x.reason])).toEqual([
      ['A04', 'capacity'],
      ['A03', 'demoted'],
    ]);
    expect(doc.snapshots[1]).toMatchObject({ capacity: 3, selected: 4, overCapacity: true });
    expect(r.stderr).toContain(`kam: over-capacity: 4 accounts are selected in ${join(dir, 'q2.csv')} but the capacity is 3.\n`);
  });

  it('a session file with a result is a snapshot; one without is refused', () => {
    const session = JSON.parse(readFileSync(join(dir, 'session-q1.json'), 'utf8'));
    writeFileSync(join(tmp, 'session-done.json'), JSON.stringify({ ...session, result: JSON.parse(readFileSync(q(1), 'utf8')) }));
    expect(json(['session-done.json', 'q2.json']).movements).toEqual(json(['q1.json', 'q2.json']).movements);
    const r = review([join(dir, 'session-q1.json'), 'q2.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kam: ${join(dir, 'session-q1.json')}: the session has no result yet (finish its selection step, or review its result file instead).\n`);
  });
});

describe('bad input and usage', () => {
  it('unreadable JSON, a future schema and a missing file exit 1 naming the file', () => {
    writeFileSync(join(tmp, 'broken.json'), '{"schema": "kam/result@1", "accounts": [');
    writeFileSync(join(tmp, 'future.json'), JSON.stringify({ schema: 'kam/result@2' }));
    const broken = review(['broken.json', 'q2.json']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^kam: broken\.json: this is not readable JSON \(.*\); kam review reads kam\/result@1 and kam\/session@1 files\.\n$/);
    const future = review(['q1.json', 'future.json']);
    expect(future.code).toBe(1);
    expect(future.stderr).toBe('kam: future.json: the schema kam/result@2 is newer than this kam can read (it reads kam/result@1 and kam/session@1); upgrade kam.\n');
    expect(review(['q1.json', 'nope.json']).stderr).toBe('kam: nope.json: the file does not exist.\n');
  });

  it('usage errors exit 2', () => {
    expect(review(['q1.json']).code).toBe(2);
    expect(review(['q1.json', 'q2.json', '--format', 'brief']).stderr).toBe('kam: --format "brief" is not valid; use table, json, markdown, csv, svg or html.\n');
    expect(review(['q1.json', 'q2.json', '--ratings', 'r.csv']).stderr).toBe('kam: --ratings only works with --customers.\n');
    expect(review(['q1.json', 'q2.json', '--session', 'x.json']).stderr).toBe('kam: --session only works with --customers.\n');
    expect(review(['q1.json', 'q2.json', '-o', 'q2.json']).code).toBe(2);
  });

  it('a failed run leaves no output file', () => {
    const r = review(['q1.json', 'future.json', '-o', 'never.md']);
    expect(r.code).toBe(1);
    expect(existsSync(join(tmp, 'never.md'))).toBe(false);
  });
});

describe('output', () => {
  it('colours only the terminal report (FORCE_COLOR), never a file', () => {
    const coloured = review(['q1.json', 'q2.json'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
    expect(review(['q1.json', 'q2.json'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(review(['q1.json', 'q2.json', '-o', 'plain.txt'], { env: { FORCE_COLOR: '1' } }).code).toBe(0);
    expect(readFileSync(join(tmp, 'plain.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it('reads one snapshot from standard input with -', () => {
    const r = kam(['review', '-', 'q2.json', '--format', 'json'], { cwd: tmp, env, input: readFileSync(q(1), 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).compared).toEqual({ previous: 'standard input', current: 'q2.json' });
  });
});
