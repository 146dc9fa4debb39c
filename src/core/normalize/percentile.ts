/**
 * `percentile`: by rank, u = (r − 1)/(n − 1) with r the ascending rank (ties at their average
 * rank) among the accounts with a value; n = 1 gives 0.5.
 */
import { lowerBound, upperBound } from '../sorted.js';
import type { NoiseModel, NormalizeKind } from './kind.js';

export const percentile: NormalizeKind<'percentile', object> = {
  name: 'percentile',
  syntax: 'percentile',
  help: 'percentile: by rank in the portfolio (robust to outliers)',
  format: () => 'percentile',
  onScale: false,
  fixedScale: false,
  column: (raw, scope, _f, _params, _ctx, u) => percentileColumn(raw, scope, u),
  shifted: (_f, _params, x) => percentileShift(x),
  // A step at each of the other accounts' values: the average rank of x among them.
  curve(_f, _params, others) {
    const o = others();
    if (o.length === 0) return { kind: 'constant' };
    const at: number[] = [];
    const uAt: number[] = [];
    const uBetween: number[] = [];
    const n = o.length; // ranks run over n + 1 values with this account's
    for (let i = 0; i < o.length; ) {
      const v = o[i];
      const end = upperBound(o, v);
      at.push(v);
      uAt.push((i + (end - i) / 2) / n);
      uBetween.push(end / n);
      i = end;
    }
    return { kind: 'steps', at, uBelow: 0, uAt, uBetween };
  },
};

function percentileColumn(raw: Float64Array, scope: Uint32Array, u: Float64Array): void {
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

/**
 * Percentile with one account's value shifted: its average rank among the others' unshifted
 * values. The distinct values and how many lie below each are computed once; each shifted value
 * costs one binary search over the distinct values.
 */
function percentileShift(x: Float64Array): NoiseModel {
  const n = x.length;
  const sorted = Float64Array.from(x.filter((v) => v === v)).sort();
  const count = sorted.length;
  const distinct: number[] = [];
  const below: number[] = []; // values < distinct[j]
  for (let i = 0; i < count; i = upperBound(sorted, sorted[i])) {
    distinct.push(sorted[i]);
    below.push(i);
  }
  below.push(count);
  const vals = Float64Array.from(distinct);
  const less = Float64Array.from(below);
  return (delta, out) => {
    for (let p = 0; p < n; p++) {
      const own = x[p];
      if (own !== own) {
        out[p] = Number.NaN;
        continue;
      }
      if (count === 1) {
        out[p] = 0.5;
        continue;
      }
      const to = own + delta[p];
      const j = lowerBound(vals, to);
      const lt = less[j];
      const eq = j < vals.length && vals[j] === to ? less[j + 1] - less[j] : 0;
      // Without the account's own unshifted value: below `to`, or equal to it.
      const others = lt - (own < to ? 1 : 0) + (eq - (own === to ? 1 : 0)) / 2;
      out[p] = others / (count - 1);
    }
  };
}
