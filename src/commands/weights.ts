/** `kam weights <criteria.csv> --axis A`: weights from pairwise comparisons (AHP), written into the criteria. */
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { colorLevel, isInteractive, type Io } from '../cli/io.js';
import { parseDelimiter } from '../cli/options.js';
import { ahp, type AhpResult, type Comparison } from '../core/ahp.js';
import { InputError, UsageError } from '../core/errors.js';
import type { Axis } from '../core/types.js';
import { elicitWeights, inconsistencyMessage, percentWeights, type WeightsPrompter } from '../core/weights.js';
import { loadCriteria } from '../load/criteria.js';
import { rewriteWeights } from '../load/criteria-write.js';
import { loadPairs } from '../load/pairs.js';
import { weightsDocument, weightsLines, type WeightsOutcome } from '../render/weights.js';
import { chalkPalette, plainPalette } from '../render/style.js';
import { assertNotInput, readInputFile, readStdin, writeAtomically } from '../util/files.js';
import type { AskSelect } from './weights-prompter.js';

export interface WeightsFlags {
  axis?: string;
  pairs?: string;
  format: string;
  output?: string;
  dryRun?: boolean;
  delimiter?: string;
  interactive: boolean;
  color: boolean;
  debug?: boolean;
}

function parseAxis(value: string | undefined): Axis {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'attractiveness' || v === 'strength') return v;
  if (value === undefined) throw new UsageError('kam weights needs --axis attractiveness or --axis strength.');
  throw new UsageError(`--axis "${value}" is not valid; use attractiveness or strength.`);
}

/** The prompter for a terminal: @inquirer/prompts, loaded only when needed. */
async function inquirerPrompter(io: Io): Promise<WeightsPrompter> {
  const [{ select }, { terminalPrompter }] = await Promise.all([import('@inquirer/prompts'), import('./weights-prompter.js')]);
  const context = { input: io.stdin as unknown as NodeJS.ReadableStream, output: io.stdout as unknown as NodeJS.WritableStream };
  const ask: AskSelect = (q) => select(q, context);
  return terminalPrompter(ask, (line) => void io.stdout.write(`${line}\n`));
}

export async function runWeights(criteriaPath: string, flags: WeightsFlags, io: Io, prompter?: WeightsPrompter): Promise<number> {
  const axis = parseAxis(flags.axis);
  const format = (['table', 'json'] as const).find((f) => f === flags.format.trim().toLowerCase());
  if (format === undefined) throw new UsageError(`--format "${flags.format}" is not valid for kam weights; use table or json.`);
  if (criteriaPath === '-') throw new UsageError('kam weights writes into the criteria file, so it needs its path, not -.');
  if (flags.dryRun && flags.output !== undefined) throw new UsageError('--dry-run writes nothing, so it cannot be combined with -o.');
  if (flags.output !== undefined && flags.pairs !== undefined) assertNotInput(flags.output, [flags.pairs], io.cwd);
  const delimiter = flags.delimiter === undefined ? undefined : parseDelimiter(flags.delimiter);

  const file = readInputFile(criteriaPath, io.cwd);
  const factors = loadCriteria(file.text, criteriaPath, delimiter);
  const onAxis = factors.filter((f) => f.axis === axis);
  if (onAxis.length < 2) {
    throw new InputError({ file: criteriaPath, field: 'axis', message: `the ${axis} axis has ${onAxis.length} factor${onAxis.length === 1 ? '' : 's'}; weighting by comparison needs at least two` });
  }
  const names = onAxis.map((f) => f.factor);

  let result: AhpResult;
  let comparisons: Comparison[];
  if (flags.pairs !== undefined) {
    const pairs = flags.pairs === '-' ? await readStdin(io.stdin) : readInputFile(flags.pairs, io.cwd);
    const pairsName = flags.pairs === '-' ? 'standard input' : flags.pairs;
    comparisons = loadPairs(pairs.text, pairsName, delimiter, factors, axis);
    result = ahp(names, comparisons, pairsName);
  } else if (prompter !== undefined || isInteractive(io, flags.interactive)) {
    ({ result, comparisons } = await elicitWeights(prompter ?? (await inquirerPrompter(io)), axis, names, onAxis.map((f) => f.weight)));
  } else {
    throw new UsageError(
      'kam weights needs the pairwise comparisons: run it at a terminal to answer them, or give them with --pairs FILE (one line a,b,value per pair).',
    );
  }

  const pct = percentWeights(result.weights);
  const target = flags.dryRun ? null : flags.output ?? criteriaPath;
  if (target !== null) {
    const text = rewriteWeights(file.text, criteriaPath, delimiter, new Map(names.map((n, i) => [n, pct[i].toFixed(2)])));
    writeAtomically(resolve(io.cwd, target), (w) => w(text));
  }
  const outcome: WeightsOutcome = {
    criteria: criteriaPath,
    axis,
    factors: onAxis.map((f, i) => ({ factor: f.factor, previous: f.weight, weight: pct[i], priority: result.weights[i] })),
    comparisons,
    result,
    written: target,
  };
  if (!result.consistent) io.stderr.write(`kam: warning: ${inconsistencyMessage(result)}\n`);
  if (format === 'json') io.stdout.write(`${JSON.stringify(weightsDocument(outcome), null, 2)}\n`);
  else {
    const level = colorLevel(io, flags.color);
    io.stdout.write(`${weightsLines(outcome, level === 0 ? plainPalette : chalkPalette(new Chalk({ level }))).join('\n')}\n`);
  }
  return 0;
}
