/**
 * The axis score of METHOD.md §3, defined once: direction, relative strength, the missing-value
 * policy, `100 × Σ wᵢ·uᵢ / Σ wᵢ` and coverage. The engine adds whole columns (AxisSums), the
 * stability runs reuse the same sums with perturbed weights, and explain evaluates one account
 * with the same functions. Pure.
 */
import { binaryExponent, timesPowerOfTwo } from './exact.js';
import type { MissingPolicy } from './types.js';

/**
 * The weights of each factor as the scores use them: as given, unless an axis's weights would
 * overflow when added up or are so small (a weight of 1e-320 is valid) that their products lose
 * precision; then every weight of that axis is scaled by the same power of two, which changes no
 * ratio and so no score — the axis score is Σ wᵢ·uᵢ / Σ wᵢ.
 */
export function axisWeights(factors: ReadonlyArray<{ axis: string; weight: number }>): Float64Array {
  const out = Float64Array.from(factors, (f) => f.weight);
  for (const axis of new Set(factors.map((f) => f.axis))) {
    let max = 0;
    let sum = 0;
    factors.forEach((f) => {
      if (f.axis !== axis) return;
      if (f.weight > max) max = f.weight;
      sum += f.weight;
    });
    if (max === 0 || (Number.isFinite(sum) && max >= 2 ** -100 && max <= 2 ** 100)) continue;
    const k = -binaryExponent(max);
    factors.forEach((f, i) => {
      if (f.axis === axis) out[i] = timesPowerOfTwo(f.weight, k);
    });
  }
  return out;
}

/** `direction = lower`: u becomes 1 − u. */
export function directed(u: number, lower: boolean): number {
  return lower ? 1 - u : u;
}

/**
 * Relative strength: with u_us our value and u_best the best competitor's, (u_us − u_best + 1)/2,
 * so 0.5 is parity; a factor without a competitor rating (best NaN) keeps u_us.
 */
export function relativeU(us: number, best: number): number {
  return best === best && us === us ? (us - best + 1) / 2 : us;
}

/** The u an axis score uses: a missing value counts 0.5 under `midpoint`, nothing otherwise (NaN). */
export function usedU(u: number, missing: MissingPolicy): number {
  return u === u ? u : missing === 'midpoint' ? 0.5 : Number.NaN;
}

/**
 * 100 × (sum / denom), not (100 × sum) / denom: sum ≤ denom gives a ratio ≤ 1 exactly, so a
 * perfect account scores 100, never 100.00000000000001. `denom` is the weight present under
 * `renormalize`, the axis's whole weight otherwise.
 */
export function axisScore(sum: number, denom: number): number {
  return 100 * (sum / denom);
}

/** The denominator of an account's axis score. */
export function scoreDenominator(present: number, total: number, missing: MissingPolicy): number {
  return missing === 'renormalize' ? present : total;
}

/** A factor's contribution in axis points: the contributions of an axis add up to its score. */
export function contribution(weight: number, u: number, denom: number): number {
  return (100 * weight * u) / denom;
}

/**
 * Axis sums over whole columns: factors are added one at a time in criteria order, so every
 * account's sum is formed in the same order as a per-account loop would.
 */
export class AxisSums {
  readonly sum: Float64Array;
  readonly present: Float64Array;
  total = 0;
  constructor(private readonly n: number) {
    this.sum = new Float64Array(n);
    this.present = new Float64Array(n);
  }

  reset(): void {
    this.sum.fill(0);
    this.present.fill(0);
    this.total = 0;
  }

  add(u: Float64Array, w: number, missing: MissingPolicy): void {
    this.total += w;
    const { sum, present } = this;
    const midpoint = missing === 'midpoint';
    for (let p = 0; p < this.n; p++) {
      const v = u[p];
      if (v === v) {
        sum[p] += w * v;
        present[p] += w;
      } else if (midpoint) {
        sum[p] += w * 0.5;
      }
    }
  }

  /**
   * Turns the sums into scores in place (`sum` becomes the score); an account with no weight
   * present gets NaN and is passed to `empty`. With `coverage`, `present` becomes the share of
   * the axis weight present.
   */
  scores(missing: MissingPolicy, coverage: boolean, empty?: (p: number) => void): Float64Array {
    const { sum: score, present, total } = this;
    for (let p = 0; p < this.n; p++) {
      const denom = scoreDenominator(present[p], total, missing);
      if (denom > 0) score[p] = axisScore(score[p], denom);
      else {
        score[p] = Number.NaN;
        empty?.(p);
      }
      if (coverage) present[p] = present[p] / total;
    }
    return score;
  }
}
