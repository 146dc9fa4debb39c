/**
 * Team scoring and competitor ratings (METHOD.md §2–§3) applied to a portfolio: our aggregated
 * ratings replace customers.csv's values; the competitors' give the best competitor's u per
 * strength factor and account, which the engine turns into relative strength; disagreements
 * are listed for the team. Pure: the loader (load/ratings.ts) fills the RatingSet, the engine,
 * the result document, the report and the workshop read the outcome.
 */
import { t } from '../i18n/index.js';
import type { Evaluation } from './engine.js';
import { NORMALIZATIONS, normalization, normalizeFactor } from './normalize/index.js';
import { aggregate, aggregatedRating, type Aggregate, type RatingSet } from './rating-set.js';
import type { CompetitorBest, Factor, Portfolio } from './types.js';
import { orList } from './vocabulary.js';

export { AGGREGATES, DISAGREEMENT_SHARE, type Aggregate } from './rating-set.js';

/**
 * Why a factor cannot take competitor ratings, or null when it can. Relative strength compares
 * u values, so a competitor's score must map to u without the portfolio: only strength factors
 * normalised with `none` (their min..max scale) or `bands` (fixed thresholds) qualify.
 */
export function competitorRatingProblem(f: Factor): string | null {
  if (f.axis !== 'strength') {
    return t('core.ratings.competitor-attractiveness', { factor: f.factor });
  }
  if (!normalization(f.normalize).fixedScale) {
    const fixed = Object.values(NORMALIZATIONS).filter((k) => k.fixedScale).map((k) => k.name);
    return t('core.ratings.competitor-scale', { factor: f.factor, kind: f.normalize.kind, fixed: orList(fixed) });
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

/** Competitor records by portfolio row, built on demand (a Map satisfies it too). */
export interface CompetitorLookup {
  has(row: number): boolean;
  get(row: number): CompetitorRecord[] | undefined;
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
  /** The score the team agreed on in the workshop (steps 7–8), which replaced `score` in the evaluation. */
  settled?: { score: number; reason: string };
}

/** A disagreement the team settled in the workshop: this score replaces the aggregate. */
export interface SettledScore {
  account: string;
  factor: string;
  competitor: string | null;
  score: number;
  reason: string;
}

export interface RatingsOutcome {
  aggregate: Aggregate;
  /** The portfolio with our aggregated ratings in place of customers.csv's values. */
  portfolio: Portfolio;
  /** Best competitor's u per strength factor and portfolio row (empty without competitor ratings). */
  competitorBest: CompetitorBest;
  /** Null without competitor ratings. */
  competitors: CompetitorLookup | null;
  /** Every disagreement with its portfolio row, in customers order, then criteria order, then us before competitors by name. */
  disagreements: Array<DisagreementRecord & { row: number }>;
  /** Settled scores that match no rated (account, factor, competitor): not applied. */
  unmatched: SettledScore[];
}

const groupKey = (account: string, factor: string, competitor: string | null): string => JSON.stringify([account, factor, competitor]);

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Aggregates the set, puts our values into (a copy of) the portfolio, and works out the best
 * competitor per strength factor and account. Every rated account must be in the portfolio
 * (the loader checks this). A settled score replaces its group's aggregate everywhere but in
 * the disagreement's own `score`.
 */
export function resolveRatings(portfolio: Portfolio, set: RatingSet, how: Aggregate, settled: readonly SettledScore[] = []): RatingsOutcome {
  const rowOfId = new Map<string, number>();
  portfolio.ids.forEach((id, row) => rowOfId.set(id, row));
  const rowOfAccount = Int32Array.from(set.accounts.list, (id) => {
    const row = rowOfId.get(id);
    if (row === undefined) throw new Error(`internal: ratings for unknown account "${id}"`);
    return row;
  });
  const agg = aggregate(set, how);
  const rowOf = (g: number): number => rowOfAccount[set.gAccount[g]];
  const bySettled = new Map(settled.map((s) => [groupKey(s.account, s.factor, s.competitor), s]));
  const settledOf = new Map<number, SettledScore>();
  if (bySettled.size > 0) {
    for (let g = 0; g < set.groupCount; g++) {
      const s = bySettled.get(groupKey(set.accounts.list[set.gAccount[g]], set.factorOf(g).factor, set.competitorOf(g)));
      if (s) settledOf.set(g, s);
    }
  }
  const score = settledOf.size === 0 ? agg.score : Float64Array.from(agg.score);
  for (const [g, s] of settledOf) score[g] = s.score;

  const values = new Map(portfolio.values);
  const theirs: number[][] = set.factors.map(() => []);
  for (let g = 0; g < set.groupCount; g++) {
    if (set.gSlot[g] > 0) {
      theirs[set.gFactor[g]].push(g);
      continue;
    }
    const name = set.factorOf(g).factor;
    let column = values.get(name);
    if (column === undefined || column === portfolio.values.get(name)) {
      column = column ? Float64Array.from(column) : new Float64Array(portfolio.n).fill(Number.NaN);
      values.set(name, column);
    }
    column[rowOf(g)] = score[g];
  }
  const rated: Portfolio = { ...portfolio, values };

  const disagreements: Array<DisagreementRecord & { row: number }> = [];
  for (let g = 0; g < set.groupCount; g++) {
    if (agg.disagreement[g] === 0) continue;
    const { account, factor, competitor, score: aggregated, raters, spread, spreadPct } = aggregatedRating(set, agg, g);
    const s = settledOf.get(g);
    disagreements.push({ row: rowOf(g), account, factor, competitor, score: aggregated, raters, spread, spreadPct, ...(s ? { settled: { score: s.score, reason: s.reason } } : {}) });
  }
  const factorIndex = new Map(set.factors.map((f, i) => [f.factor, i]));
  disagreements.sort(
    (x, y) =>
      x.row - y.row ||
      factorIndex.get(x.factor)! - factorIndex.get(y.factor)! ||
      (x.competitor === y.competitor ? 0 : x.competitor === null ? -1 : y.competitor === null ? 1 : compareText(x.competitor, y.competitor)),
  );

  const best = bestCompetitors(rated, set, score, theirs, rowOf);
  const competitorBest: CompetitorBest = new Map(best.map((b) => [b.factor.factor, b.bestU]));
  const matched = new Set(settledOf.values());
  return {
    aggregate: how,
    portfolio: rated,
    competitorBest,
    competitors: best.length > 0 ? competitorLookup(best, set, score) : null,
    disagreements,
    unmatched: settled.filter((s) => !matched.has(s)),
  };
}

/** u of each value under the factor's own normalisation and direction (fixed-scale factors only). */
function fixedScaleU(f: Factor, values: Float64Array): Float64Array {
  const scope = new Uint32Array(values.length);
  for (let i = 0; i < scope.length; i++) scope[i] = i;
  return normalizeFactor(values, scope, f, { outOfRange: () => undefined, warn: () => undefined });
}

interface FactorBest {
  factor: Factor;
  /** Per portfolio row: the best competitor's u (NaN none), its group (−1 none), our value and u. */
  bestU: Float64Array;
  bestGroup: Int32Array;
  ours: Float64Array;
  ourU: Float64Array;
}

function bestCompetitors(portfolio: Portfolio, set: RatingSet, score: Float64Array, theirs: number[][], rowOf: (g: number) => number): FactorBest[] {
  const out: FactorBest[] = [];
  set.factors.forEach((f, fi) => {
    const groups = theirs[fi];
    if (groups.length === 0) return;
    const problem = competitorRatingProblem(f);
    if (problem !== null) throw new Error(`internal: ${problem}`);
    const theirU = fixedScaleU(f, Float64Array.from(groups, (g) => score[g]));
    const bestU = new Float64Array(portfolio.n).fill(Number.NaN);
    const bestGroup = new Int32Array(portfolio.n).fill(-1);
    groups.forEach((g, i) => {
      const row = rowOf(g);
      const cur = bestGroup[row];
      if (cur < 0 || theirU[i] > bestU[row] || (theirU[i] === bestU[row] && compareText(set.competitorOf(g)!, set.competitorOf(cur)!) < 0)) {
        bestU[row] = theirU[i];
        bestGroup[row] = g;
      }
    });
    const ours = portfolio.values.get(f.factor)!;
    out.push({ factor: f, bestU, bestGroup, ours, ourU: fixedScaleU(f, ours) });
  });
  return out;
}

function competitorLookup(best: readonly FactorBest[], set: RatingSet, score: Float64Array): CompetitorLookup {
  return {
    has: (row) => best.some((b) => b.bestGroup[row] >= 0),
    get(row) {
      const records: CompetitorRecord[] = [];
      for (const b of best) {
        const g = b.bestGroup[row];
        if (g < 0) continue;
        const ourScore = b.ours[row] === b.ours[row] ? b.ours[row] : null;
        records.push({
          factor: b.factor.factor,
          best: set.competitorOf(g)!,
          bestScore: score[g],
          ourScore,
          gap: ourScore === null ? null : 100 * (b.ourU[row] - b.bestU[row]),
        });
      }
      return records.length > 0 ? records : undefined;
    },
  };
}

/** What the result document and the report show: the ratings of the accounts in scope. */
export interface RatingsReport {
  aggregate: Aggregate;
  disagreements: DisagreementRecord[];
  /** Competitor records per portfolio row; null without competitor ratings. */
  competitors: CompetitorLookup | null;
}

/** Limits the outcome to the evaluation's scope (e.g. `--segment`). */
export function ratingsReport(outcome: RatingsOutcome, ev: Pick<Evaluation, 'scope'>): RatingsReport {
  const inScope = new Uint8Array(outcome.portfolio.n);
  for (const row of ev.scope) inScope[row] = 1;
  return {
    aggregate: outcome.aggregate,
    disagreements: outcome.disagreements.filter((d) => inScope[d.row] === 1).map(({ row: _row, ...d }) => d),
    competitors: outcome.competitors,
  };
}
