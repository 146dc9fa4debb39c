/**
 * Pareto view (METHOD.md §3): accounts by revenue descending (ties by key); class A while the
 * cumulative share before the account is < 80 %, B while < 95 %, else C; and the revenue share
 * of the top 20 % of accounts (the first ⌈n/5⌉).
 */
import { round9 } from './classify.js';
import { binaryExponent, timesPowerOfTwo } from './exact.js';
import { comparatorOrder, descendingLead, descendingRest, identityOrder, PackedScratch, sortByLead } from './sort.js';
import type { ParetoClass } from './types.js';

export const PARETO_CLASSES: readonly ParetoClass[] = ['A', 'B', 'C'];

export interface ParetoOutcome {
  /** Index into PARETO_CLASSES per scope position. */
  cls: Uint8Array;
  top20SharePct: number;
  total: number;
}

const classOf = (sharePct: number): number => (sharePct < 80 ? 0 : sharePct < 95 ? 1 : 2);

/**
 * `revenue[p]` per scope position; missing revenue counts as 0. Null when the total is 0.
 * `keysAscending`: the keys ascend with the position (a file sorted by key), so equal revenues
 * are already in key order once sorted by revenue. `work`, when given, is a scratch column of n.
 */
export function pareto(revenue: Float64Array, idOf: (pos: number) => string, work?: Float64Array, keysAscending = false): ParetoOutcome | null {
  const n = revenue.length;
  const rev = work ?? new Float64Array(n);
  let total = 0;
  let largest = 0;
  for (let p = 0; p < n; p++) {
    rev[p] = revenue[p] === revenue[p] ? revenue[p] + 0 : 0; // + 0 turns -0 into 0
    total += rev[p];
    if (Math.abs(rev[p]) > largest) largest = Math.abs(rev[p]);
  }
  // Revenues so large that their sum (or a running sum) could overflow a double are all scaled
  // by one power of two first: shares, and so the classes, are ratios and do not change.
  if (largest * n > 2 ** 1000) {
    const k = -binaryExponent(largest);
    total = 0;
    for (let p = 0; p < n; p++) {
      rev[p] = timesPowerOfTwo(rev[p], k);
      total += rev[p];
    }
  }
  if (!(total > 0) || n === 0) return null;
  let negative = false;
  for (let p = 0; p < n && !negative; p++) negative = rev[p] < 0;
  const byRevenue = (x: number, y: number): number => rev[y] - rev[x];
  // Revenue descending, natively: the top 40 bits of each double, then in runs of equal tops the
  // other 24; equal revenues stay in position order (their order by key is settled below).
  let order = identityOrder(n);
  const scratch = new PackedScratch();
  const rest = (run: Uint32Array): void => void sortByLead(run, (p) => descendingRest(rev[p]), undefined, scratch);
  if (negative || !sortByLead(order, (p) => descendingLead(rev[p]), rest)) order = comparatorOrder(n, byRevenue);
  const cls = new Uint8Array(n);
  const share = (before: number): number => round9((100 * before) / total);
  let before = 0;
  for (let i = 0; i < n; ) {
    // A run of equal revenue: its order by key matters only when a class boundary falls inside.
    const v = rev[order[i]];
    let j = i + 1;
    while (j < n && rev[order[j]] === v) j++;
    const start = before;
    const firstClass = classOf(share(before));
    for (let k = i; k < j; k++) {
      cls[order[k]] = classOf(share(before));
      before += v;
    }
    if (j - i > 1 && cls[order[j - 1]] !== firstClass && !(keysAscending && !negative)) {
      sortByKey(order.subarray(i, j), idOf);
      before = start;
      for (let k = i; k < j; k++) {
        cls[order[k]] = classOf(share(before));
        before += v;
      }
    }
    // Shares only grow when no revenue is negative: once in C, every account after is in C.
    if (!negative && cls[order[j - 1]] === 2) {
      for (let k = j; k < n; k++) cls[order[k]] = 2;
      break;
    }
    i = j;
  }
  // The first ⌈n/5⌉ by revenue: ties inside them change no sum.
  const top = Math.ceil(n / 5);
  let topSum = 0;
  for (let r = 0; r < top; r++) topSum += rev[order[r]];
  return { cls, top20SharePct: Math.min(100, (100 * topSum) / total), total };
}

function sortByKey(run: Uint32Array, idOf: (pos: number) => string): void {
  run.sort((x, y) => {
    const a = idOf(x);
    const b = idOf(y);
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
