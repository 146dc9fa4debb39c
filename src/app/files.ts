/** Reading inputs and writing outputs: whole files, standard input, atomic replacement. */
import { createHash } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CancelledError, EXIT, InputError, shortenPath, UsageError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { plain } from '../i18n/numbers.js';
import { decodeText, refuseBinaryHead, type TextInput } from '../load/encoding.js';
import { limits, megabytes } from '../load/limits.js';
import type { InStream, Io } from './io.js';
import type { Sink } from '../render/sink.js';

export interface LoadedFile {
  /** As the user wrote it ("-" for standard input). */
  path: string;
  text: string;
  sha256: string;
}

/** What an operating-system error means for a file, as part of a sentence. */
export function osProblem(e: unknown, doing: 'read' | 'write'): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return doing === 'read' ? t('app.os.read.missing') : t('app.os.write.missing');
    case 'EACCES':
    case 'EPERM':
      return doing === 'read' ? t('app.os.read.permission') : t('app.os.write.permission');
    case 'EISDIR':
      return t('app.os.directory');
    case 'ENOTDIR':
      return t('app.os.not-folder');
    case 'ELOOP':
      return t('app.os.loop');
    case 'ENAMETOOLONG':
      return t('app.os.too-long');
    case 'EMFILE':
    case 'ENFILE':
      return t('app.os.too-many');
    case 'ENOSPC':
      return t('app.os.full');
    case 'EDQUOT':
      return t('app.os.quota');
    case 'EROFS':
      return t('app.os.read-only');
    case 'EBUSY':
    case 'ETXTBSY':
      return t('app.os.busy');
    case 'EIO':
      return t('app.os.io');
    case 'ENXIO':
    case 'ENODEV':
      return t('app.os.device');
    case 'EAGAIN':
      return t('app.os.again');
    default:
      return t('app.os.refused', { reason: code ?? (e as Error).message });
  }
}

/** Bytes kam reads of one whole file (criteria, ratings, pairs, sessions, snapshots) before it stops: KAM_MAX_FILE_MB of the run. */
export function fileLimit(): number {
  return limits().fileBytes;
}

const READ_CHUNK = 1 << 20;

function tooLarge(path: string, limit: number): InputError {
  return new InputError({
    file: path,
    message: t('app.file.too-large', { mb: plain(megabytes(limit)) }),
  });
}

/**
 * A whole file's bytes, read in chunks up to `limit`: a stream that never ends (/dev/zero, a
 * pipe) stops at the limit, or at once when it starts like binary data.
 */
function readBounded(fd: number, path: string, limit: number, as: TextInput): Buffer {
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    if (total === 0) refuseBinaryHead(buf.subarray(0, n), path, as);
    parts.push(n === buf.length ? buf : buf.subarray(0, n));
    total += n;
    if (total > limit) throw tooLarge(path, limit);
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, total);
}

/** A file's bytes as read, before any decoding (a workbook is bytes, not text). */
export interface LoadedBytes {
  /** As the user wrote it ("-" for standard input). */
  path: string;
  bytes: Buffer;
  sha256: string;
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** `as`: how the bytes will be read as text (a CSV input's --encoding, or 'json'), for the check of the first bytes. */
export function readInputBytes(path: string, cwd: string, limit = fileLimit(), as: TextInput = 'utf-8'): LoadedBytes {
  const full = resolve(cwd, path);
  let fd: number | null = null;
  let buf: Buffer;
  try {
    if (statSync(full).isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' });
    fd = openSync(full, 'r');
    buf = readBounded(fd, path, limit, as);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError({ file: path, message: osProblem(e, 'read') });
  } finally {
    if (fd !== null) closeSync(fd);
  }
  return { path, bytes: buf, sha256: sha256(buf) };
}

/** A whole file as text: a CSV input in its --encoding, or (as 'json') one of kam's documents. */
export function readInputFile(path: string, cwd: string, as: TextInput): LoadedFile {
  const { bytes, sha256 } = readInputBytes(path, cwd, fileLimit(), as);
  return { path, text: decodeText(bytes, path, as), sha256 };
}

/** A file's bytes, or standard input's for `-`. */
export async function readBytes(path: string, io: Pick<Io, 'stdin' | 'cwd'>, as: TextInput = 'utf-8'): Promise<LoadedBytes> {
  if (path !== '-') return readInputBytes(path, io.cwd, fileLimit(), as);
  const bytes = await readStdinBytes(io.stdin, fileLimit(), as);
  return { path, bytes, sha256: sha256(bytes) };
}

/**
 * Whether a file is there: false only when it does not exist. Any other refusal (a name over
 * PATH_MAX, a symbolic-link loop, no permission) is a sentence naming the path, never taken for
 * a missing file.
 */
export function fileExists(path: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, path), { throwIfNoEntry: false }) !== undefined;
  } catch (e) {
    throw new InputError({ file: path, message: osProblem(e, 'read') });
  }
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
    throw new InputError({ file: folder, message: osProblem(e, 'read') });
  }
  return names
    .filter((n) => /\.xlsx$/i.test(n) && !isLockFile(n))
    .sort()
    .map((n) => join(folder, n))
    .filter((p) => statSync(resolve(cwd, p), { throwIfNoEntry: false })?.isFile() === true);
}

/** Standard input's bytes, up to `limit` (customers from a pipe may be large: KAM_MAX_FILE_MB raises it). */
export async function readStdinBytes(stdin: InStream, limit = fileLimit(), as: TextInput = 'utf-8'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stdin) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    if (total === 0) refuseBinaryHead(b, 'standard input', as);
    chunks.push(b);
    total += b.length;
    if (total > limit) throw tooLarge('standard input', limit);
  }
  return Buffer.concat(chunks, total);
}

export async function readStdin(stdin: InStream, as: TextInput): Promise<LoadedFile> {
  const buf = await readStdinBytes(stdin, fileLimit(), as);
  return { path: '-', text: decodeText(buf, 'standard input', as), sha256: sha256(buf) };
}

/** A file as text, or standard input for `-` (checked and decoded by load/encoding.ts): a CSV input in its --encoding, or 'json'. */
export function readText(path: string, io: Pick<Io, 'stdin' | 'cwd'>, as: TextInput): Promise<LoadedFile> {
  return path === '-' ? readStdin(io.stdin, as) : Promise.resolve(readInputFile(path, io.cwd, as));
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
    throw new InputError({ file: path, message: osProblem(e, 'read') });
  }
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  const hash = hashed ? createHash('sha256') : null;
  // A pipe or a device has no size: read it in full chunks, not byte by byte.
  const regular = size > 0;
  const head = Buffer.allocUnsafe(Math.min(size, 1 << 16));
  let headBytes: number;
  try {
    headBytes = size > 0 ? readSync(fd, head, 0, head.length, 0) : 0;
  } catch (e) {
    close();
    throw new InputError({ file: path, message: osProblem(e, 'read') });
  }
  let newlines = 0;
  for (let i = head.indexOf(10); i !== -1 && i < headBytes; i = head.indexOf(10, i + 1)) newlines++;
  const expectedLines = headBytes === 0 ? 0 : Math.ceil((size / headBytes) * Math.max(1, newlines) * 1.05);
  function* chunks(): Generator<Uint8Array> {
    const buf = Buffer.allocUnsafe(regular ? Math.min(CHUNK, size) : CHUNK);
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
  // A flag with a path over PATH_MAX is named by its start and end: the reason must fit on the line.
  flag = shortenPath(flag);
  const full = resolve(cwd, output);
  if (isInputFile(output, inputs, cwd)) {
    throw new UsageError(t('app.file.output-is-input', { flag }));
  }
  const problem = outputPathProblem(full, output);
  if (problem !== null) throw new UsageError(`${flag}: ${problem}.`);
}

/** Why a file cannot be written at `full` (a directory, a missing folder), or null; `shown` is the path as written. */
export function outputPathProblem(full: string, shown = full): string | null {
  try {
    if (statSync(full).isDirectory()) return t('app.file.is-directory');
  } catch (e) {
    // Not there yet is fine (if its folder is); any other refusal is the answer.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return osProblem(e, 'write');
  }
  try {
    if (!statSync(dirname(full)).isDirectory()) return t('app.file.parent-not-folder', { folder: shortenPath(dirname(shown)) });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? t('app.file.no-folder', { folder: shortenPath(dirname(shown)) }) : osProblem(e, 'write');
  }
  return null;
}

function writeError(target: string, e: unknown): InputError {
  return new InputError({ file: target, message: t('app.file.write-failed', { problem: osProblem(e, 'write') }) });
}

/**
 * Writes a file atomically: chunks go to a temporary file beside the target, which replaces
 * the target only when complete. A failed or killed run leaves the old file as it was.
 */
export class AtomicFile {
  private readonly tmp: string;
  private fd: number;
  /** The file that is replaced: the target, or the file a symbolic link at the target points to. */
  private readonly real: string;

  constructor(readonly target: string) {
    const problem = outputPathProblem(target);
    if (problem !== null) throw new InputError({ file: target, message: t('app.file.cannot-write', { problem }) });
    this.real = linkedFile(target);
    this.tmp = join(dirname(this.real), `.${basename(this.real)}.kam-tmp-${process.pid}-${Date.now()}`);
    try {
      this.fd = openSync(this.tmp, 'wx', 0o644);
      // The new file keeps the old one's permissions (a 0600 file stays 0600).
      const mode = modeOf(this.real);
      if (mode !== null) fchmodSync(this.fd, mode);
    } catch (e) {
      throw writeError(target, e);
    }
  }

  /** Writes each chunk as it comes: renderers already hand over chunks of about 64 KiB. */
  write = (chunk: string | Uint8Array): void => {
    // After abort the descriptor may already name another file: never write through it.
    if (this.aborted) throw new Error('the write was stopped');
    writeAll(this.fd, chunk);
  };
  private aborted = false;

  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    // From here on abort has nothing to do (and the descriptor's number may be reused).
    this.aborted = true;
    renameSync(this.tmp, this.real);
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
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

/** The file a symbolic link at `target` points to (followed to the end), else `target`. */
function linkedFile(target: string): string {
  try {
    if (!lstatSync(target).isSymbolicLink()) return target;
    return realpathSync(target);
  } catch (e) {
    // A link to a file that does not exist yet: write it where the link points.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      try {
        return resolve(dirname(target), readlinkSync(target));
      } catch {
        return target;
      }
    }
    throw e;
  }
}

/** The permission bits of an existing file, or null when there is none. */
function modeOf(file: string): number | null {
  const st = statSync(file, { throwIfNoEntry: false });
  return st === undefined ? null : st.mode & 0o7777;
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
  let existing;
  try {
    existing = statSync(target, { throwIfNoEntry: false });
  } catch (e) {
    throw writeError(target, e);
  }
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) return writeDirectly(target, render);
  // No signal handlers here: this write is synchronous (a session, a criteria file: small), so
  // a handler could only run after it, and a signal keeps its default action.
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
  // The handlers come first: a signal between the temporary file's creation and them would
  // otherwise end the run with its default action and leave the file behind.
  const guard = new SignalGuard();
  let file: AtomicFile;
  try {
    file = guard.watch(new AtomicFile(target));
  } catch (e) {
    guard.release();
    throw e;
  }
  try {
    await render(file.write);
    // A signal that came during a synchronous stretch of the writer is delivered now.
    await guard.settle();
    guard.throwIfStopped(target);
    file.commit();
  } catch (e) {
    file.abort();
    guard.throwIfStopped(target);
    throw isSystemError(e) ? writeError(target, e) : e;
  } finally {
    guard.release();
  }
}

/** Makes a folder (and its parents) for files about to be written. */
export function ensureFolder(path: string): void {
  mkdirSync(path, { recursive: true });
}

/**
 * SIGINT and SIGTERM while a file is written: the temporary file is removed at once (the target
 * stays as it was) and the write ends in a CancelledError, exit 130 or 143 (128 + the signal's
 * number, as a shell reports it). The handlers are installed only for the write: elsewhere a
 * signal keeps its default action, which stops even a long computation at once.
 */
class SignalGuard {
  private signal: 'SIGINT' | 'SIGTERM' | null = null;
  private readonly onInt = (): void => this.stop('SIGINT');
  private readonly onTerm = (): void => this.stop('SIGTERM');

  private file: AtomicFile | null = null;

  constructor() {
    process.on('SIGINT', this.onInt);
    process.on('SIGTERM', this.onTerm);
  }

  watch(file: AtomicFile): AtomicFile {
    this.file = file;
    return file;
  }

  private stop(signal: 'SIGINT' | 'SIGTERM'): void {
    this.signal ??= signal;
    this.file?.abort();
  }

  /** Two turns of the event loop: a signal that arrived while JavaScript ran is handled by then. */
  async settle(): Promise<void> {
    for (let i = 0; i < 2; i++) await new Promise<void>((done) => setImmediate(done));
  }

  throwIfStopped(target: string): void {
    if (this.signal === null) return;
    throw new CancelledError(
      t('app.file.cancelled', { signal: this.signal, file: basename(target) }),
      this.signal === 'SIGINT' ? EXIT.cancelled : EXIT.terminated,
    );
  }

  release(): void {
    process.off('SIGINT', this.onInt);
    process.off('SIGTERM', this.onTerm);
  }
}
