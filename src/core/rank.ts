/**
 * Ranking (METHOD.md §3): by quadrant (key, key-development, maintenance, opportunistic), then
 * attractiveness descending, strength descending, key ascending in code-unit order; scores
 * compared after rounding to 9 decimals. `attractiveness` and `strength` sorts put their axis
 * first and keep the same tie-breaks.
 */
import { round9 } from './classify.js';
import { comparatorOrder, packedOrder } from './sort.js';
import type { SortKey } from './types.js';

export interface RankInput {
  ids: readonly string[];
  /** Row of each scope position. */
  scope: Uint32Array;
  attractiveness: Float64Array;
  strength: Float64Array;
  quadrant: Uint8Array;
}

/** Scope positions in rank order. `work`, when given, holds two scratch columns of n to reuse. */
export function rankOrder(input: RankInput, sort: SortKey, work?: [Float64Array, Float64Array]): Uint32Array {
  const n = input.scope.length;
  const a = work ? work[0] : new Float64Array(n);
  const s = work ? work[1] : new Float64Array(n);
  for (let p = 0; p < n; p++) {
    a[p] = round9(input.attractiveness[p]);
    s[p] = round9(input.strength[p]);
  }
  const q = input.quadrant;
  const ids = input.ids;
  const scope = input.scope;
  const byKey = (x: number, y: number): number => {
    const ix = ids[scope[x]];
    const iy = ids[scope[y]];
    return ix < iy ? -1 : ix > iy ? 1 : 0;
  };
  let cmp: (x: number, y: number) => number;
  if (sort === 'quadrant') cmp = (x, y) => q[x] - q[y] || a[y] - a[x] || s[y] - s[x] || byKey(x, y);
  else if (sort === 'attractiveness') cmp = (x, y) => a[y] - a[x] || s[y] - s[x] || byKey(x, y);
  else cmp = (x, y) => s[y] - s[x] || a[y] - a[x] || byKey(x, y);
  // The leading key as an integer, smaller first: the quadrant, then the first score descending
  // in units of 1e-9 (scores are 0..100, so it stays below 2^39).
  const first = sort === 'strength' ? s : a;
  const lead = (p: number): number => (sort === 'quadrant' ? q[p] * (TOP + 1) : 0) + (TOP - Math.round(first[p] * 1e9));
  return packedOrder(n, lead, cmp) ?? comparatorOrder(n, cmp);
}

const TOP = 1e11; // 100 in units of 1e-9
