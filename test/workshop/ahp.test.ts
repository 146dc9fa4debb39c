/** Steps 7 and 8: weights by pairwise comparison (AHP). */
import { describe, expect, test } from 'vitest';
import { ScriptedPrompter, ticked } from '../../src/prompts/scripted-prompter.js';
import { attractivenessStep, strengthStep } from '../../src/workshop/steps-factors.js';
import { DEFAULT, stepEnv, type ScriptedAnswer } from './helpers.js';

const D: ScriptedAnswer = DEFAULT;
const THREE = ticked('Product quality', 'Delivery reliability', 'Technical support');

describe('AHP in step 8', () => {
  test('consistent comparisons give the eigenvector weights as points: 2, 6, 3 → 60/30/10', async () => {
    // Quality 2× Delivery, 6× Support; Delivery 3× Support. Consistent (2 × 3 = 6), so w ∝ (6, 3, 1) = 0.6/0.3/0.1,
    // Aw = 3w, λmax = 3, CI = (3 − 3)/2 = 0, CR = 0.
    const p = new ScriptedPrompter({ 'strength.factors': THREE, 'strength.weights': 'ahp', 'strength.ahp.pair': [2, 6, 3] });
    const env = await stepEnv(p);
    expect(await strengthStep.run(env)).toBe('3 factors, points 60/30/10');
    expect(p.remaining).toBe(0);
    const a = env.session.answers.strength!;
    expect(a.factors.map((f) => f.weight)).toEqual([60, 30, 10]);
    expect(a.ahp?.comparisons).toEqual([
      { a: 'Product quality', b: 'Delivery reliability', value: 2 },
      { a: 'Product quality', b: 'Technical support', value: 6 },
      { a: 'Delivery reliability', b: 'Technical support', value: 3 },
    ]);
    expect(a.ahp?.points).toEqual([60, 30, 10]);
    a.ahp!.weights.forEach((w, i) => expect(w).toBeCloseTo([0.6, 0.3, 0.1][i], 9));
    expect(a.ahp?.lambdaMax).toBeCloseTo(3, 9);
    expect(a.ahp?.cr).toBeCloseTo(0, 9);
    expect(a.ahp?.consistent).toBe(true);
    expect(p.transcript).toContain('Consistency ratio 0.00 (consistent; 0.10 or less is consistent)');
    expect(p.transcript).toContain('   60 pts  Product quality');
    // Each pair is one line on Saaty's scale, the mark towards the more important factor (2: one step from the middle).
    expect(p.transcript).toContain(`  ${' '.repeat(3)}Product quality ◀ 9 · 7 · 5 · 3 (2) 1 · 3 · 5 · 7 · 9 ▶ Delivery reliabil…`);
    expect(p.transcript.some((l) => l.startsWith('Warning:'))).toBe(false);
  });

  test('the reverse judgments (1/2 …) weight the other way; weights that round to 100 with a spare point', async () => {
    // Support 2× Delivery and 4× Quality; Delivery 2× Quality: w ∝ (1, 2, 4) = 1/7, 2/7, 4/7 = 14.29/28.57/57.14 points;
    // floors 14 + 28 + 57 = 99, the largest remainder (.57, Delivery) takes the spare point: 14/29/57.
    const p = new ScriptedPrompter({ 'strength.factors': THREE, 'strength.weights': 'ahp', 'strength.ahp.pair': [1 / 2, 1 / 4, 1 / 2] });
    const env = await stepEnv(p);
    expect(await strengthStep.run(env)).toBe('3 factors, points 14/29/57');
  });

  test('inconsistent comparisons warn, name the worst pair, and can be changed or accepted', async () => {
    // A cycle: Quality 9× Delivery, Support 9× Quality (Quality against Support: 1/9), Delivery 9× Support. By symmetry the weights are equal (1/3 each),
    // every row of A sums to 1 + 9 + 1/9, so λmax = 10.111, CI = (10.111 − 3)/2 = 3.556, CR = 3.556/0.58 = 6.13. Every
    // comparison is off by the same ln 9, so the first pair is named: given 9, implied 1.
    const p = new ScriptedPrompter({ 'strength.factors': THREE, 'strength.weights': 'ahp', 'strength.ahp.pair': [9, 1 / 9, 9, 1], 'strength.ahp.inconsistent': ['worst', 'accept'] });
    const env = await stepEnv(p);
    await strengthStep.run(env);
    expect(p.remaining).toBe(0);
    expect(p.transcript).toContain('The answer for "Product quality" against "Delivery reliability" (9) disagrees most with the others, which imply about 1.');
    expect(p.transcript).toContain('Consistency ratio 6.13 (not consistent: some answers contradict the others; 0.10 or less is consistent)');
    // "Change" asked that one pair again, with the earlier answer as its default.
    expect(p.transcript.filter((l) => l === '? pair 1 of 3: "Product quality" against "Delivery reliability"')).toHaveLength(2);
    const a = env.session.answers.strength!.ahp!;
    expect(a.comparisons[0]).toEqual({ a: 'Product quality', b: 'Delivery reliability', value: 1 });
    expect(a.consistent).toBe(false);
    expect(a.cr).toBeGreaterThan(0.1);
    expect(env.session.answers.strength!.factors.map((f) => f.weight)).toEqual(a.points);
  });

  test('redoing every comparison with Enter keeps the earlier answers', async () => {
    const p = new ScriptedPrompter({ 'strength.factors': THREE, 'strength.weights': 'ahp', 'strength.ahp.pair': [9, 1 / 9, 9, D, D, 1], 'strength.ahp.inconsistent': ['all', 'accept'] });
    const env = await stepEnv(p);
    await strengthStep.run(env);
    expect(env.session.answers.strength!.ahp!.comparisons.map((c) => c.value)).toEqual([9, 1 / 9, 1]);
  });

  test('AHP is offered only with two factors or more; typing points afterwards drops the AHP record', async () => {
    const one = new ScriptedPrompter({ 'strength.factors': ticked('Product quality'), 'strength.weights': 'ahp' });
    await expect(strengthStep.run(await stepEnv(one))).rejects.toThrow(/not a choice of "strength.weights"/);
    const env = await stepEnv(new ScriptedPrompter({ 'attractiveness.weights': 'ahp', 'attractiveness.ahp.pair': new Array(15).fill(3), 'attractiveness.ahp.inconsistent': 'accept' }));
    await attractivenessStep.run(env);
    expect(env.session.answers.attractiveness?.ahp?.comparisons).toHaveLength(15); // six factors: 6 × 5 / 2 pairs
    env.p = new ScriptedPrompter({ 'attractiveness.weights': 'edit', 'attractiveness.points': ['20', '20', '20', '20', '10', '10'] });
    await attractivenessStep.run(env);
    expect(env.session.answers.attractiveness?.ahp).toBeUndefined();
  });
});
