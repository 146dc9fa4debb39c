/** Whole workshops with scripted answers: defaults, resume after Ctrl-C, replay, overrides, back. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkedMain as main } from '../helpers/run-kam.js';
import type { KamResult } from '../../src/core/result.js';
import { CANCEL, CHOICES, exampleDir, readSessionFile, replay, ticked, ttyIo, workshop } from './helpers.js';

/** A result without its time and, for a replay, the record of the session it replayed (`method.session`). */
const withoutTime = (r: KamResult) => {
  const { session: _replayed, ...method } = r.method;
  return { ...r, generatedAt: 'x', method };
};

describe('the workshop with Enter on every question', () => {
  test('walks all ten steps in 19 key presses (no "Next?" between steps), saves a complete session and writes the brief and results', async () => {
    const dir = exampleDir();
    const r = await workshop(dir, {});
    expect(r.code).toBe(0);
    // 2 + 4 + 1 + 1 + 1 + 2 + 2 + 2 + 1 + 3: the last answer of a step moves on.
    expect(r.prompter.asked).toHaveLength(19);
    expect(r.prompter.asked.some((id) => id.endsWith('.next'))).toBe(false);
    const s = readSessionFile(dir);
    expect(s.schema).toBe('kam/session@1');
    expect(s.completedSteps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // SOURCE_DATE_EPOCH 1795000000 = 2026-11-18T11:06:40Z; the review defaults to three months on.
    expect(s.createdAt).toBe('2026-11-18T11:06:40.000Z');
    expect(s.answers.review?.nextReview).toBe('2027-02-18');
    expect(s.answers.resources).toMatchObject({ managers: 3, accountsEach: 4, capacity: 12 });
    expect(s.method).toEqual({
      strength: 'absolute',
      missing: 'error',
      sort: 'quadrant',
      split: { rule: 'midpoint' },
      capacity: 12,
      segments: null,
      overrides: [],
    });
    expect(s.criteria?.map((f) => f.factor)).toHaveLength(11);
    expect(s.inputs.customers.path).toBe('customers.csv');
    expect(s.inputs.customers.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.result?.summary).toMatchObject({ accounts: 30, selected: 12, qualifying: 13, capacity: 12 });
    expect(s.result?.accounts[0]).toMatchObject({ rank: 1, id: 'C001', quadrant: 'key', selected: true });
    for (const ext of ['md', 'json', 'csv']) expect(existsSync(join(dir, `kam-selection.${ext}`))).toBe(true);
    const brief = readFileSync(join(dir, 'kam-selection.md'), 'utf8');
    expect(brief).toContain('## Objectives');
    // Enter took kam's suggestions: the brief says they are not the team's decisions.
    expect(brief).toContain("3 key-account managers × 4 accounts each = capacity 12 for key and key-development accounts together (kam's suggestion, not decided by the team)");
    expect(brief).toContain("SMART (kam's suggestion, not decided by the team): Grow revenue");
    expect(brief).toContain('## Review\n\nNext review: 2027-02-18.');
    const shown = r.prompter.transcript.join('\n');
    expect(shown).toContain('Session saved to');
    expect(shown).toContain('← higher relative strength');
    expect(shown).toContain('Step 9 of 10 · Selection and communication');
    expect(shown).toContain('Top 20 % of accounts bring 63.9 % of revenue.');
  });

  test('replaying the saved session without a terminal gives the same JSON result (apart from generatedAt)', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {})).code).toBe(0);
    const saved = readSessionFile(dir).result!;
    const r = await replay(dir);
    expect(r.code).toBe(0);
    expect(withoutTime(JSON.parse(r.stdout) as KamResult)).toEqual(withoutTime(saved));
    // The workshop's own results file is the same document.
    const written = JSON.parse(readFileSync(join(dir, 'kam-selection.json'), 'utf8')) as KamResult;
    expect(withoutTime(written)).toEqual(withoutTime(saved));
  });
});

describe('Ctrl-C and --resume', () => {
  test('Ctrl-C in step 5 saves steps 1–4 and exits 130; --resume asks from step 5 on', async () => {
    const dir = exampleDir();
    const first = await workshop(dir, {
      'objectives.smart': 'Keep our top ten customers for three years.',
      'resources.managers': '2',
      'resources.accountsEach': '5',
      'team.members': 'Ana:coordinator, Ben:implementer',
      'segmentation.segments': CANCEL,
    });
    expect(first.code).toBe(130);
    expect(first.stderr).toMatch(/cancelled at step 5; every answer so far is saved in .*kam-session\.json\. Continue with --resume \(step 5\)/);
    const saved = readSessionFile(dir);
    expect(saved.completedSteps).toEqual([1, 2, 3, 4]);
    expect(saved.answers.objectives?.smart).toBe('Keep our top ten customers for three years.');
    expect(saved.answers.resources?.capacity).toBe(10);
    expect(saved.answers.team?.members).toEqual([
      { name: 'Ana', role: 'coordinator' },
      { name: 'Ben', role: 'implementer' },
    ]);
    expect(saved.result).toBeNull();

    // Steps 5–10: 1 + 2 + 2 + 2 + 1 + 3 = 11 questions.
    const second = await workshop(dir, {}, { resume: true });
    expect(second.code).toBe(0);
    expect(second.prompter.asked).toHaveLength(11);
    expect(second.prompter.transcript.find((l) => l.startsWith('Resuming'))).toMatch(/^Resuming .* at step 5\.$/);
    const done = readSessionFile(dir);
    expect(done.completedSteps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(done.answers.objectives?.smart).toBe('Keep our top ten customers for three years.');
    expect(done.result?.summary.capacity).toBe(10);
    expect(done.result?.summary.selected).toBe(10);
  });

  test('--resume without a session is a usage error', async () => {
    const r = await workshop(exampleDir(), {}, { resume: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/there is no session to resume/);
  });
});

describe('choices beyond the defaults', () => {
  test('back, fixed boundaries, typed points, an override with its reason, a comparison and criteria written back', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {}, { session: 'runs/q3.json' })).code).toBe(0);
    const r = await workshop(dir, CHOICES, { compare: 'runs/q3.json' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.prompter.unused).toEqual({});
    const s = readSessionFile(dir);
    expect(s.method).toMatchObject({
      split: { rule: 'fixed', attractiveness: 60, strength: 45 },
      segments: ['Food & beverage', 'Pharma & healthcare'],
      overrides: [{ id: 'C029', action: 'add', reason: 'Strategic launch partner for the new generics line' }],
    });
    expect(s.answers.kaism?.strengthAxis).toBe('right');
    expect(s.answers.attractiveness?.factors.map((f) => f.weight)).toEqual([40, 10, 10, 10, 20, 10]);
    expect(s.criteria?.filter((f) => f.axis === 'strength').map((f) => f.factor)).toEqual(['Product quality', 'Delivery reliability']);
    expect(s.result?.summary.accounts).toBe(14); // 9 food & beverage + 5 pharma
    expect(s.result?.accounts.find((a) => a.id === 'C029')?.selected).toBe(true);
    expect(s.answers.review?.moved.length).toBeGreaterThan(0);
    expect(s.answers.review?.moved).toContain('C029 Novus Generics: newly selected');
    expect(readFileSync(join(dir, 'out/brief.md'), 'utf8')).toContain('Strategic launch partner');
    const criteria = readFileSync(join(dir, 'agreed-criteria.csv'), 'utf8');
    expect(criteria.split('\n')[0]).toBe('factor,axis,weight,min,max,direction,normalize,kind,description');
    expect(criteria).toContain('Category spend EUR,attractiveness,40,0,10000000,higher,minmax,pure,');
    // The written criteria give `kam select` the same scores as the session.
    const { io, out } = ttyIo(dir, false);
    await main(['select', 'customers.csv', '--no-interactive', '-f', 'json', '--criteria', 'agreed-criteria.csv', '--split', '60,45', '--segment', 'Food & beverage,Pharma & healthcare'], io);
    const plain = JSON.parse(out()) as KamResult;
    expect(plain.accounts.map((a) => [a.id, a.attractiveness, a.strength])).toEqual(s.result!.accounts.map((a) => [a.id, a.attractiveness, a.strength]));
  });

  test('a raw numeric column can be chosen as a factor, normalised as the team says', async () => {
    const dir = exampleDir();
    const lines = readFileSync(join(dir, 'customers.csv'), 'utf8').trimEnd().split('\n');
    // Employees: 100, 110, 120, … one per account.
    writeFileSync(join(dir, 'customers.csv'), lines.map((l, i) => `${l},${i === 0 ? 'Employees' : 90 + 10 * i}`).join('\n'));
    const r = await workshop(dir, {
      'attractiveness.factors': ticked('Fit with our capabilities', 'Employees'),
      'attractiveness.normalize': 'percentile',
      'attractiveness.direction': 'lower',
      'strength.factors': ticked('Product quality'),
      'review.files': '-', // no files
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = readSessionFile(dir);
    expect(s.answers.review?.written).toEqual([]);
    expect(s.criteria?.map((f) => f.factor)).toEqual(['Fit with our capabilities', 'Employees', 'Product quality']);
    expect(s.criteria?.[1]).toMatchObject({ axis: 'attractiveness', min: 100, max: 390, direction: 'lower', normalize: 'percentile', kind: 'pure', weightPct: 50 });
    // The replay finds the column again and agrees with the workshop.
    const again = await replay(dir);
    expect(withoutTime(JSON.parse(again.stdout) as KamResult)).toEqual(withoutTime(s.result!));
  });
});

describe('--compare', () => {
  test('comparing with the session being rerun uses it as it was before the run', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {})).code).toBe(0);
    // Rerun with capacity 2 × 4 = 8 instead of 12; every other answer kept.
    const r = await workshop(dir, { 'resources.managers': '2', 'resources.accountsEach': '4' }, { compare: 'kam-session.json' });
    expect(r.code).toBe(0);
    expect(r.prompter.transcript.find((l) => l.startsWith('Starting from'))).toMatch(/^Starting from the answers saved in .*kam-session\.json: Enter keeps each one\.$/);
    // Ranks 9–12 (C012, C011, C010, C008) no longer fit.
    expect(readSessionFile(dir).answers.review?.moved).toEqual([
      'C012 Lumen Medical Devices: released from key-account resources',
      'C011 Oakridge Cold Chain: released from key-account resources',
      'C010 FreshCart Supermarkets: released from key-account resources',
      'C008 Kestrel Motor Components: released from key-account resources',
    ]);
  });

  test('a file that is neither a session nor a result stops the workshop before any question (exit 1)', async () => {
    const dir = exampleDir();
    const r = await workshop(dir, {}, { compare: 'customers.csv' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('customers.csv: this is not readable JSON');
    expect(r.stderr).toContain('--compare reads kam/result@1 and kam/session@1 files');
    expect(r.prompter.transcript).toEqual([]);
  });
});

describe('replay without a terminal', () => {
  test('an incomplete session lists every missing answer at once and exits 2', async () => {
    const dir = exampleDir();
    await workshop(dir, { 'team.members': CANCEL });
    const r = await replay(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot be replayed without questions; it lacks these answers:');
    expect(r.stderr).toContain('the criteria (steps 7 and 8');
    expect(r.stderr).toContain('the method (steps 5, 6, 9');
    expect(r.stdout).toBe('');
  });

  test('a session of a future schema, a corrupt one and a missing one are input errors (exit 1)', async () => {
    const dir = exampleDir();
    writeFileSync(join(dir, 'future.json'), JSON.stringify({ schema: 'kam/session@2' }));
    writeFileSync(join(dir, 'cut.json'), '{"schema": "kam/session@1", "kamVersion": "0.1.0", "crea');
    let r = await replay(dir, { session: 'future.json' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the session uses kam/session@2, which this kam (reads kam/session@1) does not know; upgrade kam');
    r = await replay(dir, { session: 'cut.json' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cut\.json.*not valid JSON .* truncated or corrupt/);
    r = await replay(dir, { session: 'nowhere.json' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nowhere.json: the session file does not exist.');
  });

  test('the replay applies the session to changed data, and writes the brief with the team sections', async () => {
    const dir = exampleDir();
    await workshop(dir, {});
    const csv = readFileSync(join(dir, 'customers.csv'), 'utf8').replace('C013,Baltic Brewing Group', 'C013,Baltic Brewing Group AB');
    writeFileSync(join(dir, 'customers.csv'), csv);
    const r = await replay(dir, { format: 'markdown' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Objectives');
    expect(r.stdout).toContain('Baltic Brewing Group AB');
    expect(r.stdout).toContain('Capacity: 12.');
  });
});
