/**
 * Where bytes become text: every input file passes through here. UTF-8 with or without a BOM
 * is read as it is; UTF-16 with a byte-order mark is converted to UTF-8; binary files, UTF-16
 * without a BOM and Windows-1252 (what Excel saves as "CSV" on Windows) are refused with one
 * sentence naming the line and the command that converts the file. Nothing is guessed.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { InputError } from '../core/errors.js';

/** How a shell command names the file (quoted when it needs it); standard input as `<` redirection. */
function shellName(file: string): string {
  return /^[\w./@%+=:,-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
}

function convertCommand(from: string, file: string): string {
  if (file === 'standard input') return `iconv -f ${from} -t UTF-8 < in.csv > out.csv`;
  const name = shellName(file);
  const dot = file.lastIndexOf('.');
  const out = shellName(dot > file.lastIndexOf('/') ? `${file.slice(0, dot)}-utf8${file.slice(dot)}` : `${file}-utf8`);
  return `iconv -f ${from} -t UTF-8 ${name} > ${out}`;
}

const XLSX = [0x50, 0x4b, 0x03, 0x04];
const XLS = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, sig: number[]): boolean => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** Whether bytes start like an .xlsx workbook (a zip archive): the contents decide, not the name. */
export const startsLikeWorkbook = (head: Uint8Array): boolean => startsWith(head, XLSX);

/** A file that starts like a workbook (whatever follows) is one. */
function workbookProblem(head: Uint8Array, file: string): InputError | null {
  if (startsWith(head, XLSX)) {
    return new InputError({ file, message: 'this is a zip file, probably an Excel workbook (.xlsx), not CSV; in Excel use "Save as" → "CSV UTF-8"' });
  }
  if (startsWith(head, XLS)) {
    return new InputError({ file, message: 'this is an old Excel workbook (.xls), not CSV; in Excel use "Save as" → "CSV UTF-8"' });
  }
  return null;
}

/** The sentence for a chunk holding NUL bytes: UTF-16 without a BOM, or binary data. */
function binaryProblem(head: Uint8Array, file: string): InputError {
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(head.length, 512);
  for (let i = 0; i < n; i++) if (head[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  if (n >= 16 && Math.max(evenZeros, oddZeros) >= n / 4 && Math.min(evenZeros, oddZeros) === 0) {
    const from = oddZeros > 0 ? 'UTF-16LE' : 'UTF-16BE';
    return new InputError({ file, message: `the file looks like ${from} text without a byte-order mark; convert it to UTF-8 first (${convertCommand(from, file)})` });
  }
  return new InputError({ file, message: 'this is not a text file: it contains NUL bytes (binary data, not CSV or JSON)' });
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

function notUtf8(file: string, line: number, byte: number): InputError {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return new InputError({
    file,
    line,
    message: `the file is not UTF-8 (byte 0x${hex} looks like Windows-1252, as Excel saves "CSV" on Windows); convert it to UTF-8 first (${convertCommand('WINDOWS-1252', file)})`,
  });
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
 * The chunks of an input file as UTF-8, checked as they pass: a UTF-8 BOM is left to the CSV
 * scanner, UTF-16 with a BOM is converted, anything that is not text is refused.
 */
export function* utf8Chunks(chunks: Iterable<Uint8Array>, file: string): Generator<Uint8Array> {
  yield* checkedChunks(withHead(chunks, 512), file);
}

/** The same chunks, except that the first holds at least `n` bytes (or the whole input when shorter). */
function* withHead(chunks: Iterable<Uint8Array>, n: number): Generator<Uint8Array> {
  let head: Buffer | null = Buffer.alloc(0);
  for (const chunk of chunks) {
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

function* checkedChunks(chunks: Iterable<Uint8Array>, file: string): Generator<Uint8Array> {
  let first = true;
  let utf16: TextDecoder | null = null;
  let carry: Uint8Array = new Uint8Array(0);
  let lines = 1;
  for (const chunk of chunks) {
    if (chunk.length === 0) continue;
    if (first) {
      first = false;
      const workbook = workbookProblem(chunk, file);
      if (workbook !== null) throw workbook;
      if (chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
        utf16 = new TextDecoder(chunk[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true });
      }
    }
    if (utf16 !== null) {
      yield Buffer.from(decodeUtf16(utf16, chunk, file, true), 'utf8');
      continue;
    }
    if (chunk.indexOf(0) !== -1) throw binaryProblem(chunk, file);
    // Check the sequence the previous chunk left open, then this chunk up to its own open tail.
    const keep = incompleteTail(chunk);
    let from = 0;
    if (carry.length > 0) {
      while (from < chunk.length && from < 3 && (chunk[from] & 0xc0) === 0x80) from++;
      const joined = new Uint8Array(carry.length + from);
      joined.set(carry);
      joined.set(chunk.subarray(0, from), carry.length);
      if (!isUtf8(joined)) throw notUtf8(file, lines, carry[0]);
    }
    const body = chunk.subarray(from, Math.max(from, chunk.length - keep));
    if (!isUtf8(body)) {
      const at = firstInvalid(body);
      throw notUtf8(file, lines + countLines(chunk, from + at), body[at]);
    }
    carry = Uint8Array.prototype.slice.call(chunk, chunk.length - keep); // a copy: the reader reuses its chunk
    lines += countLines(chunk, chunk.length);
    yield chunk;
  }
  if (carry.length > 0) throw notUtf8(file, lines, carry[0]);
  if (utf16 !== null) {
    const rest = decodeUtf16(utf16, new Uint8Array(0), file, false);
    if (rest !== '') yield Buffer.from(rest, 'utf8');
  }
}

function decodeUtf16(decoder: TextDecoder, chunk: Uint8Array, file: string, stream: boolean): string {
  try {
    return decoder.decode(chunk, { stream });
  } catch {
    return invalidUtf16(file, decoder.encoding);
  }
}

function invalidUtf16(file: string, encoding: string): never {
  throw new InputError({ file, message: `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text` });
}

/** A whole small file as text (criteria, ratings, sessions), by the same rules; a BOM is dropped. */
export function decodeText(buf: Uint8Array, file: string): string {
  const parts: string[] = [];
  for (const chunk of utf8Chunks([buf], file)) parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('utf8'));
  const text = parts.join('');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
