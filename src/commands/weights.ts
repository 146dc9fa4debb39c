/** `kam weights <criteria.csv> --axis A`: weights from pairwise comparisons (AHP), written into the criteria. */
import { resolve } from 'node:path';
import { isInputFile, shownPath, writeAtomically } from '../app/files.js';
import { readInputs } from '../app/inputs.js';
import type { Io } from '../app/io.js';
import { emit, outputTarget, warn } from '../app/output.js';
import type { WeightsPlan } from '../app/plan.js';
import { prompterFor } from '../app/prompter.js';
import { ahp, type AhpResult, type Comparison } from '../core/ahp.js';
import { CancelledError, UsageError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { percentWeights } from '../core/rounding.js';
import { inconsistencyMessage } from '../core/weights.js';
import { rewriteWeights } from '../load/criteria-write.js';
import { encodeText } from '../load/encoding.js';
import { askComparisons } from '../prompts/ahp-dialogue.js';
import { WEIGHTS_FORMATS } from '../render/weights-formats.js';
import type { WeightsOutcome } from '../render/weights.js';

export async function weights(plan: WeightsPlan, io: Io): Promise<number> {
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
      encoding: plan.encoding,
      criteria: { path: plan.criteria, required: true },
      factors: 'criteria',
      compared: { axis: plan.axis, pairs: plan.pairs },
    },
    io,
  );
  const criteria = inputs.criteria!;
  // A criteria workbook is never written over with CSV (asked before any comparison is).
  if (plan.target !== null && criteria.workbook && isInputFile(plan.target, [plan.criteria], io.cwd)) {
    throw new UsageError(t('app.command.weights.workbook', { file: plan.criteria }));
  }
  const onAxis = inputs.factors.filter((f) => f.axis === plan.axis);
  const names = onAxis.map((f) => f.factor);

  let result: AhpResult;
  let comparisons: Comparison[];
  if (plan.pairs !== undefined) {
    comparisons = inputs.pairs;
    result = ahp(names, comparisons, shownPath(plan.pairs));
  } else {
    try {
      ({ result, comparisons } = await askComparisons(await prompterFor(io), {
        id: `${plan.axis}.ahp`,
        factors: names,
        weights: onAxis.map((f) => f.weight),
        cancellable: true,
      }));
    } catch (e) {
      if (e instanceof CancelledError) throw new CancelledError(t('app.command.weights.cancelled'));
      throw e;
    }
  }

  const pct = percentWeights(result.weights);
  if (plan.target !== null) {
    const text = rewriteWeights(criteria.text, plan.criteria, criteria.delimiter, new Map(names.map((n, i) => [n, pct[i].toFixed(2)])), criteria.bom);
    // Written back in the encoding it was read in (Windows-1252 stays Windows-1252, UTF-16 stays UTF-16), with its BOM.
    // `-o -`: the criteria go to standard output, and the report (below) to standard error.
    if (plan.target === '-') io.stdout.write(text);
    else {
      const bytes = encodeText(text, criteria.encoding, plan.target);
      writeAtomically(resolve(io.cwd, plan.target), (w) => w(bytes));
    }
  }
  const outcome: WeightsOutcome = {
    criteria: plan.criteria,
    axis: plan.axis,
    factors: onAxis.map((f, i) => ({ factor: f.factor, previous: f.weight, weight: pct[i], priority: result.weights[i] })),
    comparisons,
    result,
    written: plan.target,
  };
  if (!result.consistent) warn(io, [inconsistencyMessage(result)]);
  const write = await WEIGHTS_FORMATS[plan.format].load();
  const reportIo = plan.target === '-' ? { ...io, stdout: io.stderr } : io;
  const target = await outputTarget({ path: undefined, color: plan.color }, reportIo);
  await emit({ path: undefined }, reportIo, (out) => write(out, outcome, target));
  return 0;
}
