/** Rounding shares so that they add up exactly: the one largest-remainder rounder of kam. */
import { binaryExponent, timesPowerOfTwo } from './exact.js';

/**
 * Shares of `weights` in whole `units` that add up to exactly `units` (largest remainder: the
 * units left over after rounding down go to the largest fractional parts, ties to the earlier
 * weight). All zeros when the weights add up to nothing.
 */
export function largestRemainder(given: readonly number[], units: number): number[] {
  // Weights too large to add up, or too small to divide, are scaled alike by a power of two first.
  const largest = given.reduce((m, w) => (w > m ? w : m), 0);
  const weights = largest > 0 && (largest > 2 ** 900 || largest < 2 ** -900) ? given.map((w) => timesPowerOfTwo(w, -binaryExponent(largest))) : given;
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) return weights.map(() => 0);
  const exact = weights.map((w) => (w / total) * units);
  // A hair of slack so that 24.999999999999996 counts as the 25 it is.
  const whole = exact.map((x) => Math.floor(x + 1e-9));
  let left = units - whole.reduce((s, c) => s + c, 0);
  const order = exact.map((_, i) => i).sort((i, j) => exact[j] - whole[j] - (exact[i] - whole[i]) || i - j);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) whole[order[k]]++;
  return whole;
}

/** Weights as percentages with two decimals that add up to exactly 100.00 (criteria.csv). */
export function percentWeights(weights: readonly number[]): number[] {
  return largestRemainder(weights, 10000).map((c) => c / 100);
}

/** Weights as whole points out of 100 that add up to exactly 100 (the workshop). */
export function toPoints(weights: readonly number[]): number[] {
  return largestRemainder(weights, 100);
}
