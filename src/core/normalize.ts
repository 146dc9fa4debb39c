/**
 * Factor normalisation (METHOD.md §3): a raw value x becomes u in 0..1. Pure; works on the
 * accounts in scope, given as positions into the raw column. NaN stays NaN (missing).
 */
import type { Factor } from './types.js';

export interface NormalizeContext {
  /** Called for each in-scope value outside min..max under `normalize = none` (scope position). */
  outOfRange(pos: number, value: number): void;
  warn(message: string): void;
}

/**
 * Returns u for each scope position. `scope[p]` is the row of the p-th account in scope. Writes
 * into `out` when given (a scratch column reused across factors).
 */
export function normalizeFactor(raw: Float64Array, scope: Uint32Array, f: Factor, ctx: NormalizeContext, out?: Float64Array): Float64Array {
  const n = scope.length;
  const u = out ?? new Float64Array(n);
  const norm = f.normalize;
  switch (norm.kind) {
    case 'none': {
      const span = f.max - f.min;
      for (let p = 0; p < n; p++) {
        const x = raw[scope[p]];
        if (x !== x) {
          u[p] = Number.NaN;
          continue;
        }
        if (x < f.min || x > f.max) ctx.outOfRange(p, x);
        u[p] = (x - f.min) / span;
      }
      break;
    }
    case 'minmax': {
      let lo = Infinity;
      let hi = -Infinity;
      for (let p = 0; p < n; p++) {
        const x = raw[scope[p]];
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
      const flat = !(hi > lo);
      if (flat && hi >= lo) {
        ctx.warn(`Factor "${f.factor}": every account has the same value (${lo}), so minmax gives everyone 0.5.`);
      }
      const span = hi - lo;
      for (let p = 0; p < n; p++) {
        const x = raw[scope[p]];
        u[p] = x !== x ? Number.NaN : flat ? 0.5 : (x - lo) / span;
      }
      break;
    }
    case 'percentile':
      percentile(raw, scope, u);
      break;
    case 'bands': {
      const t = norm.thresholds;
      const k = t.length;
      for (let p = 0; p < n; p++) {
        const x = raw[scope[p]];
        if (x !== x) {
          u[p] = Number.NaN;
          continue;
        }
        let b = 0;
        while (b < k && x >= t[b]) b++;
        u[p] = b / k;
      }
      break;
    }
  }
  if (f.direction === 'lower') {
    for (let p = 0; p < n; p++) u[p] = 1 - u[p];
  }
  return u;
}

/** u = (r − 1)/(n − 1) with r the ascending rank, ties at their average rank; n = 1 gives 0.5. */
function percentile(raw: Float64Array, scope: Uint32Array, u: Float64Array): void {
  let count = 0;
  for (let p = 0; p < scope.length; p++) if (raw[scope[p]] === raw[scope[p]]) count++;
  const sorted = new Float64Array(count);
  let j = 0;
  for (let p = 0; p < scope.length; p++) {
    const x = raw[scope[p]];
    if (x === x) sorted[j++] = x;
  }
  sorted.sort();
  // Each distinct value's u, from the first and last 0-based positions of its run:
  // average rank − 1 = (first + last) / 2.
  const values = new Float64Array(count);
  const us = new Float64Array(count);
  let d = 0;
  for (let i = 0; i < count; ) {
    let k = i + 1;
    while (k < count && sorted[k] === sorted[i]) k++;
    values[d] = sorted[i];
    us[d++] = count === 1 ? 0.5 : (i + k - 1) / 2 / (count - 1);
    i = k;
  }
  // Few distinct values (scores, rounded percentages): a hash lookup; many: a binary search.
  const byValue = d <= 1 << 16 ? new Map<number, number>() : null;
  if (byValue) for (let i = 0; i < d; i++) byValue.set(values[i], us[i]);
  const distinct = values.subarray(0, d);
  for (let p = 0; p < scope.length; p++) {
    const x = raw[scope[p]];
    u[p] = x !== x ? Number.NaN : byValue ? byValue.get(x)! : us[lowerBound(distinct, x)];
  }
}

export function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is greater than x. */
export function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
