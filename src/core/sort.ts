/**
 * Sorting positions fast: a native 64-bit sort of integer keys packed with their places, so a
 * million accounts sort without a million comparator calls. A run of equal keys keeps the order
 * the positions came in, and can be handed on to be ordered by the next key the same way.
 */

export const LEAD_BITS = 40;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function comparatorOrder(n: number, cmp: (x: number, y: number) => number): Uint32Array {
  const order = identityOrder(n);
  return order.sort(cmp);
}

/** 0, 1, …, n - 1. */
export function identityOrder(n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let p = 0; p < n; p++) order[p] = p;
  return order;
}

/** Scratch space for packed sorts, grown as needed and reused. */
export class PackedScratch {
  private words = new BigUint64Array(0);
  get(n: number): BigUint64Array {
    if (this.words.length < n) this.words = new BigUint64Array(Math.max(n, 2 * this.words.length));
    return this.words.length === n ? this.words : this.words.subarray(0, n);
  }
}

/**
 * Sorts `positions` in place by the integer `lead(p)` (0 ≤ lead < 2^40), smaller first; equal
 * leads keep the order they had in `positions`. Natively: each lead is packed with the place it
 * had, so no comparator runs. Then `ties`, when given, gets each run of equal leads (a view into
 * `positions`, longer than one). False, with `positions` unchanged, when a lead or the count
 * does not fit the packing: the caller sorts another way.
 */
export function sortByLead(positions: Uint32Array, lead: (p: number) => number, ties?: (run: Uint32Array) => void, scratch?: PackedScratch): boolean {
  const n = positions.length;
  if (n < 2) return true;
  if (n <= SMALL) return smallByLead(positions, lead, ties);
  const bits = Math.max(1, Math.ceil(Math.log2(n)));
  if (!littleEndian || bits + LEAD_BITS > 64 || bits > 24) return false;
  const packed = scratch ? scratch.get(n) : new BigUint64Array(n);
  const words = new Uint32Array(packed.buffer, packed.byteOffset, 2 * n);
  const lowSpan = 2 ** (32 - bits);
  const place = 2 ** bits;
  for (let i = 0; i < n; i++) {
    const k = lead(positions[i]);
    if (!(k >= 0 && k < 2 ** LEAD_BITS && Number.isInteger(k))) return false;
    const kLow = k % lowSpan;
    words[2 * i] = kLow * place + i;
    words[2 * i + 1] = (k - kLow) / lowSpan;
  }
  packed.sort();
  // The places, then the positions they held (the original order is needed until all are read).
  const mask = place - 1;
  const from = Uint32Array.from(positions);
  for (let r = 0; r < n; r++) positions[r] = from[words[2 * r] & mask];
  if (!ties) return true;
  // Runs of equal leads: same high word, same low word above the place bits.
  for (let i = 0; i < n; ) {
    const hi = words[2 * i + 1];
    const lo = Math.floor(words[2 * i] / place);
    let j = i + 1;
    while (j < n && words[2 * j + 1] === hi && Math.floor(words[2 * j] / place) === lo) j++;
    if (j - i > 1) ties(positions.subarray(i, j));
    i = j;
  }
  return true;
}

/** Runs this short are sorted in place (insertion, stable), with no packing and no allocation. */
const SMALL = 8;
const smallLeads = new Float64Array(SMALL);

function smallByLead(positions: Uint32Array, lead: (p: number) => number, ties?: (run: Uint32Array) => void): boolean {
  const n = positions.length;
  const k = smallLeads;
  for (let i = 0; i < n; i++) {
    const x = lead(positions[i]);
    if (!(x >= 0 && x < 2 ** LEAD_BITS && Number.isInteger(x))) return false;
    k[i] = x;
  }
  for (let i = 1; i < n; i++) {
    const x = k[i];
    const p = positions[i];
    let j = i - 1;
    while (j >= 0 && k[j] > x) {
      k[j + 1] = k[j];
      positions[j + 1] = positions[j];
      j--;
    }
    k[j + 1] = x;
    positions[j + 1] = p;
  }
  if (!ties) return true;
  // Where each run starts, as bits: `ties` may sort a run with these same scratch leads.
  let starts = 1;
  for (let i = 1; i < n; i++) if (k[i] !== k[i - 1]) starts |= 1 << i;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && !(starts & (1 << j))) j++;
    if (j - i > 1) ties(positions.subarray(i, j));
    i = j;
  }
  return true;
}

const bits64 = new Float64Array(1);
const words64 = new Uint32Array(bits64.buffer);

/**
 * A 40-bit integer that orders non-negative doubles from the largest down (their bit patterns
 * order like their values): equal for equal values, and for values this close to each other.
 */
export function descendingLead(x: number): number {
  bits64[0] = x;
  const hi = littleEndian ? words64[1] : words64[0];
  const lo = littleEndian ? words64[0] : words64[1];
  return 2 ** LEAD_BITS - 1 - (hi * 2 ** 8 + (lo >>> 24));
}

/** The other 24 bits of a non-negative double, largest first: with descendingLead, its whole order. */
export function descendingRest(x: number): number {
  bits64[0] = x;
  const lo = littleEndian ? words64[0] : words64[1];
  return 2 ** 24 - 1 - (lo & 0xffffff);
}
