/** `kam select`: read the files, evaluate with the engine, render in the chosen format. */
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { colorLevel, isInteractive, runDate, terminalWidth, type Io } from '../cli/io.js';
import {
  parseAggregate,
  parseCount,
  parseDelimiter,
  parseFormat,
  parseMissing,
  parseSegments,
  parseSort,
  parseSplit,
  parseStrength,
  parseStrengthAxis,
  type Format,
} from '../cli/options.js';
import { kamVersion } from '../cli/version.js';
import { UsageError } from '../core/errors.js';
import { evaluate, type Evaluation, type Method } from '../core/engine.js';
import { ratingsReport, resolveRatings, type RatingsOutcome } from '../core/ratings.js';
import type { ResultContext } from '../core/result.js';
import type { Factor, Portfolio } from '../core/types.js';
import type { Delimiter } from '../load/csv-reader.js';
import { loadCriteria } from '../load/criteria.js';
import { loadCustomers } from '../load/customers.js';
import { checkRatingAccounts, readRatings } from '../load/ratings.js';
import { writeResultCsv } from '../render/csv.js';
import { writeResultJson } from '../render/json.js';
import { writeMarkdownBrief } from '../render/markdown.js';
import { writeReport } from '../render/report.js';
import type { Sink } from '../render/sink.js';
import { chalkPalette, plainPalette, type Palette } from '../render/style.js';
import type { SelectDeps } from '../workshop/command.js';
import { assertNotInput, openChunkedInput, readInputFile, readStdin, readStdinBytes, writeAtomically, type LoadedFile } from '../util/files.js';

export interface SelectFlags {
  criteria?: string;
  format: string;
  output?: string;
  missing: string;
  split: string;
  sort: string;
  strength?: string;
  ratings?: string;
  aggregate?: string;
  capacity?: string;
  segment?: string[];
  delimiter?: string;
  strengthAxis: string;
  top: string;
  interactive: boolean;
  color: boolean;
  debug?: boolean;
  /** The workshop's session file (default kam-session.json beside the customers file). */
  session?: string;
  resume?: boolean;
  /** An earlier session or result for step 10's comparison. */
  compare?: string;
}

/** Everything a run needs, parsed and validated before any file is read. */
export interface SelectPlan {
  customersPath: string;
  criteriaPath: string;
  ratingsPath: string | undefined;
  format: Format;
  output: string | undefined;
  delimiter: Delimiter | undefined;
  method: Method;
  strengthAxis: 'left' | 'right';
  top: number;
}

export function planSelect(customers: string, flags: SelectFlags): SelectPlan {
  const criteriaPath = flags.criteria ?? (customers === '-' ? 'criteria.csv' : join(dirname(customers), 'criteria.csv'));
  if (criteriaPath === '-' && customers === '-') throw new UsageError('Only one of customers and --criteria can be read from standard input.');
  if (flags.ratings === '-' && (customers === '-' || criteriaPath === '-')) {
    throw new UsageError('Only one of customers, --criteria and --ratings can be read from standard input.');
  }
  return {
    customersPath: customers,
    criteriaPath,
    ratingsPath: flags.ratings,
    format: parseFormat(flags.format),
    output: flags.output,
    delimiter: flags.delimiter === undefined ? undefined : parseDelimiter(flags.delimiter),
    method: {
      missing: parseMissing(flags.missing),
      split: parseSplit(flags.split),
      sort: parseSort(flags.sort),
      capacity: flags.capacity === undefined ? null : parseCount('--capacity', flags.capacity),
      strength: flags.strength === undefined ? undefined : parseStrength(flags.strength),
      segments: parseSegments(flags.segment),
      overrides: [],
      aggregate: parseAggregate(flags.aggregate ?? 'median'),
    },
    strengthAxis: parseStrengthAxis(flags.strengthAxis),
    top: parseCount('--top', flags.top, 1),
  };
}

export interface LoadedInputs {
  customers: { path: string; sha256: string };
  criteria: LoadedFile;
  factors: Factor[];
  /** With --ratings: our aggregated ratings already replace customers.csv's values here. */
  portfolio: Portfolio;
  ratingsFile?: LoadedFile;
  ratings: RatingsOutcome | null;
}

/**
 * customers.csv (or standard input) for the given factors: a file is read in chunks, hashed
 * as it goes, straight into the portfolio's columns.
 */
export async function loadPortfolio(
  plan: SelectPlan,
  io: Io,
  factors: readonly Factor[],
  optional?: ReadonlySet<string>,
): Promise<{ customers: { path: string; sha256: string }; portfolio: Portfolio }> {
  const opts = { delimiter: plan.delimiter, factors: factors.map((f) => f.factor), optional };
  if (plan.customersPath === '-') {
    const bytes = await readStdinBytes(io.stdin);
    const portfolio = loadCustomers(bytes, { ...opts, file: 'standard input' });
    return { customers: { path: '-', sha256: createHash('sha256').update(bytes).digest('hex') }, portfolio };
  }
  const input = openChunkedInput(plan.customersPath, io.cwd);
  const portfolio = loadCustomers(input.chunks, { ...opts, file: input.path }, input.expectedLines);
  return { customers: { path: input.path, sha256: input.sha256() }, portfolio };
}

export async function loadInputs(plan: SelectPlan, io: Io): Promise<LoadedInputs> {
  const read = (path: string) => (path === '-' ? readStdin(io.stdin) : Promise.resolve(readInputFile(path, io.cwd)));
  const criteria = await read(plan.criteriaPath);
  const factors = loadCriteria(criteria.text, criteria.path === '-' ? 'standard input' : criteria.path, plan.delimiter);
  const ratingsFile = plan.ratingsPath === undefined ? undefined : await read(plan.ratingsPath);
  const parsed = ratingsFile && readRatings(ratingsFile.text, { file: ratingsFile.path === '-' ? 'standard input' : ratingsFile.path, delimiter: plan.delimiter, factors });
  const { customers, portfolio } = await loadPortfolio(plan, io, factors, parsed?.ourFactors);
  if (!parsed) return { customers, criteria, factors, portfolio, ratings: null };
  const ratings = resolveRatings(portfolio, checkRatingAccounts(parsed, portfolio), plan.method.aggregate ?? 'median');
  return { customers, criteria, factors, portfolio: ratings.portfolio, ratingsFile, ratings };
}

export function resultContext(inputs: LoadedInputs, io: Io): ResultContext {
  return {
    generatedAt: runDate(io).toISOString(),
    kamVersion: kamVersion(),
    inputs: {
      customers: { path: inputs.customers.path, sha256: inputs.customers.sha256 },
      criteria: { path: inputs.criteria.path, sha256: inputs.criteria.sha256 },
      ...(inputs.ratingsFile ? { ratings: { path: inputs.ratingsFile.path, sha256: inputs.ratingsFile.sha256 } } : {}),
    },
  };
}

export interface RenderTarget {
  format: Format;
  width: number;
  palette: Palette;
  top: number;
  strengthAxis: 'left' | 'right';
  /** The workshop's sections for the Markdown brief. */
  sections?: Array<{ title: string; body: string }>;
}

export function renderResult(out: Sink, portfolio: Portfolio, ev: Evaluation, ctx: ResultContext, t: RenderTarget): void {
  switch (t.format) {
    case 'json':
      return writeResultJson(out, portfolio, ev, ctx);
    case 'csv':
      return writeResultCsv(out, portfolio, ev);
    case 'markdown':
      return writeMarkdownBrief(out, portfolio, ev, ctx, { strengthAxis: t.strengthAxis, sections: t.sections });
    case 'table':
      return writeReport(out, portfolio, ev, { width: t.width, top: t.top, strengthAxis: t.strengthAxis, palette: t.palette, ratings: ctx.ratings });
  }
}

export async function runSelect(customers: string, flags: SelectFlags, io: Io, deps: SelectDeps = {}): Promise<number> {
  const plan = planSelect(customers, flags);
  // A file or a machine format asks for output, not questions: only the table run opens the workshop.
  const workshop = isInteractive(io, flags.interactive) && plan.output === undefined && plan.format === 'table';
  if (workshop) return (await import('../workshop/command.js')).runWorkshop(plan, flags, io, deps);
  const toFile = plan.output !== undefined;
  const level = toFile ? 0 : colorLevel(io, flags.color);
  const target: RenderTarget = {
    format: plan.format,
    width: toFile ? 100 : terminalWidth(io),
    palette: level === 0 ? plainPalette : chalkPalette(new Chalk({ level })),
    top: plan.top,
    strengthAxis: plan.strengthAxis,
  };
  if (flags.session !== undefined || flags.resume) return (await import('../workshop/command.js')).replaySession(plan, flags, io, target);
  if (plan.output !== undefined) assertNotInput(plan.output, [plan.customersPath, plan.criteriaPath, ...(plan.ratingsPath ? [plan.ratingsPath] : [])], io.cwd);
  const inputs = await loadInputs(plan, io);
  const ev = evaluate(inputs.portfolio, inputs.factors, plan.method, inputs.ratings?.competitorBest);
  if (ev.method.strength === 'relative' && !(inputs.ratings && inputs.ratings.competitorBest.size > 0)) {
    ev.warnings.push('--strength relative without competitor ratings: every strength factor falls back to our own rating.');
  }
  const ctx = resultContext(inputs, io);
  if (inputs.ratings) ctx.ratings = ratingsReport(inputs.ratings, ev);
  if (plan.output !== undefined) {
    writeAtomically(resolve(io.cwd, plan.output), (w) => renderResult(w, inputs.portfolio, ev, ctx, target));
  } else {
    renderResult((c) => void io.stdout.write(c), inputs.portfolio, ev, ctx, target);
  }
  if (plan.format !== 'table' || toFile) {
    for (const w of ev.warnings) io.stderr.write(`kam: warning: ${w}\n`);
  }
  return 0;
}
