/** The one AHP dialogue (workshop steps 7–8 and kam weights), with a scripted prompter and with the real select. */
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/core/errors.js';
import { askComparisons } from '../../src/prompts/ahp-dialogue.js';
import { comparisonsPrompt } from '../../src/prompts/custom-prompts.js';
import { describeValue, pairLine, scaleCells, scalePosition } from '../../src/prompts/pair-scale.js';
import { textWidth } from '../../src/render/text-width.js';
import { DEFAULT, ScriptedPrompter } from '../../src/prompts/scripted-prompter.js';

const FACTORS = ['Quality', 'Delivery', 'Price'];

describe("Saaty's scale as one line per pair", () => {
  it('17 positions from 9 (towards A) through 1 to 9 (towards B), the odd steps numbered', () => {
    expect([9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9].map(scalePosition)).toEqual([...Array(17).keys()]);
    expect(scaleCells(8, (t) => `(${t})`)).toBe('9 · 7 · 5 · 3 · (1) · 3 · 5 · 7 · 9');
    expect(scaleCells(scalePosition(1 / 4), (t) => `(${t})`)).toBe('9 · 7 · 5 · 3 · 1 · 3 (4) 5 · 7 · 9');
    expect(describeValue('Quality', 'Price', 1 / 3)).toBe('Price is moderately more important (3)');
    expect(describeValue('Quality', 'Price', 1)).toBe('equally important (1)');
  });

  it('a pair fits one line at 80 columns, long names cut', () => {
    const line = pairLine('Access to decision makers', 'Fit with our capabilities', 3, 78, (t) => `(${t})`);
    expect(textWidth(line)).toBeLessThanOrEqual(78);
    expect(line).toContain('Access to decisio… ◀ 9 · 7 · 5 · (3) · 1 · 3 · 5 · 7 · 9 ▶ Fit with our capa…');
  });

  it('the real prompt: every pair on one screen, ←→ move the mark, ↑↓ the pair, "pair k of n" and the live consistency ratio', async () => {
    const pairs = [['Quality', 'Delivery'], ['Quality', 'Price'], ['Delivery', 'Price']] as const;
    const { answer, events, getScreen } = await render(comparisonsPrompt, {
      message: 'Which of each pair matters more?',
      pairs,
      values: [1, 1, 1],
      start: 0,
      status: (vs: readonly number[]) => [`values ${vs.map((v) => v.toFixed(2)).join(' ')}`],
      width: 80,
      pageSize: 3,
    });
    expect(getScreen()).toContain('pair 1 of 3');
    expect(getScreen()).toContain('values 1.00 1.00 1.00');
    events.keypress('left'); // Quality 2 × Delivery
    events.keypress('down');
    events.keypress('left');
    events.keypress('left'); // Quality 3 × Price
    expect(getScreen()).toContain('pair 2 of 3');
    expect(getScreen()).toContain('values 2.00 3.00 1.00');
    expect(getScreen()).toContain('Quality is moderately more important (3)');
    for (const line of getScreen().split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(80);
    events.keypress('enter');
    expect(await answer).toEqual([2, 3, 1]);
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
    expect(p.transcript).toContain('Consistency ratio 0.00 (consistent; 0.10 or less is consistent)');
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
    expect(p.transcript.filter((l) => l.includes('disagrees most with the others'))).toHaveLength(1);
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
