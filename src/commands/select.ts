/** `kam select`: read the files, evaluate with the engine, render in the chosen format. */
import { dirname, join, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { colorLevel, runDate, terminalWidth, type Io } from '../cli/io.js';
import {
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
import type { ResultContext } from '../core/result.js';
import { stability, type StabilityOptions } from '../core/stability.js';
import { Explainer } from '../core/explain.js';
import type { Factor, Portfolio } from '../core/types.js';
import type { Delimiter } from '../load/csv-reader.js';
import { loadCriteria } from '../load/criteria.js';
import { loadCustomers } from '../load/customers.js';
import { writeResultCsv } from '../render/csv.js';
import { writeResultJson } from '../render/json.js';
import { writeMarkdownBrief } from '../render/markdown.js';
import { writeReport } from '../render/report.js';
import { stabilityLines } from '../render/stability.js';
import type { Sink } from '../render/sink.js';
import { chalkPalette, plainPalette, type Palette } from '../render/style.js';
import { assertNotInput, readInputFile, readStdin, writeAtomically, type LoadedFile } from '../util/files.js';

export interface SelectFlags {
  criteria?: string;
  format: string;
  output?: string;
  missing: string;
  split: string;
  sort: string;
  strength?: string;
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
}

/** Everything a run needs, parsed and validated before any file is read. */
export interface SelectPlan {
  customersPath: string;
  criteriaPath: string;
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
  return {
    customersPath: customers,
    criteriaPath,
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
  customers: LoadedFile;
  criteria: LoadedFile;
  factors: Factor[];
  portfolio: Portfolio;
}

export async function loadInputs(plan: SelectPlan, io: Io): Promise<LoadedInputs> {
  const read = (path: string) => (path === '-' ? readStdin(io.stdin) : Promise.resolve(readInputFile(path, io.cwd)));
  const criteria = await read(plan.criteriaPath);
  const factors = loadCriteria(criteria.text, criteria.path === '-' ? 'standard input' : criteria.path, plan.delimiter);
  const customers = await read(plan.customersPath);
  const portfolio = loadCustomers(customers.text, {
    file: customers.path === '-' ? 'standard input' : customers.path,
    delimiter: plan.delimiter,
    factors: factors.map((f) => f.factor),
  });
  return { customers, criteria, factors, portfolio };
}

export function resultContext(inputs: LoadedInputs, io: Io): ResultContext {
  return {
    generatedAt: runDate(io).toISOString(),
    kamVersion: kamVersion(),
    inputs: {
      customers: { path: inputs.customers.path, sha256: inputs.customers.sha256 },
      criteria: { path: inputs.criteria.path, sha256: inputs.criteria.sha256 },
    },
  };
}

export interface RenderTarget {
  format: Format;
  width: number;
  palette: Palette;
  top: number;
  strengthAxis: 'left' | 'right';
}

export function renderResult(out: Sink, inputs: LoadedInputs, ev: Evaluation, ctx: ResultContext, t: RenderTarget): void {
  switch (t.format) {
    case 'json':
      return writeResultJson(out, inputs.portfolio, ev, ctx);
    case 'csv':
      return writeResultCsv(out, inputs.portfolio, ev, ctx.stability);
    case 'markdown':
      return writeMarkdownBrief(out, inputs.portfolio, ev, ctx, { strengthAxis: t.strengthAxis, sections: stabilitySection(inputs.portfolio, ev, ctx, t) });
    case 'table':
      return writeReport(out, inputs.portfolio, ev, { width: t.width, top: t.top, strengthAxis: t.strengthAxis, palette: t.palette, stability: ctx.stability });
  }
}

export async function runSelect(customers: string, flags: SelectFlags, io: Io): Promise<number> {
  const plan = planSelect(customers, flags);
  if (plan.output !== undefined) assertNotInput(plan.output, [plan.customersPath, plan.criteriaPath], io.cwd);
  const inputs = await loadInputs(plan, io);
  const ev = evaluate(inputs.portfolio, inputs.factors, plan.method);
  const ctx = resultContext(inputs, io);
  const toFile = plan.output !== undefined;
  const level = toFile ? 0 : colorLevel(io, flags.color);
  const target: RenderTarget = {
    format: plan.format,
    width: toFile ? 100 : terminalWidth(io),
    palette: level === 0 ? plainPalette : chalkPalette(new Chalk({ level })),
    top: plan.top,
    strengthAxis: plan.strengthAxis,
  };
  if (plan.stability) ctx.stability = stability(inputs.portfolio, ev, plan.stability);
  if (plan.explain) ctx.explainer = new Explainer(inputs.portfolio, ev);
  if (plan.output !== undefined) {
    writeAtomically(resolve(io.cwd, plan.output), (w) => renderResult(w, inputs, ev, ctx, target));
  } else {
    renderResult((c) => void io.stdout.write(c), inputs, ev, ctx, target);
  }
  if (plan.format !== 'table' || toFile) {
    for (const w of ev.warnings) io.stderr.write(`kam: warning: ${w}\n`);
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
