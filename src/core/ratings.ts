/**
 * Team scoring and competitor ratings (METHOD.md §2–§3). Ratings are grouped by (account,
 * factor, competitor); each group's raters are aggregated (median or mean) and their spread
 * measured against the factor's scale. Our aggregated values replace customers.csv's; the
 * competitors' give the best competitor's u per strength factor and account, which the engine
 * turns into relative strength. Pure: the loader (load/ratings.ts) feeds it, the engine, the
 * result document, the report and the workshop read it.
 */
import type { CompetitorBest, Evaluation } from './engine.js';
import { normalizeFactor } from './normalize.js';
import type { Factor, Portfolio } from './types.js';

export type Aggregate = 'median' | 'mean';
export const AGGREGATES: readonly Aggregate[] = ['median', 'mean'];

/** A spread of this share of the factor's scale or more is a disagreement. */
export const DISAGREEMENT_SHARE = 0.3;

/** One row of ratings.csv, validated. `competitor` null is a rating of us; `rater` null is anonymous. */
export interface Rating {
  account: string;
  /** The factor's name as written in the criteria. */
  factor: string;
  competitor: string | null;
  rater: string | null;
  score: number;
  line: number;
}

/** All ratings of one (account, factor, competitor), in the order they were read. */
export interface RatingGroup {
  account: string;
  factor: string;
  competitor: string | null;
  raters: Array<string | null>;
  scores: number[];
  lines: number[];
}

/**
 * Groups ratings as they are read, in one Map (linear in the number of rows). Competitor names
 * are matched case-insensitively after trimming; the first spelling is kept.
 */
export class RatingCollector {
  private readonly groups = new Map<string, RatingGroup>();

  static key(account: string, factor: string, competitor: string | null): string {
    return `${account}\u0000${factor}\u0000${competitor === null ? '' : `\u0001${competitor.toLowerCase()}`}`;
  }

  add(r: Rating): RatingGroup {
    const key = RatingCollector.key(r.account, r.factor, r.competitor);
    let g = this.groups.get(key);
    if (g === undefined) {
      g = { account: r.account, factor: r.factor, competitor: r.competitor, raters: [], scores: [], lines: [] };
      this.groups.set(key, g);
    }
    g.raters.push(r.rater);
    g.scores.push(r.score);
    g.lines.push(r.line);
    return g;
  }

  list(): RatingGroup[] {
    return [...this.groups.values()];
  }
}

/** Groups a list of ratings (for callers that hold rows rather than a file). */
export function groupRatings(ratings: Iterable<Rating>): RatingGroup[] {
  const c = new RatingCollector();
  for (const r of ratings) c.add(r);
  return c.list();
}

/** Median (mean of the two middle scores for an even count) or mean. */
export function aggregateScores(scores: readonly number[], how: Aggregate): number {
  const n = scores.length;
  if (n === 0) return Number.NaN;
  // Sorted first so the result never depends on the order the rows came in (not even in the last bit).
  const sorted = Float64Array.from(scores).sort();
  if (how === 'mean') {
    let sum = 0;
    for (const s of sorted) sum += s;
    return sum / n;
  }
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** max − min of the scores (0 for one score). */
export function spreadOf(scores: readonly number[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of scores) {
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  return scores.length === 0 ? 0 : hi - lo;
}

const round9 = (x: number): number => Math.round(x * 1e9) / 1e9;

/** Spread ≥ 30 % of the factor's scale (max − min), compared after rounding to 9 decimals. */
export function isDisagreement(spread: number, factor: Pick<Factor, 'min' | 'max'>): boolean {
  return round9(spread / (factor.max - factor.min)) >= DISAGREEMENT_SHARE;
}

/** One group after aggregation. */
export interface AggregatedRating {
  account: string;
  factor: string;
  competitor: string | null;
  /** The aggregated score (median or mean) on the factor's scale. */
  score: number;
  spread: number;
  /** The spread as a percentage of the factor's scale. */
  spreadPct: number;
  disagreement: boolean;
  raters: Array<{ rater: string | null; score: number }>;
}

/** Aggregates every group; `factors` supplies each factor's scale. */
export function aggregateRatings(groups: readonly RatingGroup[], factors: readonly Factor[], how: Aggregate): AggregatedRating[] {
  const byName = new Map(factors.map((f) => [f.factor, f]));
  return groups.map((g) => {
    const f = byName.get(g.factor);
    if (!f) throw new Error(`internal: ratings for unknown factor "${g.factor}"`);
    const spread = spreadOf(g.scores);
    return {
      account: g.account,
      factor: g.factor,
      competitor: g.competitor,
      score: aggregateScores(g.scores, how),
      spread,
      spreadPct: (100 * spread) / (f.max - f.min),
      disagreement: isDisagreement(spread, f),
      raters: g.scores.map((score, i) => ({ rater: g.raters[i], score })),
    };
  });
}

/**
 * Why a factor cannot take competitor ratings, or null when it can. Relative strength compares
 * u values, so a competitor's score must map to u without the portfolio: only strength factors
 * normalised with `none` (their min..max scale) or `bands` (fixed thresholds) qualify.
 */
export function competitorRatingProblem(f: Factor): string | null {
  if (f.axis !== 'strength') {
    return `"${f.factor}" is an attractiveness factor; competitor ratings are only for strength factors (METHOD.md §3, relative strength)`;
  }
  if (f.normalize.kind === 'minmax' || f.normalize.kind === 'percentile') {
    return `"${f.factor}" is normalised with ${f.normalize.kind}, which depends on our own portfolio; competitor ratings need a fixed scale (normalize none or bands)`;
  }
  return null;
}

/** Per account and strength factor: who the best competitor was and by how much. */
export interface CompetitorRecord {
  factor: string;
  /** The best competitor's name (highest u after normalisation and direction; ties by name). */
  best: string;
  bestScore: number;
  /** Our value on the factor's scale (after ratings replaced customers.csv), null when missing. */
  ourScore: number | null;
  /** 100 × (u_us − u_best): percentage points of the scale, positive when we lead; null when ourScore is. */
  gap: number | null;
}

/** A disagreement as the result document lists it. */
export interface DisagreementRecord {
  account: string;
  factor: string;
  competitor: string | null;
  score: number;
  raters: Array<{ rater: string | null; score: number }>;
  spread: number;
  spreadPct: number;
}

export interface RatingsOutcome {
  aggregate: Aggregate;
  /** The portfolio with our aggregated ratings in place of customers.csv's values. */
  portfolio: Portfolio;
  /** Best competitor's u per strength factor and portfolio row (empty without competitor ratings). */
  competitorBest: CompetitorBest;
  /** Competitor records per portfolio row, in criteria order; null without competitor ratings. */
  competitors: Map<number, CompetitorRecord[]> | null;
  /** Every disagreement with its portfolio row, in customers order, then criteria order, then competitor. */
  disagreements: Array<DisagreementRecord & { row: number }>;
}

/**
 * Aggregates the groups, puts our values into (a copy of) the portfolio, and works out the best
 * competitor per strength factor and account. Every group must name an account of the
 * portfolio and a factor of `factors` (the loader checks this).
 */
export function resolveRatings(portfolio: Portfolio, factors: readonly Factor[], groups: readonly RatingGroup[], how: Aggregate): RatingsOutcome {
  const rowOf = new Map<string, number>();
  portfolio.ids.forEach((id, row) => rowOf.set(id, row));
  const factorIndex = new Map(factors.map((f, i) => [f.factor, i]));
  const aggregated = aggregateRatings(groups, factors, how);
  const row = (a: AggregatedRating): number => {
    const r = rowOf.get(a.account);
    if (r === undefined) throw new Error(`internal: ratings for unknown account "${a.account}"`);
    return r;
  };

  const values = new Map(portfolio.values);
  const copied = new Set<string>();
  const theirs: Array<AggregatedRating & { row: number }> = [];
  for (const a of aggregated) {
    if (a.competitor !== null) {
      theirs.push({ ...a, row: row(a) });
      continue;
    }
    if (!copied.has(a.factor)) {
      values.set(a.factor, Float64Array.from(portfolio.values.get(a.factor) ?? new Float64Array(portfolio.n).fill(Number.NaN)));
      copied.add(a.factor);
    }
    values.get(a.factor)![row(a)] = a.score;
  }
  const rated: Portfolio = { ...portfolio, values };

  const disagreements = aggregated
    .filter((a) => a.disagreement)
    .map((a) => ({ row: row(a), account: a.account, factor: a.factor, competitor: a.competitor, score: a.score, raters: a.raters, spread: a.spread, spreadPct: a.spreadPct }))
    .sort(
      (x, y) =>
        x.row - y.row ||
        factorIndex.get(x.factor)! - factorIndex.get(y.factor)! ||
        (x.competitor === null ? -1 : y.competitor === null ? 1 : compareText(x.competitor, y.competitor)),
    );

  const { best, records } = bestCompetitors(rated, factors, theirs);
  return { aggregate: how, portfolio: rated, competitorBest: best, competitors: theirs.length > 0 ? records : null, disagreements };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** u of each value under the factor's own normalisation and direction (fixed-scale factors only). */
function fixedScaleU(f: Factor, values: Float64Array): Float64Array {
  const scope = new Uint32Array(values.length);
  for (let i = 0; i < scope.length; i++) scope[i] = i;
  return normalizeFactor(values, scope, f, { outOfRange: () => undefined, warn: () => undefined });
}

function bestCompetitors(
  portfolio: Portfolio,
  factors: readonly Factor[],
  theirs: ReadonlyArray<AggregatedRating & { row: number }>,
): { best: CompetitorBest; records: Map<number, CompetitorRecord[]> } {
  const byFactor = new Map<string, Array<AggregatedRating & { row: number }>>();
  for (const a of theirs) {
    let list = byFactor.get(a.factor);
    if (!list) byFactor.set(a.factor, (list = []));
    list.push(a);
  }
  const best: CompetitorBest = new Map();
  const records = new Map<number, CompetitorRecord[]>();
  for (const f of factors) {
    const list = byFactor.get(f.factor);
    if (!list) continue;
    const problem = competitorRatingProblem(f);
    if (problem !== null) throw new Error(`internal: ${problem}`);
    const theirU = fixedScaleU(f, Float64Array.from(list, (a) => a.score));
    const ours = portfolio.values.get(f.factor)!;
    const ourU = fixedScaleU(f, ours);
    const bestU = new Float64Array(portfolio.n).fill(Number.NaN);
    const bestAt = new Int32Array(portfolio.n).fill(-1);
    list.forEach((a, i) => {
      const cur = bestAt[a.row];
      if (cur < 0 || theirU[i] > bestU[a.row] || (theirU[i] === bestU[a.row] && compareText(a.competitor!, list[cur].competitor!) < 0)) {
        bestU[a.row] = theirU[i];
        bestAt[a.row] = i;
      }
    });
    for (let r = 0; r < portfolio.n; r++) {
      const i = bestAt[r];
      if (i < 0) continue;
      const ourScore = ours[r] === ours[r] ? ours[r] : null;
      const record: CompetitorRecord = {
        factor: f.factor,
        best: list[i].competitor!,
        bestScore: list[i].score,
        ourScore,
        gap: ourScore === null ? null : 100 * (ourU[r] - bestU[r]),
      };
      const forRow = records.get(r);
      if (forRow) forRow.push(record);
      else records.set(r, [record]);
    }
    best.set(f.factor, bestU);
  }
  return { best, records };
}

/** What the result document and the report show: the ratings of the accounts in scope. */
export interface RatingsReport {
  aggregate: Aggregate;
  disagreements: DisagreementRecord[];
  /** Competitor records per portfolio row; null without competitor ratings. */
  competitors: Map<number, CompetitorRecord[]> | null;
}

/** Limits the outcome to the evaluation's scope (e.g. `--segment`). */
export function ratingsReport(outcome: RatingsOutcome, ev: Pick<Evaluation, 'scope'>): RatingsReport {
  const inScope = new Set(ev.scope);
  return {
    aggregate: outcome.aggregate,
    disagreements: outcome.disagreements.filter((d) => inScope.has(d.row)).map(({ row: _row, ...d }) => d),
    competitors: outcome.competitors,
  };
}
