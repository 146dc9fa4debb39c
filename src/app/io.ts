/** What main() talks to instead of `process`, so tests can run kam in-process. */
import type { Prompter } from '../prompts/prompter.js';

export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface InStream extends AsyncIterable<string | Buffer> {
  isTTY?: boolean;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The clock; SOURCE_DATE_EPOCH in env overrides it for reproducible output. */
  now?: () => Date;
  /** The prompter questions go to; by default the terminal's (@inquirer/prompts). Tests give a scripted one. */
  prompter?: Prompter;
}

/** A run is interactive only with terminals on both ends, outside CI, and not --no-interactive. */
export function isInteractive(io: Io, requested: boolean): boolean {
  return requested && Boolean(io.stdin.isTTY) && Boolean(io.stdout.isTTY) && !io.env.CI;
}

/** The colour level for standard output: NO_COLOR and --no-color turn it off, FORCE_COLOR on. */
export function colorLevel(io: Io, colorFlag: boolean): 0 | 1 | 2 | 3 {
  const env = io.env;
  if (!colorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (!io.stdout.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}

/** When the run happened: SOURCE_DATE_EPOCH (seconds) if set, else the clock. */
export function runDate(io: Io): Date {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return io.now ? io.now() : new Date();
}

export function terminalWidth(io: Io): number {
  return io.stdout.isTTY && io.stdout.columns ? Math.max(40, io.stdout.columns) : 80;
}

/** The terminal's rows (24 when unknown). */
export function terminalRows(io: Io): number {
  const rows = (io.stdout as { rows?: number }).rows;
  return io.stdout.isTTY && rows ? rows : 24;
}
