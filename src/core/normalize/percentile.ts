/**
 * `percentile`: by rank, u = (r − 1)/(n − 1) with r the ascending rank (ties at their average
 * rank) among the accounts with a value; n = 1 gives 0.5.
 */
import { t } from '../../i18n/index.js';
import { lowerBound, upperBound } from '../sorted.js';
import type { NoiseModel, NormalizeKind } from './kind.js';

export const percentile: NormalizeKind<'percentile', object> = {
  name: 'percentile',
  syntax: 'percentile',
  get help() {
    return t('core.normalize.percentile.help');
  },
  format: () => 'percentile',
  onScale: false,
  fixedScale: false,
  column: (raw, scope, _f, _params, _ctx, u) => percentileColumn(raw, scope, u),
  shifted: (_f, _params, x) => percentileShift(x),
  // A step at each of the other accounts' values: the average rank of x among them.
  curve(_f, _params, column, own) {
    const { values, less, count } = column.distinct;
    const iv = own === own ? column.distinctIndex(own) : -1;
    const n = column.sorted.length - (iv >= 0 ? 1 : 0); // ranks run over n + 1 values with this account's
    if (n === 0) return { kind: 'constant' };
    // The others: one occurrence of this account's value fewer; its value is gone when it was alone.
    const skip = iv >= 0 && count[iv] === 1 ? iv : -1;
    const at = (j: number): number => (skip >= 0 && j >= skip ? j + 1 : j);
    const below = (i: number): number => less[i] - (iv >= 0 && iv < i ? 1 : 0);
    const equal = (i: number): number => count[i] - (i === iv ? 1 : 0);
    return {
      kind: 'steps',
      count: values.length - (skip >= 0 ? 1 : 0),
      uBelow: 0,
      at: (j) => values[at(j)],
      uAt: (j) => (below(at(j)) + equal(at(j)) / 2) / n,
      uBetween: (j) => (below(at(j)) + equal(at(j))) / n,
    };
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
