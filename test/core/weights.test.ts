import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AhpResult } from '../../src/core/ahp.js';
import { CancelledError } from '../../src/core/errors.js';
import {
  comparisonPairs,
  elicitWeights,
  inconsistencyMessage,
  nearestSaaty,
  percentWeights,
  saatyChoices,
  type PairQuestion,
  type WeightsPrompter,
} from '../../src/core/weights.js';

describe("Saaty's scale as answers", () => {
  it('offers the 17 values from 9 down to 1/9, each phrased "A is … than B"', () => {
    const c = saatyChoices('Quality', 'Price');
    expect(c.map((x) => x.short)).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', '1/2', '1/3', '1/4', '1/5', '1/6', '1/7', '1/8', '1/9']);
    expect(c[0]).toMatchObject({ value: 9, name: 'Quality is extremely more important than Price (9)' });
    expect(c[4].name).toBe('Quality is strongly more important than Price (5)');
    expect(c[8]).toMatchObject({ value: 1, name: 'Quality is equally important as Price (1)' });
    expect(c[10]).toMatchObject({ value: 1 / 3, name: 'Price is moderately more important than Quality (1/3)' });
    expect(c[16].value).toBe(1 / 9);
  });

  it('snaps a ratio of weights to the nearest value on a log scale', () => {
    expect(nearestSaaty(30 / 10)).toBe(3);
    expect(nearestSaaty(10 / 30)).toBe(1 / 3);
    expect(nearestSaaty(1.2)).toBe(1);
    expect(nearestSaaty(1.45)).toBe(2); // ln 1.45 = 0.372: 0.321 from ln 2, 0.372 from ln 1
    expect(nearestSaaty(50)).toBe(9);
    expect(nearestSaaty(0)).toBe(1);
    expect(nearestSaaty(Number.NaN)).toBe(1);
  });

  it('lists every pair once in criteria order', () => {
    expect(comparisonPairs(['a', 'b', 'c'])).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c']]);
    expect(comparisonPairs(['a'])).toEqual([]);
  });
});

describe('percentWeights', () => {
  it('rounds to hundredths that sum to exactly 100 (largest remainder)', () => {
    // 1/3 each: 33.333… → 33.33 × 3 = 99.99; the spare hundredth goes to the first: 33.34.
    expect(percentWeights([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(percentWeights([0.5, 0.3, 0.2])).toEqual([50, 30, 20]);
  });

  it('property: hundredths, within 0.01 of the exact share, summing to 100.00', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 15 }), (ws) => {
        const total = ws.reduce((s, w) => s + w, 0);
        const pct = percentWeights(ws);
        const cents = pct.map((p) => Math.round(p * 100));
        expect(cents.reduce((s, c) => s + c, 0)).toBe(10000);
        pct.forEach((p, i) => {
          expect(Math.abs(p * 100 - cents[i])).toBeLessThan(1e-9);
          expect(Math.abs(p - (100 * ws[i]) / total)).toBeLessThan(0.01 + 1e-9);
        });
      }),
    );
  });
});

/** Answers from a table; records the questions; scripted replies to "inconsistent". */
function scripted(answers: Record<string, number>, onInconsistent: Array<'revise' | 'accept' | 'cancel'> = [], revised: number[] = []) {
  const asked: PairQuestion[] = [];
  const seen: AhpResult[] = [];
  const prompter: WeightsPrompter = {
    compare: async (q) => {
      asked.push(q);
      const isRevision = asked.filter((x) => x.a === q.a && x.b === q.b).length > 1;
      return isRevision ? revised.shift()! : answers[`${q.a}|${q.b}`];
    },
    inconsistent: async (r) => {
      seen.push(r);
      return onInconsistent.shift() ?? 'accept';
    },
  };
  return { prompter, asked, seen };
}

describe('elicitWeights', () => {
  const factors = ['Quality', 'Delivery', 'Price'];

  it('asks each pair once, suggesting the current weights’ ratio, and returns the AHP weights', async () => {
    // Consistent: Q:D = 2, Q:P = 4, D:P = 2 → weights 4/7, 2/7, 1/7, CR 0.
    const s = scripted({ 'Quality|Delivery': 2, 'Quality|Price': 4, 'Delivery|Price': 2 });
    const { result, comparisons } = await elicitWeights(s.prompter, 'strength', factors, [30, 10, 10]);
    expect(s.asked.map((q) => [q.a, q.b, q.index, q.total, q.suggested])).toEqual([
      ['Quality', 'Delivery', 1, 3, 3],
      ['Quality', 'Price', 2, 3, 3],
      ['Delivery', 'Price', 3, 3, 1],
    ]);
    expect(comparisons).toHaveLength(3);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo([4 / 7, 2 / 7, 1 / 7][i], 9));
    expect(result.cr).toBeCloseTo(0, 9);
    expect(s.seen).toHaveLength(0);
  });

  it('when inconsistent, asks the worst pair again until consistent', async () => {
    // Q:D = 2, Q:P = 4 but D:P = 1/5 contradicts the rest (they imply 2): CR well above 0.10.
    const s = scripted({ 'Quality|Delivery': 2, 'Quality|Price': 4, 'Delivery|Price': 1 / 5 }, ['revise'], [2]);
    const { result } = await elicitWeights(s.prompter, 'strength', factors, [1, 1, 1]);
    expect(s.seen).toHaveLength(1);
    expect(s.seen[0].consistent).toBe(false);
    expect(s.seen[0].worst).not.toBeNull();
    const again = s.asked[3];
    expect(again.suggested).toBe(s.seen[0].worst!.a === again.a ? s.seen[0].worst!.given : 1 / s.seen[0].worst!.given);
    expect(result.consistent).toBe(true);
  });

  it('accept keeps inconsistent answers; cancel throws CancelledError', async () => {
    const bad = { 'Quality|Delivery': 9, 'Quality|Price': 1 / 9, 'Delivery|Price': 9 };
    const kept = await elicitWeights(scripted(bad, ['accept']).prompter, 'strength', factors, [1, 1, 1]);
    expect(kept.result.consistent).toBe(false);
    await expect(elicitWeights(scripted(bad, ['cancel']).prompter, 'strength', factors, [1, 1, 1])).rejects.toBeInstanceOf(CancelledError);
  });

  it('the inconsistency message names the worst comparison as given and what the rest imply', async () => {
    const kept = await elicitWeights(scripted({ 'Quality|Delivery': 2, 'Quality|Price': 4, 'Delivery|Price': 1 / 5 }, ['accept']).prompter, 'strength', factors, [1, 1, 1]);
    const msg = inconsistencyMessage(kept.result);
    expect(msg).toMatch(/^The comparisons are not consistent \(CR \d\.\d{3} > 0\.10\): "\w+" vs "\w+" = [\d/]+ disagrees most with the rest, which imply about [\d.]+\.$/);
  });
});
