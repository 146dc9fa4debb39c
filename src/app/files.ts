/** Reading inputs and writing outputs: whole files, standard input, atomic replacement. */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, UsageError } from '../core/errors.js';
import { decodeText } from '../load/encoding.js';
import type { InStream, Io } from './io.js';
import type { Sink } from '../render/sink.js';

export interface LoadedFile {
  /** As the user wrote it ("-" for standard input). */
  path: string;
  text: string;
  sha256: string;
}

function systemMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read (permission denied)';
  if (code === 'EISDIR') return 'this is a directory, not a file';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  if (code === 'ELOOP') return 'the path is a loop of symbolic links';
  return `the file cannot be read (${code ?? (e as Error).message})`;
}

/** A file's bytes as read, before any decoding (a workbook is bytes, not text). */
export interface LoadedBytes {
  /** As the user wrote it ("-" for standard input). */
  path: string;
  bytes: Buffer;
  sha256: string;
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export function readInputBytes(path: string, cwd: string): LoadedBytes {
  const full = resolve(cwd, path);
  let buf: Buffer;
  try {
    if (statSync(full).isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    buf = readFileSync(full);
  } catch (e) {
    throw new InputError({ file: path, message: systemMessage(e) });
  }
  return { path, bytes: buf, sha256: sha256(buf) };
}

export function readInputFile(path: string, cwd: string): LoadedFile {
  const { bytes, sha256 } = readInputBytes(path, cwd);
  return { path, text: decodeText(bytes, path), sha256 };
}

/** A file's bytes, or standard input's for `-`. */
export async function readBytes(path: string, io: Pick<Io, 'stdin' | 'cwd'>): Promise<LoadedBytes> {
  if (path !== '-') return readInputBytes(path, io.cwd);
  const bytes = await readStdinBytes(io.stdin);
  return { path, bytes, sha256: sha256(bytes) };
}

/** Whether `path` is a folder (standard input and paths that do not exist are not). */
export function isFolder(path: string, cwd: string): boolean {
  if (path === '-') return false;
  return statSync(resolve(cwd, path), { throwIfNoEntry: false })?.isDirectory() === true;
}

/** Excel's and LibreOffice's lock files beside an open workbook. */
const isLockFile = (name: string): boolean => name.startsWith('~$') || name.startsWith('.~lock.');

/** The .xlsx files of a folder, in name order: no lock files, no subfolders. */
export function workbookFiles(folder: string, cwd: string): string[] {
  let names: string[];
  try {
    names = readdirSync(resolve(cwd, folder));
  } catch (e) {
    throw new InputError({ file: folder, message: systemMessage(e) });
  }
  return names
    .filter((n) => /\.xlsx$/i.test(n) && !isLockFile(n))
    .sort()
    .map((n) => join(folder, n))
    .filter((p) => statSync(resolve(cwd, p), { throwIfNoEntry: false })?.isFile() === true);
}

export async function readStdinBytes(stdin: InStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

export async function readStdin(stdin: InStream): Promise<LoadedFile> {
  const buf = await readStdinBytes(stdin);
  return { path: '-', text: decodeText(buf, 'standard input'), sha256: sha256(buf) };
}

/** A file as text, or standard input for `-` (checked and decoded by load/encoding.ts). */
export function readText(path: string, io: Pick<Io, 'stdin' | 'cwd'>): Promise<LoadedFile> {
  return path === '-' ? readStdin(io.stdin) : Promise.resolve(readInputFile(path, io.cwd));
}

/** How a path is named in messages: standard input for `-`. */
export const shownPath = (path: string): string => (path === '-' ? 'standard input' : path);

/** A large input read a chunk at a time: hashed as it is read, never held whole. */
export interface ChunkedInput {
  path: string;
  chunks: Iterable<Uint8Array>;
  /** The SHA-256 of everything read ('' when not asked for); complete once `chunks` has been consumed. */
  sha256(): string;
  /** A guess at the number of lines, from the size and the first 64 KiB. */
  expectedLines: number;
  size: number;
  /** The first bytes of the file (up to 64 KiB): enough to tell a workbook from text. */
  head: Uint8Array;
  /** Closes the file without reading it (reading every chunk closes it too). */
  close(): void;
}

const CHUNK = 2 << 20;

export function openChunkedInput(path: string, cwd: string, onRead?: (bytes: number, size: number) => void, hashed = true): ChunkedInput {
  const full = resolve(cwd, path);
  let fd: number;
  let size: number;
  try {
    const st = statSync(full);
    if (st.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    size = st.size;
    fd = openSync(full, 'r');
  } catch (e) {
    throw new InputError({ file: path, message: systemMessage(e) });
  }
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  const hash = hashed ? createHash('sha256') : null;
  const head = Buffer.allocUnsafe(Math.min(size, 1 << 16));
  const headBytes = readSync(fd, head, 0, head.length, 0);
  let newlines = 0;
  for (let i = head.indexOf(10); i !== -1 && i < headBytes; i = head.indexOf(10, i + 1)) newlines++;
  const expectedLines = headBytes === 0 ? 0 : Math.ceil((size / headBytes) * Math.max(1, newlines) * 1.05);
  function* chunks(): Generator<Uint8Array> {
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(size, 1)));
    let read = 0;
    try {
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, null);
        if (n === 0) break;
        const chunk = buf.subarray(0, n);
        hash?.update(chunk);
        read += n;
        onRead?.(read, size);
        yield chunk;
      }
    } finally {
      close();
    }
  }
  let digest: string | null = null;
  return { path, chunks: chunks(), sha256: () => (digest ??= hash ? hash.digest('hex') : ''), expectedLines, size, head: head.subarray(0, headBytes), close };
}

/** The real path of a file, or its absolute path when it does not exist yet. */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Whether `output` is (after links) the same file as one of `inputs` ("-" is standard input, never a file). */
export function isInputFile(output: string, inputs: readonly string[], cwd: string): boolean {
  const out = identity(resolve(cwd, output));
  return inputs.some((i) => i !== '-' && identity(resolve(cwd, i)) === out);
}

/**
 * Refuses an output path that is one of the inputs, a directory, or in a folder that does not
 * exist, before any work is done. `flag` names the output in the message.
 */
export function assertNotInput(output: string, inputs: readonly string[], cwd: string, flag = `-o ${output}`): void {
  const full = resolve(cwd, output);
  if (isInputFile(output, inputs, cwd)) {
    throw new UsageError(`${flag} is one of the input files; kam never writes over its inputs. Choose another output file.`);
  }
  const problem = outputPathProblem(full, output);
  if (problem !== null) throw new UsageError(`${flag}: ${problem}.`);
}

/** Why a file cannot be written at `full` (a directory, a missing folder), or null; `shown` is the path as written. */
export function outputPathProblem(full: string, shown = full): string | null {
  try {
    if (statSync(full).isDirectory()) return 'this is a directory; give a file name';
  } catch {
    /* does not exist yet: fine, if its folder does */
  }
  try {
    if (!statSync(dirname(full)).isDirectory()) return `${dirname(shown)} is not a folder`;
  } catch {
    return `the folder ${dirname(shown)} does not exist`;
  }
  return null;
}

function writeError(target: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (code ?? (e as Error).message);
  return new InputError({ file: target, message: `cannot write the file (${why}); the previous file, if any, is unchanged` });
}

/**
 * Writes a file atomically: chunks go to a temporary file beside the target, which replaces
 * the target only when complete. A failed or killed run leaves the old file as it was.
 */
export class AtomicFile {
  private readonly tmp: string;
  private fd: number;

  constructor(readonly target: string) {
    this.tmp = join(dirname(target), `.${basename(target)}.kam-tmp-${process.pid}-${Date.now()}`);
    const problem = outputPathProblem(target);
    if (problem !== null) throw new InputError({ file: target, message: `cannot write the file: ${problem}` });
    try {
      this.fd = openSync(this.tmp, 'w', 0o644);
    } catch (e) {
      throw writeError(target, e);
    }
  }

  /** Writes each chunk as it comes: renderers already hand over chunks of about 64 KiB. */
  write = (chunk: string | Uint8Array): void => {
    writeAll(this.fd, chunk);
  };

  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, this.target);
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
    try {
      unlinkSync(this.tmp);
    } catch {
      /* already gone */
    }
  }
}

/** Writes a whole chunk (a pipe may take a buffer in parts). */
function writeAll(fd: number, chunk: string | Uint8Array): void {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** An error of the file system (it has an errno code), as opposed to kam's own or a bug. */
const isSystemError = (e: unknown): boolean => e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';

/**
 * A target that is not a regular file (/dev/null, /dev/stdout, a pipe) is written directly:
 * there is no file to keep, and replacing a device with a file would be wrong.
 */
function writeDirectly(target: string, render: (write: Sink) => void): void {
  let fd: number | null = null;
  try {
    fd = openSync(target, 'w');
    const out = fd;
    render((chunk) => writeAll(out, chunk));
  } catch (e) {
    throw isSystemError(e) ? writeError(target, e) : e;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Writes `render`'s output atomically to `target`; on any error, nothing is left behind. */
export function writeAtomically(target: string, render: (write: Sink) => void): void {
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) return writeDirectly(target, render);
  const file = new AtomicFile(target);
  try {
    render(file.write);
    file.commit();
  } catch (e) {
    file.abort();
    // A full disk or a lost permission mid-write is an input error naming the file, not a bug.
    throw isSystemError(e) ? writeError(target, e) : e;
  }
}

/**
 * writeAtomically for a writer that may finish later (a workbook is zipped asynchronously):
 * the target is replaced only once `render` has resolved.
 */
export async function writeAtomicallyAsync(target: string, render: (write: Sink) => void | Promise<void>): Promise<void> {
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) {
    let fd: number | null = null;
    try {
      fd = openSync(target, 'w');
      const out = fd;
      await render((chunk) => writeAll(out, chunk));
    } catch (e) {
      throw isSystemError(e) ? writeError(target, e) : e;
    } finally {
      if (fd !== null) closeSync(fd);
    }
    return;
  }
  const file = new AtomicFile(target);
  try {
    await render(file.write);
    file.commit();
  } catch (e) {
    file.abort();
    throw isSystemError(e) ? writeError(target, e) : e;
  }
}

/** Makes a folder (and its parents) for files about to be written. */
export function ensureFolder(path: string): void {
  mkdirSync(path, { recursive: true });
}
