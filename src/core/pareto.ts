/**
 * Pareto view (METHOD.md §3): accounts by revenue descending (ties by key); class A while the
 * cumulative share before the account is < 80 %, B while < 95 %, else C; and the revenue share
 * of the top 20 % of accounts (the first ⌈n/5⌉).
 */
import { round9 } from './classify.js';
import type { ParetoClass } from './types.js';

export const PARETO_CLASSES: readonly ParetoClass[] = ['A', 'B', 'C'];

export interface ParetoOutcome {
  /** Index into PARETO_CLASSES per scope position. */
  cls: Uint8Array;
  top20SharePct: number;
  /** Revenue order (scope positions), highest first. */
  order: Uint32Array;
  total: number;
}

/**
 * `revenue[p]` per scope position; missing revenue counts as 0. Null when the total is 0.
 * `work`, when given, is a scratch column of n to reuse.
 */
export function pareto(revenue: Float64Array, idOf: (pos: number) => string, work?: Float64Array): ParetoOutcome | null {
  const n = revenue.length;
  const rev = work ?? new Float64Array(n);
  let total = 0;
  for (let p = 0; p < n; p++) {
    rev[p] = revenue[p] === revenue[p] ? revenue[p] : 0;
    total += rev[p];
  }
  if (!(total > 0) || n === 0) return null;
  const order = new Uint32Array(n);
  for (let p = 0; p < n; p++) order[p] = p;
  // Numbers first (cheap), then each run of equal revenue by key.
  order.sort((x, y) => rev[y] - rev[x]);
  sortTiesByKey(order, rev, idOf);
  const cls = new Uint8Array(n);
  let before = 0;
  const top = Math.ceil(n / 5);
  let topSum = 0;
  for (let r = 0; r < n; r++) {
    const p = order[r];
    const sharePct = round9((100 * before) / total);
    cls[p] = sharePct < 80 ? 0 : sharePct < 95 ? 1 : 2;
    before += rev[p];
    if (r < top) topSum += rev[p];
  }
  return { cls, top20SharePct: (100 * topSum) / total, order, total };
}

/** Within each run of `order` whose `key` is equal, orders by id in code-unit order. */
export function sortTiesByKey(order: Uint32Array, key: Float64Array, idOf: (pos: number) => string): void {
  const byId = (x: number, y: number): number => {
    const a = idOf(x);
    const b = idOf(y);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  for (let i = 0; i < order.length; ) {
    let j = i + 1;
    while (j < order.length && key[order[j]] === key[order[i]]) j++;
    if (j - i > 1) order.subarray(i, j).sort(byId);
    i = j;
  }
}
