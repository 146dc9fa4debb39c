/**
 * Scoring a run: the engine on the inputs, then what the plan asks on top — the ratings report,
 * the stability runs, the explanations — into the result document every writer takes. Pure
 * (no files, no terminal): the plan and the inputs in, the document out.
 */
import { evaluate, type Evaluation, type Method } from '../core/engine.js';
import { Explainer } from '../core/explain.js';
import { ratingsReport } from '../core/ratings.js';
import type { InputFile, ResultContext } from '../core/result.js';
import { stability, type StabilityOptions } from '../core/stability.js';
import type { ResultDocument } from '../render/result-document.js';
import type { Inputs } from './inputs.js';

export interface RunOptions {
  method: Method;
  stability: StabilityOptions | null;
  explain: boolean;
  generatedAt: string;
  kamVersion: string;
  /** Keep the raw factor values after scoring (the library API: a project may be scored again). */
  keepRaw?: boolean;
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
    ev.warnings.push('--strength relative without competitor ratings: every strength factor falls back to our own rating.');
  }
  return ev;
}

/** The whole run: evaluation, ratings report, stability and explanations as the options ask. */
export function scoreRun(inputs: Inputs, o: RunOptions, inputsRecord = inputRecords(inputs)): ResultDocument {
  // Nothing after this run reads the raw factor values unless it explains or perturbs them,
  // or reports ratings (our score against the best competitor's).
  const releaseRaw = !o.keepRaw && o.stability === null && !o.explain && inputs.ratings === null;
  const ev = evaluateInputs(inputs, o.method, releaseRaw);
  const competitors = inputs.ratings?.outcome.competitorBest;
  const ctx: ResultContext = { generatedAt: o.generatedAt, kamVersion: o.kamVersion, inputs: inputsRecord };
  if (inputs.ratings) ctx.ratings = ratingsReport(inputs.ratings.outcome, ev);
  if (o.stability) ctx.stability = stability(inputs.portfolio, ev, o.stability, competitors);
  if (o.explain) ctx.explainer = new Explainer(inputs.portfolio, ev, competitors);
  return { portfolio: inputs.portfolio, ev, ctx };
}
