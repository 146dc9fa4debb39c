/** Invariants of team scoring and relative strength, over generated portfolios and ratings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { aggregateRatings, aggregateScores, groupRatings, type Aggregate, type Rating } from '../../src/core/rating-set.js';
import { resolveRatings } from '../../src/core/ratings.js';
import type { Factor } from '../../src/core/types.js';
import { makeFactor, makeMethod, makePortfolio } from '../helpers/portfolio.js';

const score = fc.integer({ min: 10, max: 100 }).map((x) => x / 10); // 1.0 … 10.0 on a 1..10 scale
const aggregate = fc.constantFrom<Aggregate>('median', 'mean');

/** A portfolio of n accounts with `k` strength factors (random direction) and one attractiveness factor. */
const setup = fc
  .record({ n: fc.integer({ min: 1, max: 8 }), k: fc.integer({ min: 1, max: 4 }) })
  .chain(({ n, k }) =>
    fc.record({
      directions: fc.array(fc.boolean(), { minLength: k, maxLength: k }),
      weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: k, maxLength: k }),
      values: fc.array(fc.array(score, { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
      rated: fc.array(fc.array(fc.boolean(), { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
    }),
  )
  .map(({ directions, weights, values, rated }) => {
    const n = values[0].length;
    const ids = Array.from({ length: n }, (_, i) => `A${i}`);
    const factors: Factor[] = [
      makeFactor('X', 'attractiveness', 1),
      ...directions.map((lower, j) => makeFactor(`S${j}`, 'strength', weights[j], { direction: lower ? 'lower' : 'higher' })),
    ];
    const spec: Record<string, number[]> = { X: ids.map(() => 5) };
    values.forEach((col, j) => (spec[`S${j}`] = col));
    return { portfolio: makePortfolio({ ids, values: spec }), factors, values, rated };
  });

describe('aggregation', () => {
  it('is independent of the order the rows come in', () => {
    const rows = fc.array(
      fc.record({ account: fc.constantFrom('A', 'B'), factor: fc.constantFrom('Q', 'R'), competitor: fc.constantFrom(null, 'Acme'), score }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(rows, aggregate, fc.integer(), (list, how, seed) => {
        const ratings: Rating[] = list.map((x, i) => ({ ...x, rater: null, line: i + 2 }));
        const shuffled = [...ratings].sort((a, b) => ((a.line * 7919 + seed) % 101) - ((b.line * 7919 + seed) % 101));
        const factors = [makeFactor('Q', 'strength', 1), makeFactor('R', 'strength', 1)];
        const key = (a: { account: string; factor: string; competitor: string | null }) => `${a.account}/${a.factor}/${a.competitor}`;
        const summary = (rs: Rating[]) =>
          new Map(aggregateRatings(groupRatings(factors, rs), how).map((a) => [key(a), [a.score, a.spread, a.spreadPct, a.disagreement]]));
        expect(summary(shuffled)).toEqual(summary(ratings));
      }),
    );
  });

  it('median and mean lie between the lowest and the highest score', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 15 }), aggregate, (scores, how) => {
        const v = aggregateScores(scores, how);
        expect(v).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-12);
        expect(v).toBeLessThanOrEqual(Math.max(...scores) + 1e-12);
      }),
    );
  });
});

describe('relative strength', () => {
  it('a competitor identical to us gives 50 on every factor that has one, u_us on the others', () => {
    fc.assert(
      fc.property(setup, ({ portfolio, factors, values, rated }) => {
        const ratings: Rating[] = [];
        values.forEach((col, j) =>
          col.forEach((x, i) => {
            if (rated[j][i]) ratings.push({ account: `A${i}`, factor: `S${j}`, competitor: 'Twin', rater: null, score: x, line: 2 });
          }),
        );
        const out = resolveRatings(portfolio, groupRatings(factors, ratings), 'median');
        const rel = evaluate(out.portfolio, factors, makeMethod(), out.competitorBest);
        const abs = evaluate(out.portfolio, factors, makeMethod({ strength: 'absolute' }), out.competitorBest);
        values.forEach((col, j) =>
          col.forEach((_, i) => {
            const u = rel.u.get(`S${j}`)![i];
            if (rated[j][i]) expect(u).toBeCloseTo(0.5, 12);
            else expect(u).toBe(abs.u.get(`S${j}`)![i]);
          }),
        );
        if (rated.every((col) => col.every(Boolean))) for (const s of rel.strength) expect(s).toBeCloseTo(50, 9);
      }),
    );
  });

  it('a better-rated competitor never raises our strength', () => {
    fc.assert(
      fc.property(setup, fc.nat(), score, score, ({ portfolio, factors, values }, pick, a, b) => {
        const j = pick % values.length;
        const f = factors[j + 1];
        // "better" for the customer: higher score, or lower where lower is better
        const [worse, better] = (f.direction === 'lower' ? a < b : a > b) ? [b, a] : [a, b];
        const run = (theirs: number) => {
          const out = resolveRatings(portfolio, groupRatings(factors, [{ account: 'A0', factor: f.factor, competitor: 'Rival', rater: null, score: theirs, line: 2 }]), 'median');
          return evaluate(out.portfolio, factors, makeMethod(), out.competitorBest).strength[0];
        };
        expect(run(better)).toBeLessThanOrEqual(run(worse) + 1e-9);
      }),
    );
  });
});
