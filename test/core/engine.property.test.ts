/** Property tests of the scoring engine (METHOD.md §3) on generated portfolios and criteria. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '../../src/core/engine.js';
import type { Axis, Direction, Factor, MissingPolicy, Normalize, Portfolio, SortKey, SplitSpec } from '../../src/core/types.js';
import { byId, makeFactor, makeMethod, makePortfolio, type Cell } from '../helpers/portfolio.js';

type NormKind = Normalize['kind'];

interface Case {
  ids: string[];
  factors: Factor[];
  /** One column per factor, in the factors' order. */
  columns: Cell[][];
  missing: MissingPolicy;
  split: SplitSpec;
  sort: SortKey;
}

const factorSpec = fc.record({
  axis: fc.constantFrom<Axis>('attractiveness', 'strength'),
  weight: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100 }), fc.double({ min: 0.001, max: 50, noNaN: true })),
  direction: fc.constantFrom<Direction>('higher', 'lower'),
  norm: fc.constantFrom<NormKind>('none', 'minmax', 'percentile', 'bands'),
  thresholds: fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 4 }),
  min: fc.integer({ min: -10, max: 10 }),
  span: fc.integer({ min: 1, max: 20 }),
});

const splitArb: fc.Arbitrary<SplitSpec> = fc.oneof(
  fc.constantFrom<SplitSpec>({ rule: 'midpoint' }, { rule: 'median' }, { rule: 'mean' }),
  fc.record({ rule: fc.constant('fixed' as const), attractiveness: fc.integer({ min: 0, max: 100 }), strength: fc.integer({ min: 0, max: 100 }) }),
);

/** A value the factor accepts: on the scale for `none`, anything (with ties) otherwise. */
function valueArb(f: Factor): fc.Arbitrary<number> {
  if (f.normalize.kind === 'none') {
    const span = f.max - f.min;
    return fc.oneof(
      fc.integer({ min: 0, max: span }).map((k) => f.min + k),
      fc.double({ min: 0, max: 1, noNaN: true }).map((t) => Math.min(f.max, f.min + t * span)),
    );
  }
  return fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }));
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
    specs: fc.array(factorSpec, { minLength: 2, maxLength: 6 }),
    missing: fc.constantFrom<MissingPolicy>('error', 'renormalize', 'midpoint'),
    split: splitArb,
    sort: fc.constantFrom<SortKey>('quadrant', 'attractiveness', 'strength'),
  })
  .chain(({ ids, specs, missing, split, sort }) => {
    const factors = specs.map((s, i) =>
      makeFactor(`F${i}`, i < 2 ? (['attractiveness', 'strength'] as const)[i] : s.axis, s.weight, {
        min: s.min,
        max: s.min + s.span,
        direction: s.direction,
        normalize: s.norm === 'bands' ? { kind: 'bands', thresholds: [...s.thresholds].sort((a, b) => a - b) } : { kind: s.norm },
      }),
    );
    for (const axis of ['attractiveness', 'strength'] as const) {
      if (!factors.some((f) => f.axis === axis && f.weight > 0)) factors.find((f) => f.axis === axis)!.weight = 1;
    }
    const cell = (f: Factor): fc.Arbitrary<Cell> =>
      missing === 'error' ? valueArb(f) : fc.option(valueArb(f), { nil: null, freq: 3 });
    const columns = fc.tuple(...factors.map((f) => fc.array(cell(f), { minLength: ids.length, maxLength: ids.length })));
    return columns.map((cols) => {
      if (missing === 'renormalize') fillEmptyAxes(factors, cols);
      return { ids, factors, columns: cols, missing, split, sort };
    });
  });

/** Under renormalize, gives every account a value on at least one weighted factor per axis. */
function fillEmptyAxes(factors: Factor[], cols: Cell[][]): void {
  const n = cols[0].length;
  for (const axis of ['attractiveness', 'strength'] as const) {
    const weighted = factors.map((f, k) => (f.axis === axis && f.weight > 0 ? k : -1)).filter((k) => k >= 0);
    for (let i = 0; i < n; i++) {
      if (weighted.every((k) => cols[k][i] === null)) cols[weighted[0]][i] = factors[weighted[0]].min;
    }
  }
}

const portfolioOf = (c: Case, ids = c.ids, columns = c.columns): Portfolio =>
  makePortfolio({ ids, values: Object.fromEntries(c.factors.map((f, k) => [f.factor, columns[k]])) });

const run = (c: Case, p = portfolioOf(c), factors = c.factors): Evaluation =>
  evaluate(p, factors, makeMethod({ missing: c.missing, split: c.split, sort: c.sort }));

const RUNS = { numRuns: 300 };

describe('engine properties', () => {
  it('scores stay within 0..100 for every policy and normalisation', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const ev = run(c);
        for (const axis of [ev.attractiveness, ev.strength]) {
          for (const s of axis) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(100);
          }
        }
        for (const cov of [ev.coverage.attractiveness, ev.coverage.strength]) for (const x of cov) expect(x >= 0 && x <= 1).toBe(true);
      }),
      RUNS,
    );
  });

  it('rank is a permutation of 1..n', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const ranks = [...byId(portfolioOf(c), run(c)).values()].map((a) => a.rank).sort((a, b) => a - b);
        expect(ranks).toEqual(c.ids.map((_, i) => i + 1));
      }),
      RUNS,
    );
  });

  it('under --sort quadrant, quadrants never go backwards along the ranking', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const ev = run({ ...c, sort: 'quadrant' });
        const q = Array.from(ev.order, (p) => ev.quadrant[p]);
        for (let r = 1; r < q.length; r++) expect(q[r]).toBeGreaterThanOrEqual(q[r - 1]);
      }),
      RUNS,
    );
  });

  it('multiplying the weights of one axis by a positive constant changes no score nor quadrant', () => {
    const arb = fc.tuple(
      caseArb,
      fc.constantFrom<Axis>('attractiveness', 'strength'),
      fc.oneof(fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.constantFrom(0.1, 3, 7, 100)),
    );
    fc.assert(
      fc.property(arb, ([c, axis, k]) => {
        const before = run(c);
        const scaled = c.factors.map((f) => (f.axis === axis ? { ...f, weight: f.weight * k } : f));
        const after = run(c, portfolioOf(c), scaled);
        for (let p = 0; p < c.ids.length; p++) {
          expect(Math.abs(after.attractiveness[p] - before.attractiveness[p])).toBeLessThanOrEqual(1e-9);
          expect(Math.abs(after.strength[p] - before.strength[p])).toBeLessThanOrEqual(1e-9);
        }
        expect(Array.from(after.quadrant)).toEqual(Array.from(before.quadrant));
      }),
      RUNS,
    );
  });

  it('permuting the rows changes no account’s scores, quadrant or rank', () => {
    const arb = caseArb.chain((c) =>
      fc.shuffledSubarray(c.ids.map((_, i) => i), { minLength: c.ids.length, maxLength: c.ids.length }).map((perm) => ({ c, perm })),
    );
    fc.assert(
      fc.property(arb, ({ c, perm }) => {
        const a = byId(portfolioOf(c), run(c));
        const p2 = portfolioOf(c, perm.map((i) => c.ids[i]), c.columns.map((col) => perm.map((i) => col[i])));
        const b = byId(p2, run(c, p2));
        for (const id of c.ids) {
          const x = a.get(id)!;
          const y = b.get(id)!;
          expect(Math.abs(x.attractiveness - y.attractiveness)).toBeLessThanOrEqual(1e-9);
          expect(Math.abs(x.strength - y.strength)).toBeLessThanOrEqual(1e-9);
          expect(y.quadrant).toBe(x.quadrant);
          expect(y.rank).toBe(x.rank);
          expect(y.selected).toBe(x.selected);
        }
      }),
      RUNS,
    );
  });

  it('raising a value (normalize none) never lowers its axis score when higher is better, never raises it when lower is', () => {
    const arb = caseArb.chain((c) =>
      fc.record({
        c: fc.constant(c),
        k: fc.integer({ min: 0, max: c.factors.length - 1 }),
        i: fc.integer({ min: 0, max: c.ids.length - 1 }),
        t: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ c, k, i, t }) => {
        const f: Factor = { ...c.factors[k], normalize: { kind: 'none' } };
        const factors = c.factors.map((g, j) => (j === k ? f : g));
        const onScale = (x: Cell): Cell => (x === null ? null : Math.min(f.max, Math.max(f.min, x)));
        const columns = c.columns.map((col, j) => (j === k ? col.map(onScale) : col));
        const old = columns[k][i];
        const from = old ?? f.min;
        if (old === null && c.missing !== 'error') return; // raising a missing value is not "raising"
        const raised = columns.map((col, j) => (j === k ? col.map((x, r) => (r === i ? from + t * (f.max - from) : x)) : col));
        const before = run({ ...c, factors }, portfolioOf(c, c.ids, columns), factors);
        const after = run({ ...c, factors }, portfolioOf(c, c.ids, raised), factors);
        const axis = f.axis === 'attractiveness' ? 'attractiveness' : 'strength';
        if (f.direction === 'higher') expect(after[axis][i]).toBeGreaterThanOrEqual(before[axis][i] - 1e-9);
        else expect(after[axis][i]).toBeLessThanOrEqual(before[axis][i] + 1e-9);
      }),
      RUNS,
    );
  });
});
