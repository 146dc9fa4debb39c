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
import { computeSplit, round9 } from './classify.js';
import type { CompetitorBest, Evaluation } from './engine.js';
import { lowerBound, upperBound } from './normalize.js';
import { Mulberry32 } from './random.js';
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
  const rng = new Mulberry32(opts.seed);
  const counts = new Uint32Array(4 * n);
  const noisy = opts.scoreNoise > 0;
  const models = noisy ? factors.map((f) => noiseModel(portfolio, ev, f, competitors)) : [];
  const columns: Float64Array[] = factors.map((f) => (noisy ? new Float64Array(n) : ev.u.get(f.factor)!));
  const byAxis = AXES.map((axis) => factors.map((f, k) => (f.axis === axis ? k : -1)).filter((k) => k >= 0));
  const weights = new Float64Array(K);
  const scores = [new Float64Array(n), new Float64Array(n)];
  const present = new Float64Array(n);
  const delta = new Float64Array(n);
  const scratch = new Float64Array(n);
  const midpoint = ev.method.missing === 'midpoint';
  const renormalize = ev.method.missing === 'renormalize';
  const spec = ev.method.split;

  for (let run = 0; run < opts.runs; run++) {
    for (let k = 0; k < K; k++) weights[k] = factors[k].weight * (1 + opts.perturb * (2 * rng.next() - 1));
    if (noisy) {
      for (let k = 0; k < K; k++) {
        rng.fillSymmetric(delta, opts.scoreNoise);
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

/** Writes u (after direction and relative strength) of every scope position shifted by delta[p]. */
export type NoiseModel = (delta: Float64Array, out: Float64Array) => void;

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
      let u = out[p];
      if (lower) u = 1 - u;
      if (best !== null && best[p] === best[p] && u === u) u = (u - best[p] + 1) / 2;
      out[p] = u;
    }
  };
}

/** u ("higher is better") of each value x[p] shifted by delta[p], the other accounts unshifted. */
export function shiftedU(f: Factor, x: Float64Array): NoiseModel {
  const n = x.length;
  const norm = f.normalize;
  switch (norm.kind) {
    case 'none': {
      const { min, max } = f;
      const span = max - min;
      return (delta, out) => {
        for (let p = 0; p < n; p++) {
          const v = x[p] + delta[p];
          out[p] = ((v < min ? min : v > max ? max : v) - min) / span;
        }
      };
    }
    case 'bands': {
      const t = Float64Array.from(norm.thresholds);
      const k = t.length;
      return (delta, out) => {
        for (let p = 0; p < n; p++) {
          const v = x[p] + delta[p];
          let b = 0;
          while (b < k && v >= t[b]) b++;
          out[p] = v === v ? b / k : Number.NaN;
        }
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
          const u = (x[p] + delta[p] - lo) / span;
          out[p] = x[p] !== x[p] ? Number.NaN : span > 0 ? (u < 0 ? 0 : u > 1 ? 1 : u) : 0.5;
        }
      };
    }
    case 'percentile':
      return percentileShift(x);
  }
}

/**
 * Percentile with one account's value shifted: its average rank among the others' unshifted
 * values. The distinct values and how many lie below each are computed once; each shifted value
 * costs one binary search over the distinct values.
 */
function percentileShift(x: Float64Array): NoiseModel {
  const n = x.length;
  const sorted = Float64Array.from(x.filter((v) => v === v)).sort();
  const count = sorted.length;
  const distinct: number[] = [];
  const below: number[] = []; // values < distinct[j]
  for (let i = 0; i < count; i = upperBound(sorted, sorted[i])) {
    distinct.push(sorted[i]);
    below.push(i);
  }
  below.push(count);
  const vals = Float64Array.from(distinct);
  const less = Float64Array.from(below);
  return (delta, out) => {
    for (let p = 0; p < n; p++) {
      const own = x[p];
      if (own !== own) {
        out[p] = Number.NaN;
        continue;
      }
      if (count === 1) {
        out[p] = 0.5;
        continue;
      }
      const to = own + delta[p];
      const j = lowerBound(vals, to);
      const lt = less[j];
      const eq = j < vals.length && vals[j] === to ? less[j + 1] - less[j] : 0;
      // Without the account's own unshifted value: below `to`, or equal to it.
      const others = lt - (own < to ? 1 : 0) + (eq - (own === to ? 1 : 0)) / 2;
      out[p] = others / (count - 1);
    }
  };
}
