/**
 * `kam select`: on a terminal the workshop; otherwise read → score → write, either with the
 * flags and criteria.csv (print) or with the decisions of a saved session (replay), which the
 * flags given on top change only as app/plan.ts `replayDecisions` decides.
 */
import { ratingsWarningMessages, readInputs, type CustomerColumns, type InputSpec } from '../app/inputs.js';
import { runDate, type Io } from '../app/io.js';
import { emitResult } from '../app/output.js';
import { RESULT_FORMATS } from '../render/formats.js';
import { recordInputs, recordPath, slashed } from '../app/paths.js';
import { replayDecisions, type ReplayMethod, type SelectPlan } from '../app/plan.js';
import { comparisonOf, inputRecords, scoreRun } from '../app/run.js';
import { recordedPath } from '../app/sessions.js';
import { kamVersion } from '../app/version.js';
import type { InputFile } from '../core/result.js';
import { message } from '../i18n/index.js';

export async function select(plan: SelectPlan, io: Io): Promise<number> {
  if (plan.mode === 'workshop') return (await import('../workshop/run.js')).runWorkshop(plan, io);
  return plan.mode === 'replay' ? replay(plan, io) : print(plan, io);
}

/** What customers.csv must give: potential too when the bubbles show it. */
const columns = (plan: SelectPlan): CustomerColumns => (plan.picture.bubble === 'potential' ? 'potential' : 'result');

const outputs = (plan: SelectPlan): InputSpec['outputs'] => (plan.output.path === undefined ? [] : [{ path: plan.output.path, flag: `-o ${plan.output.path}` }]);

/** How the result records a path of the run: relative to the result file, or as named on standard output. */
const recorded = (plan: SelectPlan, io: Io, path: string): string => recordPath(path, plan.output.path, io.cwd);

/** The flags and criteria.csv: score and write the result. */
async function print(plan: SelectPlan, io: Io): Promise<number> {
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
      encoding: plan.encoding,
      outputs: outputs(plan),
      compare: plan.compare,
      criteria: { path: plan.criteria, required: true, origin: plan.criteriaOrigin },
      factors: 'criteria',
      ratings: plan.ratings === undefined ? undefined : { path: plan.ratings, aggregate: plan.method.aggregate ?? 'median' },
      customers: { path: plan.customers, columns: columns(plan), sheet: plan.sheet, hashed: RESULT_FORMATS[plan.format].recordsInputHashes },
    },
    io,
  );
  try {
    inputs.progress.scoring(inputs.portfolio.n);
    const doc = await scoreRun(
      inputs,
      { method: plan.method, stability: plan.stability, explain: plan.explain, generatedAt: runDate(io).toISOString(), kamVersion: kamVersion() },
      recordInputs(inputRecords(inputs), plan.output.path, io.cwd),
    );
    doc.ev.warnings.push(...inputs.warnings);
    if (inputs.compare) doc.ctx.comparison = await comparisonOf(doc, inputs.compare, recorded(plan, io, inputs.compare.path));
    await emitResult({ ...plan }, io, doc, inputs.progress);
  } finally {
    inputs.progress.done();
  }
  return 0;
}

/** A saved session's decisions applied to the current data, no questions; flags on top as `replayDecisions` decides. */
async function replay(plan: SelectPlan, io: Io): Promise<number> {
  let decided: ReplayMethod | null = null;
  // --criteria with --override-session scores with that file instead of the session's criteria.
  const criteria = plan.replay.override ? plan.replay.decisions.find((d) => d.flag === '--criteria') : undefined;
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
      encoding: plan.encoding,
      outputs: outputs(plan),
      session: {
        path: plan.session.path,
        shown: plan.session.shown,
        required: true,
        replay: true,
        origin: plan.session.flag === undefined ? { what: message('app.origin.session.what'), from: message('app.origin.session.from'), override: message('app.origin.session.override') } : undefined,
        // The flags given on top are checked against the team's decisions before any data is read.
        check: (s) => {
          decided = replayDecisions(plan, s, plan.session.shown);
        },
      },
      compare: plan.compare,
      ...(criteria ? { criteria: { path: criteria.value, required: true }, factors: 'criteria' as const } : { factors: 'session' as const }),
      // The ratings: --ratings, or the file the workshop read; the team's settled scores replace their aggregates.
      ratings: { path: plan.ratings, recorded: 'session', aggregate: 'recorded', ignoreUnknownFactors: true, leftAccounts: 'warn' },
      customers: { path: plan.customers, columns: columns(plan), sheet: plan.sheet, hashed: RESULT_FORMATS[plan.format].recordsInputHashes },
    },
    io,
  );
  const { session, file } = inputs.session!;
  const d = decided as unknown as ReplayMethod;
  try {
    inputs.progress.scoring(inputs.portfolio.n);
    // The result names its inputs relative to itself (-o), or — on standard output — as the session
    // records them (relative to the session file), so it is the same from any folder.
    const anchor = plan.output.path ?? plan.session.path;
    const record = (path: string): string => recordPath(path, anchor, io.cwd);
    const kept: Record<string, InputFile> =
      !criteria && session.inputs.criteria ? { criteria: { ...session.inputs.criteria, path: record(recordedPath.fromSession(file, session.inputs.criteria.path, io.cwd)) } } : {};
    const records = recordInputs(inputRecords(criteria ? inputs : { ...inputs, criteria: null }, {}), anchor, io.cwd);
    const doc = await scoreRun(
      inputs,
      { method: d.method, stability: plan.stability, explain: plan.explain, generatedAt: runDate(io).toISOString(), kamVersion: kamVersion() },
      { customers: records.customers, ...kept, ...(records.criteria ? { criteria: records.criteria } : {}), ...(records.ratings ? { ratings: records.ratings } : {}) },
    );
    const flags = { ...d.record.flags };
    if (typeof flags['-o'] === 'string') flags['-o'] = recorded(plan, io, flags['-o']);
    // A path given as an override (--criteria) is recorded like every path of the result.
    const overridden = d.record.overridden.map((o) => (o.flag === '--criteria' ? { ...o, value: recorded(plan, io, o.value) } : o));
    doc.ctx.session = { ...d.record, file: plan.output.path === undefined ? slashed(plan.session.flag ?? plan.session.shown) : recorded(plan, io, plan.session.path), flags, overridden };
    doc.ev.warnings.push(...d.notes, ...inputs.warnings, ...ratingsWarningMessages(session, inputs.ratings));
    if (inputs.compare) doc.ctx.comparison = await comparisonOf(doc, inputs.compare, record(inputs.compare.path));
    doc.sections = (await import('../workshop/outputs.js')).briefSections(session);
    await emitResult({ ...plan, strengthAxis: d.strengthAxis }, io, doc, inputs.progress);
  } finally {
    inputs.progress.done();
  }
  return 0;
}
