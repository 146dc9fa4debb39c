/** METHOD.md §3, Pareto: revenue ↓ (ties by key), class by the share BEFORE the account, top ⌈n/5⌉. */
import { say } from '../../src/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { pareto, PARETO_CLASSES } from '../../src/core/pareto.js';
import { makeFactor, makeMethod, makePortfolio } from '../helpers/portfolio.js';

function classes(ids: string[], revenue: number[]): Record<string, string> {
  const out = pareto(Float64Array.from(revenue), (p) => ids[p])!;
  return Object.fromEntries(ids.map((id, p) => [id, PARETO_CLASSES[out.cls[p]]]));
}

describe('classes', () => {
  it('A while the share before is < 80 %, B while < 95 %, else C; exactly 80 and 95 go up a class', () => {
    // total 100; shares before: A1 0, A2 50, B1 80 (not < 80 → B), C1 95 (not < 95 → C), C2 99
    expect(classes(['A1', 'A2', 'B1', 'C1', 'C2'], [50, 30, 15, 4, 1])).toEqual({ A1: 'A', A2: 'A', B1: 'B', C1: 'C', C2: 'C' });
  });

  it('an account that crosses 80 % is still A (the share before it counts)', () => {
    // total 100; before: X 0, Y 79 → A although 79 + 20 = 99 after it; Z 99 → C
    expect(classes(['X', 'Y', 'Z'], [79, 20, 1])).toEqual({ X: 'A', Y: 'A', Z: 'C' });
  });

  it('just under the edges', () => {
    // total 1000; before: 0, 799 (A), 949 (B), 999 (C)
    expect(classes(['a', 'b', 'c', 'd'], [799, 150, 50, 1])).toEqual({ a: 'A', b: 'A', c: 'B', d: 'C' });
  });

  it('a true 80 % that floating point computes as 79.99999999999999 is B', () => {
    // revenues 0.9, 0.3, 0.1, 0.1, 0.1: total 1.5; before the third: 1.2 → exactly 80 %,
    // in doubles 100 × 1.2 / 1.5000000000000002 = 79.99999999999999
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5'];
    expect((100 * (0.9 + 0.3)) / (0.9 + 0.3 + 0.1 + 0.1 + 0.1)).toBeLessThan(80); // the noise is real
    // r1: 0 → A; r2: 0.9/1.5 = 60 % → A; r3: 80 % → B; r4: 1.3/1.5 = 86.7 % → B; r5: 1.4/1.5 = 93.3 % → B
    expect(classes(ids, [0.9, 0.3, 0.1, 0.1, 0.1])).toEqual({ r1: 'A', r2: 'A', r3: 'B', r4: 'B', r5: 'B' });
  });

  it('ties in revenue are ordered by key ascending (code units)', () => {
    // total 100: K 75 first (0 → A); then the tie a, b at 10: a before b; a: 75 → A; b: 85 → B; Z: 95 → C
    expect(classes(['b', 'K', 'Z', 'a'], [10, 75, 5, 10])).toEqual({ K: 'A', a: 'A', b: 'B', Z: 'C' });
    // "B" < "a": B gets the earlier place
    expect(classes(['a', 'B', 'x'], [40, 40, 20])).toEqual({ B: 'A', a: 'A', x: 'B' });
    // A tie across the 80 % line: total 100, X 70 (0 → A), then b and a at 10: a first (70 → A), b (80 → B)
    expect(classes(['b', 'X', 'a', 'y'], [10, 70, 10, 10])).toEqual({ X: 'A', a: 'A', b: 'B', y: 'B' });
  });

  it('missing revenue counts as 0', () => {
    // total 100: A 0 → A; B before 90 → B; C (NaN = 0) before 100 → C
    expect(classes(['A', 'B', 'C'], [90, 10, Number.NaN])).toEqual({ A: 'A', B: 'B', C: 'C' });
  });

  it('no Pareto view when the revenue adds up to 0', () => {
    expect(pareto(Float64Array.from([0, 0]), () => 'x')).toBeNull();
  });
});

describe('top 20 % share', () => {
  it('n = 6 → the first ⌈6/5⌉ = 2 accounts', () => {
    // revenues 30, 25, 20, 10, 10, 5 (total 100): top 2 = 30 + 25 = 55 %
    const out = pareto(Float64Array.from([10, 30, 5, 25, 20, 10]), (p) => `c${p}`)!;
    expect(out.top20SharePct).toBeCloseTo(55, 12);
    expect(out.total).toBe(100);
  });

  it('n = 5 → 1 account; n = 11 → 3; n = 1 → 1', () => {
    // 5 accounts: top 1 = 40 of 100
    expect(pareto(Float64Array.from([40, 30, 10, 10, 10]), (p) => `${p}`)!.top20SharePct).toBeCloseTo(40, 12);
    // 11 accounts of 10 each except one 50: top 3 = 50 + 10 + 10 = 70 of 150
    const eleven = [50, ...Array(10).fill(10)];
    expect(pareto(Float64Array.from(eleven), (p) => `${p}`.padStart(2, '0'))!.top20SharePct).toBeCloseTo((100 * 70) / 150, 12);
    expect(pareto(Float64Array.from([7]), () => 'x')!.top20SharePct).toBe(100);
  });
});

describe('through the engine', () => {
  it('classes per account, the top-20 % share, and a warning for missing revenue', () => {
    const p = makePortfolio({
      ids: ['A1', 'A2', 'B1', 'C1', 'C2', 'C3'],
      revenue: [50, 30, 15, 4, 1, null],
      values: { a: [5, 5, 5, 5, 5, 5], s: [5, 5, 5, 5, 5, 5] },
    });
    const ev = evaluate(p, [makeFactor('a', 'attractiveness', 1), makeFactor('s', 'strength', 1)], makeMethod());
    const cls = Array.from(ev.scope, (_, pos) => PARETO_CLASSES[ev.pareto!.cls[pos]]);
    expect(cls).toEqual(['A', 'A', 'B', 'C', 'C', 'C']);
    // n = 6 → top 2: 80 of 100
    expect(ev.pareto!.top20SharePct).toBeCloseTo(80, 12);
    expect(ev.warnings.some((w) => say(w).includes('no revenue'))).toBe(true);
  });

  it('no revenue column → no Pareto view', () => {
    const p = makePortfolio({ ids: ['A'], values: { a: [5], s: [5] } });
    expect(evaluate(p, [makeFactor('a', 'attractiveness', 1), makeFactor('s', 'strength', 1)], makeMethod()).pareto).toBeNull();
  });
});
