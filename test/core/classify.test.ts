/** METHOD.md §3, boundaries and quadrants: split rules, "≥ is high", rounding to 9 decimals. */
import { describe, expect, it } from 'vitest';
import { computeSplit, mean, median, quadrantIndex, quadrantOf, round9 } from '../../src/core/classify.js';
import { evaluate } from '../../src/core/engine.js';
import { QUADRANTS, type Split } from '../../src/core/types.js';
import { byId, makeFactor, makeMethod, makePortfolio } from '../helpers/portfolio.js';

const f64 = (...xs: number[]): Float64Array => Float64Array.from(xs);
const MID: Split = { rule: 'midpoint', attractiveness: 50, strength: 50 };

describe('round9', () => {
  it('removes floating-point noise below 1e-9', () => {
    expect(round9(49.99999999999999)).toBe(50);
    expect(round9(50.00000000000001)).toBe(50);
    expect(round9(0.1 + 0.2)).toBe(0.3);
  });
  it('keeps differences at 1e-9 and above', () => {
    expect(round9(50 - 1e-9)).toBeLessThan(50);
    expect(round9(12.3456789012)).toBe(12.345678901);
  });
});

describe('split rules', () => {
  const a = f64(10, 40, 70);
  const s = f64(90, 20, 30);

  it('midpoint: 50 on both axes', () => {
    expect(computeSplit({ rule: 'midpoint' }, a, s)).toEqual({ rule: 'midpoint', attractiveness: 50, strength: 50 });
  });

  it('median with an odd count is the middle value', () => {
    // a sorted 10,40,70 → 40; s sorted 20,30,90 → 30
    expect(computeSplit({ rule: 'median' }, a, s)).toEqual({ rule: 'median', attractiveness: 40, strength: 30 });
  });

  it('median with an even count is the mean of the two middle values', () => {
    // sorted 5,20,60,100 → (20+60)/2 = 40; sorted 1,2,3,4 → (2+3)/2 = 2.5
    expect(median(f64(100, 5, 60, 20))).toBe(40);
    expect(computeSplit({ rule: 'median' }, f64(100, 5, 60, 20), f64(4, 3, 2, 1))).toEqual({
      rule: 'median',
      attractiveness: 40,
      strength: 2.5,
    });
  });

  it('median sorts numerically (9 < 10 < 100)', () => {
    // numeric sort 9,10,100 → 10 (a text sort would give 10,100,9 → 100)
    expect(median(f64(100, 9, 10))).toBe(10);
  });

  it('mean', () => {
    // (10+40+70)/3 = 40; (90+20+30)/3 = 140/3
    const split = computeSplit({ rule: 'mean' }, a, s);
    expect(split.rule).toBe('mean');
    expect(split.attractiveness).toBe(40);
    expect(split.strength).toBeCloseTo(140 / 3, 12);
    expect(mean(f64(1, 2))).toBe(1.5);
  });

  it('fixed A,S', () => {
    expect(computeSplit({ rule: 'fixed', attractiveness: 60, strength: 45 }, a, s)).toEqual({
      rule: 'fixed',
      attractiveness: 60,
      strength: 45,
    });
  });
});

describe('quadrants', () => {
  it('the four quadrants', () => {
    expect(quadrantOf(80, 80, MID)).toBe('key');
    expect(quadrantOf(80, 20, MID)).toBe('key-development');
    expect(quadrantOf(20, 80, MID)).toBe('maintenance');
    expect(quadrantOf(20, 20, MID)).toBe('opportunistic');
    expect([quadrantIndex(80, 80, MID), quadrantIndex(80, 20, MID), quadrantIndex(20, 80, MID), quadrantIndex(20, 20, MID)]).toEqual([0, 1, 2, 3]);
  });

  it('a score exactly on the boundary is high', () => {
    expect(quadrantOf(50, 50, MID)).toBe('key');
    expect(quadrantOf(50, 49.9, MID)).toBe('key-development');
    expect(quadrantOf(49.9, 50, MID)).toBe('maintenance');
    const fixed: Split = { rule: 'fixed', attractiveness: 60, strength: 45 };
    expect(quadrantOf(60, 45, fixed)).toBe('key');
    expect(quadrantOf(59.999, 44.999, fixed)).toBe('opportunistic');
  });

  it('floating-point noise around a true 50 is still high', () => {
    expect(quadrantOf(49.99999999999999, 50.00000000000001, MID)).toBe('key');
    // and noise in the boundary itself (a mean of 0.1 + 0.2 style values)
    expect(quadrantOf(30, 30, { rule: 'mean', attractiveness: 30.000000000000004, strength: 29.999999999999996 })).toBe('key');
  });

  it('a true difference of 1e-6 below the boundary is low', () => {
    expect(quadrantOf(50 - 1e-6, 50 - 1e-6, MID)).toBe('opportunistic');
  });
});

describe('boundaries through the engine', () => {
  /*
   * Weights 0.1 and 0.2 on scale 0..10, values 1 and 7:
   * exact score 100 × (0.1·0.1 + 0.2·0.7) / 0.3 = 100 × 0.15 / 0.3 = 50,
   * but in doubles 0.1·0.1 + 0.2·0.7 = 0.15000000000000002 … / 0.30000000000000004 → 49.99999999999999.
   * Weights 0.1 and 0.1 with values 2 and 8: exact 50, doubles give 50.00000000000001.
   */
  const portfolio = makePortfolio({
    ids: ['LOW-NOISE', 'HIGH-NOISE'],
    values: { A1: [1, 2], A2: [7, 8], S1: [1, 2], S2: [7, 8] },
  });
  const scale = { min: 0, max: 10 };

  it('a true 50 that lands at 49.99999999999999 is high', () => {
    const factors = [
      makeFactor('A1', 'attractiveness', 0.1, scale),
      makeFactor('A2', 'attractiveness', 0.2, scale),
      makeFactor('S1', 'strength', 0.1, scale),
      makeFactor('S2', 'strength', 0.2, scale),
    ];
    const ev = evaluate(portfolio, factors, makeMethod());
    const low = byId(portfolio, ev).get('LOW-NOISE')!;
    expect(low.attractiveness).not.toBe(50); // the construction really produces noise …
    expect(low.attractiveness).toBeCloseTo(50, 12);
    expect(low.attractiveness).toBeLessThan(50);
    expect(low.quadrant).toBe('key'); // … and it is ignored
  });

  it('a true 50 that lands at 50.00000000000001 is high (and equal to a clean 50 for ranking)', () => {
    const factors = [
      makeFactor('A1', 'attractiveness', 0.1, scale),
      makeFactor('A2', 'attractiveness', 0.1, scale),
      makeFactor('S1', 'strength', 0.1, scale),
      makeFactor('S2', 'strength', 0.1, scale),
    ];
    const ev = evaluate(portfolio, factors, makeMethod());
    const high = byId(portfolio, ev).get('HIGH-NOISE')!;
    expect(high.attractiveness).toBeGreaterThan(50);
    expect(high.attractiveness).toBeCloseTo(50, 12);
    expect(high.quadrant).toBe('key');
  });

  it('median and mean splits put the middle account on the high side', () => {
    const p = makePortfolio({ ids: ['A', 'B', 'C'], values: { a: [2, 5, 8], s: [9, 5, 1] } });
    const factors = [makeFactor('a', 'attractiveness', 1), makeFactor('s', 'strength', 1)];
    // scores: a = (x−1)/9·100 → 100/9, 400/9, 700/9; s = 800/9, 400/9, 0
    // median a = 400/9 = B's; median s = 400/9 = B's → B is high on both
    const med = evaluate(p, factors, makeMethod({ split: { rule: 'median' } }));
    expect(med.split.attractiveness).toBeCloseTo(400 / 9, 12);
    expect(byId(p, med).get('B')!.quadrant).toBe('key');
    expect(byId(p, med).get('A')!.quadrant).toBe('maintenance');
    expect(byId(p, med).get('C')!.quadrant).toBe('key-development');
    // mean a = (100+400+700)/27 = 400/9 (computed with noise); mean s = 1200/27 = 400/9
    const avg = evaluate(p, factors, makeMethod({ split: { rule: 'mean' } }));
    expect(avg.split.attractiveness).toBeCloseTo(400 / 9, 12);
    expect(byId(p, avg).get('B')!.quadrant).toBe('key');
  });

  it('fixed split through the engine', () => {
    const p = makePortfolio({ ids: ['A'], values: { a: [6.4], s: [5.05] } });
    // a = (6.4−1)/9·100 = 60; s = (5.05−1)/9·100 = 45 (both up to noise)
    const ev = evaluate(p, [makeFactor('a', 'attractiveness', 1), makeFactor('s', 'strength', 1)], makeMethod({
      split: { rule: 'fixed', attractiveness: 60, strength: 45 },
    }));
    expect(ev.attractiveness[0]).toBeCloseTo(60, 12);
    expect(ev.strength[0]).toBeCloseTo(45, 12);
    expect(QUADRANTS[ev.quadrant[0]]).toBe('key');
  });
});

describe('the split as it is written and read back', () => {
  it('a boundary String() writes with an exponent reads back as the same number', async () => {
    const { formatSplit, parseSplit } = await import('../../src/core/split.js');
    const spec = { rule: 'fixed' as const, attractiveness: 0.0000001, strength: 50 };
    expect(formatSplit(spec)).toBe('1e-7,50');
    expect(parseSplit(formatSplit(spec))).toEqual(spec);
    expect(parseSplit('60,45')).toEqual({ rule: 'fixed', attractiveness: 60, strength: 45 });
    expect(parseSplit('1e3,45')).toEqual({ problem: 'range' });
  });
});
