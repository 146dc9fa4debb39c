/** The one largest-remainder rounder: weights as hundredths of percent (criteria.csv) and as points (the workshop). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder, percentWeights, toPoints } from '../../src/core/rounding.js';

describe('largestRemainder', () => {
  it('gives the spare units to the largest fractional parts, ties to the earlier weight', () => {
    // 1/3 each of 100: 33.33… → 33 × 3 = 99; the spare point goes to the first.
    expect(largestRemainder([1, 1, 1], 100)).toEqual([34, 33, 33]);
    // 1/7, 2/7, 4/7 of 100 = 14.29/28.57/57.14: floors 14 + 28 + 57 = 99, the spare to .57.
    expect(largestRemainder([1, 2, 4], 100)).toEqual([14, 29, 57]);
    expect(largestRemainder([0, 0], 100)).toEqual([0, 0]);
  });

  it('percentWeights: hundredths that sum to exactly 100.00; toPoints: whole points to 100', () => {
    expect(percentWeights([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(percentWeights([0.5, 0.3, 0.2])).toEqual([50, 30, 20]);
    expect(toPoints([25, 15, 15, 10, 20, 15])).toEqual([25, 15, 15, 10, 20, 15]);
  });

  it('property: units within one of the exact share, summing to the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 15 }), fc.constantFrom(100, 10000), (ws, units) => {
        const total = ws.reduce((s, w) => s + w, 0);
        const out = largestRemainder(ws, units);
        expect(out.reduce((s, c) => s + c, 0)).toBe(units);
        out.forEach((c, i) => {
          expect(Number.isInteger(c)).toBe(true);
          expect(Math.abs(c - (units * ws[i]) / total)).toBeLessThan(1 + 1e-6);
        });
        const pct = percentWeights(ws);
        expect(Math.round(pct.reduce((s, p) => s + p * 100, 0))).toBe(10000);
      }),
    );
  });

  it('property: points add up to 100 and follow the weights\' order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), { minLength: 1, maxLength: 12 }), (w) => {
        const p = toPoints(w);
        expect(p.reduce((a, b) => a + b, 0)).toBe(100);
        for (let i = 0; i < w.length; i++) for (let j = 0; j < w.length; j++) if (w[i] > w[j] + 1e-9) expect(p[i]).toBeGreaterThanOrEqual(p[j]);
      }),
    );
  });
});
