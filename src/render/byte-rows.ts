/**
 * Writing large text output as bytes. A million CSV rows built from template strings make tens
 * of millions of small strings; written into one reused buffer they make a few thousand. The
 * writers are plain functions `(buf, at, …) → new at`, so a row loop pays one capacity check per
 * row and V8 can inline them.
 */
import { csvText } from './escape.js';
import type { Sink } from './sink.js';
import type { ResultDocument } from './result-document.js';

const utf8Write = Buffer.prototype.utf8Write as (this: Buffer, text: string, offset: number) => number;

/** A reused output buffer passed on to a sink as bytes every 64 KiB or so. */
export class ByteOut {
  buf: Buffer = Buffer.allocUnsafe(1 << 17);
  at = 0;
  constructor(private readonly out: Sink) {}

  /** Makes room for `n` more bytes, passing on what is there when it holds a chunk's worth. */
  reserve(n: number): void {
    if (this.at >= 1 << 16) this.flush();
    if (this.at + n > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
      this.buf.copy(bigger, 0, 0, this.at);
      this.buf = bigger;
    }
  }

  /** Hands on a copy (a stream may keep the chunk after write returns; this buffer is reused). */
  flush(): void {
    if (this.at > 0) this.out(Uint8Array.prototype.slice.call(this.buf, 0, this.at));
    this.at = 0;
  }
}

/** "00" … "99" as byte pairs: two digits a step. */
const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[2 * i] = 48 + Math.floor(i / 10);
  PAIRS[2 * i + 1] = 48 + (i % 10);
}

/** Decimal digits of a non-negative integer below 2^31. */
function digits31(n: number): number {
  return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : n < 1000000 ? 6 : n < 10000000 ? 7 : n < 100000000 ? 8 : n < 1000000000 ? 9 : 10;
}

/** n (a non-negative integer below 2^31) in exactly `width` digits, leading zeros kept, ending at at + width. */
function writeDigits(buf: Uint8Array, at: number, n: number, width: number): void {
  let i = at + width;
  while (i - at >= 2) {
    const q = (n / 100) | 0;
    const r = (n - q * 100) << 1;
    buf[--i] = PAIRS[r + 1];
    buf[--i] = PAIRS[r];
    n = q;
  }
  if (i > at) buf[--i] = 48 + n;
}

/** A non-negative safe integer in decimal (at most 16 bytes). */
export function writeInt(buf: Uint8Array, at: number, n: number): number {
  if (n < 2147483648) {
    const d = digits31(n);
    writeDigits(buf, at, n, d);
    return at + d;
  }
  let digits = 0;
  for (let m = n; m > 0; m = Math.floor(m / 10)) digits++;
  let i = at + digits;
  for (let m = n; m > 0; m = Math.floor(m / 10)) buf[--i] = 48 + (m % 10);
  return at + digits;
}

/**
 * x rounded to 9 decimals (the precision kam compares scores at), trailing zeros dropped, never
 * in exponent notation (at most 32 bytes): the text of String(round9(x)) from 1e-6 up. Returns
 * -1 for a value beyond safe integers, which the caller writes as text.
 */
export function writeFixed9(buf: Uint8Array, at: number, x: number): number {
  const r = Math.round(x * 1e9);
  return Number.isSafeInteger(r) ? writeScaled(buf, at, r, 9) : -1;
}

/** The safe integer r / 10^k (k ≤ 9) in decimal, trailing zeros of the fraction dropped. */
function writeScaled(buf: Uint8Array, at: number, r: number, k: number): number {
  let a = r;
  if (r < 0) {
    buf[at++] = 45;
    a = -r;
  }
  const unit = 10 ** k;
  const int = Math.floor(a / unit);
  // Below 10^k ≤ 1e9, so int32 arithmetic from here on.
  let frac = (a - int * unit) | 0;
  at = writeInt(buf, at, int);
  if (frac === 0) return at;
  let digits = k;
  while (frac % 10 === 0) {
    frac = (frac / 10) | 0;
    digits--;
  }
  buf[at++] = 46;
  writeDigits(buf, at, frac, digits);
  return at + digits;
}

/** Bytes `src[start..end)`. */
export function writeBytes(buf: Uint8Array, at: number, src: Uint8Array, start = 0, end = src.length): number {
  for (let i = start; i < end; i++) buf[at++] = src[i];
  return at;
}

/** Text as UTF-8 (at most 3 bytes a UTF-16 unit); ASCII is copied directly, cheaper than a native call. */
export function writeText(buf: Buffer, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return at + utf8Write.call(buf, s, at);
    buf[at + i] = c;
  }
  return at + s.length;
}

// UTF-8 bytes back to text, for the rare cell that needs escaping (the bytes are valid UTF-8).
const utf8Slice = Buffer.prototype.utf8Slice as (this: Uint8Array, start: number, end: number) => string;

/**
 * csvText of the UTF-8 text src[s..e), written as bytes: the bytes themselves when the cell
 * needs no guard and no quotes (the common case), else through csvText.
 */
export function writeCsvCell(buf: Buffer, at: number, src: Uint8Array, s: number, e: number): number {
  const first = src[s];
  // A formula's first character (= + - @, tab, CR) or a space before one: csvText decides.
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13 || first === 32) return writeText(buf, at, csvText(utf8Slice.call(src, s, e)));
  // Copied as it is checked; a comma, quote or line break sends it back through csvText.
  let o = at;
  for (let k = s; k < e; k++) {
    const c = src[k];
    if (c === 44 || c === 34 || c === 10 || c === 13) return writeText(buf, at, csvText(utf8Slice.call(src, s, e)));
    buf[o++] = c;
  }
  return o;
}

/** jsonString of the UTF-8 text src[s..e), written as bytes (the bytes themselves unless something needs escaping). */
export function writeJsonString(buf: Buffer, at: number, src: Uint8Array, s: number, e: number): number {
  let o = at;
  buf[o++] = 34;
  for (let k = s; k < e; k++) {
    const c = src[k];
    if (c < 32 || c === 34 || c === 92) return writeText(buf, at, JSON.stringify(utf8Slice.call(src, s, e)));
    buf[o++] = c;
  }
  buf[o++] = 34;
  return o;
}

/** A constant as bytes, for writeBytes. */
export const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

/**
 * A column of repeated text (segments, channels): each distinct value rendered and encoded once,
 * and each row's index into those cells, found in one pass in file order.
 */
export function internCells(values: readonly string[], render: (s: string) => string): { cells: Uint8Array[]; of: Uint32Array } {
  const cells: Uint8Array[] = [];
  const of = new Uint32Array(values.length);
  const index = new Map<string, number>();
  for (let row = 0; row < values.length; row++) {
    let k = index.get(values[row]);
    if (k === undefined) {
      index.set(values[row], (k = cells.length));
      cells.push(utf8(render(values[row])));
    }
    of[row] = k;
  }
  return { cells, of };
}

/** A JSON string literal: the text as it is when nothing in it needs escaping, else JSON.stringify. */
export function jsonString(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return `"${s}"`;
}

/**
 * A finite number exactly as String() (and JSON) writes it. A number equal to its rounding to k
 * decimals is written as digits when its neighbouring doubles are closer than 10^-k (so that
 * spelling is unique and is String()'s shortest): 9 decimals for 1e-6 ≤ |x| < 2^23, 2 decimals
 * (money) for |x| < 2^45. Anything else (full-precision scores) goes through String().
 */
export function writeNumber(buf: Buffer, at: number, x: number): number {
  if (x === 0) return writeScaled(buf, at, 0, 0);
  const a = x < 0 ? -x : x;
  if (a >= 1e-6 && a < 2 ** 23) {
    const r = Math.round(x * 1e9);
    if (r / 1e9 === x) return writeScaled(buf, at, r, 9);
  } else if (a >= 1e-2 && a < 2 ** 45) {
    const r = Math.round(x * 100);
    if (r / 100 === x) return writeScaled(buf, at, r, 2);
  }
  return writeText(buf, at, String(x));
}

/**
 * What the CSV and the JSON rows read of a result, taken once per write: keys and names as the
 * bytes they were read as (else as strings), the scores, coverage, selection and Pareto class.
 */
export function rowColumns(doc: Pick<ResultDocument, 'portfolio' | 'ev'>) {
  const { portfolio, ev } = doc;
  const bytes = portfolio.bytes;
  const { ids, names } = bytes ? { ids: [] as string[], names: [] as string[] } : portfolio;
  return {
    ids,
    names,
    text: bytes?.text,
    at: bytes?.at,
    attractiveness: ev.attractiveness,
    strength: ev.strength,
    quadrant: ev.quadrant,
    covA: ev.coverage.attractiveness,
    covS: ev.coverage.strength,
    selected: ev.selection.selected,
    pareto: ev.pareto ? ev.pareto.cls : null,
  };
}

/** The longest of the interned cells, in bytes (a loop: a file may hold a million distinct segments). */
export function longestCell(cells: readonly Uint8Array[]): number {
  let n = 0;
  for (const c of cells) if (c.length > n) n = c.length;
  return n;
}
