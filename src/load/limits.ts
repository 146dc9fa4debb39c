/**
 * How much of an input kam reads before it stops with a sentence: every reader is bounded while
 * it reads, not after. The defaults fit any real export; each can be raised by an environment
 * variable, which the message names (app/inputs.ts reads them once per run).
 */
export interface InputLimits {
  /** Bytes of one CSV record (a line, or the lines of a quoted field that spans several). KAM_MAX_LINE_MB. */
  lineBytes: number;
  /** Columns of a CSV header. KAM_MAX_COLUMNS. */
  columns: number;
  /** Accounts of a customers file. KAM_MAX_ACCOUNTS. */
  accounts: number;
  /** Bytes of one whole file or standard input read at once (criteria, ratings, pairs, sessions, snapshots, customers from a pipe). KAM_MAX_FILE_MB. */
  fileBytes: number;
}

export const DEFAULT_LIMITS: Readonly<InputLimits> = { lineBytes: 64 * 2 ** 20, columns: 10_000, accounts: 10_000_000, fileBytes: 512 * 2 ** 20 };

let current: InputLimits = { ...DEFAULT_LIMITS };

/** The limits in force. */
export function limits(): Readonly<InputLimits> {
  return current;
}

/** Sets the limits for the run (from the environment); unset ones keep their defaults. */
export function setLimits(l: Partial<InputLimits>): void {
  current = { ...DEFAULT_LIMITS, ...l };
}

/** The limits an environment asks for: KAM_MAX_LINE_MB, KAM_MAX_COLUMNS, KAM_MAX_ACCOUNTS, KAM_MAX_FILE_MB (positive numbers). */
export function limitsFromEnv(env: Record<string, string | undefined>): Partial<InputLimits> {
  const num = (name: string): number | undefined => {
    const v = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(v) && v > 0 ? v : undefined;
  };
  const out: Partial<InputLimits> = {};
  const line = num('KAM_MAX_LINE_MB');
  if (line !== undefined) out.lineBytes = line * 2 ** 20;
  const columns = num('KAM_MAX_COLUMNS');
  if (columns !== undefined) out.columns = Math.floor(columns);
  const accounts = num('KAM_MAX_ACCOUNTS');
  if (accounts !== undefined) out.accounts = Math.floor(accounts);
  const file = num('KAM_MAX_FILE_MB');
  if (file !== undefined) out.fileBytes = file * 2 ** 20;
  return out;
}

const thousands = (n: number): string => n.toLocaleString('en-US');
/** Bytes as megabytes in a message: 512, 64, or 0.0625 for a limit under one (never "0 MB"). */
export const megabytes = (bytes: number): string => String(Number((bytes / 2 ** 20).toPrecision(3)));

export const limitMessages = {
  line: (l: InputLimits): string =>
    `a record is longer than ${megabytes(l.lineBytes)} MB (a line that never ends, or a quote that is never closed?); set KAM_MAX_LINE_MB to read longer ones`,
  columns: (l: InputLimits, n: number): string =>
    `the header has more than ${thousands(l.columns)} columns (${thousands(n)} so far; the wrong file?); set KAM_MAX_COLUMNS to read more`,
  accounts: (l: InputLimits): string => `the file has more than ${thousands(l.accounts)} accounts; set KAM_MAX_ACCOUNTS to read more (about 300 bytes of memory each)`,
};
