/**
 * Sorting positions fast: a native 64-bit sort of integer keys packed with their positions, so
 * a million accounts sort without a million comparator calls; equal keys go to a comparator.
 */

export const LEAD_BITS = 40;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function comparatorOrder(n: number, cmp: (x: number, y: number) => number): Uint32Array {
  const order = new Uint32Array(n);
  for (let p = 0; p < n; p++) order[p] = p;
  return order.sort(cmp);
}

/**
 * Sorts by the integer `lead(p)` with the native 64-bit sort, each key packed with its position
 * (no comparator calls), then orders each run of equal leads with `cmp`, which compares the rest.
 * Null when the keys or the count do not fit the packing.
 */
export function packedOrder(n: number, lead: (p: number) => number, cmp: (x: number, y: number) => number): Uint32Array | null {
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
