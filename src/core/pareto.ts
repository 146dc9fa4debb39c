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

/** `revenue[p]` per scope position; missing revenue counts as 0. Null when the total is 0. */
export function pareto(revenue: Float64Array, idOf: (pos: number) => string): ParetoOutcome | null {
  const n = revenue.length;
  let total = 0;
  for (let p = 0; p < n; p++) total += revenue[p] === revenue[p] ? revenue[p] : 0;
  if (!(total > 0) || n === 0) return null;
  const rev = (p: number): number => (revenue[p] === revenue[p] ? revenue[p] : 0);
  const order = new Uint32Array(n);
  for (let p = 0; p < n; p++) order[p] = p;
  order.sort((x, y) => rev(y) - rev(x) || (idOf(x) < idOf(y) ? -1 : idOf(x) > idOf(y) ? 1 : 0));
  const cls = new Uint8Array(n);
  let before = 0;
  const top = Math.ceil(n / 5);
  let topSum = 0;
  for (let r = 0; r < n; r++) {
    const p = order[r];
    const sharePct = round9((100 * before) / total);
    cls[p] = sharePct < 80 ? 0 : sharePct < 95 ? 1 : 2;
    before += rev(p);
    if (r < top) topSum += rev(p);
  }
  return { cls, top20SharePct: (100 * topSum) / total, order, total };
}
