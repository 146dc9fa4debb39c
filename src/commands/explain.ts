/** `kam explain <account> <customers.csv>`: why one account sits where it does. */
import { readInputs } from '../app/inputs.js';
import { runDate, type Io } from '../app/io.js';
import { emit, outputTarget } from '../app/output.js';
import type { ExplainPlan } from '../app/plan.js';
import { evaluateInputs, inputRecords } from '../app/run.js';
import { recordInputs } from '../app/paths.js';
import { kamVersion } from '../app/version.js';
import { findAccountRow } from '../core/accounts.js';
import { UsageError } from '../core/errors.js';
import * as i18n from '../i18n/index.js';
import { Explainer } from '../core/explain.js';
import { EXPLAIN_FORMATS } from '../render/explain-formats.js';

export async function explain(plan: ExplainPlan, io: Io): Promise<number> {
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
      encoding: plan.encoding,
      outputs: plan.output.path === undefined ? [] : [{ path: plan.output.path, flag: `-o ${plan.output.path}` }],
      criteria: { path: plan.criteria, required: true, origin: plan.criteriaOrigin },
      factors: 'criteria',
      ratings: plan.ratings === undefined ? undefined : { path: plan.ratings, aggregate: plan.method.aggregate ?? 'median' },
      customers: { path: plan.customers, columns: 'result', sheet: plan.sheet },
    },
    io,
  );
  inputs.progress.done();
  const { portfolio } = inputs;
  const ev = evaluateInputs(inputs, plan.method);
  const row = findAccountRow(portfolio, plan.account);
  const position = ev.scope.indexOf(row);
  if (position < 0) throw new UsageError(i18n.t('app.command.explain.segment', { account: portfolio.ids[row] }));
  const explainer = new Explainer(portfolio, ev, inputs.ratings?.outcome.competitorBest);
  const ctx = { generatedAt: runDate(io).toISOString(), kamVersion: kamVersion(), inputs: recordInputs(inputRecords(inputs), plan.output.path, io.cwd) };
  const write = await EXPLAIN_FORMATS[plan.format].load();
  const t = await outputTarget(plan.output, io);
  await emit(plan.output, io, (out) => write(out, { portfolio, ev, ctx, position, explainer }, t));
  return 0;
}
