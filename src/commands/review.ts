/**
 * `kam review`: compare kam/result@1 (or kam/session@1) snapshots, oldest first, or score this
 * quarter's customers.csv with the previous decisions and compare in one go (step 10).
 */
import { resolve } from 'node:path';
import { shownPath, writeAtomically } from '../app/files.js';
import { readInputs } from '../app/inputs.js';
import { runDate, type Io } from '../app/io.js';
import { emit, outputTarget, warn } from '../app/output.js';
import type { ReviewPlan } from '../app/plan.js';
import { kamVersion } from '../app/version.js';
import { evaluate } from '../core/engine.js';
import { GateError, UsageError } from '../core/errors.js';
import { buildResult, type KamResult } from '../core/result.js';
import { buildReview, type ReviewDocument } from '../core/review.js';
import { snapshotFromResult } from '../load/snapshot.js';
import { accountHistory, type AccountHistory } from '../render/review/history-chart.js';
import { REVIEW_FORMATS } from '../render/review/formats.js';

function focusOf(doc: ReviewDocument, id: string): AccountHistory {
  if (doc.snapshots.length < 3) throw new UsageError(`--account draws an account's history and needs three or more snapshots; there are ${doc.snapshots.length}.`);
  const account = doc.accounts.find((a) => a.id === id);
  if (!account) throw new UsageError(`--account "${id}" is not an account in any of the snapshots.`);
  return accountHistory(doc, account);
}

export async function review(plan: ReviewPlan, io: Io): Promise<number> {
  const generatedAt = runDate(io).toISOString();
  const outputs = [...(plan.output.path === undefined ? [] : [{ path: plan.output.path, flag: `-o ${plan.output.path}` }]), ...(plan.saveResult === undefined ? [] : [{ path: plan.saveResult, flag: `--save-result ${plan.saveResult}` }])];
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
      outputs,
      snapshots: plan.files,
      ...(plan.customers === undefined ? {} : { factors: 'decisions' as const, decisions: plan.session, customers: { path: plan.customers, columns: 'result' as const } }),
    },
    io,
  );
  const snapshots = inputs.snapshots.map((s) => s.snapshot);
  let current: KamResult | null = null;
  if (plan.customers !== undefined) {
    // This quarter's customers scored with the previous decisions, as a kam/result@1 document.
    const { portfolio, progress } = inputs;
    progress.scoring(portfolio.n);
    let ev;
    try {
      ev = evaluate(portfolio, inputs.factors, inputs.decisions!.method);
    } finally {
      progress.done();
    }
    const shown = shownPath(plan.customers);
    warn(io, ev.warnings, `${shown}: `);
    current = buildResult(portfolio, ev, { generatedAt, kamVersion: kamVersion(), inputs: { customers: inputs.customers, decisions: inputs.decisions!.file } });
    snapshots.push(snapshotFromResult(current as unknown as Record<string, unknown>, shown, 'customers', shown));
  }
  const doc = buildReview(snapshots, plan.gates, { generatedAt, kamVersion: kamVersion() });
  const focus = plan.account === undefined ? null : focusOf(doc, plan.account);

  if (plan.saveResult !== undefined && current !== null) {
    const result = current;
    writeAtomically(resolve(io.cwd, plan.saveResult), (w) => w(`${JSON.stringify(result, null, 2)}\n`));
  }
  const write = await REVIEW_FORMATS[plan.format].load();
  const t = await outputTarget(plan.output, io);
  await emit(plan.output, io, (out) => write(out, { doc, focus }, t));
  // The report is out (printed or written) before a failed gate turns into exit 3.
  if (!doc.gates.passed) throw new GateError(doc.gates.violations.map((v) => v.message));
  return 0;
}
