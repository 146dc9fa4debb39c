/** Weights shown and typed as points out of 100. */

/** Weights as points out of 100, rounded by largest remainder so they add up to exactly 100. */
export function toPoints(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return weights.map(() => 0);
  const exact = weights.map((w) => (100 * w) / total);
  const points = exact.map(Math.floor);
  let left = 100 - points.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    points[i]++;
    left--;
  }
  return points;
}
