/**
 * The plans: every flag of a command validated once, before any file is read, into what the run
 * needs — for `kam select` also its mode (print the result, open the workshop, or replay a saved
 * session). Nothing after the plan reads a raw flag.
 */
import { dirname, join, relative } from 'node:path';
import { DEFAULT_METHOD, type Method } from '../core/engine.js';
import { UsageError } from '../core/errors.js';
import { parseGates, type Gate } from '../core/gates.js';
import type { StabilityOptions } from '../core/stability.js';
import type { Axis } from '../core/types.js';
import { AGGREGATE, AXIS, MISSING_POLICY, SORT_KEY, STRENGTH_MODE, STRENGTH_SIDE } from '../core/vocabulary.js';
import type { Delimiter } from '../load/csv-reader.js';
import { EXPLAIN_FORMAT, type ExplainFormat } from '../render/explain-formats.js';
import { RESULT_FORMAT, type ResultFormat } from '../render/formats.js';
import { REVIEW_FORMAT, type ReviewFormat } from '../render/review/formats.js';
import { WEIGHTS_FORMAT, type WeightsFormat } from '../render/weights-formats.js';
import { assertNotInput } from './files.js';
import {
  countFlag,
  delimiterFlag,
  formatFlag,
  segmentsFlag,
  splitFlag,
  stabilityFlags,
  vocabularyFlag,
  type ExplainFlags,
  type ReviewFlags,
  type SelectFlags,
  type WeightsFlags,
} from './flags.js';
import { isInteractive, type Io } from './io.js';
import type { OutputSpec } from './output.js';
import { sessionPath } from './sessions.js';

/** Every format of every command, so a format asked of the wrong command is named as such. */
const EVERY_FORMAT = [...new Set([...RESULT_FORMAT.values, ...EXPLAIN_FORMAT.values, ...REVIEW_FORMAT.values, ...WEIGHTS_FORMAT.values])];

/** What a scoring run reads and how it scores: shared by select, explain and the workshop. */
export interface RunPlan {
  customers: string;
  criteria: string;
  ratings: string | undefined;
  delimiter: Delimiter | undefined;
  method: Method;
  output: OutputSpec;
}

export type SelectMode = 'print' | 'workshop' | 'replay';

export interface SelectPlan extends RunPlan {
  /** print: score and write the result; workshop: the ten steps on a terminal; replay: a saved session without questions. */
  mode: SelectMode;
  format: ResultFormat;
  strengthAxis: 'left' | 'right';
  top: number;
  /** --stability and its knobs; null without them. */
  stability: StabilityOptions | null;
  /** --explain: explanations per account in the JSON. */
  explain: boolean;
  /** The session file (absolute), how messages name it (the flag as given, or the default's path), and --session itself. */
  session: { path: string; shown: string; flag: string | undefined; resume: boolean };
  /** --compare: an earlier session or result for step 10. */
  compare: string | undefined;
}

/** The flags that shape a scoring run, for select and explain alike. */
function runPlan(customers: string, flags: ExplainFlags): RunPlan {
  const criteria = flags.criteria ?? (customers === '-' ? 'criteria.csv' : join(dirname(customers), 'criteria.csv'));
  if (criteria === '-' && customers === '-') throw new UsageError('Only one of customers and --criteria can be read from standard input.');
  if (flags.ratings === '-' && (customers === '-' || criteria === '-')) {
    throw new UsageError('Only one of customers, --criteria and --ratings can be read from standard input.');
  }
  return {
    customers,
    criteria,
    ratings: flags.ratings,
    delimiter: delimiterFlag(flags.delimiter),
    method: {
      ...DEFAULT_METHOD,
      missing: vocabularyFlag('--missing', MISSING_POLICY, flags.missing),
      split: splitFlag(flags.split),
      sort: vocabularyFlag('--sort', SORT_KEY, flags.sort),
      capacity: flags.capacity === undefined ? null : countFlag('--capacity', flags.capacity),
      strength: flags.strength === undefined ? undefined : vocabularyFlag('--strength', STRENGTH_MODE, flags.strength),
      segments: segmentsFlag(flags.segment),
      overrides: [],
      aggregate: vocabularyFlag('--aggregate', AGGREGATE, flags.aggregate ?? 'median'),
    },
    output: { path: outputPath(flags.output), color: flags.color },
  };
}

/** `-o -` is standard output. */
const outputPath = (o: string | undefined): string | undefined => (o === '-' ? undefined : o);

/** `kam select`: the run, its output, and its mode. */
export function planRun(customers: string, flags: SelectFlags, io: Io): SelectPlan {
  const run = runPlan(customers, flags);
  const format = formatFlag('kam select', RESULT_FORMAT, flags.format, EVERY_FORMAT);
  const explain = flags.explain === true;
  if (explain && format !== 'json') {
    throw new UsageError('--explain adds explanations to the JSON result: use it with --format json (or run kam explain <account> for one account).');
  }
  const stability = stabilityFlags(flags);
  const file = sessionPath(customers, flags.session, io.cwd);
  const session = { path: file, shown: flags.session ?? (relative(io.cwd, file) || file), flag: flags.session, resume: flags.resume === true };
  // A file or a machine format asks for output, not questions: only the table run opens the workshop.
  const workshop = isInteractive(io, flags.interactive) && run.output.path === undefined && format === 'table' && stability === null;
  const mode: SelectMode = workshop ? 'workshop' : flags.session !== undefined || flags.resume ? 'replay' : 'print';
  if (mode === 'workshop' && customers === '-') throw new UsageError('The workshop needs a customers file, not standard input (the terminal is for the questions).');
  return {
    ...run,
    mode,
    format,
    strengthAxis: vocabularyFlag('--strength-axis', STRENGTH_SIDE, flags.strengthAxis),
    top: countFlag('--top', flags.top, 1),
    stability,
    explain,
    session,
    compare: flags.compare,
  };
}

export interface ExplainPlan extends RunPlan {
  account: string;
  format: ExplainFormat;
}

/** `kam explain <account> <customers>`. */
export function planExplain(account: string, customers: string, flags: ExplainFlags): ExplainPlan {
  return { ...runPlan(customers, flags), account, format: formatFlag('kam explain', EXPLAIN_FORMAT, flags.format, EVERY_FORMAT) };
}

export interface ReviewPlan {
  files: string[];
  format: ReviewFormat;
  output: OutputSpec;
  /** With --customers: this quarter's data, scored with the last snapshot's (or --session's) decisions. */
  customers: string | undefined;
  session: string | undefined;
  saveResult: string | undefined;
  delimiter: Delimiter | undefined;
  gates: Gate[];
  account: string | undefined;
}

/** `kam review <snapshots…>`. */
export function planReview(files: string[], flags: ReviewFlags): ReviewPlan {
  const format = formatFlag('kam review', REVIEW_FORMAT, flags.format, EVERY_FORMAT);
  if (flags.customers === undefined) {
    if (files.length < 2) throw new UsageError("kam review needs two or more snapshots (oldest first), or one snapshot and --customers with this quarter's data.");
    for (const [flag, value] of [['--session', flags.session], ['--save-result', flags.saveResult], ['--delimiter', flags.delimiter]] as const) {
      if (value !== undefined) throw new UsageError(`${flag} only works with --customers.`);
    }
  }
  const stdin = [...files, flags.customers, flags.session].filter((f) => f === '-').length;
  if (stdin > 1) throw new UsageError('Only one input can be read from standard input.');
  if (flags.saveResult !== undefined && flags.saveResult === flags.output) throw new UsageError('-o and --save-result must name different files.');
  return {
    files,
    format,
    output: { path: outputPath(flags.output), color: flags.color },
    customers: flags.customers,
    session: flags.session,
    saveResult: flags.saveResult,
    delimiter: delimiterFlag(flags.delimiter),
    gates: parseGates(flags.failOn ?? []),
    account: flags.account,
  };
}

export interface WeightsPlan {
  criteria: string;
  axis: Axis;
  pairs: string | undefined;
  format: WeightsFormat;
  /** Where the updated criteria go: the criteria file, -o, or nowhere (--dry-run). */
  target: string | null;
  delimiter: Delimiter | undefined;
  /** Ask the comparisons at the terminal (no --pairs). */
  ask: boolean;
  color: boolean;
}

/** `kam weights <criteria.csv> --axis A`. */
export function planWeights(criteria: string, flags: WeightsFlags, io: Io): WeightsPlan {
  if (flags.axis === undefined) throw new UsageError('kam weights needs --axis attractiveness or --axis strength.');
  const axis = vocabularyFlag('--axis', AXIS, flags.axis);
  const format = formatFlag('kam weights', WEIGHTS_FORMAT, flags.format, EVERY_FORMAT);
  if (criteria === '-') throw new UsageError('kam weights writes into the criteria file, so it needs its path, not -.');
  if (flags.dryRun && flags.output !== undefined) throw new UsageError('--dry-run writes nothing, so it cannot be combined with -o.');
  if (flags.output !== undefined && flags.pairs !== undefined) assertNotInput(flags.output, [flags.pairs], io.cwd);
  const ask = flags.pairs === undefined;
  if (ask && !isInteractive(io, flags.interactive) && io.prompter === undefined) {
    throw new UsageError(
      'kam weights needs the pairwise comparisons: run it at a terminal to answer them, or give them with --pairs FILE (one line a,b,value per pair).',
    );
  }
  return {
    criteria,
    axis,
    pairs: flags.pairs,
    format,
    target: flags.dryRun ? null : (flags.output ?? criteria),
    delimiter: delimiterFlag(flags.delimiter),
    ask,
    color: flags.color,
  };
}
