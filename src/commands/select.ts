/**
 * `kam select`: on a terminal the workshop; otherwise read → score → write, either with the
 * flags and criteria.csv (print) or with the decisions of a saved session (replay).
 */
import { ratingsWarnings, readInputs, type CustomerColumns, type InputSpec } from '../app/inputs.js';
import { runDate, type Io } from '../app/io.js';
import { emitResult } from '../app/output.js';
import { RESULT_FORMATS } from '../render/formats.js';
import type { SelectPlan } from '../app/plan.js';
import { inputRecords, scoreRun } from '../app/run.js';
import { recordedPath } from '../app/sessions.js';
import { kamVersion } from '../app/version.js';
import type { InputFile } from '../core/result.js';

export async function select(plan: SelectPlan, io: Io): Promise<number> {
  if (plan.mode === 'workshop') return (await import('../workshop/run.js')).runWorkshop(plan, io);
  return plan.mode === 'replay' ? replay(plan, io) : print(plan, io);
}

/** What customers.csv must give: potential too when the bubbles show it. */
const columns = (plan: SelectPlan): CustomerColumns => (plan.picture.bubble === 'potential' ? 'potential' : 'result');

const outputs = (plan: SelectPlan): InputSpec['outputs'] => (plan.output.path === undefined ? [] : [{ path: plan.output.path, flag: `-o ${plan.output.path}` }]);

/** The flags and criteria.csv: score and write the result. */
async function print(plan: SelectPlan, io: Io): Promise<number> {
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
      outputs: outputs(plan),
      criteria: { path: plan.criteria, required: true },
      factors: 'criteria',
      ratings: plan.ratings === undefined ? undefined : { path: plan.ratings, aggregate: plan.method.aggregate ?? 'median' },
      customers: { path: plan.customers, columns: columns(plan), sheet: plan.sheet, hashed: RESULT_FORMATS[plan.format].recordsInputHashes },
    },
    io,
  );
  try {
    inputs.progress.scoring(inputs.portfolio.n);
    const doc = await scoreRun(inputs, { method: plan.method, stability: plan.stability, explain: plan.explain, generatedAt: runDate(io).toISOString(), kamVersion: kamVersion() });
    await emitResult(plan, io, doc, inputs.progress);
  } finally {
    inputs.progress.done();
  }
  return 0;
}

/** A saved session's decisions applied to the current data, no questions. */
async function replay(plan: SelectPlan, io: Io): Promise<number> {
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
      outputs: outputs(plan),
      session: { path: plan.session.path, shown: plan.session.shown, required: true, replay: true },
      factors: 'session',
      // The ratings: --ratings, or the file the workshop read; the team's settled scores replace their aggregates.
      ratings: { path: plan.ratings, aggregate: 'session', fromSession: true, ignoreUnknownFactors: true },
      customers: { path: plan.customers, columns: columns(plan), sheet: plan.sheet, hashed: RESULT_FORMATS[plan.format].recordsInputHashes },
    },
    io,
  );
  const { session, method } = inputs.session!;
  try {
    inputs.progress.scoring(inputs.portfolio.n);
    const recorded: Record<string, InputFile> = session.inputs.criteria ? { criteria: session.inputs.criteria } : {};
    // The result names its inputs as the session records them (relative to the session file), so it is the same from any folder.
    const record = (path: string) => recordedPath.toSession(plan.session.path, path, io.cwd);
    const named = {
      customers: { ...inputs.customers, path: record(inputs.customers.path) },
      criteria: null,
      ratings: inputs.ratings ? { ...inputs.ratings, file: { ...inputs.ratings.file, path: record(inputs.ratings.file.path) } } : null,
    };
    const doc = await scoreRun(inputs, { method: method!, stability: null, explain: false, generatedAt: runDate(io).toISOString(), kamVersion: kamVersion() }, inputRecords(named, recorded));
    doc.ev.warnings.push(...ratingsWarnings(session, inputs.ratings));
    doc.sections = (await import('../workshop/outputs.js')).briefSections(session);
    await emitResult({ ...plan, strengthAxis: session.answers.kaism?.strengthAxis ?? plan.strengthAxis }, io, doc, inputs.progress);
  } finally {
    inputs.progress.done();
  }
  return 0;
}
