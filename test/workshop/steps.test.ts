/** Each step on its own, answered from a script. */
import { describe, expect, test } from 'vitest';
import { ScriptedPrompter, ticked, type Script } from '../../src/prompts/scripted-prompter.js';
import { objectivesStep, parseTeam, resourcesStep, SUGGESTED_SMART, teamStep } from '../../src/workshop/steps-setup.js';
import { groupTotals, kaismStep, marketStep, prospects, segmentationStep } from '../../src/workshop/steps-portfolio.js';
import { attractivenessStep, strengthStep } from '../../src/workshop/steps-factors.js';
import { reviewStep, selectionStep } from '../../src/workshop/steps-selection.js';
import { currentMethod, tryEvaluate } from '../../src/workshop/context.js';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleDir, stepEnv } from './helpers.js';
import { say } from '../../src/i18n/index.js';

const scripted = (script: Script = {}) => new ScriptedPrompter(script);

describe('step 1: objectives', () => {
  test('the first two objectives are ticked by default; own objectives are split at ";"', async () => {
    let env = await stepEnv(scripted());
    // Enter takes kam's suggested SMART statement, recorded as not decided by the team.
    expect(await objectivesStep.run(env)).toBe('2 objectives; SMART statement suggested, not yet decided');
    expect(env.session.answers.objectives?.chosen).toEqual(['Retain business with our most valuable customers', 'Grow by winning entry to new customers']);
    expect(env.session.answers.objectives?.smartDecided).toBe(false);
    expect(env.session.answers.objectives?.smart).toBe(SUGGESTED_SMART);

    env = await stepEnv(
      scripted({
        'objectives.chosen': ticked('Build a customer-intimate business', '__own__'),
        'objectives.own': 'Win two pharma accounts; Halve claims',
        'objectives.smart': 'Two new pharma key accounts by Q4 2027.',
      }),
    );
    expect(await objectivesStep.run(env)).toBe('3 objectives; SMART statement set');
    expect(env.session.answers.objectives).toEqual({
      chosen: ['Build a customer-intimate business'],
      own: ['Win two pharma accounts', 'Halve claims'],
      smart: 'Two new pharma key accounts by Q4 2027.',
      smartDecided: true,
    });
  });
});

describe('step 2: resources', () => {
  test('capacity = managers × accounts each; the sales modes follow the quadrants', async () => {
    const p = scripted({ 'resources.managers': '4', 'resources.accountsEach': '3' });
    const env = await stepEnv(p);
    expect(await resourcesStep.run(env)).toBe('capacity 12 (4 × 3)');
    expect(env.session.answers.resources).toEqual({
      managers: 4,
      accountsEach: 3,
      capacity: 12,
      salesModes: { key: 'farmer', 'key-development': 'hunter', maintenance: 'milk round', opportunistic: 'milk round' },
      decided: true,
      keyCapacity: null,
    });
    expect(currentMethod(env).capacity).toBe(12);
    expect(currentMethod(env).capacities).toBeNull();
  });

  test("Enter takes kam's suggestion 3 × 4, recorded as not decided; --capacity 7 is decided, 1 × 7", async () => {
    let env = await stepEnv(scripted());
    expect(await resourcesStep.run(env)).toBe('capacity 12 (3 × 4, suggested, not yet decided)');
    expect(env.session.answers.resources?.decided).toBe(false);
    env = await stepEnv(scripted(), undefined, { capacity: '7' });
    expect(await resourcesStep.run(env)).toBe('capacity 7 (1 × 7)');
    expect(env.session.answers.resources?.decided).toBe(true);
  });

  test('two capacities: places for key accounts, the rest for key-development; selection honours each', async () => {
    const p = scripted({ 'resources.managers': '2', 'resources.accountsEach': '4', 'resources.capacityMode': 'two', 'resources.keyCapacity': '3', 'resources.salesModes': 'choose', 'resources.salesMode.maintenance': 'farmer' });
    const env = await stepEnv(p);
    expect(await resourcesStep.run(env)).toBe('capacity 8: 3 key, 5 key-development (2 × 4)');
    expect(env.session.answers.resources?.salesModes.maintenance).toBe('farmer');
    expect(currentMethod(env).capacities).toEqual({ key: 3, 'key-development': 5 });
    const out = tryEvaluate(env);
    if (!('ev' in out)) throw new Error(out.reason);
    const ev = out.ev;
    const chosen = (q: number) => Array.from(ev.order).filter((pos) => ev.quadrant[pos] === q && ev.selection.selected[pos]).length;
    // The example has 6 key and 7 key-development accounts: the first 3 and the first 5 of them are selected.
    expect([chosen(0), chosen(1), ev.selection.count, ev.selection.capacity]).toEqual([3, 5, 8, 8]);
    expect(ev.warnings.slice(0, 2).map((w) => say(w))).toEqual([
      '6 accounts are in key but its capacity is 3: the 3 lowest-ranked of them are not selected.',
      '7 accounts are in key-development but its capacity is 5: the 2 lowest-ranked of them are not selected.',
    ]);
  });
});

describe('step 3: the selection team', () => {
  test('parseTeam reads name:role pairs and refuses unknown roles', () => {
    expect(parseTeam(' Ana : Coordinator ,Ben:monitor-evaluator')).toEqual([
      { name: 'Ana', role: 'coordinator' },
      { name: 'Ben', role: 'monitor-evaluator' },
    ]);
    expect(parseTeam('')).toEqual([]);
    expect(parseTeam('Ana')).toMatch(/the role must be one of/);
    expect(parseTeam(':implementer')).toBe('":implementer" has no name.');
  });

  test('Enter with nothing typed skips the step', async () => {
    const env = await stepEnv(scripted());
    expect(await teamStep.run(env)).toBe('skipped');
    expect(env.session.answers.team).toEqual({ members: [] });
  });
});

describe('step 4: the market map', () => {
  test('per channel (and segment): accounts, revenue, potential, their shares, the gap and the prospects; the team notes channels', async () => {
    const p = new ScriptedPrompter({ 'market.channels': ticked('direct', 'e-commerce'), 'market.note': 'Web shops are where the growth is' }, { columns: 80, rows: 40 });
    const env = await stepEnv(p);
    expect(await marketStep.run(env)).toBe('3 channels; 3 prospects (potential, no revenue yet); the team noted direct, e-commerce');
    const shown = p.transcript.join('\n');
    expect(shown).toMatch(/^Channel \/ segment\s+Accounts\s+Revenue\s+share\s+Potential\s+share\s+Gap\s+Prospects$/m);
    // direct: 15 accounts, 13.15 M of 15.05 M revenue (87 %), 30.01 M of 33.84 M potential (89 %), gap 16.86 M, 2 prospects.
    expect(shown).toMatch(/^direct\s+15\s+13\.15 M\s+87 %\s+30\.01 M\s+89 %\s+16\.86 M\s+2$/m);
    expect(shown).toMatch(/^ {2}Food & beverage\s+\d+\s+/m); // segments within the channel, at 40 rows
    expect(shown).toMatch(/^All channels\s+30\s+15\.05 M\s+100 %\s+33\.84 M\s+100 %\s+18\.79 M\s+3$/m);
    expect(shown).toMatch(/Prospects \(potential, no revenue yet\): Kestrel Motor Components 2.60 M, Oakridge\s+Cold Chain 1.50 M, Quickfit Tyres Online 90.0 k/);
    for (const line of p.transcript) expect([...line].length).toBeLessThanOrEqual(80);
    expect(env.session.answers.market).toEqual({ shown: true, note: '3 prospects (potential, no revenue yet)', channels: ['direct', 'e-commerce'], teamNote: 'Web shops are where the growth is' });
    const pf = env.data.portfolio;
    expect(prospects(pf).map((i) => pf.ids[i])).toEqual(['C008', 'C011', 'C026']);
    const channels = groupTotals(pf, pf.channels!);
    expect(channels.map((g) => g.label)).toEqual(['direct', 'distributor', 'e-commerce']);
    expect(channels.reduce((a, g) => a + g.accounts, 0)).toBe(30);
  });

  test('without a channel column the step is skipped with a note', async () => {
    const dir = exampleDir();
    const csv = readFileSync(join(dir, 'customers.csv'), 'utf8').replace(',channel,', ',route,');
    writeFileSync(join(dir, 'customers.csv'), csv);
    const p = scripted();
    const env = await stepEnv(p, dir);
    expect(await marketStep.run(env)).toBe('skipped: no channel data');
    expect(p.transcript).toContain('customers.csv has no channel column, so there is no market map (add one to see it).');
  });
});

describe('step 5: segmentation', () => {
  test('the Pareto curve, the table per segment, and the segments chosen', async () => {
    const p = scripted({ 'segmentation.segments': ticked('Retail', 'Logistics') });
    const env = await stepEnv(p);
    expect(await segmentationStep.run(env)).toBe('2 segments in scope (11 accounts)');
    expect(env.session.answers.segmentation).toEqual({ segments: ['Logistics', 'Retail'] });
    const shown = p.transcript.join('\n');
    expect(shown).toContain('Top 20 % of accounts bring 63.9 % of revenue.');
    expect(shown).toMatch(/100 % ┼/);
    expect(shown).toMatch(/Segments in scope \(accounts, revenue, potential\)/);
  });

  test('all segments chosen means no filter', async () => {
    const env = await stepEnv(scripted());
    await segmentationStep.run(env);
    expect(env.session.answers.segmentation).toEqual({ segments: null });
  });
});

describe('step 6: the KAISM', () => {
  test('a rule by name, or two fixed numbers; the orientation', async () => {
    let env = await stepEnv(scripted({ 'kaism.rule': 'median', 'kaism.strengthAxis': 'right' }));
    expect(await kaismStep.run(env)).toBe('boundaries: median; high strength on the right');
    expect(currentMethod(env).split).toEqual({ rule: 'median' });
    env = await stepEnv(scripted({ 'kaism.rule': 'fixed', 'kaism.attractiveness': '62.5', 'kaism.strength': '40' }));
    await kaismStep.run(env);
    expect(env.session.answers.kaism).toEqual({ split: '62.5,40', strengthAxis: 'left' });
    expect(currentMethod(env).split).toEqual({ rule: 'fixed', attractiveness: 62.5, strength: 40 });
  });
});

describe('steps 7 and 8: factors and weights', () => {
  test('six factors draw no warning; accepting keeps the criteria weights (already 100 points)', async () => {
    const p = scripted();
    const env = await stepEnv(p);
    await attractivenessStep.run(env);
    expect(p.transcript.some((l) => l.startsWith('Warning:'))).toBe(false);
    const weights = env.session.answers.attractiveness!.factors.map((f) => f.weight);
    expect(weights).toEqual([25, 15, 15, 10, 20, 15]);
  });

  test('the preview lists the top five accounts and their quadrants', async () => {
    const p = scripted({ 'strength.factors': ticked('Product quality') });
    const env = await stepEnv(p);
    expect(await strengthStep.run(env)).toBe('1 factor, points 100');
    const at = p.transcript.findIndex((l) => /^\s+# Account\s+Attractiveness Strength Quadrant$/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(p.transcript.slice(at + 1, at + 6).every((l) => /^\s+\d C\d{3} .+\s+[\d.]+\s+[\d.]+ (key|key-development|maintenance|opportunistic)$/.test(l))).toBe(true);
    expect(env.session.answers.strength?.factors).toEqual([expect.objectContaining({ factor: 'Product quality', weight: 100, weightPct: 100 })]);
  });

  test('a checkbox with seven factors warns above six', async () => {
    const dir = exampleDir();
    const lines = readFileSync(join(dir, 'customers.csv'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(dir, 'customers.csv'), lines.map((l, i) => `${l},${i === 0 ? 'Employees' : i}`).join('\n'));
    const p = scripted({
      'attractiveness.factors': ticked('Category spend EUR', 'Gross margin %', 'Category growth %', 'Cost to serve', 'Fit with our capabilities', 'Access to decision makers', 'Employees'),
    });
    await attractivenessStep.run(await stepEnv(p, dir));
    expect(p.transcript).toContain("Warning: 7 factors; Cheverton advises boiling the list down to about six.");
  });
});

describe('steps 9 and 10', () => {
  test('step 9 cannot finish before both axes have factors', async () => {
    const dir = exampleDir();
    unlinkSync(join(dir, 'criteria.csv'));
    const p = scripted();
    const env = await stepEnv(p, dir);
    expect(await selectionStep.run(env)).toBeNull();
    expect(p.transcript[0]).toMatch(/cannot be scored yet: no attractiveness factor is weighted yet/);
  });

  test('step 9 records removals with their reasons', async () => {
    const env = await stepEnv(
      scripted({ 'selection.change': ['remove', 'keep'], 'selection.account': 'C002', 'selection.reason': 'Merger pending; revisit next quarter' }),
    );
    expect(await selectionStep.run(env)).toBe('12 selected, 1 override');
    expect(env.session.answers.selection).toEqual({ overrides: [{ id: 'C002', action: 'remove', reason: 'Merger pending; revisit next quarter' }] });
  });

  test('step 10 defaults the review to three months on and refuses a bad date', async () => {
    const env = await stepEnv(scripted({ 'review.writeCriteria': false, 'review.files': '-' }));
    expect(await reviewStep.run(env)).toBe('next review 2027-02-18');
    await expect(reviewStep.run(await stepEnv(scripted({ 'review.nextReview': '2027-02-30' }))).catch((e: Error) => e.message)).resolves.toMatch(/Type a date as YYYY-MM-DD/);
  });
});
