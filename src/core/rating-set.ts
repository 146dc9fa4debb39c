/**
 * Ratings held compactly (ratings files may have millions of rows): accounts, competitors and
 * raters interned, rows in flat number columns, rows of one (account, factor, competitor) group
 * chained through `prev`. Aggregation (median or mean), spread and the 30 % disagreement rule
 * work on these columns; object views (`groups`, `aggregateRatings`) are for small callers such
 * as the workshop and the tests. Pure.
 */
import type { Factor } from './types.js';
import { AGGREGATE, type ValueOf } from './vocabulary.js';

export type Aggregate = ValueOf<typeof AGGREGATE>;
export const AGGREGATES: readonly Aggregate[] = AGGREGATE.values;

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

/** Interns strings case-insensitively (after trimming, by the caller), keeping the first spelling. */
class Names {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly fold: boolean) {}
  id(name: string): number {
    const key = this.fold ? name.toLowerCase() : name;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(key, i);
      this.list.push(name);
    }
    return i;
  }
}

export class RatingSet {
  readonly factors: readonly Factor[];
  private readonly factorIndex: Map<string, number>;
  /** Account keys are exact (as in customers.csv); competitor and rater names fold case. */
  readonly accounts = new Names(false);
  readonly competitors = new Names(true);
  readonly raters = new Names(true);
  /** Per group: account, factor index, slot (0 = us, c + 1 = competitor c), last row, row count. */
  readonly gAccount: number[] = [];
  readonly gFactor: number[] = [];
  readonly gSlot: number[] = [];
  readonly gLast: number[] = [];
  readonly gCount: number[] = [];
  /** Per row: score, rater (−1 anonymous), line, the group's previous row (−1 none). */
  readonly rScore: number[] = [];
  readonly rRater: number[] = [];
  readonly rLine: number[] = [];
  readonly rPrev: number[] = [];
  /** One map per slot: account × factors + factor → group. */
  private readonly groupMaps: Array<Map<number, number>> = [];

  constructor(factors: readonly Factor[]) {
    this.factors = factors;
    this.factorIndex = new Map(factors.map((f, i) => [f.factor, i]));
  }

  get groupCount(): number {
    return this.gAccount.length;
  }

  factorOf(g: number): Factor {
    return this.factors[this.gFactor[g]];
  }

  competitorOf(g: number): string | null {
    return this.gSlot[g] === 0 ? null : this.competitors.list[this.gSlot[g] - 1];
  }

  /**
   * Adds a rating. Returns 0, or, when the same named rater already rated this group, the line
   * of that earlier rating (and the new one is not added).
   */
  add(r: Rating): number {
    const f = this.factorIndex.get(r.factor);
    if (f === undefined) throw new Error(`internal: rating for unknown factor "${r.factor}"`);
    const a = this.accounts.id(r.account);
    const slot = r.competitor === null ? 0 : this.competitors.id(r.competitor) + 1;
    const map = (this.groupMaps[slot] ??= new Map());
    const key = a * this.factors.length + f;
    let g = map.get(key);
    const rater = r.rater === null ? -1 : this.raters.id(r.rater);
    if (g === undefined) {
      g = this.gAccount.length;
      map.set(key, g);
      this.gAccount.push(a);
      this.gFactor.push(f);
      this.gSlot.push(slot);
      this.gLast.push(-1);
      this.gCount.push(0);
    } else if (rater >= 0) {
      for (let row = this.gLast[g]; row >= 0; row = this.rPrev[row]) if (this.rRater[row] === rater) return this.rLine[row];
    }
    this.rPrev.push(this.gLast[g]);
    this.gLast[g] = this.rScore.length;
    this.gCount[g]++;
    this.rScore.push(r.score);
    this.rRater.push(rater);
    this.rLine.push(r.line);
    return 0;
  }

  /** The rows of group g in the order they were read. */
  rowsOf(g: number): number[] {
    const rows: number[] = [];
    for (let row = this.gLast[g]; row >= 0; row = this.rPrev[row]) rows.push(row);
    return rows.reverse();
  }

  /** Group g's raters and scores, in the order they were read. */
  ratersOf(g: number): Array<{ rater: string | null; score: number }> {
    return this.rowsOf(g).map((row) => ({ rater: this.rRater[row] < 0 ? null : this.raters.list[this.rRater[row]], score: this.rScore[row] }));
  }

  /** Object view of every group. */
  groups(): RatingGroup[] {
    const out: RatingGroup[] = [];
    for (let g = 0; g < this.groupCount; g++) {
      const rows = this.rowsOf(g);
      out.push({
        account: this.accounts.list[this.gAccount[g]],
        factor: this.factorOf(g).factor,
        competitor: this.competitorOf(g),
        raters: rows.map((row) => (this.rRater[row] < 0 ? null : this.raters.list[this.rRater[row]])),
        scores: rows.map((row) => this.rScore[row]),
        lines: rows.map((row) => this.rLine[row]),
      });
    }
    return out;
  }
}

/** A set holding `ratings` (for callers that hold rows rather than a file). Duplicate raters are an error. */
export function groupRatings(factors: readonly Factor[], ratings: Iterable<Rating>): RatingSet {
  const set = new RatingSet(factors);
  for (const r of ratings) {
    if (set.add(r) !== 0) throw new Error(`rater "${r.rater}" rated "${r.factor}" of ${r.account} twice`);
  }
  return set;
}

/**
 * Median (mean of the two middle scores for an even count) or mean, of scores sorted ascending,
 * as the scores were written (METHOD.md §3): a computed aggregate is rounded to 12 significant
 * digits, so that decimal inputs give the decimal answer (the mean of 6.1 and 6.3 is 6.2, not
 * 6.199999999999999), and kept within the scores it came from. One score, or the middle one of an
 * odd count, is a score as written and stays as it is.
 */
function aggregateSorted(sorted: ArrayLike<number>, n: number, how: Aggregate): number {
  if (n === 0) return Number.NaN;
  if (how === 'median' && n % 2 === 1) return sorted[n >> 1];
  if (n === 1) return sorted[0];
  let x: number;
  if (how === 'mean') {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += sorted[i];
    x = sum / n;
    if (!Number.isFinite(sum)) {
      // Scores so large that their sum overflows: each one's share of the count, added up.
      x = 0;
      for (let i = 0; i < n; i++) x += sorted[i] / n;
    }
  } else {
    const mid = n >> 1;
    x = sorted[mid - 1] / 2 + sorted[mid] / 2;
    const both = sorted[mid - 1] + sorted[mid];
    if (Number.isFinite(both)) x = both / 2;
  }
  return Math.min(sorted[n - 1], Math.max(sorted[0], decimal(x)));
}

/** x rounded to 12 significant digits (the precision of scores as people write them). */
export function decimal(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(12)) : x;
}

/** Median or mean; sorted first, so the result never depends on the order of the scores, not even in the last bit. */
export function aggregateScores(scores: readonly number[], how: Aggregate): number {
  return aggregateSorted(Float64Array.from(scores).sort(), scores.length, how);
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

/** Per group: the aggregated score, the spread (scale points) and whether the raters disagree. */
export interface Aggregation {
  how: Aggregate;
  score: Float64Array;
  spread: Float64Array;
  disagreement: Uint8Array;
}

export function aggregate(set: RatingSet, how: Aggregate): Aggregation {
  const n = set.groupCount;
  const score = new Float64Array(n);
  const spread = new Float64Array(n);
  const disagreement = new Uint8Array(n);
  let scratch = new Float64Array(16);
  for (let g = 0; g < n; g++) {
    const k = set.gCount[g];
    if (scratch.length < k) scratch = new Float64Array(2 * k);
    let i = 0;
    for (let row = set.gLast[g]; row >= 0; row = set.rPrev[row]) scratch[i++] = set.rScore[row];
    const sorted = scratch.subarray(0, k).sort();
    score[g] = aggregateSorted(sorted, k, how);
    spread[g] = sorted[k - 1] - sorted[0];
    disagreement[g] = isDisagreement(spread[g], set.factorOf(g)) ? 1 : 0;
  }
  return { how, score, spread, disagreement };
}

/** One group after aggregation, as an object. */
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

/** Every group aggregated, as objects (the workshop's steps 7–8 list these per account). */
export function aggregateRatings(set: RatingSet, how: Aggregate): AggregatedRating[] {
  const agg = aggregate(set, how);
  return Array.from({ length: set.groupCount }, (_, g) => aggregatedRating(set, agg, g));
}

export function aggregatedRating(set: RatingSet, agg: Aggregation, g: number): AggregatedRating {
  const f = set.factorOf(g);
  return {
    account: set.accounts.list[set.gAccount[g]],
    factor: f.factor,
    competitor: set.competitorOf(g),
    score: agg.score[g],
    spread: agg.spread[g],
    spreadPct: (100 * agg.spread[g]) / (f.max - f.min),
    disagreement: agg.disagreement[g] === 1,
    raters: set.ratersOf(g),
  };
}
