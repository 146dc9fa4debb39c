/**
 * Ranking (METHOD.md §3): by quadrant (key, key-development, maintenance, opportunistic), then
 * attractiveness descending, strength descending, key ascending in code-unit order; scores
 * compared after rounding to 9 decimals. `attractiveness` and `strength` sorts put their axis
 * first and keep the same tie-breaks.
 *
 * How, without a JavaScript comparator in the common case: a native packed sort by the leading
 * key (the quadrant and the first score), then, in each run of equal leads, a second native
 * packed sort by the second score. Both keep the order positions came in, which is key order
 * when the keys ascend with the position (a file sorted by key, as exports usually are: the
 * loader knows). Otherwise only accounts equal in every score are ordered by comparing keys.
 */
import { round9 } from './classify.js';
import { comparatorOrder, identityOrder, PackedScratch, sortByLead } from './sort.js';
import type { SortKey } from './types.js';

export interface RankInput {
  /** The key of the account at each scope position. */
  idOf: (pos: number) => string;
  /**
   * True when the keys ascend with the position (code-unit order, no repeats), so position order
   * is key order; when absent it is checked with `idOf`.
   */
  keysAscending?: boolean;
  attractiveness: Float64Array;
  strength: Float64Array;
  quadrant: Uint8Array;
}

const TOP = 1e11; // 100 in units of 1e-9

/** Whether the keys of positions 0..n-1 strictly ascend in code-unit order. */
export function keysAscend(n: number, idOf: (pos: number) => string): boolean {
  for (let p = 1; p < n; p++) if (!(idOf(p - 1) < idOf(p))) return false;
  return true;
}

/** Scope positions in rank order. `work`, when given, holds two scratch columns of n to reuse. */
export function rankOrder(input: RankInput, sort: SortKey, work?: [Float64Array, Float64Array]): Uint32Array {
  const n = input.quadrant.length;
  const a = work ? work[0] : new Float64Array(n);
  const s = work ? work[1] : new Float64Array(n);
  for (let p = 0; p < n; p++) {
    a[p] = round9(input.attractiveness[p]);
    s[p] = round9(input.strength[p]);
  }
  const q = input.quadrant;
  const { idOf } = input;
  const byKey = (x: number, y: number): number => {
    const ix = idOf(x);
    const iy = idOf(y);
    return ix < iy ? -1 : ix > iy ? 1 : 0;
  };
  const first = sort === 'strength' ? s : a;
  const second = sort === 'strength' ? a : s;
  const cmp =
    sort === 'quadrant' ? (x: number, y: number) => q[x] - q[y] || a[y] - a[x] || s[y] - s[x] || byKey(x, y) : (x: number, y: number) => first[y] - first[x] || second[y] - second[x] || byKey(x, y);
  // The leading key as an integer, smaller first: the quadrant, then the first score descending
  // in units of 1e-9 (scores are 0..100, so it stays below 2^39); the second score alone after it.
  const withQuadrant = sort === 'quadrant';
  // A score outside 0..100 (none that kam computes) gives -1, which the packing refuses.
  const units = (x: number): number => {
    const u = Math.round(x * 1e9);
    return u >= 0 && u <= TOP ? TOP - u : -1;
  };
  const lead = (p: number): number => {
    const u = units(first[p]);
    return u < 0 ? -1 : (withQuadrant ? q[p] * (TOP + 1) : 0) + u;
  };
  const lead2 = (p: number): number => units(second[p]);
  const ascending = input.keysAscending ?? keysAscend(n, idOf);
  const scratch = new PackedScratch();
  // Equal in every score: in key order (already so when position order is key order).
  const sameScores = ascending ? undefined : (run: Uint32Array): void => void run.sort(byKey);
  const ties = (run: Uint32Array): void => {
    if (run.length === 2) {
      const x = run[0];
      const y = run[1];
      const lx = lead2(x);
      const ly = lead2(y);
      const d = ly - lx;
      // Not a packable score: the plain rule decides.
      if (lx < 0 || ly < 0) run.sort(cmp);
      else if (d < 0 || (d === 0 && !ascending && byKey(x, y) > 0)) {
        run[0] = y;
        run[1] = x;
      }
      return;
    }
    if (!sortByLead(run, lead2, sameScores, scratch)) run.sort(cmp);
  };
  const order = identityOrder(n);
  return sortByLead(order, lead, ties) ? order : comparatorOrder(n, cmp);
}
