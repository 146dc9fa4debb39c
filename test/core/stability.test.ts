import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { Mulberry32 } from '../../src/core/random.js';
import { median } from '../../src/core/classify.js';
import { normalizeFactor } from '../../src/core/normalize/index.js';
import { accountStability, borderlineCount, medianOf, shiftedU, stability, type StabilityOptions } from '../../src/core/stability.js';
import type { Factor, MissingPolicy, Normalize, SplitSpec } from '../../src/core/types.js';
import { makeFactor, makeMethod, makePortfolio } from '../helpers/portfolio.js';
import { buildWorld, worldArbitrary } from '../helpers/worlds.js';

const opts = (more: Partial<StabilityOptions> = {}): StabilityOptions => ({ runs: 200, perturb: 0.2, scoreNoise: 0, seed: 1, ...more });

describe('Mulberry32', () => {
  it('is deterministic per seed, strictly inside (0, 1), and differs between seeds', () => {
    const draw = (seed: number) => {
      const g = new Mulberry32(seed);
      return Array.from({ length: 1000 }, () => g.next());
    };
    const xs = draw(42);
    expect(draw(42)).toEqual(xs);
    expect(draw(43)).not.toEqual(xs);
    expect(xs.every((x) => x > 0 && x < 1)).toBe(true);
    // Roughly uniform: the mean of 1000 draws is near 0.5.
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / 1000 - 0.5)).toBeLessThan(0.05);
  });

  it('fillSymmetric: two 16-bit numbers per draw, strictly inside (−scale, scale), deterministic', () => {
    const fill = (seed: number) => {
      const out = new Float64Array(1001);
      new Mulberry32(seed).fillSymmetric(out, 2);
      return out;
    };
    const a = fill(5);
    expect(Array.from(fill(5))).toEqual(Array.from(a));
    expect(a.every((x) => x > -2 && x < 2)).toBe(true);
    expect(Math.abs(a.reduce((s, x) => s + x, 0) / a.length)).toBeLessThan(0.1);
    // The first two numbers come from the low and high halves of the first 32-bit draw.
    const r = new Mulberry32(5).nextUint32();
    expect(a[0]).toBe(2 * (((r & 0xffff) + 0.5) / 32768 - 1));
    expect(a[1]).toBe(2 * (((r >>> 16) + 0.5) / 32768 - 1));
  });
});

describe('score noise per normalisation (shiftedU)', () => {
  const kinds: Normalize[] = [{ kind: 'none' }, { kind: 'minmax' }, { kind: 'percentile' }, { kind: 'bands', thresholds: [3, 5.5, 8] }];
  const engineU = (f: Factor, x: Float64Array): Float64Array =>
    normalizeFactor(x, Uint32Array.from(x, (_, i) => i), f, { outOfRange: () => {}, warn: () => {} });

  it('without a shift it gives the engine’s u for every normalisation', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constant(Number.NaN)), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 3 }), (xs, k) => {
        const f = makeFactor('F', 'attractiveness', 1, { normalize: kinds[k] });
        const x = Float64Array.from(xs);
        const out = new Float64Array(x.length);
        shiftedU(f, x)(new Float64Array(x.length), out);
        expect(Array.from(out)).toEqual(Array.from(engineU(f, x)));
      }),
    );
  });

  it('one account shifted: as if its value changed and the engine normalised again (none clamps to the scale)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 2, maxLength: 30 }),
        fc.nat(),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.constantFrom(0, 2, 3),
        (xs, at, shift, k) => {
          const f = makeFactor('F', 'attractiveness', 1, { normalize: kinds[k] });
          const x = Float64Array.from(xs);
          const p = at % x.length;
          const delta = new Float64Array(x.length);
          delta[p] = shift;
          const out = new Float64Array(x.length);
          shiftedU(f, x)(delta, out);
          const moved = Float64Array.from(x);
          moved[p] = kinds[k].kind === 'none' ? Math.min(10, Math.max(1, x[p] + shift)) : x[p] + shift;
          expect(out[p]).toBeCloseTo(engineU(f, moved)[p], 12);
        },
      ),
    );
  });

  it('minmax holds the portfolio’s lowest and highest values and clamps to 0..1', () => {
    // Values 0, 5, 10; shifting the 5 by +2 gives (7 − 0)/10 = 0.7; shifting the 10 by +4 stays 1.
    const f = makeFactor('F', 'attractiveness', 1, { normalize: { kind: 'minmax' } });
    const out = new Float64Array(3);
    shiftedU(f, Float64Array.from([0, 5, 10]))(Float64Array.from([-1, 2, 4]), out);
    expect(Array.from(out)).toEqual([0, 0.7, 1]);
  });
});

describe('medianOf', () => {
  it('is classify’s median, by selection instead of sorting', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (xs) => {
        const v = Float64Array.from(xs);
        expect(medianOf(v, new Float64Array(v.length))).toBe(median(v));
      }),
    );
  });
});

describe('stability on a hand-made portfolio', () => {
  // Two attractiveness factors of equal weight; "edge" has u = 1 and 0: score exactly 50, on the
  // midpoint boundary (high). Any run with w1 > w2 keeps it high, w1 < w2 makes it low: about half.
  const portfolio = makePortfolio({
    ids: ['edge', 'solid'],
    values: { A1: [10, 10], A2: [1, 10], S: [10, 10] },
  });
  const factors = [makeFactor('A1', 'attractiveness', 50), makeFactor('A2', 'attractiveness', 50), makeFactor('S', 'strength', 1)];
  const ev = evaluate(portfolio, factors, makeMethod());

  it('flags the account on the boundary as borderline and names where it goes', () => {
    const s = stability(portfolio, ev, opts({ runs: 1000 }));
    const edge = accountStability(s, 0);
    expect(ev.quadrant[0]).toBe(0); // key
    expect(edge.inQuadrantPct).toBeGreaterThan(40);
    expect(edge.inQuadrantPct).toBeLessThan(60);
    expect(edge.borderline).toBe(true);
    expect(edge.movesTo).toBe('maintenance'); // low attractiveness, strength stays 100
    expect(edge.inQuadrantPct + edge.movesToPct).toBeCloseTo(100, 9);
    const solid = accountStability(s, 1);
    expect(solid).toEqual({ inQuadrantPct: 100, movesTo: null, movesToPct: 0, borderline: false });
    expect(borderlineCount(s)).toBe(1);
  });

  it('with p = 0 and no score noise every account stays: 100 %', () => {
    const s = stability(portfolio, ev, opts({ perturb: 0 }));
    expect(accountStability(s, 0).inQuadrantPct).toBe(100);
    expect(accountStability(s, 1).inQuadrantPct).toBe(100);
  });

  it('score noise of d points moves values within the scale', () => {
    // "solid" sits at the top of both scales: noise can only lower A1, A2 (clamped at 10), so its
    // attractiveness drops by at most 100 × 1/9 = 11.1 points: it stays key.
    const s = stability(portfolio, ev, opts({ perturb: 0, scoreNoise: 1 }));
    expect(accountStability(s, 1).inQuadrantPct).toBe(100);
    // "edge" at exactly 50 drops below in about half of the runs.
    expect(accountStability(s, 0).borderline).toBe(true);
  });

  it('score noise goes through relative strength: parity with the best competitor wobbles', () => {
    // Our Q is 10 (u 1) and the best competitor's u is 1: relative u = (1 − 1 + 1)/2 = 0.5 →
    // strength exactly 50 (high). Noise can only lower our 10 (clamped at the top of the scale):
    // about half the runs fall below 50. Without the relative step it would stay at 100.
    const p = makePortfolio({ ids: ['X'], values: { A: [10], Q: [10] } });
    const f = [makeFactor('A', 'attractiveness', 1), makeFactor('Q', 'strength', 1)];
    const competitors = new Map([['Q', Float64Array.from([1])]]);
    const e = evaluate(p, f, makeMethod(), competitors);
    const s = stability(p, e, opts({ runs: 1000, perturb: 0, scoreNoise: 0.5 }), competitors);
    const x = accountStability(s, 0);
    expect(x.inQuadrantPct).toBeGreaterThan(40);
    expect(x.inQuadrantPct).toBeLessThan(60);
    expect(x.movesTo).toBe('key-development');
  });

  it('the same seed gives the same counts; another seed other counts', () => {
    const a = stability(portfolio, ev, opts({ seed: 7 }));
    const b = stability(portfolio, ev, opts({ seed: 7 }));
    const c = stability(portfolio, ev, opts({ seed: 8 }));
    expect(Array.from(b.counts)).toEqual(Array.from(a.counts));
    expect(Array.from(c.counts)).not.toEqual(Array.from(a.counts));
  });
});

describe('properties', () => {
  const splits: SplitSpec[] = [{ rule: 'midpoint' }, { rule: 'median' }, { rule: 'mean' }, { rule: 'fixed', attractiveness: 40, strength: 60 }];
  const policies: MissingPolicy[] = ['midpoint', 'renormalize'];

  it('p = 0 without score noise: every account is 100 % stable, whatever the portfolio', () => {
    fc.assert(
      fc.property(worldArbitrary, (w) => {
        const { portfolio, ev } = buildWorld(w, splits, policies);
        const s = stability(portfolio, ev, opts({ runs: 5, perturb: 0, seed: w.seed }));
        for (let p = 0; p < ev.scope.length; p++) expect(accountStability(s, p).inQuadrantPct).toBe(100);
      }),
      { numRuns: 200 },
    );
  });

  it('counts add up to the runs per account, and the same seed repeats itself', () => {
    fc.assert(
      fc.property(worldArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (w, perturb, noise) => {
        const { portfolio, ev } = buildWorld(w, splits, policies);
        const o = opts({ runs: 20, perturb, scoreNoise: noise, seed: w.seed });
        const s = stability(portfolio, ev, o);
        for (let p = 0; p < ev.scope.length; p++) {
          const c = s.counts.subarray(4 * p, 4 * p + 4);
          expect(c.reduce((a, b) => a + b, 0)).toBe(20);
        }
        expect(Array.from(stability(portfolio, ev, o).counts)).toEqual(Array.from(s.counts));
      }),
      { numRuns: 100 },
    );
  });
});
