/**
 * `kam review`: compare kam/result@1 (or kam/session@1) snapshots, oldest first, or score this
 * quarter's customers.csv with the previous decisions (and their team ratings) and compare in one
 * go (step 10). When the method changed between the compared snapshots, the previous quarter's
 * data is rescored with the current method where it can be found, so the review tells the
 * method's share of every move from the data's.
 */
import { resolve } from 'node:path';
import { shownPath, writeAtomically } from '../app/files.js';
import { readInputs, type Inputs, type ReadSnapshot } from '../app/inputs.js';
import { runDate, type Io } from '../app/io.js';
import { emit, outputTarget, warn } from '../app/output.js';
import { recordedExists, recordInputs, shownPath as shownFrom } from '../app/paths.js';
import type { ReviewPlan } from '../app/plan.js';
import { scoreRun } from '../app/run.js';
import { kamVersion } from '../app/version.js';
import type { Method } from '../core/engine.js';
import { GateError, InputError, UsageError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { methodChanges, rescorable } from '../core/method-changes.js';
import { buildResult, type KamResult } from '../core/result.js';
import { buildReview, type ReviewContext, type ReviewDocument, type Snapshot } from '../core/review.js';
import type { Factor } from '../core/types.js';
import { isRecord } from '../load/json-fields.js';
import { decisionsOf, recordedRatings, savedSettled } from '../load/saved.js';
import { resultDocument, snapshotFromResult } from '../load/snapshot.js';
import { accountHistory, type AccountHistory } from '../render/review/history-chart.js';
import { REVIEW_FORMATS } from '../render/review/formats.js';
import { language, message, say, useLanguage, type Message } from '../i18n/index.js';
import { note } from '../core/messages.js';

function focusOf(doc: ReviewDocument, id: string): AccountHistory {
  if (doc.snapshots.length < 3) throw new UsageError(t('app.command.review.account-snapshots', { n: doc.snapshots.length }));
  const account = doc.accounts.find((a) => a.id === id);
  if (!account) throw new UsageError(t('app.command.review.account-unknown', { id }));
  return accountHistory(doc, account);
}

/** The current method: what the current snapshot was scored with. */
interface CurrentDecisions {
  factors: Factor[];
  method: Method;
  /** Whether it applied team ratings. */
  rated: boolean;
}

export async function review(plan: ReviewPlan, io: Io): Promise<number> {
  const generatedAt = runDate(io).toISOString();
  const savesToFile = plan.saveResult !== undefined && plan.saveResult !== '-';
  const outputs = [
    ...(plan.output.path === undefined ? [] : [{ path: plan.output.path, flag: `-o ${plan.output.path}` }]),
    ...(savesToFile ? [{ path: plan.saveResult!, flag: `--save-result ${plan.saveResult}` }] : []),
  ];
  const inputs = await readInputs(
    {
      delimiter: plan.delimiter,
      encoding: plan.encoding,
      outputs,
      snapshots: plan.files,
      ...(plan.customers === undefined
        ? {}
        : {
            factors: 'decisions' as const,
            decisions: plan.session,
            // The team's ratings go on with the decisions: --ratings, or the file the decisions' document applied.
            ratings: { path: plan.ratings, recorded: 'decisions' as const, aggregate: 'recorded' as const, ignoreUnknownFactors: true, leftAccounts: 'warn' as const },
            customers: { path: plan.customers, columns: 'result' as const },
          }),
    },
    io,
  );
  const warnings = (list: readonly string[], prefix = ''): void => {
    if (!plan.quiet) warn(io, list, prefix);
  };
  const snapshots = inputs.snapshots.map((s) => s.snapshot);
  let current: KamResult | null = null;
  let decisions: CurrentDecisions | null = null;
  if (plan.customers !== undefined) {
    // This quarter's customers scored with the previous decisions (and their ratings), as a kam/result@1 document.
    const { portfolio, progress } = inputs;
    const method = inputs.decisions!.method;
    progress.scoring(portfolio.n);
    const recorder = savesToFile ? plan.saveResult : undefined;
    const records = recordInputs(
      { customers: inputs.customers, decisions: inputs.decisions!.file, ...(inputs.ratings ? { ratings: inputs.ratings.file } : {}) },
      recorder,
      io.cwd,
    );
    let doc;
    try {
      doc = await scoreRun(inputs, { method, stability: null, explain: false, generatedAt, kamVersion: kamVersion() }, records);
    } finally {
      progress.done();
    }
    doc.ev.warnings.unshift(...inputs.warnings);
    const shown = shownPath(plan.customers);
    warnings(doc.ev.warnings.map((w) => say(w)), `${shown}: `);
    current = buildResult(doc.portfolio, doc.ev, doc.ctx);
    snapshots.push(snapshotFromResult(current as unknown as Record<string, unknown>, shown, 'customers', shown));
    decisions = { factors: inputs.factors, method, rated: inputs.ratings !== null };
  }

  const [was, now] = [snapshots[snapshots.length - 2], snapshots[snapshots.length - 1]];
  const changes = was.method && now.method ? methodChanges(was.method, now.method) : [];
  const ctx: ReviewContext = { generatedAt, kamVersion: kamVersion() };
  if (rescorable(changes)) {
    const previous = inputs.snapshots[inputs.snapshots.length - (plan.customers === undefined ? 2 : 1)];
    ctx.rescored = await rescore(plan, io, previous, decisions ?? currentDecisions(inputs.snapshots[inputs.snapshots.length - 1]));
  }
  const doc = buildReview(snapshots, plan.gates, ctx);
  if (changes.length > 0) warnings([methodWarning(doc)]);
  const focus = plan.account === undefined ? null : focusOf(doc, plan.account);

  if (plan.saveResult !== undefined && current !== null) {
    const result = current;
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (plan.saveResult === '-') io.stdout.write(text);
    else writeAtomically(resolve(io.cwd, plan.saveResult), (w) => w(text));
  }
  if (plan.output.path !== undefined || plan.stdout.report) {
    const write = await REVIEW_FORMATS[plan.format].load();
    const t = await outputTarget(plan.output, io);
    await emit(plan.output, io, (out) => write(out, { doc, focus, top: plan.top }, t));
  }
  // The report is out (printed or written) before a failed gate turns into exit 3.
  if (!doc.gates.passed) throw new GateError(doc.gates.violations.map((v) => say(v.message)));
  return 0;
}

/** The one warning about a change of method, and what it means for the deltas. */
function methodWarning(doc: ReviewDocument): string {
  const n = doc.methodChanges.length;
  const list = doc.methodChanges.slice(0, 3).map((c) => say(c.message)).join('; ');
  const more = n > 3 ? t('app.command.review.method.more', { n: n - 3 }) : '';
  const head = t('app.command.review.method.changed', { previous: doc.compared.previous, current: doc.compared.current, n, list, more });
  const r = doc.rescore;
  if (r === null) return t('app.command.review.method.version', { head });
  if (r.done) return t('app.command.review.method.rescored', { head, previous: doc.compared.previous, customers: r.customers });
  return t('app.command.review.method.included', { head, reason: typeof r.reason === 'string' ? r.reason : say(r.reason) });
}

/**
 * Why the previous quarter's data cannot be rescored: the reader's language with the problem as
 * it was shown, and English in the review's JSON with the problem as English words it.
 */
function unscorable(label: string, shown: string, english: string): Message {
  const m: Message & { toJSON(): string } = {
    key: 'app.command.review.rescore.unscorable',
    values: { label, problem: shown },
    toJSON: () => t('app.command.review.rescore.unscorable', { label, problem: english }, 'en'),
  };
  return m;
}

/** The decisions a kam/result@1 or kam/session@1 snapshot was scored with. */
function currentDecisions(s: ReadSnapshot): CurrentDecisions {
  const { factors, method } = decisionsOf(s.document);
  return { factors, method, rated: recordedRatings(s.document) !== null };
}

/**
 * The previous snapshot's data scored with the current method: its customers file (as recorded,
 * found beside the snapshot and unchanged, or --previous-customers) and, when the current method
 * applies team ratings, the previous quarter's ratings. What cannot be found is a reason, not an
 * error: the review then says that the deltas include the method change.
 */
async function rescore(plan: ReviewPlan, io: Io, previous: ReadSnapshot, current: CurrentDecisions): Promise<NonNullable<ReviewContext['rescored']>> {
  const label = previous.snapshot.label;
  const result = resultDocument(previous.document);
  const inputsOf = isRecord(result.inputs) ? result.inputs : {};
  const recorded = isRecord(inputsOf.customers) && typeof inputsOf.customers.path === 'string' ? { path: inputsOf.customers.path, sha256: String(inputsOf.customers.sha256 ?? '') } : null;
  const at = resolve(io.cwd, previous.path);
  let customers: string;
  if (plan.previousCustomers !== undefined) customers = plan.previousCustomers;
  else {
    if (recorded === null || recorded.path === '-') return { snapshot: null, reason: note('app.command.review.rescore.no-customers', { label }) };
    const found = recordedExists(recorded.path, at, io.cwd);
    if (found === null) return { snapshot: null, reason: note('app.command.review.rescore.gone', { label, path: recorded.path }) };
    customers = shownFrom(found, io.cwd);
  }
  const ratings = current.rated ? recordedRatings(previous.document) : null;
  if (current.rated && ratings === null) return { snapshot: null, reason: note('app.command.review.rescore.no-ratings', { label }) };
  const spec = (): Parameters<typeof readInputs>[0] => ({
        delimiter: plan.delimiter,
        factors: 'given',
        given: current,
        ...(ratings === null
          ? {}
          : {
              ratings: {
                recordedFile: {
                  path: ratings,
                  in: at,
                  origin: { what: message('app.origin.previous-ratings.what'), from: message('app.origin.recorded', { file: label }), override: message('app.origin.previous-ratings.override') },
                  settled: savedSettled(previous.document),
                },
                aggregate: current.method.aggregate ?? 'median',
                ignoreUnknownFactors: true,
                leftAccounts: 'warn' as const,
              },
            }),
        customers: { path: customers, columns: 'result' },
  });
  let inputs: Inputs;
  try {
    inputs = await readInputs(spec(), io);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // The reason lands in the review's JSON in English: the problem is read again in English when the run's language is another.
    const problem = (x: InputError): string => x.lines()[0].replace(/\.$/, '');
    const shown = problem(e);
    let english = shown;
    const lang = language();
    if (lang !== 'en') {
      useLanguage('en');
      try {
        await readInputs(spec(), io);
      } catch (again) {
        if (again instanceof InputError) english = problem(again);
      } finally {
        useLanguage(lang);
      }
    }
    return { snapshot: null, reason: unscorable(label, shown, english) };
  }
  inputs.progress.done();
  if (plan.previousCustomers === undefined && recorded && recorded.sha256 !== '' && recorded.sha256 !== inputs.customers.sha256) {
    return { snapshot: null, reason: note('app.command.review.rescore.changed', { customers, label }) };
  }
  const doc = await scoreRun(inputs, { method: current.method, stability: null, explain: false, generatedAt: '', kamVersion: kamVersion() }, {});
  const rescoredResult = buildResult(doc.portfolio, doc.ev, doc.ctx);
  const snapshot: Snapshot = snapshotFromResult(rescoredResult as unknown as Record<string, unknown>, `${label} rescored`, 'result', label);
  return { snapshot, customers: shownPath(customers) };
}
