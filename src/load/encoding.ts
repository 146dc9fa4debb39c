/**
 * Where bytes become text: every input file passes through here, and every CSV input is handed
 * on as UTF-8. A byte-order mark decides the encoding (UTF-8, UTF-16LE, UTF-16BE); without one,
 * `--encoding` does (ENCODING in core/vocabulary.ts: UTF-8 by default, UTF-16 little-endian,
 * Windows-1252, and Latin-1 read as Windows-1252). Bytes that are not valid in that encoding,
 * binary files and workbooks are refused with one sentence naming the line and the flag that
 * reads the file. kam's own JSON documents (sessions, results) are always UTF-8. Nothing is
 * guessed.
 *
 * Node's decoders do the work (Buffer's UTF-8 check, TextDecoder for UTF-16, Buffer's latin1
 * for single bytes); Windows-1252's 32 bytes 0x80-0x9F come from the table below, because
 * Node 20's TextDecoder('windows-1252') reads them as Latin-1 control characters (nodejs/node#60888).
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { InputError } from '../core/errors.js';
import type { Encoding } from '../core/vocabulary.js';
import { t as msg } from '../i18n/index.js';

/** How a file's bytes are read: a CSV input in an --encoding, or a kam JSON document (always UTF-8). */
export type TextInput = Encoding | 'json';

/** What a file was read as (the byte-order mark decided, or the flag): what kam weights writes back. */
export type ReadEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const SHOWN: Record<ReadEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'windows-1252': 'Windows-1252' };

const XLSX = [0x50, 0x4b, 0x03, 0x04];
const XLS = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, sig: number[]): boolean => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** Whether bytes start like an .xlsx workbook (a zip archive): the contents decide, not the name. */
export const startsLikeWorkbook = (head: Uint8Array): boolean => startsWith(head, XLSX);

/** The encoding a byte-order mark names, or null. */
function bomEncoding(b: Uint8Array): ReadEncoding | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Whether a file --encoding utf-16 names is not UTF-16 at all: no BOM and no zero byte where its
 * header is (UTF-16 text of a CSV header has them). It is read as ASCII (see asciiOnly).
 */
const notUtf16 = (head: Uint8Array, as: TextInput): boolean => as === 'utf-16' && bomEncoding(head) === null && head.subarray(0, 512).indexOf(0) === -1;

/**
 * What bytes starting with `head` are read as: the byte-order mark decides, else the flag (an
 * ASCII file under --encoding utf-16 is ASCII, which is UTF-8: kam weights writes it back so).
 */
export function readEncoding(head: Uint8Array, as: TextInput = 'utf-8'): ReadEncoding {
  const bom = bomEncoding(head);
  if (bom !== null) return bom;
  if (as === 'utf-16') return notUtf16(head, as) ? 'utf-8' : 'utf-16le';
  return as === 'windows-1252' || as === 'latin1' ? 'windows-1252' : 'utf-8';
}

/** A file that starts like a workbook (whatever follows) is one. */
function workbookProblem(head: Uint8Array, file: string): InputError | null {
  if (startsWith(head, XLSX)) {
    return new InputError({ file, message: msg('load.encoding.zip') });
  }
  if (startsWith(head, XLS)) {
    return new InputError({ file, message: msg('load.encoding.xls') });
  }
  return null;
}

/** Whether the first bytes look like UTF-16 without a BOM: 'le', 'be', or null (zeros on one side of most pairs). */
function utf16Shape(head: Uint8Array): 'le' | 'be' | null {
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(head.length, 512);
  for (let i = 0; i < n; i++) if (head[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  if (n < 16 || Math.max(evenZeros, oddZeros) < n / 4 || Math.min(evenZeros, oddZeros) !== 0) return null;
  return oddZeros > 0 ? 'le' : 'be';
}

const bigEndianWithoutBom = (file: string): InputError =>
  new InputError({
    file,
    message: msg('load.encoding.utf16be-no-bom'),
  });

/** The sentence for a chunk holding NUL bytes: UTF-16 without a BOM, or binary data. */
function binaryProblem(head: Uint8Array, file: string, as: TextInput): InputError {
  const shape = utf16Shape(head);
  if (shape === 'be') return bigEndianWithoutBom(file);
  if (shape === 'le') {
    const how = as === 'json' ? msg('load.encoding.utf16-no-bom.json') : msg('load.encoding.utf16-no-bom.csv');
    return new InputError({ file, message: msg('load.encoding.utf16-no-bom', { how }) });
  }
  return new InputError({ file, message: msg('load.encoding.nul-bytes') });
}

const nulCharacters = (file: string, line: number): InputError =>
  new InputError({ file, line, message: msg('load.encoding.nul-characters') });

/** Whether UTF-16 bytes hold a NUL code unit (two zero bytes at an even offset). */
function hasNulUnit(b: Uint8Array): boolean {
  for (let i = b.indexOf(0); i !== -1 && i + 1 < b.length; i = b.indexOf(0, i + 1)) if (i % 2 === 0 && b[i + 1] === 0) return true;
  return false;
}

/**
 * Refuses at once the first bytes of an input that is not text at all — NUL bytes outside a
 * UTF-16 file (binary data, /dev/zero), NUL characters inside one — so an endless stream of
 * them stops in its first chunk. A workbook (a zip) passes: its readers decide.
 */
export function refuseBinaryHead(head: Uint8Array, file: string, as: TextInput = 'utf-8'): void {
  if (head.length === 0 || startsWith(head, XLSX) || startsWith(head, XLS)) return;
  const enc = readEncoding(head, as);
  const part = head.subarray(0, 1 << 16);
  if (enc === 'utf-16le' || enc === 'utf-16be') {
    if (hasNulUnit(part)) throw nulCharacters(file, 1);
  } else if (part.indexOf(0) !== -1) throw binaryProblem(head, file, as);
}

/** Where the first invalid UTF-8 sequence of `b` starts (b is known to be invalid). */
function firstInvalid(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    if (need > 0 && !isUtf8(b.subarray(i, i + need + 1))) return i; // overlong or surrogate forms
    i += need + 1;
  }
  return b.length;
}

function countLines(b: Uint8Array, end: number): number {
  let n = 0;
  for (let i = b.indexOf(10); i !== -1 && i < end; i = b.indexOf(10, i + 1)) n++;
  return n;
}

const hex = (n: number, digits = 2): string => `0x${n.toString(16).toUpperCase().padStart(digits, '0')}`;

/** Invalid UTF-8: the flag that reads a Windows export, or (a BOM said UTF-8, or a JSON file) why there is none. */
function notUtf8(file: string, line: number, byte: number, as: TextInput, bom: boolean): InputError {
  const why =
    as === 'json'
      ? msg('load.encoding.not-utf8.json')
      : bom
        ? msg('load.encoding.not-utf8.bom')
        : msg('load.encoding.not-utf8.csv');
  return new InputError({ file, line, message: msg('load.encoding.not-utf8', { byte: hex(byte), why }) });
}

/** How many bytes at the end of `b` start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k];
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return len > k ? k : 0;
  }
  return 0;
}

/**
 * The chunks of a CSV input as UTF-8, checked (and converted) as they pass: UTF-8 is handed on
 * as it is (a BOM is left to the CSV scanner), UTF-16 and Windows-1252 are converted, anything
 * that is not valid in its encoding is refused. A character cut by a chunk boundary is decoded
 * whole, whatever reader cut it.
 */
export function* utf8Chunks(chunks: Iterable<Uint8Array>, file: string, as: TextInput = 'utf-8'): Generator<Uint8Array> {
  const it = withHead(chunks, 512)[Symbol.iterator]();
  const first = it.next();
  if (first.done === true) return;
  const head = first.value;
  const workbook = workbookProblem(head, file);
  if (workbook !== null) throw workbook;
  const rest: Iterable<Uint8Array> = { [Symbol.iterator]: () => it };
  const all = (function* () {
    yield head;
    yield* rest;
  })();
  // UTF-16 text of a CSV header has zero bytes; without them the file is not UTF-16: ASCII reads as itself.
  if (notUtf16(head, as)) return yield* asciiOnly(all, file);
  const enc = readEncoding(head, as);
  if (enc === 'utf-8') yield* utf8Checked(all, file, as, bomEncoding(head) === 'utf-8');
  else if (enc === 'windows-1252') yield* windows1252(all, file, as);
  else yield* utf16(all, file, enc, bomEncoding(head) !== null);
}

/**
 * A file --encoding utf-16 names that has no zero byte where its header is: not UTF-16. ASCII is
 * the same text in every encoding kam reads (the criteria beside a UTF-16 export often are), so
 * it is read; any other byte is refused, since the flag says UTF-16 and the bytes say otherwise.
 */
function* asciiOnly(chunks: Iterable<Uint8Array>, file: string): Generator<Uint8Array> {
  let lines = 1;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] >= 0x80 || chunk[i] === 0) {
        if (chunk[i] === 0) throw binaryProblem(chunk, file, 'utf-16');
        throw new InputError({
          file,
          line: lines + countLines(chunk, i),
          message: msg('load.encoding.not-ascii', { byte: hex(chunk[i]) }),
        });
      }
    }
    lines += countLines(chunk, chunk.length);
    yield chunk;
  }
}

/** The same chunks, except that the first holds at least `n` bytes (or the whole input when shorter). */
function* withHead(chunks: Iterable<Uint8Array>, n: number): Generator<Uint8Array> {
  let head: Buffer | null = Buffer.alloc(0);
  for (const chunk of chunks) {
    if (chunk.length === 0) continue;
    if (head === null) yield chunk;
    else {
      head = Buffer.concat([head, chunk]);
      if (head.length >= n) {
        yield head;
        head = null;
      }
    }
  }
  if (head !== null && head.length > 0) yield head;
}

function* utf8Checked(chunks: Iterable<Uint8Array>, file: string, as: TextInput, bom: boolean): Generator<Uint8Array> {
  let carry: Uint8Array = new Uint8Array(0);
  let lines = 1;
  for (const chunk of chunks) {
    if (chunk.indexOf(0) !== -1) throw binaryProblem(chunk, file, as);
    // Check the sequence the previous chunk left open, then this chunk up to its own open tail.
    const keep = incompleteTail(chunk);
    let from = 0;
    if (carry.length > 0) {
      while (from < chunk.length && from < 3 && (chunk[from] & 0xc0) === 0x80) from++;
      const joined = new Uint8Array(carry.length + from);
      joined.set(carry);
      joined.set(chunk.subarray(0, from), carry.length);
      if (!isUtf8(joined)) throw notUtf8(file, lines, carry[0], as, bom);
    }
    const body = chunk.subarray(from, Math.max(from, chunk.length - keep));
    if (!isUtf8(body)) {
      const at = firstInvalid(body);
      throw notUtf8(file, lines + countLines(chunk, from + at), body[at], as, bom);
    }
    carry = Uint8Array.prototype.slice.call(chunk, chunk.length - keep); // a copy: the reader reuses its chunk
    lines += countLines(chunk, chunk.length);
    yield chunk;
  }
  if (carry.length > 0) throw notUtf8(file, lines, carry[0], as, bom);
}

/** Windows-1252's bytes 0x80-0x9F (the WHATWG index; -1 where Windows-1252 defines no character). */
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];
const CP1252_BYTE = new Map(CP1252_HIGH.filter((c) => c >= 0).map((c) => [String.fromCharCode(c), 0x80 + CP1252_HIGH.indexOf(c)]));

/**
 * Windows-1252 bytes as UTF-8 bytes, one pass (bytes Windows-1252 leaves undefined are refused
 * before): ASCII as it is, 0xA0-0xFF as Latin-1 (two bytes), 0x80-0x9F from the table.
 */
export function windows1252ToUtf8(b: Uint8Array): Buffer {
  const out = convert1252(b);
  if (typeof out === 'number') throw new RangeError(`byte ${hex(b[out])} is not a character in Windows-1252`);
  return out;
}

/** The UTF-8 bytes, or the index of the first byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
function convert1252(b: Uint8Array): Buffer | number {
  const out = Buffer.allocUnsafe(b.length * 3);
  let o = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c < 0x80) out[o++] = c;
    else {
      const u = c >= 0xa0 ? c : CP1252_HIGH[c - 0x80];
      if (u < 0) return i;
      if (u < 0x800) {
        out[o++] = 0xc0 | (u >> 6);
        out[o++] = 0x80 | (u & 0x3f);
      } else {
        out[o++] = 0xe0 | (u >> 12);
        out[o++] = 0x80 | ((u >> 6) & 0x3f);
        out[o++] = 0x80 | (u & 0x3f);
      }
    }
  }
  return out.subarray(0, o);
}

/** Windows-1252 bytes as text. */
export const decodeWindows1252 = (b: Uint8Array): string => windows1252ToUtf8(b).toString('utf8');

function* windows1252(chunks: Iterable<Uint8Array>, file: string, as: TextInput): Generator<Uint8Array> {
  let lines = 1;
  for (const chunk of chunks) {
    if (chunk.indexOf(0) !== -1) throw binaryProblem(chunk, file, as);
    const utf8 = convert1252(chunk);
    if (typeof utf8 === 'number') {
      const bad = utf8;
      const named = as === 'latin1' ? msg('load.encoding.not-1252.latin1') : 'Windows-1252';
      throw new InputError({
        file,
        line: lines + countLines(chunk, bad),
        message: msg('load.encoding.not-1252', { byte: hex(chunk[bad]), named }),
      });
    }
    lines += countLines(chunk, chunk.length);
    yield utf8;
  }
}

/** Where a UTF-16 chunk goes wrong, found after the decoder refused it: the line and what is wrong. */
interface Utf16State {
  /** A byte the previous chunks left over (an odd count so far), or -1. */
  odd: number;
  /** A high surrogate the previous chunks ended with, or -1. */
  high: number;
}

/** The first invalid code unit of `chunk` after `state`: its line (counted from `lines`) and what it is; null when none. */
function utf16Problem(chunk: Uint8Array, le: boolean, state: Utf16State, lines: number): { line: number; what: string } | null {
  let high = state.high;
  const byteAt = (k: number): number => (k < 0 ? state.odd : chunk[k]);
  for (let i = state.odd !== -1 ? -1 : 0; i + 1 < chunk.length; i += 2) {
    const u = le ? byteAt(i) | (chunk[i + 1] << 8) : (byteAt(i) << 8) | chunk[i + 1];
    if (high !== -1) {
      if (u < 0xdc00 || u > 0xdfff) return { line: lines, what: msg('load.encoding.utf16.high-alone', { unit: hex(high, 4) }) };
      high = -1;
    } else if (u >= 0xd800 && u <= 0xdbff) high = u;
    else if (u >= 0xdc00 && u <= 0xdfff) return { line: lines, what: msg('load.encoding.utf16.low-alone', { unit: hex(u, 4) }) };
    if (u === 0x0a) lines++;
  }
  return null;
}

/** The state after `chunk`: the byte left over and the high surrogate left open (the decoder accepted the chunk). */
function utf16After(chunk: Uint8Array, le: boolean, state: Utf16State): Utf16State {
  const lead = state.odd !== -1 ? 1 : 0;
  const n = lead + chunk.length;
  const at = (j: number): number => (j < lead ? state.odd : chunk[j - lead]);
  const odd = n % 2 === 1 ? at(n - 1) : -1;
  const end = n - (n % 2); // the end of the last complete unit
  if (end < 2) return { odd, high: end === 0 ? state.high : -1 };
  const u = le ? at(end - 2) | (at(end - 1) << 8) : (at(end - 2) << 8) | at(end - 1);
  return { odd, high: u >= 0xd800 && u <= 0xdbff ? u : -1 };
}

function countNewlines(text: string, end = text.length): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * UTF-16 as UTF-8, checked as it passes: Node's TextDecoder (fatal) decodes, carrying a
 * character cut by a chunk boundary over to the next chunk; when it refuses a chunk, the chunk
 * is scanned for the line and the reason (an unpaired surrogate, half a character at the end).
 * NUL characters are refused too: a text file has none.
 */
function* utf16(chunks: Iterable<Uint8Array>, file: string, enc: 'utf-16le' | 'utf-16be', bom: boolean): Generator<Uint8Array> {
  const name = SHOWN[enc];
  const le = enc === 'utf-16le';
  const decoder = new TextDecoder(enc, { fatal: true });
  const invalid = (line: number, what: string): InputError =>
    new InputError({
      file,
      line,
      message: msg('load.encoding.not-utf16', { name, what, tail: bom ? msg('load.encoding.not-utf16.bom', { name }) : msg('load.encoding.not-utf16.no-bom') }),
    });
  let lines = 1;
  let state: Utf16State = { odd: -1, high: -1 };
  let first = true;
  const checked = (text: string): Uint8Array => {
    const nul = text.indexOf('\0');
    if (nul !== -1) throw nulCharacters(file, lines + countNewlines(text, nul));
    lines += countNewlines(text);
    return Buffer.from(text, 'utf8');
  };
  for (const chunk of chunks) {
    if (first) {
      first = false;
      if (!bom && utf16Shape(chunk) === 'be') throw bigEndianWithoutBom(file);
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const p = utf16Problem(chunk, le, state, lines);
      throw invalid(p?.line ?? lines, p?.what ?? msg('load.encoding.utf16.invalid'));
    }
    state = utf16After(chunk, le, state);
    if (text !== '') yield checked(text);
  }
  let rest: string;
  try {
    rest = decoder.decode(new Uint8Array(0), { stream: false });
  } catch {
    if (state.odd !== -1) throw invalid(lines, msg('load.encoding.utf16.odd'));
    throw invalid(lines, msg('load.encoding.utf16.high-end', { unit: hex(state.high, 4) }));
  }
  if (rest !== '') yield checked(rest);
}

/**
 * A whole small file as text by the same rules; a BOM is dropped. `as`: a CSV input's
 * --encoding, or 'json' for kam's own documents (UTF-8).
 */
export function decodeText(buf: Uint8Array, file: string, as: TextInput = 'utf-8'): string {
  const parts: string[] = [];
  for (const chunk of utf8Chunks([buf], file, as)) parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('utf8'));
  const text = parts.join('');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Whether bytes start with a byte-order mark (UTF-8, UTF-16LE or UTF-16BE): a file rewritten by kam keeps one. */
export function hasByteOrderMark(b: Uint8Array): boolean {
  return bomEncoding(b) !== null;
}

/**
 * Text as bytes in the encoding a file was read in (kam weights writes the criteria back as it
 * found them). A BOM in the text (U+FEFF first) is written in the encoding's form.
 */
export function encodeText(text: string, enc: ReadEncoding, file: string): Buffer {
  if (enc === 'utf-8') return Buffer.from(text, 'utf8');
  if (enc === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (enc === 'utf-16be') return Buffer.from(text, 'utf16le').swap16();
  const out = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const byte = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : (CP1252_BYTE.get(text[i]) ?? -1);
    if (byte < 0) {
      const ch = text.codePointAt(i)!;
      throw new InputError({ file, message: msg('load.encoding.cannot-write', { char: `U+${ch.toString(16).toUpperCase().padStart(4, '0')}` }) });
    }
    out[i] = byte;
  }
  return out;
}
