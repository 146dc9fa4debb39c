/** METHOD.md §3, factor normalisation: every kind, with direction = lower, by hand. */
import { say } from '../../src/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { normalizeFactor } from '../../src/core/normalize/index.js';
import type { Factor, Normalize } from '../../src/core/types.js';
import { expectInputError, makeFactor, makeMethod, makePortfolio, type Cell } from '../helpers/portfolio.js';

interface Run {
  u: Array<number | null>;
  warnings: string[];
  outOfRange: Array<[number, number]>;
}

/** Normalises `cells` (all in scope) and returns u with NaN shown as null. */
function run(cells: Cell[], more: Partial<Factor> = {}): Run {
  const raw = Float64Array.from(cells, (c) => (c === null ? Number.NaN : c));
  const scope = Uint32Array.from(cells, (_, i) => i);
  const warnings: string[] = [];
  const outOfRange: Array<[number, number]> = [];
  const u = normalizeFactor(raw, scope, makeFactor('F', 'attractiveness', 1, more), {
    outOfRange: (p, x) => outOfRange.push([p, x]),
    warn: (m) => warnings.push(say(m)),
  });
  return { u: Array.from(u, (x) => (Number.isNaN(x) ? null : x)), warnings, outOfRange };
}

const close = (actual: Array<number | null>, expected: Array<number | null>): void => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i];
    if (e === null) expect(a).toBeNull();
    else expect(a).toBeCloseTo(e, 12);
  });
};

const bands = (...thresholds: number[]): Normalize => ({ kind: 'bands', thresholds });

describe('none: u = (x − min) / (max − min)', () => {
  it('maps the default scale 1..10', () => {
    // (1−1)/9 = 0; (5.5−1)/9 = 0.5; (10−1)/9 = 1; (4−1)/9 = 1/3
    close(run([1, 5.5, 10, 4]).u, [0, 0.5, 1, 1 / 3]);
  });

  it('maps a custom scale 0..5 and keeps missing as missing', () => {
    // (2−0)/5 = 0.4; (5−0)/5 = 1
    close(run([2, null, 5], { min: 0, max: 5 }).u, [0.4, null, 1]);
  });

  it('reports each value outside min..max with its position', () => {
    expect(run([0.5, 5, 10.5, 10], { min: 1, max: 10 }).outOfRange).toEqual([
      [0, 0.5],
      [2, 10.5],
    ]);
  });

  it('a value outside min..max is an InputError naming file, line and field', () => {
    const p = makePortfolio({ ids: ['A', 'B', 'C'], values: { Spend: [5, 11, 0], Fit: [5, 5, 5] }, source: 'cust.csv' });
    const factors = [makeFactor('Spend', 'attractiveness', 1), makeFactor('Fit', 'strength', 1)];
    const err = expectInputError(() => evaluate(p, factors, makeMethod()));
    expect(err.problems).toHaveLength(2);
    expect(err.problems[0]).toMatchObject({ file: 'cust.csv', line: 3, field: 'Spend' });
    expect(err.problems[0].message).toContain('11');
    expect(err.problems[1]).toMatchObject({ file: 'cust.csv', line: 4, field: 'Spend' });
    expect(err.message).toContain('cust.csv, line 3, field "Spend"');
  });

  it('is still an error under renormalize and midpoint', () => {
    const p = makePortfolio({ ids: ['A'], values: { S: [0], T: [5] } });
    const factors = [makeFactor('S', 'attractiveness', 1), makeFactor('T', 'strength', 1)];
    for (const missing of ['renormalize', 'midpoint'] as const) {
      expectInputError(() => evaluate(p, factors, makeMethod({ missing })));
    }
  });

  it('direction = lower gives 1 − u', () => {
    // 1 − (1−1)/9 = 1; 1 − (7−1)/9 = 1/3; 1 − (10−1)/9 = 0
    close(run([1, 7, 10, null], { direction: 'lower' }).u, [1, 1 / 3, 0, null]);
  });
});

describe('minmax: u = (x − lo) / (hi − lo) over the portfolio', () => {
  it('scales raw values by the lowest and highest', () => {
    // lo = 100, hi = 500: (100−100)/400 = 0; (200−100)/400 = 0.25; (500−100)/400 = 1
    const r = run([200, 100, 500], { normalize: { kind: 'minmax' } });
    close(r.u, [0.25, 0, 1]);
    expect(r.warnings).toEqual([]);
  });

  it('ignores missing values for lo and hi', () => {
    // lo = 10, hi = 30 (the nulls play no part): (20−10)/20 = 0.5
    close(run([null, 10, 20, null, 30], { normalize: { kind: 'minmax' } }).u, [null, 0, 0.5, null, 1]);
  });

  it('does not care about min..max (raw values may lie outside)', () => {
    // lo = −50, hi = 1000: (0 − −50)/1050 = 50/1050
    const r = run([-50, 0, 1000], { normalize: { kind: 'minmax' } });
    close(r.u, [0, 50 / 1050, 1]);
    expect(r.outOfRange).toEqual([]);
  });

  it('a constant column gives everyone 0.5 and a warning', () => {
    const r = run([7, 7, null, 7], { normalize: { kind: 'minmax' }, factor: 'F' });
    close(r.u, [0.5, 0.5, null, 0.5]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('"F"');
  });

  it('a single value is a constant column too', () => {
    const r = run([42], { normalize: { kind: 'minmax' } });
    close(r.u, [0.5]);
    expect(r.warnings).toHaveLength(1);
  });

  it('direction = lower', () => {
    // lo = 0, hi = 8: 1 − 0/8 = 1; 1 − 2/8 = 0.75; 1 − 8/8 = 0
    close(run([0, 2, 8], { normalize: { kind: 'minmax' }, direction: 'lower' }).u, [1, 0.75, 0]);
  });

  it('direction = lower on a constant column stays 0.5', () => {
    close(run([3, 3], { normalize: { kind: 'minmax' }, direction: 'lower' }).u, [0.5, 0.5]);
  });
});

describe('percentile: u = (r − 1)/(n − 1), ties at their average rank', () => {
  it('distinct values', () => {
    // ranks 3,1,4,2 of n = 4: (3−1)/3, 0, 1, 1/3
    close(run([30, 10, 40, 20], { normalize: { kind: 'percentile' } }).u, [2 / 3, 0, 1, 1 / 3]);
  });

  it('ties take the average rank', () => {
    // sorted 10,20,20,20,50: 10 → rank 1; 20 → ranks 2,3,4 → 3; 50 → rank 5; n = 5
    // u(10) = 0/4 = 0; u(20) = (3−1)/4 = 0.5; u(50) = 4/4 = 1
    close(run([20, 50, 20, 10, 20], { normalize: { kind: 'percentile' } }).u, [0.5, 1, 0.5, 0, 0.5]);
  });

  it('a pair of ties at the bottom', () => {
    // sorted 1,1,2: 1 → ranks 1,2 → 1.5; u = 0.5/2 = 0.25; 2 → rank 3, u = 1
    close(run([1, 2, 1], { normalize: { kind: 'percentile' } }).u, [0.25, 1, 0.25]);
  });

  it('n = 1 gives 0.5', () => {
    close(run([123], { normalize: { kind: 'percentile' } }).u, [0.5]);
  });

  it('missing values are excluded from n', () => {
    // present: 5, 9 → n = 2: u(5) = 0/1 = 0, u(9) = 1/1 = 1 (with the two nulls n would be 4)
    close(run([null, 9, null, 5], { normalize: { kind: 'percentile' } }).u, [null, 1, null, 0]);
    // one value present among missing ones: n = 1 → 0.5
    close(run([null, 3, null], { normalize: { kind: 'percentile' } }).u, [null, 0.5, null]);
  });

  it('all equal: every account at the average rank → 0.5', () => {
    // ranks 1..3 average 2: (2−1)/2 = 0.5
    close(run([4, 4, 4], { normalize: { kind: 'percentile' } }).u, [0.5, 0.5, 0.5]);
  });

  it('negative values sort numerically, not as text', () => {
    // sorted −10, −2, 3: ranks 1, 2, 3 → 0, 0.5, 1
    close(run([3, -10, -2], { normalize: { kind: 'percentile' } }).u, [1, 0, 0.5]);
  });

  it('direction = lower', () => {
    // ranks 1,2,3 → 0, 0.5, 1 → lower: 1, 0.5, 0
    close(run([1, 2, 3], { normalize: { kind: 'percentile' }, direction: 'lower' }).u, [1, 0.5, 0]);
  });
});

describe('bands: u = b / k', () => {
  it('k thresholds give k + 1 bands; below T1 is band 0; on a threshold is the higher band', () => {
    // thresholds 10;20;30 (k = 3): 5 → b 0 → 0; 10 → b 1 → 1/3; 19.99 → 1/3; 20 → 2/3; 29 → 2/3;
    // 30 → 3/3 = 1; 1000 → 1
    close(run([5, 10, 19.99, 20, 29, 30, 1000], { normalize: bands(10, 20, 30) }).u, [0, 1 / 3, 1 / 3, 2 / 3, 2 / 3, 1, 1]);
  });

  it('a single threshold gives two bands: 0 and 1', () => {
    // k = 1: below 100 → 0/1 = 0, at or above → 1/1 = 1
    close(run([99.999, 100, 250, null], { normalize: bands(100) }).u, [0, 1, 1, null]);
  });

  it('four thresholds give quarters', () => {
    // k = 4: −1 → 0; 0 → 1/4; 1 → 2/4; 2.5 → 2/4; 3 → 3/4; 4 → 4/4
    close(run([-1, 0, 1, 2.5, 3, 4], { normalize: bands(0, 1, 3, 4) }).u, [0, 0.25, 0.5, 0.5, 0.75, 1]);
  });

  it('ignores min..max', () => {
    expect(run([5000], { normalize: bands(10), max: 10 }).outOfRange).toEqual([]);
  });

  it('direction = lower', () => {
    // k = 2: 0 → b 0 → 1 − 0 = 1; 5 → b 1 → 1 − 1/2 = 0.5; 10 → b 2 → 1 − 1 = 0
    close(run([0, 5, 10], { normalize: bands(5, 10), direction: 'lower' }).u, [1, 0.5, 0]);
  });
});

describe('scope', () => {
  it('minmax and percentile use only the accounts in scope', () => {
    const raw = Float64Array.from([0, 100, 50, 75]);
    const scope = Uint32Array.from([2, 3]); // rows with 50 and 75
    const ctx = { outOfRange: () => undefined, warn: () => undefined };
    // lo = 50, hi = 75: 0 and 1 (not 0.5 and 0.75 as over all rows)
    expect(Array.from(normalizeFactor(raw, scope, makeFactor('F', 'strength', 1, { normalize: { kind: 'minmax' } }), ctx))).toEqual([0, 1]);
    expect(Array.from(normalizeFactor(raw, scope, makeFactor('F', 'strength', 1, { normalize: { kind: 'percentile' } }), ctx))).toEqual([0, 1]);
  });
});
