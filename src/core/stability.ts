/**
 * Stability of the quadrants under uncertain weights and scores (issue 4, part 4).
 *
 * Each run multiplies every factor weight by its own uniform factor in [1 − p, 1 + p] and, with
 * score noise d, shifts every account's value of every factor by its own uniform amount in
 * [−d, d] points of the factor's scale; it then scores the accounts exactly as the engine does
 * (same missing policy, same split rule recomputed per run, same ≥-boundary rule) and counts in
 * which quadrant each account lands. An account that stays in its base quadrant in fewer than
 * 80 % of the runs is *borderline*.
 *
 * Score noise: the value x of one account moves by δ, the others stay put; each normalisation
 * kind says what that does to u (`shifted` in core/normalize/). Then `direction = lower`,
 * relative strength and the axis score apply as in the engine (core/score.ts).
 *
 * Pure: typed arrays, no I/O; O(runs × accounts × factors) plus the split rule per run.
 */
import { computeSplit, round9 } from './classify.js';
import type { Evaluation } from './engine.js';
import { normalization, type NoiseModel } from './normalize/index.js';
import { Mulberry32 } from './random.js';
import { axisWeights, AxisSums, directed, relativeU } from './score.js';
import { AXES, QUADRANTS, type CompetitorBest, type Factor, type Portfolio, type Quadrant } from './types.js';

export interface StabilityOptions {
  runs: number;
  /** Weight perturbation p: each weight × U(1 − p, 1 + p); 0 ≤ p ≤ 1. */
  perturb: number;
  /** Score noise d in scale points: each value + U(−d, d); 0 for none. */
  scoreNoise: number;
  seed: number;
}

export const DEFAULT_STABILITY: StabilityOptions = { runs: 1000, perturb: 0.2, scoreNoise: 0, seed: 1 };

/** Below this share of runs in its base quadrant an account is borderline. */
export const BORDERLINE_PCT = 80;

export interface StabilityOutcome extends StabilityOptions {
  /** Runs per quadrant for each scope position: counts[4p + q], q indexing QUADRANTS. */
  counts: Uint32Array;
  /** The base quadrant of each scope position (the evaluation's). */
  base: Uint8Array;
}

/** Per account: share of runs in its base quadrant and where it most often goes instead. */
export interface AccountStability {
  inQuadrantPct: number;
  movesTo: Quadrant | null;
  movesToPct: number;
  borderline: boolean;
}

export function accountStability(s: StabilityOutcome, p: number): AccountStability {
  const base = s.base[p];
  let best = -1;
  for (let q = 0; q < 4; q++) {
    if (q !== base && s.counts[4 * p + q] > 0 && (best < 0 || s.counts[4 * p + q] > s.counts[4 * p + best])) best = q;
  }
  const inQuadrantPct = s.runs > 0 ? (100 * s.counts[4 * p + base]) / s.runs : 100;
  return {
    inQuadrantPct,
    movesTo: best < 0 ? null : QUADRANTS[best],
    movesToPct: best < 0 ? 0 : (100 * s.counts[4 * p + best]) / s.runs,
    borderline: inQuadrantPct < BORDERLINE_PCT,
  };
}

export function borderlineCount(s: StabilityOutcome): number {
  let n = 0;
  for (let p = 0; p < s.base.length; p++) if (accountStability(s, p).borderline) n++;
  return n;
}

export function stability(
  portfolio: Portfolio,
  ev: Evaluation,
  opts: StabilityOptions,
  competitors?: CompetitorBest,
): StabilityOutcome {
  const n = ev.scope.length;
  const factors = ev.factors;
  const K = factors.length;
  const rng = new Mulberry32(opts.seed);
  const counts = new Uint32Array(4 * n);
  const noisy = opts.scoreNoise > 0;
  const models = noisy ? factors.map((f) => noiseModel(portfolio, ev, f, competitors)) : [];
  const columns: Float64Array[] = factors.map((f) => (noisy ? new Float64Array(n) : ev.u.get(f.factor)!));
  const byAxis = AXES.map((axis) => factors.map((f, k) => (f.axis === axis ? k : -1)).filter((k) => k >= 0));
  const weights = new Float64Array(K);
  const given = axisWeights(factors);
  const sums = [new AxisSums(n), new AxisSums(n)];
  const delta = new Float64Array(n);
  const scratch = new Float64Array(n);
  const missing = ev.method.missing;
  const spec = ev.method.split;

  for (let run = 0; run < opts.runs; run++) {
    for (let k = 0; k < K; k++) weights[k] = given[k] * (1 + opts.perturb * (2 * rng.next() - 1));
    if (noisy) {
      for (let k = 0; k < K; k++) {
        rng.fillSymmetric(delta, opts.scoreNoise);
        models[k](delta, columns[k]);
      }
    }
    const scores = sums.map((axis, a) => {
      axis.reset();
      for (const k of byAxis[a]) axis.add(columns[k], weights[k], missing);
      return axis.scores(missing, false);
    });
    // The same split rule as the engine, recomputed on this run's scores (median by selection, not sorting).
    const split =
      spec.rule === 'median'
        ? { rule: 'median' as const, attractiveness: medianOf(scores[0], scratch), strength: medianOf(scores[1], scratch) }
        : computeSplit(spec, scores[0], scores[1]);
    const splitA = round9(split.attractiveness);
    const splitS = round9(split.strength);
    const att = scores[0];
    const str = scores[1];
    for (let p = 0; p < n; p++) {
      // quadrantIndex: a score ≥ its boundary (both rounded to 9 decimals) is high.
      const q = (round9(att[p]) >= splitA ? 0 : 2) + (round9(str[p]) >= splitS ? 0 : 1);
      counts[4 * p + q]++;
    }
  }
  return { ...opts, counts, base: Uint8Array.from(ev.quadrant) };
}

/** The median of `values` (the mean of the two middle ones for an even count), as classify's median. */
export function medianOf(values: Float64Array, scratch: Float64Array): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  scratch.set(values);
  const m = n >> 1;
  const upper = select(scratch, m, n);
  if (n % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = 0; i < m; i++) if (scratch[i] > lower) lower = scratch[i];
  return (lower + upper) / 2;
}

/** Quickselect (Hoare partition, middle pivot): a[k] becomes the k-th smallest, a[0..k) ≤ a[k] ≤ a(k..n). */
function select(a: Float64Array, k: number, n: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

export type { NoiseModel } from './normalize/index.js';

function noiseModel(portfolio: Portfolio, ev: Evaluation, f: Factor, competitors?: CompetitorBest): NoiseModel {
  const raw = portfolio.values.get(f.factor)!;
  const scope = ev.scope;
  const n = scope.length;
  const x = Float64Array.from(scope, (row) => raw[row]);
  const relative = ev.method.strength === 'relative' && f.axis === 'strength' ? competitors?.get(f.factor) : undefined;
  const best = relative ? Float64Array.from(scope, (row) => relative[row]) : null;
  const lower = f.direction === 'lower';
  const base = shiftedU(f, x);
  if (!lower && best === null) return base;
  return (delta, out) => {
    base(delta, out);
    for (let p = 0; p < n; p++) {
      const u = directed(out[p], lower);
      out[p] = best === null ? u : relativeU(u, best[p]);
    }
  };
}

/** u ("higher is better") of each value x[p] shifted by delta[p], the other accounts unshifted. */
export function shiftedU(f: Factor, x: Float64Array): NoiseModel {
  return normalization(f.normalize).shifted(f, f.normalize, x);
}
