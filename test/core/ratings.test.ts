/** METHOD.md §2–§3 ratings: aggregation, spread, disagreements, replacement, best competitor, relative strength. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { aggregateRatings, aggregateScores, groupRatings, isDisagreement, spreadOf, type Rating } from '../../src/core/rating-set.js';
import { competitorRatingProblem, ratingsReport, resolveRatings } from '../../src/core/ratings.js';
import { byId, makeFactor, makeMethod, makePortfolio } from '../helpers/portfolio.js';

let nextLine = 2;
/** A rating row; `c` is the competitor (omitted: us). */
const r = (account: string, factor: string, score: number, rater: string | null = null, c: string | null = null): Rating => ({
  account,
  factor,
  competitor: c,
  rater,
  score,
  line: nextLine++,
});

describe('aggregation', () => {
  it('median of an odd count is the middle score', () => {
    // sorted 3, 4, 9 → 4
    expect(aggregateScores([9, 3, 4], 'median')).toBe(4);
    expect(aggregateScores([7], 'median')).toBe(7);
  });

  it('median of an even count is the mean of the two middle scores', () => {
    // sorted 2, 3, 7, 8 → (3 + 7) / 2 = 5
    expect(aggregateScores([8, 2, 7, 3], 'median')).toBe(5);
    // sorted 4, 9 → 6.5
    expect(aggregateScores([9, 4], 'median')).toBe(6.5);
  });

  it('mean', () => {
    // (1 + 2 + 6) / 3 = 3
    expect(aggregateScores([6, 1, 2], 'mean')).toBe(3);
    // (9 + 3 + 4) / 3 = 16/3, where the median is 4
    // METHOD.md §3: a computed aggregate is rounded to 12 significant digits.
    expect(aggregateScores([9, 3, 4], 'mean')).toBe(5.33333333333);
  });

  it('spread is max − min; one score has none', () => {
    expect(spreadOf([9, 3, 4])).toBe(6);
    expect(spreadOf([5])).toBe(0);
  });
});

describe('disagreement: spread ≥ 30 % of the scale', () => {
  const tenPoint = { min: 1, max: 10 }; // span 9: 30 % = 2.7
  const fivePoint = { min: 1, max: 5 }; // span 4: 30 % = 1.2

  it('exactly 30 % is a disagreement, even where floating point lands just under it', () => {
    expect(isDisagreement(2.7, tenPoint)).toBe(true);
    // 3.7 − 1 = 2.7000000000000002 and 1.2 / 4 = 0.29999999999999993 in doubles
    expect(isDisagreement(spreadOf([1, 3.7]), tenPoint)).toBe(true);
    expect(isDisagreement(1.2, fivePoint)).toBe(true);
  });

  it('just under 30 % is not', () => {
    expect(isDisagreement(2.69, tenPoint)).toBe(false);
    expect(isDisagreement(1.19, fivePoint)).toBe(false);
  });

  it('on integer scores: 3 of 9 points (33 %) is, 2 (22 %) is not; on 1..5, 2 points (50 %) is, 1 (25 %) is not', () => {
    expect(isDisagreement(3, tenPoint)).toBe(true);
    expect(isDisagreement(2, tenPoint)).toBe(false);
    expect(isDisagreement(2, fivePoint)).toBe(true);
    expect(isDisagreement(1, fivePoint)).toBe(false);
  });

  it('aggregateRatings reports score, spread, spreadPct and the raters in file order', () => {
    const factors = [makeFactor('Q', 'strength', 1)];
    const [a] = aggregateRatings(groupRatings(factors, [r('A', 'Q', 8, 'ana'), r('A', 'Q', 2, 'ben'), r('A', 'Q', 5, 'cy')]), 'median');
    // sorted 2, 5, 8 → 5; spread 6 of 9 = 66.67 %
    expect(a).toMatchObject({ account: 'A', factor: 'Q', competitor: null, score: 5, spread: 6, disagreement: true });
    expect(a.spreadPct).toBeCloseTo(200 / 3, 12);
    expect(a.raters).toEqual([
      { rater: 'ana', score: 8 },
      { rater: 'ben', score: 2 },
      { rater: 'cy', score: 5 },
    ]);
  });

  it('groups by (account, factor, competitor); competitor names match case-insensitively', () => {
    const factors = [makeFactor('Q', 'strength', 1)];
    const groups = groupRatings(factors, [r('A', 'Q', 8), r('A', 'Q', 6, null, 'Acme'), r('A', 'Q', 4, null, 'ACME'), r('B', 'Q', 1)]).groups();
    expect(groups.map((g) => [g.account, g.competitor, g.scores])).toEqual([
      ['A', null, [8]],
      ['A', 'Acme', [6, 4]],
      ['B', null, [1]],
    ]);
  });
});

describe('our ratings replace customers.csv', () => {
  const portfolio = makePortfolio({ ids: ['A', 'B', 'C'], values: { X: [5, 5, 5], Q: [2, 3, 4] } });
  const factors = [makeFactor('X', 'attractiveness', 1), makeFactor('Q', 'strength', 1)];

  it('the aggregated value replaces the cell; unrated accounts keep theirs; the input is not changed', () => {
    const out = resolveRatings(portfolio, groupRatings(factors, [r('B', 'Q', 9), r('B', 'Q', 7), r('B', 'Q', 10)]), 'median');
    // B: sorted 7, 9, 10 → 9
    expect(Array.from(out.portfolio.values.get('Q')!)).toEqual([2, 9, 4]);
    expect(Array.from(portfolio.values.get('Q')!)).toEqual([2, 3, 4]);
    expect(out.portfolio.values.get('X')).toBe(portfolio.values.get('X'));
    // mean instead: (9 + 7 + 10)/3 = 26/3
    const mean = resolveRatings(portfolio, groupRatings(factors, [r('B', 'Q', 9), r('B', 'Q', 7), r('B', 'Q', 10)]), 'mean');
    expect(mean.portfolio.values.get('Q')![1]).toBe(8.66666666667); // 26/3 to 12 significant digits
    expect(mean.aggregate).toBe('mean');
  });

  it('fills a factor that customers.csv does not have (a column of missing values)', () => {
    const p = makePortfolio({ ids: ['A', 'B'], values: { X: [5, 5], Q: [null, null] } });
    const out = resolveRatings(p, groupRatings(factors, [r('A', 'Q', 10)]), 'median');
    const q = out.portfolio.values.get('Q')!;
    expect(q[0]).toBe(10);
    expect(q[1]).toBeNaN();
  });

  it('without competitor ratings: no competitor records, an empty CompetitorBest, absolute strength', () => {
    const out = resolveRatings(portfolio, groupRatings(factors, [r('A', 'Q', 10)]), 'median');
    expect(out.competitors).toBeNull();
    expect(out.competitorBest.size).toBe(0);
    expect(evaluate(out.portfolio, factors, makeMethod(), out.competitorBest).method.strength).toBe('absolute');
  });
});

describe('competitors and relative strength', () => {
  // Two strength factors on 1..10: Q (higher is better) and L (lower is better, e.g. lead time).
  const factors = [makeFactor('X', 'attractiveness', 1), makeFactor('Q', 'strength', 3), makeFactor('L', 'strength', 1, { direction: 'lower' })];
  const portfolio = makePortfolio({ ids: ['A', 'B', 'C'], values: { X: [5, 5, 5], Q: [7, 7, 4], L: [4, 4, 4] } });
  const ratings = groupRatings(factors, [
    // A, Q: Acme 4, Bolt 10 (raters 9 and 10 → median 9.5)
    r('A', 'Q', 4, null, 'Acme'),
    r('A', 'Q', 9, 'ana', 'Bolt'),
    r('A', 'Q', 10, 'ben', 'Bolt'),
    // A, L (lower is better): Acme 2 beats Bolt 8
    r('A', 'L', 2, null, 'Acme'),
    r('A', 'L', 8, null, 'Bolt'),
    // B, Q: parity with Acme
    r('B', 'Q', 7, null, 'Acme'),
    // C: no competitor ratings → falls back to u_us
  ]);
  const out = resolveRatings(portfolio, ratings, 'median');

  it('the best competitor has the highest u after direction (lower is better on L)', () => {
    const q = out.competitorBest.get('Q')!;
    const l = out.competitorBest.get('L')!;
    // A, Q: Bolt 9.5 → (9.5 − 1)/9 = 17/18
    expect(q[0]).toBeCloseTo(17 / 18, 12);
    // A, L: Acme 2 → 1 − 1/9 = 8/9 (Bolt 8 → 1 − 7/9 = 2/9)
    expect(l[0]).toBeCloseTo(8 / 9, 12);
    // B, Q: Acme 7 → 6/9; B, L and C: none
    expect(q[1]).toBeCloseTo(2 / 3, 12);
    expect(l[1]).toBeNaN();
    expect(q[2]).toBeNaN();
  });

  it('per account: which competitor, their score, ours, and the gap in points of the scale', () => {
    const a = out.competitors!.get(0)!;
    expect(a.map((x) => [x.factor, x.best, x.bestScore, x.ourScore])).toEqual([
      ['Q', 'Bolt', 9.5, 7],
      ['L', 'Acme', 2, 4],
    ]);
    // Q: 100 × (6/9 − 17/18) = −27.78; L: u_us = 1 − 3/9 = 2/3, 100 × (2/3 − 8/9) = −22.22
    expect(a[0].gap).toBeCloseTo(-250 / 9, 9);
    expect(a[1].gap).toBeCloseTo(-200 / 9, 9);
    expect(out.competitors!.get(1)).toEqual([{ factor: 'Q', best: 'Acme', bestScore: 7, ourScore: 7, gap: 0 }]);
    expect(out.competitors!.has(2)).toBe(false);
  });

  it('(u_us − u_best + 1)/2 per factor; parity = 50; fallback to u_us', () => {
    const ev = evaluate(out.portfolio, factors, makeMethod(), out.competitorBest);
    expect(ev.method.strength).toBe('relative');
    const got = byId(out.portfolio, ev);
    // A: Q (2/3 − 17/18 + 1)/2 = 13/36; L (2/3 − 8/9 + 1)/2 = 7/18; 100 × (3·13/36 + 7/18)/4 = 100 × (13/12 + 7/18)/4 = 36.81
    expect(got.get('A')!.strength).toBeCloseTo((100 * (13 / 12 + 7 / 18)) / 4, 9);
    // B: Q parity 0.5; L no competitor → u_us 2/3; 100 × (3·0.5 + 2/3)/4 = 54.17
    expect(got.get('B')!.strength).toBeCloseTo((100 * (1.5 + 2 / 3)) / 4, 9);
    // C: Q u_us 1/3, L 2/3 (both fallback): 100 × (1 + 2/3)/4 = 41.67
    expect(got.get('C')!.strength).toBeCloseTo((100 * (1 + 2 / 3)) / 4, 9);
  });

  it('a competitor identical to us on every factor gives 50', () => {
    const same = resolveRatings(portfolio, groupRatings(factors, [r('A', 'Q', 7, null, 'Twin'), r('A', 'L', 4, null, 'Twin')]), 'median');
    const ev = evaluate(same.portfolio, factors, makeMethod(), same.competitorBest);
    expect(byId(same.portfolio, ev).get('A')!.strength).toBeCloseTo(50, 12);
  });

  it('--strength absolute ignores the competitors in the score but they are still reported', () => {
    const ev = evaluate(out.portfolio, factors, makeMethod({ strength: 'absolute' }), out.competitorBest);
    // A: Q 2/3, L 2/3 → 66.67
    expect(byId(out.portfolio, ev).get('A')!.strength).toBeCloseTo(200 / 3, 9);
    expect(ratingsReport(out, ev).competitors!.get(0)).toHaveLength(2);
  });

  it('ties between competitors go to the name first in code-unit order', () => {
    const tie = resolveRatings(portfolio, groupRatings(factors, [r('A', 'Q', 8, null, 'Zeta'), r('A', 'Q', 8, null, 'Alpha')]), 'median');
    expect(tie.competitors!.get(0)![0].best).toBe('Alpha');
  });

  it('a missing value of ours gives ourScore and gap null', () => {
    const p = makePortfolio({ ids: ['A'], values: { X: [5], Q: [null], L: [3] } });
    const o = resolveRatings(p, groupRatings(factors, [r('A', 'Q', 5, null, 'Acme')]), 'median');
    expect(o.competitors!.get(0)).toEqual([{ factor: 'Q', best: 'Acme', bestScore: 5, ourScore: null, gap: null }]);
  });

  it('bands factors take competitor ratings through their bands', () => {
    const banded = [makeFactor('X', 'attractiveness', 1), makeFactor('B', 'strength', 1, { normalize: { kind: 'bands', thresholds: [3, 6] } })];
    const p = makePortfolio({ ids: ['A'], values: { X: [5], B: [7] } });
    const o = resolveRatings(p, groupRatings(banded, [r('A', 'B', 4, null, 'Acme')]), 'median');
    // Acme 4 → band 1 of 2 → u 0.5; us 7 → band 2 → 1; gap 100 × (1 − 0.5) = 50
    expect(o.competitorBest.get('B')![0]).toBe(0.5);
    expect(o.competitors!.get(0)![0].gap).toBe(50);
    // relative: (1 − 0.5 + 1)/2 = 0.75 → 75
    expect(evaluate(o.portfolio, banded, makeMethod(), o.competitorBest).strength[0]).toBe(75);
  });

  it('only fixed-scale strength factors take competitor ratings', () => {
    expect(competitorRatingProblem(makeFactor('Q', 'strength', 1))).toBeNull();
    expect(competitorRatingProblem(makeFactor('Q', 'strength', 1, { normalize: { kind: 'bands', thresholds: [5] } }))).toBeNull();
    expect(competitorRatingProblem(makeFactor('X', 'attractiveness', 1))).toMatch(/attractiveness factor/);
    expect(competitorRatingProblem(makeFactor('Q', 'strength', 1, { normalize: { kind: 'minmax' } }))).toMatch(/minmax/);
    expect(competitorRatingProblem(makeFactor('Q', 'strength', 1, { normalize: { kind: 'percentile' } }))).toMatch(/percentile/);
  });
});

describe('disagreements', () => {
  const factors = [makeFactor('X', 'attractiveness', 1), makeFactor('Q', 'strength', 1), makeFactor('P', 'strength', 1, { min: 1, max: 5 })];
  const portfolio = makePortfolio({ ids: ['A', 'B'], values: { X: [5, 5], Q: [5, 5], P: [3, 3] }, segments: ['north', 'south'] });
  const ratings = groupRatings(factors, [
    r('B', 'Q', 2, 'ana'),
    r('B', 'Q', 9, 'ben'), // spread 7 → 77.8 %
    r('A', 'P', 1, 'ana', 'Zed'),
    r('A', 'P', 4, 'ben', 'Zed'), // spread 3 of 4 → 75 %
    r('A', 'P', 2, 'ana'),
    r('A', 'P', 3, 'ben'), // spread 1 of 4 = 25 %: not listed
    r('A', 'Q', 1, 'ana', 'Acme'),
    r('A', 'Q', 10, 'ben', 'Acme'), // 100 %
    r('A', 'Q', 3, 'ana'),
    r('A', 'Q', 6, 'ben'), // 3 of 9 = 33 %
  ]);
  const out = resolveRatings(portfolio, ratings, 'median');

  it('are listed in customers order, then criteria order, then us before competitors by name', () => {
    expect(out.disagreements.map((d) => [d.account, d.factor, d.competitor])).toEqual([
      ['A', 'Q', null],
      ['A', 'Q', 'Acme'],
      ['A', 'P', 'Zed'],
      ['B', 'Q', null],
    ]);
    expect(out.disagreements[0]).toMatchObject({ score: 4.5, spread: 3, raters: [{ rater: 'ana', score: 3 }, { rater: 'ben', score: 6 }] });
    expect(out.disagreements[2].spreadPct).toBe(75);
  });

  it('the report keeps those of the accounts in scope', () => {
    const ev = evaluate(out.portfolio, factors, makeMethod({ segments: ['south'] }), out.competitorBest);
    const report = ratingsReport(out, ev);
    expect(report.disagreements.map((d) => d.account)).toEqual(['B']);
    expect(report.disagreements[0]).not.toHaveProperty('row');
    expect(report.aggregate).toBe('median');
  });
});

describe('aggregates as the scores were written (METHOD.md §3)', () => {
  it('decimal inputs give the decimal answer', () => {
    expect(aggregateScores([6.1, 6.3], 'mean')).toBe(6.2); // 6.199999999999999 in binary
    expect(aggregateScores([6.1, 6.3], 'median')).toBe(6.2);
    expect(aggregateScores([0.1, 0.1, 0.1], 'mean')).toBe(0.1); // 0.10000000000000002 in binary
    expect(aggregateScores([0.1, 0.2], 'mean')).toBe(0.15);
  });

  it('a single score, and the middle one of an odd count, stay exactly as written', () => {
    expect(aggregateScores([1.23456789012345], 'mean')).toBe(1.23456789012345);
    expect(aggregateScores([1, 1.23456789012345, 9], 'median')).toBe(1.23456789012345);
  });

  it('the aggregate stays within the scores, and large scores do not overflow', () => {
    expect(aggregateScores([1e308, 1.7e308], 'mean')).toBeCloseTo(1.35e308, -300);
    expect(Number.isFinite(aggregateScores([1.7e308, 1.7e308], 'median'))).toBe(true);
    expect(aggregateScores([1.7e308, 1.7e308], 'mean')).toBeLessThanOrEqual(1.7e308);
  });
});
