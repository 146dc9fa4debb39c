/** `kam select`: read the files, evaluate with the engine, render in the chosen format. */
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { createProgress, type Progress } from '../cli/progress.js';
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
import { parseStability } from '../cli/analysis-flags.js';
import { kamVersion } from '../cli/version.js';
import { UsageError } from '../core/errors.js';
import { evaluate, type Evaluation, type Method } from '../core/engine.js';
import { ratingsReport, resolveRatings, type RatingsOutcome, type SettledScore } from '../core/ratings.js';
import type { ResultContext } from '../core/result.js';
import { stability, type StabilityOptions } from '../core/stability.js';
import { Explainer } from '../core/explain.js';
import type { Factor, Portfolio } from '../core/types.js';
import type { Delimiter } from '../load/csv-reader.js';
import { loadCriteria } from '../load/criteria.js';
import { loadCustomers } from '../load/customers.js';
import { checkRatingAccounts, readRatings } from '../load/ratings.js';
import { writeResultCsv } from '../render/csv.js';
import { writeResultJson } from '../render/json.js';
import { writeMarkdownBrief } from '../render/markdown.js';
import { writeReport } from '../render/report.js';
import { stabilityLines } from '../render/stability.js';
import type { Sink } from '../render/sink.js';
import { terminalSafe } from '../render/escape.js';
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
  /** --stability [runs] and its knobs, --explain (strings as commander gives them). */
  stability?: string | boolean;
  perturb?: string;
  scoreNoise?: string;
  seed?: string;
  explain?: boolean;
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
  /** --stability and its knobs; null without them. */
  stability: StabilityOptions | null;
  /** --explain: explanations per account in the JSON. */
  explain: boolean;
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
    stability: parseStability(flags),
    explain: explainFlag(flags),
  };
}

function explainFlag(flags: SelectFlags): boolean {
  if (flags.explain && parseFormat(flags.format) !== 'json') {
    throw new UsageError('--explain adds explanations to the JSON result: use it with --format json (or run kam explain <account> for one account).');
  }
  return flags.explain === true;
}

export interface LoadedInputs {
  customers: { path: string; sha256: string };
  criteria: LoadedFile;
  factors: Factor[];
  /** With --ratings: our aggregated ratings already replace customers.csv's values here. */
  portfolio: Portfolio;
  ratingsFile?: LoadedFile;
  ratings: RatingsOutcome | null;
  /** Progress on standard error for large inputs; call done() when finished. */
  progress: Progress;
}

/**
 * customers.csv (or standard input) for the given factors: a file is read in chunks, hashed
 * as it goes, straight into the portfolio's columns.
 */
export async function loadPortfolio(
  plan: Pick<SelectPlan, 'customersPath' | 'delimiter'>,
  io: Io,
  factors: readonly Factor[],
  optional?: ReadonlySet<string>,
): Promise<{ customers: { path: string; sha256: string }; portfolio: Portfolio; progress: Progress }> {
  // No result of kam select shows channel or potential (the workshop loads its own data).
  const opts = { delimiter: plan.delimiter, factors: factors.map((f) => f.factor), optional, skip: { channel: true, potential: true } };
  if (plan.customersPath === '-') {
    const bytes = await readStdinBytes(io.stdin);
    const portfolio = loadCustomers(bytes, { ...opts, file: 'standard input' });
    const progress = createProgress(io.stderr, portfolio.n);
    return { customers: { path: '-', sha256: createHash('sha256').update(bytes).digest('hex') }, portfolio, progress };
  }
  let progress: Progress | null = null;
  const input = openChunkedInput(plan.customersPath, io.cwd, (bytes, size) => progress?.reading(bytes, size));
  progress = createProgress(io.stderr, input.expectedLines);
  try {
    const portfolio = loadCustomers(input.chunks, { ...opts, file: input.path }, input.expectedLines);
    return { customers: { path: input.path, sha256: input.sha256() }, portfolio, progress };
  } catch (e) {
    progress.done();
    throw e;
  }
}

const readInput = (path: string, io: Io): Promise<LoadedFile> => (path === '-' ? readStdin(io.stdin) : Promise.resolve(readInputFile(path, io.cwd)));

/** How a run's ratings are read: the file, and (a replayed workshop) the team's settled scores. */
export interface RatingsSource {
  path: string;
  settled?: readonly SettledScore[];
  /** Rows of factors the criteria lack are left out rather than refused (see readRatings). */
  ignoreUnknownFactors?: boolean;
}

/** customers.csv for the factors, with the ratings (when given) aggregated into it. */
export async function loadRatedPortfolio(
  plan: Pick<SelectPlan, 'customersPath' | 'delimiter' | 'method'>,
  io: Io,
  factors: readonly Factor[],
  source: RatingsSource | undefined,
): Promise<Omit<LoadedInputs, 'criteria' | 'factors'>> {
  const ratingsFile = source === undefined ? undefined : await readInput(source.path, io);
  const file = ratingsFile?.path === '-' ? 'standard input' : ratingsFile?.path;
  const parsed = ratingsFile && readRatings(ratingsFile.text, { file: file!, delimiter: plan.delimiter, factors, ignoreUnknownFactors: source?.ignoreUnknownFactors });
  const { customers, portfolio, progress } = await loadPortfolio(plan, io, factors, parsed?.ourFactors);
  if (!parsed) return { customers, portfolio, ratings: null, progress };
  const ratings = resolveRatings(portfolio, checkRatingAccounts(parsed, portfolio), plan.method.aggregate ?? 'median', source?.settled);
  return { customers, portfolio: ratings.portfolio, ratingsFile, ratings, progress };
}

export async function loadInputs(plan: SelectPlan, io: Io): Promise<LoadedInputs> {
  const criteria = await readInput(plan.criteriaPath, io);
  const factors = loadCriteria(criteria.text, criteria.path === '-' ? 'standard input' : criteria.path, plan.delimiter);
  const rated = await loadRatedPortfolio(plan, io, factors, plan.ratingsPath === undefined ? undefined : { path: plan.ratingsPath });
  return { ...rated, criteria, factors };
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
      return writeResultCsv(out, portfolio, ev, ctx.stability);
    case 'markdown':
      return writeMarkdownBrief(out, portfolio, ev, ctx, {
        strengthAxis: t.strengthAxis,
        sections: [...(t.sections ?? []), ...stabilitySection(portfolio, ev, ctx, t)],
      });
    case 'table':
      return writeReport(out, portfolio, ev, { width: t.width, top: t.top, strengthAxis: t.strengthAxis, palette: t.palette, ratings: ctx.ratings, stability: ctx.stability });
  }
}

export async function runSelect(customers: string, flags: SelectFlags, io: Io, deps: SelectDeps = {}): Promise<number> {
  const plan = planSelect(customers, flags);
  // A file or a machine format asks for output, not questions: only the table run opens the workshop.
  const workshop = isInteractive(io, flags.interactive) && plan.output === undefined && plan.format === 'table' && !plan.stability;
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
  const { progress } = inputs;
  try {
    progress.scoring(inputs.portfolio.n);
    const competitors = inputs.ratings?.competitorBest;
    // Nothing after this run reads the raw factor values unless it explains or perturbs them,
    // or reports ratings (our score against the best competitor's).
    const releaseRaw = !plan.stability && !plan.explain && !inputs.ratings;
    const ev = evaluate(inputs.portfolio, inputs.factors, plan.method, competitors, { releaseRaw });
    if (ev.method.strength === 'relative' && !(competitors && competitors.size > 0)) {
      ev.warnings.push('--strength relative without competitor ratings: every strength factor falls back to our own rating.');
    }
    const ctx = resultContext(inputs, io);
    if (inputs.ratings) ctx.ratings = ratingsReport(inputs.ratings, ev);
    if (plan.stability) ctx.stability = stability(inputs.portfolio, ev, plan.stability, competitors);
    if (plan.explain) ctx.explainer = new Explainer(inputs.portfolio, ev, competitors);
    emitResult(plan, io, target, inputs.portfolio, ev, ctx, progress);
  } finally {
    progress.done();
  }
  return 0;
}

/** The brief's section on --stability (none without it). */
function stabilitySection(portfolio: Portfolio, ev: Evaluation, ctx: ResultContext, t: RenderTarget): Array<{ title: string; body: string }> {
  const s = ctx.stability;
  if (!s) return [];
  const lines = stabilityLines(portfolio, ev, s, { width: 100, top: t.top, palette: plainPalette });
  return [{ title: 'Stability of the quadrants', body: ['```text', ...lines, '```'].join('\n') }];
}

/**
 * Writes the result to -o (atomically) or standard output, showing write progress unless the
 * output shares the terminal; then the warnings on standard error (the table shows its own).
 */
export function emitResult(
  plan: Pick<SelectPlan, 'output' | 'format'>,
  io: Io,
  target: RenderTarget,
  portfolio: Portfolio,
  ev: Evaluation,
  ctx: ResultContext,
  progress: Progress,
): void {
  let written = 0;
  const counted = (sink: Sink): Sink => (chunk) => {
    written += chunk.length;
    progress.writing(written);
    sink(chunk);
  };
  if (plan.output !== undefined) {
    writeAtomically(resolve(io.cwd, plan.output), (w) => renderResult(counted(w), portfolio, ev, ctx, target));
  } else if (io.stdout.isTTY) {
    // The result goes to the same screen: clear the progress line first, then print.
    progress.done();
    renderResult((c) => void io.stdout.write(c), portfolio, ev, ctx, target);
  } else {
    renderResult(counted((c) => void io.stdout.write(c)), portfolio, ev, ctx, target);
  }
  progress.done();
  if (plan.format !== 'table' || plan.output !== undefined) {
    for (const w of ev.warnings) io.stderr.write(`kam: warning: ${terminalSafe(w)}\n`);
  }
}
