/**
 * Ranking (METHOD.md §3): by quadrant (key, key-development, maintenance, opportunistic), then
 * attractiveness descending, strength descending, key ascending in code-unit order; scores
 * compared after rounding to 9 decimals. `attractiveness` and `strength` sorts put their axis
 * first and keep the same tie-breaks.
 */
import { round9 } from './classify.js';
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
const LEAD_BITS = 40;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function comparatorOrder(n: number, cmp: (x: number, y: number) => number): Uint32Array {
  const order = new Uint32Array(n);
  for (let p = 0; p < n; p++) order[p] = p;
  return order.sort(cmp);
}

/**
 * Sorts by the integer `lead(p)` with the native 64-bit sort, each key packed with its position
 * (no comparator calls), then orders each run of equal leads with `cmp`, which compares the rest.
 * Null when the keys or the count do not fit the packing.
 */
function packedOrder(n: number, lead: (p: number) => number, cmp: (x: number, y: number) => number): Uint32Array | null {
  const bits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  if (!littleEndian || bits + LEAD_BITS > 64 || bits > 24) return null;
  const packed = new BigUint64Array(n);
  const words = new Uint32Array(packed.buffer);
  const lowSpan = 2 ** (32 - bits);
  for (let p = 0; p < n; p++) {
    const k = lead(p);
    if (!(k >= 0 && k < 2 ** LEAD_BITS && Number.isInteger(k))) return null;
    const kLow = k % lowSpan;
    words[2 * p] = kLow * 2 ** bits + p;
    words[2 * p + 1] = (k - kLow) / lowSpan;
  }
  packed.sort();
  const order = new Uint32Array(n);
  const mask = 2 ** bits - 1;
  for (let r = 0; r < n; r++) order[r] = words[2 * r] & mask;
  // Runs of equal leads (same high word, same low word above the position bits).
  const sameLead = (r: number, t: number): boolean =>
    words[2 * r + 1] === words[2 * t + 1] && Math.floor(words[2 * r] / 2 ** bits) === Math.floor(words[2 * t] / 2 ** bits);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && sameLead(i, j)) j++;
    if (j - i > 1) order.subarray(i, j).sort(cmp);
    i = j;
  }
  return order;
}
