// Small statistics for the benchmark: medians and paired ratios. Pure functions (tested in
// test/bench/stats.test.ts).

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(xs) {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Paired ratios: numerator[i] / denominator[i] for each round i, both measured in the same
 * round, so a slow moment of the machine weighs on both sides of a pair. The summary is the
 * median of the per-round ratios, with their range.
 */
export function pairedRatio(numerator, denominator) {
  if (numerator.length !== denominator.length) throw new Error(`paired ratio needs as many rounds on both sides (${numerator.length} and ${denominator.length})`);
  if (numerator.length === 0) throw new Error('paired ratio of no rounds');
  const ratios = numerator.map((x, i) => x / denominator[i]);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), ratios };
}

/** Runs fns (each one measurement, returning a number) `rounds` times, alternately; results per fn. */
export function alternate(rounds, fns) {
  const out = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    // Rotate who goes first each round, so no one always runs right after the same neighbour.
    for (let k = 0; k < fns.length; k++) {
      const i = (k + r) % fns.length;
      out[i].push(fns[i](r));
    }
  }
  return out;
}

/**
 * Time per account across sizes, net of the fixed cost of a run (start-up, module loading: the
 * time of a tiny run): (seconds − fixed) / (accounts − fixedAccounts), in µs. `points` are
 * [accounts, seconds] pairs. Flat means the slowest size is close to the fastest: the spread
 * is slowest ÷ fastest.
 */
export function perAccountSpread(points, fixed, fixedAccounts) {
  if (points.length < 2) throw new Error('a spread needs at least two sizes');
  const us = points.map(([n, s]) => [n, (Math.max(0, s - fixed) / (n - fixedAccounts)) * 1e6]);
  const slowest = us.reduce((a, b) => (b[1] > a[1] ? b : a));
  const fastest = us.reduce((a, b) => (b[1] < a[1] ? b : a));
  return { perAccount: us, slowest, fastest, spread: slowest[1] / fastest[1] };
}
