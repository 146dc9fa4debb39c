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
 * Score noise by normalisation (the value x of one account moves by δ; the others stay put):
 *  - none:       x + δ clamped to min..max, then (x − min)/(max − min): exact.
 *  - bands:      the band of x + δ: exact.
 *  - minmax:     (x + δ − lo)/(hi − lo) clamped to 0..1, with lo, hi of the unshifted portfolio.
 *  - percentile: the average rank of x + δ among the other accounts' unshifted values.
 * Then `direction = lower` and relative strength apply as in the engine.
 *
 * Pure: typed arrays, no I/O; O(runs × accounts × factors) plus the split rule per run.
 */
import { computeSplit, quadrantIndex } from './classify.js';
import type { CompetitorBest, Evaluation } from './engine.js';
import { lowerBound, upperBound } from './normalize.js';
import { mulberry32 } from './random.js';
import { AXES, QUADRANTS, type Factor, type Portfolio, type Quadrant } from './types.js';

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
  const rnd = mulberry32(opts.seed);
  const counts = new Uint32Array(4 * n);
  const noisy = opts.scoreNoise > 0;
  const models = noisy ? factors.map((f) => noiseModel(portfolio, ev, f, competitors)) : [];
  const columns: Float64Array[] = factors.map((f) => (noisy ? new Float64Array(n) : ev.u.get(f.factor)!));
  const byAxis = AXES.map((axis) => factors.map((f, k) => (f.axis === axis ? k : -1)).filter((k) => k >= 0));
  const weights = new Float64Array(K);
  const scores = [new Float64Array(n), new Float64Array(n)];
  const present = new Float64Array(n);
  const delta = new Float64Array(n);
  const midpoint = ev.method.missing === 'midpoint';
  const renormalize = ev.method.missing === 'renormalize';

  for (let run = 0; run < opts.runs; run++) {
    for (let k = 0; k < K; k++) weights[k] = factors[k].weight * (1 + opts.perturb * (2 * rnd() - 1));
    if (noisy) {
      for (let k = 0; k < K; k++) {
        for (let p = 0; p < n; p++) delta[p] = opts.scoreNoise * (2 * rnd() - 1);
        models[k](delta, columns[k]);
      }
    }
    for (let a = 0; a < 2; a++) {
      const out = scores[a];
      out.fill(0);
      present.fill(0);
      let total = 0;
      for (const k of byAxis[a]) {
        const w = weights[k];
        const col = columns[k];
        total += w;
        for (let p = 0; p < n; p++) {
          const v = col[p];
          if (v === v) {
            out[p] += w * v;
            present[p] += w;
          } else if (midpoint) out[p] += w * 0.5;
        }
      }
      for (let p = 0; p < n; p++) out[p] = (100 * out[p]) / (renormalize ? present[p] : total);
    }
    const split = computeSplit(ev.method.split, scores[0], scores[1]);
    for (let p = 0; p < n; p++) counts[4 * p + quadrantIndex(scores[0][p], scores[1][p], split)]++;
  }
  return { ...opts, counts, base: Uint8Array.from(ev.quadrant) };
}

/** Writes u (after direction and relative strength) of every scope position shifted by delta[p]. */
type NoiseModel = (delta: Float64Array, out: Float64Array) => void;

function noiseModel(portfolio: Portfolio, ev: Evaluation, f: Factor, competitors?: CompetitorBest): NoiseModel {
  const raw = portfolio.values.get(f.factor)!;
  const scope = ev.scope;
  const n = scope.length;
  const x = Float64Array.from(scope, (row) => raw[row]);
  const relative = ev.method.strength === 'relative' && f.axis === 'strength' ? competitors?.get(f.factor) : undefined;
  const best = relative ? Float64Array.from(scope, (row) => relative[row]) : null;
  const lower = f.direction === 'lower';
  const finish = (out: Float64Array): void => {
    for (let p = 0; p < n; p++) {
      let u = out[p];
      if (lower) u = 1 - u;
      if (best !== null && best[p] === best[p] && u === u) u = (u - best[p] + 1) / 2;
      out[p] = u;
    }
  };
  const norm = f.normalize;
  switch (norm.kind) {
    case 'none': {
      const span = f.max - f.min;
      return (delta, out) => {
        for (let p = 0; p < n; p++) out[p] = (Math.min(f.max, Math.max(f.min, x[p] + delta[p])) - f.min) / span;
        finish(out);
      };
    }
    case 'bands': {
      const t = norm.thresholds;
      return (delta, out) => {
        for (let p = 0; p < n; p++) {
          const v = x[p] + delta[p];
          let b = 0;
          while (b < t.length && v >= t[b]) b++;
          out[p] = v === v ? b / t.length : Number.NaN;
        }
        finish(out);
      };
    }
    case 'minmax': {
      let lo = Infinity;
      let hi = -Infinity;
      for (let p = 0; p < n; p++) {
        if (x[p] < lo) lo = x[p];
        if (x[p] > hi) hi = x[p];
      }
      const span = hi - lo;
      return (delta, out) => {
        for (let p = 0; p < n; p++) {
          const v = x[p];
          out[p] = v !== v ? Number.NaN : span > 0 ? Math.min(1, Math.max(0, (v + delta[p] - lo) / span)) : 0.5;
        }
        finish(out);
      };
    }
    case 'percentile': {
      const sorted = Float64Array.from(x.filter((v) => v === v)).sort();
      const count = sorted.length;
      return (delta, out) => {
        for (let p = 0; p < n; p++) out[p] = x[p] !== x[p] ? Number.NaN : count === 1 ? 0.5 : rankAmongOthers(sorted, x[p], x[p] + delta[p]) / (count - 1);
        finish(out);
      };
    }
  }
}

/**
 * The 0-based average rank of value `to` among `sorted` without one occurrence of `own` (the
 * account's unshifted value): (others below) + (others equal)/2.
 */
export function rankAmongOthers(sorted: Float64Array, own: number, to: number): number {
  const below = lowerBound(sorted, to);
  const upTo = upperBound(sorted, to);
  const less = below - (own < to ? 1 : 0);
  const equal = upTo - below - (own === to ? 1 : 0);
  return less + equal / 2;
}
