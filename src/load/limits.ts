/**
 * How much of an input kam reads before it stops with a sentence: every reader is bounded while
 * it reads, not after. The defaults fit any real export; each can be raised by an environment
 * variable, which the message names (app/inputs.ts reads them once per run).
 */
import { t as msg } from '../i18n/index.js';
import { language } from '../i18n/language.js';
import { count, plain } from '../i18n/numbers.js';

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

/** Bytes as megabytes in a message: 512, 64, or 0.0625 for a limit under one (never "0 MB"). */
export const megabytes = (bytes: number): string => String(Number((bytes / 2 ** 20).toPrecision(3)));

export const limitMessages = {
  line: (l: InputLimits): string =>
    msg('load.limits.line', { mb: language() === 'en' ? megabytes(l.lineBytes) : plain(megabytes(l.lineBytes)) }),
  columns: (l: InputLimits, n: number): string =>
    msg('load.limits.columns', { limit: count(l.columns), n: count(n) }),
  accounts: (l: InputLimits): string => msg('load.limits.accounts', { limit: count(l.accounts) }),
};
