/**
 * Bulk rows in rank order, rendered in file order. The accounts are taken a band of ranks at a
 * time (a few tens of megabytes of output); within a band, each account's row (everything but
 * its rank) is rendered once, in file order, so the columns are read going forward through
 * memory; then, in rank order, each row is its rank and one copied byte range. Gathering the
 * columns into rank order instead would cost a scattered read per column and row.
 */
import type { ByteOut } from './byte-rows.js';

/** About this many bytes of rendered rows are held at a time. */
const BAND_BYTES = 32 << 20;

export interface RankedRows {
  /** An upper bound on the bytes of row p. */
  room(p: number): number;
  /** Writes row p at `at`, returns where it ends. */
  render(buf: Buffer, at: number, p: number): number;
  /** An upper bound on the bytes of a prefix. */
  prefixRoom: number;
  /** Writes what comes before the row at rank index r (the rank), returns where it ends. */
  prefix(buf: Buffer, at: number, r: number): number;
  /** A guess at the average row, in bytes. */
  rowBytes: number;
}

/**
 * Writes row order[r] for r = 0, 1, … with its prefix, rendering each row once (see above);
 * `bandBytes` is the rendered output held at a time (smaller in tests).
 */
export function writeRanked(out: ByteOut, order: Uint32Array, rows: RankedRows, bandBytes = BAND_BYTES): void {
  const n = order.length;
  const band = Math.max(1, Math.min(n, Math.floor(bandBytes / Math.max(16, rows.rowBytes))));
  // The rank index of each position: a band's accounts are then found in file order by one
  // pass over it.
  const rankOf = new Uint32Array(n);
  for (let r = 0; r < n; r++) rankOf[order[r]] = r;
  const start = new Uint32Array(band);
  const end = new Uint32Array(band);
  const slabOf = new Uint16Array(band);
  const slabs: Buffer[] = [];
  const views: DataView[] = [];
  const slabSize = Math.max(1 << 12, Math.ceil(band * rows.rowBytes * 1.1));
  let slab = 0;
  let at = 0;
  /** Row p, rank index i of its band, into the band's buffers. */
  const place = (p: number, i: number): void => {
    const need = rows.room(p);
    if (at + need > slabs[slab].length) {
      slab++;
      if (slab === 1 << 16) throw new Error('internal: a band of rows needs too many buffers');
      if (slab === slabs.length || slabs[slab].length < need) {
        if (slab < slabs.length) slabs.length = slab; // a larger row: drop the later buffers
        newSlab(slabs, views, Math.max(slabSize, need));
      }
      at = 0;
    }
    slabOf[i] = slab;
    start[i] = at;
    at = rows.render(slabs[slab], at, p);
    end[i] = at;
  };
  newSlab(slabs, views, slabSize);
  let outView = new DataView(out.buf.buffer, out.buf.byteOffset, out.buf.length);
  for (let r0 = 0; r0 < n; r0 += band) {
    const m = Math.min(band, n - r0);
    slab = 0;
    at = 0;
    const r1 = r0 + m;
    for (let p = 0; p < n; p++) {
      const r = rankOf[p];
      if (r >= r0 && r < r1) place(p, r - r0);
    }
    for (let i = 0; i < m; i++) {
      const s = start[i];
      const e = end[i];
      const before = out.buf;
      out.reserve(rows.prefixRoom + (e - s));
      const buf = out.buf;
      if (buf !== before) outView = new DataView(buf.buffer, buf.byteOffset, buf.length);
      const to = rows.prefix(buf, out.at, r0 + i);
      out.at = copyBytes(outView, buf, to, views[slabOf[i]], slabs[slabOf[i]], s, e);
    }
  }
}
function newSlab(slabs: Buffer[], views: DataView[], size: number): void {
  const b = Buffer.allocUnsafe(size);
  slabs.push(b);
  views[slabs.length - 1] = new DataView(b.buffer, b.byteOffset, b.length);
}

/**
 * src[s..e) to dst at `at`, eight bytes a step through DataViews of the two buffers (inlined
 * loads and stores: cheaper for a row than a native copy call); returns where it ends.
 */
function copyBytes(dstView: DataView, dst: Uint8Array, at: number, srcView: DataView, src: Uint8Array, s: number, e: number): number {
  let k = s;
  for (; k + 8 <= e; k += 8, at += 8) {
    dstView.setUint32(at, srcView.getUint32(k, true), true);
    dstView.setUint32(at + 4, srcView.getUint32(k + 4, true), true);
  }
  for (; k < e; k++) dst[at++] = src[k];
  return at;
}
