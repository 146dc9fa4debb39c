/**
 * Typed errors. Each carries the exit code of METHOD.md §5; `cli/main.ts` is the one place
 * that turns them into an exit code and a message on standard error.
 */

export const EXIT = {
  ok: 0,
  input: 1,
  usage: 2,
  gate: 3,
  cancelled: 130,
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

/** Quoted data longer than this is shortened in messages (a 10 MB cell is not echoed whole). */
const QUOTE_CAP = 60;
function shortenQuotes(text: string): string {
  if (text.length <= QUOTE_CAP) return text;
  let out = '';
  let from = 0;
  for (let open = text.indexOf('"'); open !== -1; ) {
    const close = text.indexOf('"', open + 1);
    if (close === -1) break;
    if (close - open - 1 > QUOTE_CAP) {
      out += `${text.slice(from, open + 41)}…"`;
      from = close + 1;
    }
    open = text.indexOf('"', close + 1);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Render one problem as a sentence: `customers.csv, line 7, field "Spend": "abc" is not a number.` */
export function describeProblem(p: Problem): string {
  const parts: string[] = [];
  if (p.file !== undefined) parts.push(p.file);
  if (p.cell !== undefined) parts.push(p.cell);
  else if (p.line !== undefined) parts.push(`line ${p.line}`);
  if (p.field !== undefined) parts.push(shortenQuotes(`field "${p.field}"`));
  const message = shortenQuotes(p.message);
  const text = message.endsWith('.') || message.endsWith('?') ? message : `${message}.`;
  return parts.length > 0 ? `${parts.join(', ')}: ${text}` : text;
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

/** Bad input data: unreadable or malformed files, invalid or missing values. Exit 1. */
export class InputError extends KamError {
  readonly exitCode = EXIT.input;
  readonly problems: Problem[];
  /** A last sentence after the problems: where a file kam did not get from the command line came from. */
  readonly note: string | undefined;

  constructor(problems: Problem | Problem[], note?: string) {
    const list = Array.isArray(problems) ? problems : [problems];
    super([...list.map(describeProblem), ...(note === undefined ? [] : [note])].join('\n'));
    this.name = 'InputError';
    this.problems = list;
    this.note = note;
  }

  override lines(): string[] {
    const shown = this.problems.slice(0, PROBLEM_CAP).map(describeProblem);
    const more = this.problems.length - shown.length;
    if (more > 0) shown.push(`… and ${more} more problem${more === 1 ? '' : 's'} of the same kind.`);
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
    super(`${violations.length} review gate violation${violations.length === 1 ? '' : 's'}.`);
    this.name = 'GateError';
    this.violations = violations;
  }
  override lines(): string[] {
    return this.violations;
  }
}

/** The user cancelled (Ctrl-C). Exit 130. */
export class CancelledError extends KamError {
  readonly exitCode = EXIT.cancelled;
  constructor(message = 'Cancelled.') {
    super(message);
    this.name = 'CancelledError';
  }
}

/** Collects problems so a whole file's problems are reported together. */
export class ProblemList {
  readonly items: Problem[] = [];
  add(p: Problem): void {
    this.items.push(p);
  }
  get size(): number {
    return this.items.length;
  }
  throwIfAny(): void {
    if (this.items.length > 0) throw new InputError(this.items);
  }
}
