/** The one AHP dialogue (workshop steps 7–8 and kam weights), with a scripted prompter and with the real select. */
import { select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/core/errors.js';
import { askComparisons, saatyChoices } from '../../src/prompts/ahp-dialogue.js';
import { DEFAULT, ScriptedPrompter } from '../../src/prompts/scripted-prompter.js';

const FACTORS = ['Quality', 'Delivery', 'Price'];

describe("Saaty's scale as choices", () => {
  it('17 choices from 9 to 1/9, equal in the middle, each naming the more important factor', () => {
    const c = saatyChoices('A', 'B');
    expect(c.map((x) => x.value)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9]);
    expect(c[0].name).toBe('"A" is extremely more important than "B" (9)');
    expect(c[4].name).toBe('"A" is strongly more important than "B" (5)');
    expect(c[8].name).toBe('Equally important (1)');
    expect(c[10].name).toBe('"B" is moderately more important than "A" (1/3)');
    expect(c[16].name).toBe('"B" is extremely more important than "A" (1/9)');
  });

  it('shown by the real select with the suggestion marked, moving down picks the next step', async () => {
    const { answer, events, getScreen } = await render(select, { message: '"Quality" against "Price":', choices: saatyChoices('Quality', 'Price'), default: 3, pageSize: 17, loop: false });
    expect(getScreen()).toContain('❯ "Quality" is moderately more important than "Price" (3)');
    expect(getScreen()).toContain('"Price" is extremely more important than "Quality" (1/9)');
    events.keypress('down');
    events.keypress('down');
    events.keypress('enter');
    expect(await answer).toBe(1); // 3 → 2 → 1
  });
});

describe('askComparisons', () => {
  it('asks each pair once in criteria order, suggesting the current weights’ ratio, and returns the AHP weights', async () => {
    // Consistent: Q:D = 2, Q:P = 4, D:P = 2 → weights 4/7, 2/7, 1/7, CR 0.
    const p = new ScriptedPrompter({ 'w.pair': [2, 4, 2] });
    const { result, comparisons } = await askComparisons(p, { id: 'w', factors: FACTORS, weights: [30, 10, 10] });
    expect(p.asked).toEqual(['w.pair', 'w.pair', 'w.pair']);
    expect(comparisons).toEqual([
      { a: 'Quality', b: 'Delivery', value: 2 },
      { a: 'Quality', b: 'Price', value: 4 },
      { a: 'Delivery', b: 'Price', value: 2 },
    ]);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo([4 / 7, 2 / 7, 1 / 7][i], 9));
    expect(result.cr).toBeCloseTo(0, 9);
    expect(p.transcript).toContain('λmax 3.000 · CI 0.000 · CR 0.000 (≤ 0.10: consistent)');
  });

  it('Enter takes the suggestion: the ratio of the current weights, or an earlier answer', async () => {
    const p = new ScriptedPrompter();
    const { comparisons } = await askComparisons(p, { id: 'w', factors: FACTORS, weights: [30, 10, 10] });
    expect(comparisons.map((c) => c.value)).toEqual([3, 3, 1]);
    // An earlier answer the other way round is its reciprocal (the result is inconsistent: accepted).
    const again = await askComparisons(new ScriptedPrompter({ 'w.inconsistent': 'accept' }), { id: 'w', factors: FACTORS, weights: [1, 1, 1], previous: [{ a: 'Price', b: 'Quality', value: 1 / 5 }] });
    expect(again.comparisons.map((c) => c.value)).toEqual([1, 5, 1]);
  });

  it('when inconsistent, warns, names the worst pair and asks it again until consistent', async () => {
    const p = new ScriptedPrompter({ 'w.pair': [2, 4, 1 / 5, 2], 'w.inconsistent': ['worst'] });
    const { result } = await askComparisons(p, { id: 'w', factors: FACTORS, weights: [1, 1, 1] });
    expect(p.transcript.filter((l) => l.startsWith('Warning: The comparisons are not consistent'))).toHaveLength(1);
    expect(p.asked).toEqual(['w.pair', 'w.pair', 'w.pair', 'w.inconsistent', 'w.pair']);
    expect(result.consistent).toBe(true);
  });

  it('redo all with Enter keeps every answer; accept keeps inconsistent answers', async () => {
    const p = new ScriptedPrompter({ 'w.pair': [9, 1 / 9, 9, DEFAULT, DEFAULT, DEFAULT], 'w.inconsistent': ['all', 'accept'] });
    const { result, comparisons } = await askComparisons(p, { id: 'w', factors: FACTORS, weights: [1, 1, 1] });
    expect(comparisons.map((c) => c.value)).toEqual([9, 1 / 9, 9]);
    expect(result.consistent).toBe(false);
  });

  it('cancel is offered only when cancellable, and throws CancelledError', async () => {
    const bad = { 'w.pair': [9, 1 / 9, 9], 'w.inconsistent': ['cancel'] };
    await expect(askComparisons(new ScriptedPrompter(bad), { id: 'w', factors: FACTORS, weights: [1, 1, 1] })).rejects.toThrow(/not a choice/);
    await expect(askComparisons(new ScriptedPrompter(bad), { id: 'w', factors: FACTORS, weights: [1, 1, 1], cancellable: true })).rejects.toBeInstanceOf(CancelledError);
  });
});
