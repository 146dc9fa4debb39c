/**
 * Scoring a run: the engine on the inputs, then what the plan asks on top — the ratings report,
 * the stability runs, the explanations — into the result document every writer takes. Pure
 * (no files, no terminal): the plan and the inputs in, the document out.
 */
import { evaluate, type Evaluation, type Method } from '../core/engine.js';
import type { ComparisonRecord, InputFile, ResultContext } from '../core/result.js';
import type { Snapshot } from '../core/review.js';
import type { StabilityOptions } from '../core/stability.js';
import type { ResultDocument } from '../render/result-document.js';
import type { Inputs } from './inputs.js';
import { say } from '../i18n/index.js';
import { note } from '../core/messages.js';

export interface RunOptions {
  method: Method;
  stability: StabilityOptions | null;
  explain: boolean;
  generatedAt: string;
  kamVersion: string;
}

/** The result document's `inputs`: the files the run read, as the user named them, with their hashes. */
export function inputRecords(inputs: Pick<Inputs, 'customers' | 'criteria' | 'ratings'>, extra: Record<string, InputFile> = {}): Record<string, InputFile> {
  return {
    customers: { path: inputs.customers.path, sha256: inputs.customers.sha256 },
    ...(inputs.criteria ? { criteria: { path: inputs.criteria.path, sha256: inputs.criteria.sha256 } } : {}),
    ...extra,
    ...(inputs.ratings ? { ratings: inputs.ratings.file } : {}),
  };
}

/** Evaluates the inputs with the method; with `releaseRaw` a one-shot run frees each raw column once scored. */
export function evaluateInputs(inputs: Pick<Inputs, 'portfolio' | 'factors' | 'ratings'>, method: Method, releaseRaw = false): Evaluation {
  const competitors = inputs.ratings?.outcome.competitorBest;
  const ev = evaluate(inputs.portfolio, inputs.factors, method, competitors, { releaseRaw });
  if (ev.method.strength === 'relative' && !(competitors && competitors.size > 0)) {
    ev.warnings.push(note('app.run.relative-unrated'));
  }
  return ev;
}

/**
 * The whole run: evaluation, ratings report, stability and explanations as the options ask (each
 * loaded only by a run that asks for it).
 */
export async function scoreRun(inputs: Inputs, o: RunOptions, inputsRecord = inputRecords(inputs)): Promise<ResultDocument> {
  // Nothing after this run reads the raw factor values unless it explains or perturbs them,
  // or reports ratings (our score against the best competitor's).
  const releaseRaw = o.stability === null && !o.explain && inputs.ratings === null;
  const ev = evaluateInputs(inputs, o.method, releaseRaw);
  const competitors = inputs.ratings?.outcome.competitorBest;
  const ctx: ResultContext = { generatedAt: o.generatedAt, kamVersion: o.kamVersion, inputs: inputsRecord };
  if (inputs.ratings) ctx.ratings = (await import('../core/ratings.js')).ratingsReport(inputs.ratings.outcome, ev);
  if (o.stability) ctx.stability = (await import('../core/stability.js')).stability(inputs.portfolio, ev, o.stability, competitors);
  if (o.explain) ctx.explainer = new (await import('../core/explain.js')).Explainer(inputs.portfolio, ev, competitors);
  return { portfolio: inputs.portfolio, ev, ctx };
}

/**
 * `--compare FILE` without a terminal: who moved between the earlier file and this result, as
 * kam review and the workshop's step 10 say it. `file` is the earlier file as the result records it.
 */
export async function comparisonOf(doc: ResultDocument, compare: { snapshot: Snapshot }, file: string): Promise<ComparisonRecord> {
  // Loaded only by the runs that compare.
  const [{ buildResult }, { buildReview, movementOf }, { snapshotFromResult }, { movementMessages }] = await Promise.all([
    import('../core/result.js'),
    import('../core/review.js'),
    import('../load/snapshot.js'),
    import('../render/review/wording.js'),
  ]);
  const now = buildResult(doc.portfolio, doc.ev, { ...doc.ctx, stability: undefined, explainer: undefined });
  const current = snapshotFromResult(now as unknown as Record<string, unknown>, 'now', 'result', 'now');
  const review = buildReview([compare.snapshot, current], [], { generatedAt: '', kamVersion: '' });
  return {
    file,
    movements: review.movements,
    release: review.release.map((r) => ({ id: r.id, name: r.name, reason: r.reason, detail: say(r.detail, 'en') })),
    sentences: movementMessages(movementOf(review)),
  };
}
