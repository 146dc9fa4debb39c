/**
 * Typed errors. Each carries the exit code of METHOD.md §5; `cli/main.ts` is the one place
 * that turns them into an exit code and a message on standard error.
 */

import { t } from '../i18n/index.js';
import { prefixWithin } from './graphemes.js';

export const EXIT = {
  ok: 0,
  input: 1,
  usage: 2,
  gate: 3,
  cancelled: 130,
  /** Stopped by SIGTERM (128 + 15), as a shell reports a process the signal ended. */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where a problem was found: a file, and where known its line (or, in a workbook, its cell) and field. */
export interface Where {
  file?: string;
  line?: number;
  /** In a workbook, instead of a line: `Accounts!D7`, `Accounts, row 7` or `sheet Accounts`. */
  cell?: string;
  field?: string;
}

export interface Problem extends Where {
  message: string;
}

/** Quoted data longer than this is shortened in messages (a 10 MB cell is not echoed whole), never inside a character. */
const QUOTE_CAP = 60;
const LINE_CAP = 2000;
function shortenQuotes(text: string): string {
  if (text.length <= QUOTE_CAP) return text;
  let out = '';
  let from = 0;
  for (let open = text.indexOf('"'); open !== -1; ) {
    const close = text.indexOf('"', open + 1);
    if (close === -1) break;
    if (close - open - 1 > QUOTE_CAP) {
      out += `${text.slice(from, open + 1)}${prefixWithin(text.slice(open + 1, close), 40)}…"`;
      from = close + 1;
    }
    open = text.indexOf('"', close + 1);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** File names longer than this are shown by their start and end (a path over PATH_MAX still leaves room for the reason). */
const PATH_CAP = 160;
/** A path as messages show it: whole, or when very long its first 80 and last 60 characters around an ellipsis. */
export function shortenPath(path: string): string {
  return path.length <= PATH_CAP ? path : `${path.slice(0, 80)}…${path.slice(-60)}`;
}

/** Render one problem as a sentence: `customers.csv, line 7, field "Spend": "abc" is not a number.` */
export function describeProblem(p: Problem): string {
  const parts: string[] = [];
  if (p.file !== undefined) parts.push(shortenPath(p.file));
  if (p.cell !== undefined) parts.push(p.cell);
  else if (p.line !== undefined) parts.push(t('core.error.line', { line: p.line }));
  if (p.field !== undefined) parts.push(shortenQuotes(t('core.error.field', { field: p.field })));
  const message = shortenQuotes(p.message);
  const text = message.endsWith('.') || message.endsWith('?') ? message : `${message}.`;
  const line = parts.length > 0 ? `${parts.join(', ')}: ${text}` : text;
  // No sentence is worth more than a screenful (data is quoted in full nowhere).
  return line.length > LINE_CAP ? `${prefixWithin(line, LINE_CAP - 1)}…` : line;
}

export abstract class KamError extends Error {
  abstract readonly exitCode: ExitCode;
  /** The lines printed on standard error, one sentence each. */
  lines(): string[] {
    return [this.message];
  }
}

/** How many problems of one file are printed before the rest are counted. */
export const PROBLEM_CAP = 20;
/** How many problems are kept (the rest are counted), and after how many reading stops. */
export const KEPT_PROBLEMS = 10_000;
export const STOP_AFTER_PROBLEMS = 100_000;

/** Bad input data: unreadable or malformed files, invalid or missing values. Exit 1. */
export class InputError extends KamError {
  readonly exitCode = EXIT.input;
  readonly problems: Problem[];
  /** All the problems found, the ones not kept included. */
  readonly total: number;
  /** Reading stopped at STOP_AFTER_PROBLEMS. */
  readonly stopped: boolean;
  /** A last sentence after the problems: where a file kam did not get from the command line came from. */
  readonly note: string | undefined;

  constructor(problems: Problem | Problem[], more: { total?: number; stopped?: boolean; note?: string } = {}) {
    const list = Array.isArray(problems) ? problems : [problems];
    super([...list.slice(0, PROBLEM_CAP).map(describeProblem), ...(more.note === undefined ? [] : [more.note])].join('\n'));
    this.name = 'InputError';
    this.problems = list;
    this.total = Math.max(more.total ?? list.length, list.length);
    this.stopped = more.stopped ?? false;
    this.note = more.note;
  }

  override lines(): string[] {
    const shown = this.problems.slice(0, PROBLEM_CAP).map(describeProblem);
    const more = this.total - shown.length;
    if (more > 0) shown.push(t('core.error.more-problems', { more, stopped: this.stopped ? 'yes' : 'no', total: this.total }));
    if (this.note !== undefined) shown.push(this.note);
    return shown;
  }
}

/** Bad usage: unknown flag, bad flag value, an answer a non-interactive run needs. Exit 2. */
export class UsageError extends KamError {
  readonly exitCode = EXIT.usage;
  readonly details: string[];
  constructor(message: string, details: string[] = []) {
    super(message);
    this.name = 'UsageError';
    this.details = details;
  }
  override lines(): string[] {
    return [this.message, ...this.details];
  }
}

/** A review gate failed (`--fail-on …`). Exit 3. */
export class GateError extends KamError {
  readonly exitCode = EXIT.gate;
  readonly violations: string[];
  constructor(violations: string[]) {
    super(t('core.error.gate-violations', { n: violations.length }));
    this.name = 'GateError';
    this.violations = violations;
  }
  override lines(): string[] {
    const more = this.violations.length - PROBLEM_CAP;
    if (more <= 0) return this.violations;
    return [...this.violations.slice(0, PROBLEM_CAP), t('core.error.more-violations', { n: more })];
  }
}

/** The user cancelled (Ctrl-C, exit 130), or a SIGTERM stopped a write (exit 143). */
export class CancelledError extends KamError {
  readonly exitCode: typeof EXIT.cancelled | typeof EXIT.terminated;
  constructor(message = t('core.error.cancelled'), exitCode: typeof EXIT.cancelled | typeof EXIT.terminated = EXIT.cancelled) {
    super(message);
    this.name = 'CancelledError';
    this.exitCode = exitCode;
  }
}

/**
 * Collects problems so a whole file's problems are reported together: the first KEPT_PROBLEMS
 * are kept and the rest counted, and at STOP_AFTER_PROBLEMS reading stops (a stream of nothing
 * but bad rows never ends otherwise).
 */
export class ProblemList {
  readonly items: Problem[] = [];
  private dropped = 0;
  add(p: Problem): void {
    if (this.items.length < KEPT_PROBLEMS) this.items.push(p);
    else this.dropped++;
    if (this.size >= STOP_AFTER_PROBLEMS) throw new InputError(this.items, { total: this.size, stopped: true });
  }
  get size(): number {
    return this.items.length + this.dropped;
  }
  throwIfAny(): void {
    if (this.size > 0) throw new InputError(this.items, { total: this.size });
  }
}
