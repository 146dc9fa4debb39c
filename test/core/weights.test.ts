import { describe, expect, it } from 'vitest';
import { ahp } from '../../src/core/ahp.js';
import { comparisonPairs, inconsistencyMessage, nearestSaaty, SAATY_VALUES } from '../../src/core/weights.js';

describe("Saaty's scale", () => {
  it('has the 17 values from 9 down to 1/9', () => {
    expect(SAATY_VALUES).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9]);
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

describe('inconsistencyMessage', () => {
  it('names the worst comparison as given and what the rest imply', () => {
    // Q:D = 2, Q:P = 4 but D:P = 1/5 contradicts the rest (they imply 2): CR well above 0.10.
    const r = ahp(['Quality', 'Delivery', 'Price'], [
      { a: 'Quality', b: 'Delivery', value: 2 },
      { a: 'Quality', b: 'Price', value: 4 },
      { a: 'Delivery', b: 'Price', value: 1 / 5 },
    ]);
    expect(r.consistent).toBe(false);
    expect(inconsistencyMessage(r)).toMatch(/^The comparisons are not consistent \(CR \d\.\d{3} > 0\.10\): "\w+" vs "\w+" = [\d/]+ disagrees most with the rest, which imply about [\d.]+\.$/);
  });
});
