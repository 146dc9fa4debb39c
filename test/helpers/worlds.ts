/**
 * Random small portfolios for property tests of the analyses: four factors (two per axis) with
 * random normalisations, directions, weights and missing cells, a split rule and a missing-value
 * policy chosen from the lists the test gives.
 */
import fc from 'fast-check';
import { evaluate } from '../../src/core/engine.js';
import type { Factor, MissingPolicy, Normalize, SplitSpec } from '../../src/core/types.js';
import { makeFactor, makeMethod, makePortfolio } from './portfolio.js';

const NORMALIZATIONS: Normalize[] = [{ kind: 'none' }, { kind: 'minmax' }, { kind: 'percentile' }, { kind: 'bands', thresholds: [3, 6, 8] }];
const MAX_ACCOUNTS = 10;

export const worldArbitrary = fc.record({
  n: fc.integer({ min: 1, max: MAX_ACCOUNTS }),
  kinds: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
  weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 4 }),
  lower: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  split: fc.nat(),
  missing: fc.nat(),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  cells: fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 10 }) }, { weight: 1, arbitrary: fc.constant(null) }), {
    minLength: 4 * MAX_ACCOUNTS,
    maxLength: 4 * MAX_ACCOUNTS,
  }),
});

export type World = typeof worldArbitrary extends fc.Arbitrary<infer T> ? T : never;

/**
 * The world's portfolio, factors and evaluation. F0 (attractiveness) and F2 (strength) always
 * have a value and a weight, so every account can be scored under every policy; F1 and F3 may be
 * missing (except under `error`) and weigh 0.
 */
export function buildWorld(w: World, splits: readonly SplitSpec[], policies: readonly MissingPolicy[]) {
  const ids = Array.from({ length: w.n }, (_, i) => `A${i}`);
  const names = ['F0', 'F1', 'F2', 'F3'];
  const policy = policies[w.missing % policies.length];
  const split = splits[w.split % splits.length];
  const values: Record<string, Array<number | null>> = {};
  names.forEach((name, k) => {
    values[name] = ids.map((_, i) => {
      const c = w.cells[k * MAX_ACCOUNTS + i];
      return k % 2 === 0 || policy === 'error' ? (c ?? 5) : c;
    });
  });
  const factors: Factor[] = names.map((name, k) =>
    makeFactor(name, k < 2 ? 'attractiveness' : 'strength', k % 2 === 0 ? Math.max(1, w.weights[k]) : w.weights[k], {
      normalize: NORMALIZATIONS[w.kinds[k]],
      direction: w.lower[k] ? 'lower' : 'higher',
    }),
  );
  const portfolio = makePortfolio({ ids, values });
  return { portfolio, factors, split, policy, ev: evaluate(portfolio, factors, makeMethod({ split, missing: policy })) };
}
