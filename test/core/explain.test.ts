import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { Explainer, type AxisExplanation, type CrossOp } from '../../src/core/explain.js';
import { QUADRANTS, type MissingPolicy, type SplitSpec } from '../../src/core/types.js';
import { makeFactor, makeMethod, makePortfolio } from '../helpers/portfolio.js';
import { buildWorld, worldArbitrary } from '../helpers/worlds.js';

describe('a hand-computed explanation', () => {
  // Attractiveness: Spend (w 3, 1..10) and Fit (w 1, 1..10); strength: Quality (w 1, 1..10).
  // Account X: Spend 4 → u = 3/9 = 0.3333, Fit 10 → u = 1;
  //   score = 100 × (3 × 1/3 + 1 × 1) / 4 = 50 → high (≥ 50), margin 0.
  //   Contributions: Spend 100 × 3 × (1/3) / 4 = 25, Fit 100 × 1 × 1 / 4 = 25.
  // Quality 5 → u = 4/9, strength 44.44 → low; crossing needs u ≥ 0.5 → Quality ≥ 5.5.
  const portfolio = makePortfolio({ ids: ['X', 'Y'], values: { Spend: [4, 10], Fit: [10, 1], Quality: [5, 9] } });
  const factors = [makeFactor('Spend', 'attractiveness', 3), makeFactor('Fit', 'attractiveness', 1), makeFactor('Quality', 'strength', 1)];
  const ev = evaluate(portfolio, factors, makeMethod());
  const x = new Explainer(portfolio, ev).explain(0);

  it('lists raw value, u, weight % and points per factor; the points add up to the score', () => {
    const a = x.attractiveness;
    expect(a.score).toBeCloseTo(50, 12);
    expect(a.boundary).toBe(50);
    expect(a.high).toBe(true);
    expect(a.factors.map((f) => [f.factor, f.raw, f.weightPct])).toEqual([
      ['Spend', 4, 75],
      ['Fit', 10, 25],
    ]);
    expect(a.factors[0].u).toBeCloseTo(1 / 3, 12);
    expect(a.factors[0].points).toBeCloseTo(25, 12);
    expect(a.factors[1].points).toBeCloseTo(25, 12);
  });

  it('names the value that crosses the boundary, per factor, with the right inequality', () => {
    // Down from 50: Spend must fall below 4 (any lower value); Fit below 10.
    // (Fit: score = 100 × (1 + u)/4 < 50 ⇔ u < 1 ⇔ Fit < 10.)
    expect(x.attractiveness.factors[0].cross).toMatchObject({ op: '<', value: 4 });
    expect(x.attractiveness.factors[1].cross?.op).toBe('<');
    expect(x.attractiveness.factors[1].cross?.value).toBeCloseTo(10, 9);
    // Up to 50: Quality ≥ 5.5 (u = 0.5), a change of u by 0.5 − 4/9 = 1/18.
    const q = x.strength.factors[0].cross!;
    expect(q.op).toBe('>=');
    expect(q.value).toBeCloseTo(5.5, 9);
    expect(q.du).toBeCloseTo(1 / 18, 9);
    expect(x.strength.change).toMatchObject({ axis: 'strength', factor: 'Quality', from: 5, op: '>=', quadrant: 'key' });
    expect(x.strength.change!.points).toBeCloseTo(50 - 400 / 9, 9);
  });

  it('the smallest change is the least change of u: on attractiveness Spend (0 + ε) beats Fit', () => {
    // Both cross "at once" below their current values; the heavier Spend wins the tie (du 0).
    expect(x.attractiveness.change?.factor).toBe('Spend');
    expect(x.change?.factor).toBe('Spend');
  });

  it('a factor too light to cross alone has no crossing; with none on either axis there is no change', () => {
    // Z: A (w 1) = 1 and B (w 3) = 1, attractiveness 0. A alone lifts it to at most 100 × 1/4 = 25 < 50.
    // B needs 100 × 3u/4 ≥ 50 ⇔ u ≥ 2/3 ⇔ B ≥ 1 + 9 × 2/3 = 7.
    const p2 = makePortfolio({ ids: ['Z'], values: { A: [1], B: [1], S: [1] } });
    const f2 = [makeFactor('A', 'attractiveness', 1), makeFactor('B', 'attractiveness', 3), makeFactor('S', 'strength', 1)];
    const e2 = new Explainer(p2, evaluate(p2, f2, makeMethod())).explain(0);
    expect(e2.attractiveness.factors[0].cross).toBeNull();
    expect(e2.attractiveness.factors[1].cross!.value).toBeCloseTo(7, 9);
    // Three equal factors per axis, all at the bottom: one alone reaches 33.3 < 50 on either axis.
    const names = ['A1', 'A2', 'A3', 'S1', 'S2', 'S3'];
    const p3 = makePortfolio({ ids: ['W'], values: Object.fromEntries(names.map((n) => [n, [1]])) });
    const f3 = names.map((n) => makeFactor(n, n.startsWith('A') ? 'attractiveness' : 'strength', 1));
    const e3 = new Explainer(p3, evaluate(p3, f3, makeMethod())).explain(0);
    expect(e3.attractiveness.change).toBeNull();
    expect(e3.strength.change).toBeNull();
    expect(e3.change).toBeNull();
  });
});

describe('normalisations other than none', () => {
  it('bands: the crossing is a threshold', () => {
    // One attractiveness factor, bands 10;20;30 → u = b/3. X = 15 → band 1 → 33.3 (low).
    // To reach 50 it needs band 2 (u 0.667): X ≥ 20.
    const p = makePortfolio({ ids: ['X'], values: { M: [15], S: [10] } });
    const f = [makeFactor('M', 'attractiveness', 1, { normalize: { kind: 'bands', thresholds: [10, 20, 30] } }), makeFactor('S', 'strength', 1)];
    const e = new Explainer(p, evaluate(p, f, makeMethod())).explain(0);
    expect(e.attractiveness.factors[0].cross).toMatchObject({ op: '>=', value: 20 });
    expect(e.attractiveness.factors[0].cross!.u).toBeCloseTo(2 / 3, 12);
  });

  it('minmax: linear between the other accounts’ lowest and highest values', () => {
    // Others: 0 and 100. X = 20 → u 0.2. To reach 50 (one factor): u 0.5 → X ≥ 50.
    const p = makePortfolio({ ids: ['lo', 'hi', 'X'], values: { M: [0, 100, 20], S: [10, 10, 10] } });
    const f = [makeFactor('M', 'attractiveness', 1, { normalize: { kind: 'minmax' } }), makeFactor('S', 'strength', 1)];
    const e = new Explainer(p, evaluate(p, f, makeMethod())).explain(2);
    expect(e.attractiveness.factors[0].cross).toMatchObject({ op: '>=' });
    expect(e.attractiveness.factors[0].cross!.value).toBeCloseTo(50, 9);
  });

  it('percentile: a step at each other account’s value', () => {
    // Values 1..5, X = 1 (u 0). X moved among the others 2, 3, 4, 5: at 3 it ties, rank
    // (1 + 1/2)/4 = 0.375 < 0.5; above 3 it is 2/4 = 0.5 → 50 ≥ 50: "above 3".
    const p = makePortfolio({ ids: ['X', 'B', 'C', 'D', 'E'], values: { G: [1, 2, 3, 4, 5], S: [10, 10, 10, 10, 10] } });
    const f = [makeFactor('G', 'attractiveness', 1, { normalize: { kind: 'percentile' } }), makeFactor('S', 'strength', 1)];
    const e = new Explainer(p, evaluate(p, f, makeMethod())).explain(0);
    expect(e.attractiveness.factors[0].cross).toMatchObject({ op: '>', value: 3, u: 0.5 });
  });

  it('direction lower turns the inequality round', () => {
    // Cost 1..5 lower is better. X = 4 → u = 1 − 3/4 = 0.25 → 25 (low). u ≥ 0.5 ⇔ Cost ≤ 3.
    const p = makePortfolio({ ids: ['X'], values: { Cost: [4], S: [10] } });
    const f = [makeFactor('Cost', 'attractiveness', 1, { min: 1, max: 5, direction: 'lower' }), makeFactor('S', 'strength', 1)];
    const e = new Explainer(p, evaluate(p, f, makeMethod())).explain(0);
    expect(e.attractiveness.factors[0].cross?.op).toBe('<=');
    expect(e.attractiveness.factors[0].cross!.value).toBeCloseTo(3, 9);
  });

  it('relative strength: the crossing is our rating that reaches parity with the best competitor', () => {
    // Q 1..10: ours 5 → u 4/9; best competitor u 0.5. Relative u = (4/9 − 0.5 + 1)/2 = 0.4722 → 47.2.
    // 50 needs relative u 0.5 ⇔ our u = 0.5 ⇔ Q ≥ 5.5.
    const p = makePortfolio({ ids: ['X'], values: { A: [10], Q: [5] } });
    const f = [makeFactor('A', 'attractiveness', 1), makeFactor('Q', 'strength', 1)];
    const competitors = new Map([['Q', Float64Array.from([0.5])]]);
    const ev = evaluate(p, f, makeMethod(), competitors);
    expect(ev.method.strength).toBe('relative');
    const e = new Explainer(p, ev, competitors).explain(0);
    expect(e.strength.score).toBeCloseTo(100 * ((4 / 9 - 0.5 + 1) / 2), 9);
    expect(e.strength.factors[0].cross?.op).toBe('>=');
    expect(e.strength.factors[0].cross!.value).toBeCloseTo(5.5, 9);
    expect(e.strength.factors[0].cross!.u).toBeCloseTo(0.5, 9);
  });

  it('a missing value under renormalize: points 0, and the crossing counts its weight back in', () => {
    // A (w 1) = 10 → u 1; B (w 1) missing. Score = 100 (renormalised). To fall below 50 with B
    // present: 100 × (1 + u)/2 < 50 ⇔ u < 0 : impossible → null. A alone: 100 × u / 1 < 50 ⇔ A < 5.5.
    const p = makePortfolio({ ids: ['X'], values: { A: [10], B: [null], S: [10] } });
    const f = [makeFactor('A', 'attractiveness', 1), makeFactor('B', 'attractiveness', 1), makeFactor('S', 'strength', 1)];
    const e = new Explainer(p, evaluate(p, f, makeMethod({ missing: 'renormalize' }))).explain(0);
    expect(e.attractiveness.factors[1]).toMatchObject({ raw: null, u: null, missing: true, points: 0, cross: null });
    expect(e.attractiveness.factors[0].points).toBeCloseTo(100, 12);
    expect(e.attractiveness.factors[0].cross?.op).toBe('<');
    expect(e.attractiveness.factors[0].cross!.value).toBeCloseTo(5.5, 9);
  });
});

describe('properties', () => {
  const splits: SplitSpec[] = [{ rule: 'midpoint' }, { rule: 'fixed', attractiveness: 35, strength: 65 }, { rule: 'median' }];
  const fixedSplits = splits.slice(0, 2);
  const policies: MissingPolicy[] = ['midpoint', 'renormalize', 'error'];
  const axes = (e: ReturnType<Explainer['explain']>): AxisExplanation[] => [e.attractiveness, e.strength];

  it('the contributions add up to the axis score, and the weights to 100 %', () => {
    fc.assert(
      fc.property(worldArbitrary, (w) => {
        const { portfolio, ev } = buildWorld(w, splits, policies);
        const ex = new Explainer(portfolio, ev);
        for (let p = 0; p < ev.scope.length; p++) {
          const e = ex.explain(p);
          expect(e.attractiveness.score).toBe(ev.attractiveness[p]);
          for (const a of axes(e)) {
            expect(a.factors.reduce((s, f) => s + f.points, 0)).toBeCloseTo(a.score, 9);
            expect(a.factors.reduce((s, f) => s + f.weightPct, 0)).toBeCloseTo(100, 9);
            expect(a.margin).toBeCloseTo(a.score - a.boundary, 12);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applying a crossing (boundaries fixed) moves the account across that boundary in the engine', () => {
    const nudge = (op: CrossOp, v: number): number => (op === '>' ? v + 1e-6 : op === '<' ? v - 1e-6 : v);
    fc.assert(
      fc.property(worldArbitrary, (w) => {
        const { portfolio, factors, ev, split, policy } = buildWorld(w, fixedSplits, policies);
        const ex = new Explainer(portfolio, ev);
        for (let p = 0; p < ev.scope.length; p++) {
          const e = ex.explain(p);
          for (const [ai, a] of axes(e).entries()) {
            for (const fe of a.factors) {
              if (fe.cross === null) continue;
              const values = new Map(portfolio.values);
              const col = Float64Array.from(values.get(fe.factor)!);
              col[ev.scope[p]] = nudge(fe.cross.op, fe.cross.value);
              values.set(fe.factor, col);
              const after = evaluate({ ...portfolio, values }, factors, makeMethod({ split, missing: policy }));
              const score = ai === 0 ? after.attractiveness[p] : after.strength[p];
              expect(Math.round(score * 1e9) >= Math.round(a.boundary * 1e9)).toBe(!a.high);
            }
          }
          if (e.change) {
            const q = QUADRANTS.indexOf(e.change.quadrant);
            expect(q ^ ev.quadrant[p]).toBe(e.change.axis === 'attractiveness' ? 2 : 1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
