/**
 * Why an account sits where it does (issue 4, part 5): per factor the raw value, the normalised
 * value u, the weight and the contribution in axis points (they add up to the axis score); the
 * margin to each boundary; and the smallest single-factor change that moves the account across
 * a boundary.
 *
 * "Smallest" is the least change of the factor's normalised value u (a share of its scale);
 * ties go to the heavier factor, then to the criteria order. Each factor is changed alone,
 * with every other account's values and the boundaries held where they are (with a `median`
 * or `mean` split the boundary itself would move a little with the account). How a raw value
 * maps to u with the other accounts fixed is each normalisation kind's `curve` (a continuous piece
 * or steps, core/normalize/); `direction = lower`, relative strength and the missing-value
 * policy apply as in the engine (core/score.ts).
 * Pure: no I/O.
 */
import { round9 } from './classify.js';
import type { Evaluation } from './engine.js';
import { normalization, type Curve } from './normalize/index.js';
import { axisScore, axisWeights, contribution, directed, relativeU, scoreDenominator, usedU } from './score.js';
import { SortedColumn } from './sorted.js';
import { AXES, QUADRANTS, type Axis, type CompetitorBest, type Factor, type Portfolio, type Quadrant } from './types.js';

export type CrossOp = '>=' | '>' | '<=' | '<';

/** "The account crosses when this factor's value `op` `value`." */
export interface Crossing {
  op: CrossOp;
  value: number;
  /** The normalised value used there, and how far that is from the current one. */
  u: number;
  du: number;
}

export interface FactorExplanation {
  factor: string;
  /** The raw value as loaded; null when missing. */
  raw: number | null;
  /** The normalised value used in the score (0.5 for a missing value under midpoint); null when missing otherwise. */
  u: number | null;
  missing: boolean;
  /** Share of the axis weight, as in the result's factors. */
  weightPct: number;
  /** Contribution to the axis score in points: the factors' points add up to the score. */
  points: number;
  /** Where this factor alone would move the account across the axis boundary; null if it cannot. */
  cross: Crossing | null;
}

export interface AccountChange {
  axis: Axis;
  factor: string;
  from: number | null;
  op: CrossOp;
  to: number;
  /** Axis points to the boundary: positive when the score must rise. */
  points: number;
  du: number;
  /** The quadrant the account would move to. */
  quadrant: Quadrant;
}

export interface AxisExplanation {
  score: number;
  boundary: number;
  /** score − boundary: ≥ 0 is high. */
  margin: number;
  high: boolean;
  factors: FactorExplanation[];
  /** The smallest single-factor change across this axis's boundary, or null if none exists. */
  change: AccountChange | null;
}

export interface AccountExplanation {
  attractiveness: AxisExplanation;
  strength: AxisExplanation;
  /** The smaller of the two axes' changes, or null if no single factor can move the account. */
  change: AccountChange | null;
}

const EPS = 1e-9;

/** Explains every account lazily: per-factor sorting happens once. */
export class Explainer {
  private readonly sorted = new Map<string, SortedColumn>();

  constructor(
    private readonly portfolio: Portfolio,
    private readonly ev: Evaluation,
    private readonly competitors?: CompetitorBest,
  ) {}

  /** Explanation of the account at scope position p. */
  explain(p: number): AccountExplanation {
    const [attractiveness, strength] = AXES.map((axis) => this.axis(p, axis));
    const candidates = [attractiveness.change, strength.change].filter((c): c is AccountChange => c !== null);
    const change = candidates.reduce<AccountChange | null>((best, c) => (best === null || c.du < best.du - 1e-12 ? c : best), null);
    return { attractiveness, strength, change };
  }

  private axis(p: number, axis: Axis): AxisExplanation {
    const { ev, portfolio } = this;
    const all = axisWeights(ev.factors);
    const fs = ev.factors.filter((f) => f.axis === axis);
    // The weights as the engine used them (scaled alike on an axis whose weights are extreme).
    const w = ev.factors.flatMap((f, i) => (f.axis === axis ? [all[i]] : []));
    const total = w.reduce((s, x) => s + x, 0);
    const policy = ev.method.missing;
    const renormalize = policy === 'renormalize';
    const missing = fs.map((f) => Number.isNaN(ev.u.get(f.factor)![p]));
    const used = fs.map((f) => usedU(ev.u.get(f.factor)![p], policy));
    let sum = 0;
    let present = 0;
    fs.forEach((_, k) => {
      if (used[k] === used[k]) sum += w[k] * used[k];
      if (!missing[k]) present += w[k];
    });
    const denom = scoreDenominator(present, total, policy);
    const score = axis === 'attractiveness' ? ev.attractiveness[p] : ev.strength[p];
    const boundary = axis === 'attractiveness' ? ev.split.attractiveness : ev.split.strength;
    const high = round9(score) >= round9(boundary);
    const crosses = (s: number): boolean => (high ? round9(s) < round9(boundary) : round9(s) >= round9(boundary));

    const factors: FactorExplanation[] = fs.map((f, k) => {
      const raw = portfolio.values.get(f.factor)![ev.scope[p]];
      const isMissing = missing[k];
      const u = used[k];
      let cross: Crossing | null = null;
      if (w[k] > 0) {
        // The score as a function of this factor's used u, the others fixed.
        const rest = sum - (u === u ? w[k] * u : 0);
        const d = renormalize ? present - (isMissing ? 0 : w[k]) + w[k] : total;
        const scoreAt = (v: number): number => axisScore(rest + w[k] * v, d);
        const target = ((boundary * d) / 100 - rest) / w[k];
        cross = this.crossing(p, f, raw, u === u ? u : 0.5, scoreAt, target, crosses, !high);
      }
      return {
        factor: f.factor,
        raw: raw === raw ? raw : null,
        u: u === u ? u : null,
        missing: isMissing,
        weightPct: Math.min(100, (100 * w[k]) / total),
        points: u === u && denom > 0 ? contribution(w[k], u, denom) : 0,
        cross,
      };
    });

    let change: AccountChange | null = null;
    let bestK = -1;
    factors.forEach((fe, k) => {
      const c = fe.cross;
      if (c === null) return;
      const b = bestK < 0 ? null : factors[bestK].cross!;
      if (b === null || c.du < b.du - 1e-12 || (Math.abs(c.du - b.du) <= 1e-12 && fs[k].weight > fs[bestK].weight)) bestK = k;
    });
    if (bestK >= 0) {
      const c = factors[bestK].cross!;
      const q = ev.quadrant[p];
      const flipped = axis === 'attractiveness' ? q ^ 2 : q ^ 1; // QUADRANTS: bit 1 = low attractiveness, bit 0 = low strength
      change = {
        axis,
        factor: fs[bestK].factor,
        from: factors[bestK].raw,
        op: c.op,
        to: c.value,
        points: boundary - score,
        du: c.du,
        quadrant: QUADRANTS[flipped],
      };
    }
    return { score, boundary, margin: score - boundary, high, factors, change };
  }

  /**
   * The raw value at which this factor alone moves the score across the boundary.
   * `target` is the used u at which the score equals the boundary; `up` says the score must rise.
   */
  private crossing(
    p: number,
    f: Factor,
    raw: number,
    current: number,
    scoreAt: (u: number) => number,
    target: number,
    crosses: (score: number) => boolean,
    up: boolean,
  ): Crossing | null {
    const best = this.ev.method.strength === 'relative' && f.axis === 'strength' ? this.competitors?.get(f.factor)?.[this.ev.scope[p]] : undefined;
    const relative = best !== undefined && best === best;
    const lower = f.direction === 'lower';
    /** u as the score uses it, from u on the factor's own "higher is better" reading. */
    const usedOf = (uh: number): number => (relative ? relativeU(directed(uh, lower), best!) : directed(uh, lower));
    const result = (op: CrossOp, value: number, uh: number): Crossing => {
      const u = usedOf(uh);
      return { op, value, u, du: Math.abs(u - current) };
    };
    // Raising x raises the score unless the factor is lower-is-better.
    const xUp = up !== lower;
    const curve = this.curve(f, raw);
    if (curve.kind === 'constant') return null;
    if (curve.kind === 'continuous') {
      const ud = relative ? 2 * target - 1 + best! : target;
      const uh = lower ? 1 - ud : ud;
      const { a, b } = curve;
      const x = curve.xAt(uh);
      // Inclusive when the score must reach the boundary, strict when it must fall below it.
      // u within 1e-9 of a scale end counts as the end (floating-point noise of the algebra).
      if (up) {
        if (xUp ? uh > 1 + EPS : uh < -EPS) return null;
        const op: CrossOp = xUp ? '>=' : '<=';
        const v = Math.min(Math.max(x, a), b);
        return result(op, v, curve.uAt(v));
      }
      if (xUp ? uh >= 1 - EPS : uh <= EPS) return null;
      if (xUp && uh < 0) return result('>=', a, 0);
      if (!xUp && uh > 1) return result('<=', b, 1);
      return result(xUp ? '>' : '<', x, uh);
    }
    // Steps: regions in ascending x: below at(0), at(0), between at(0) and at(1), at(1), …, above the last.
    const m = curve.count;
    const regionU = (r: number): number => (r === 0 ? curve.uBelow : r % 2 === 1 ? curve.uAt((r - 1) / 2) : curve.uBetween(r / 2 - 1));
    const last = 2 * m;
    let start: number;
    if (raw !== raw) start = xUp ? 0 : last;
    else {
      let lo = 0;
      let hi = m;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (curve.at(mid) < raw) lo = mid + 1;
        else hi = mid;
      }
      start = lo < m && curve.at(lo) === raw ? 2 * lo + 1 : 2 * lo;
    }
    // u never falls with x, nor does the score with u: along the scan the test turns true once and
    // stays true, so the first region that crosses is found by bisection.
    const crossesAt = (r: number): boolean => crosses(scoreAt(usedOf(regionU(r))));
    const steps = xUp ? last - start : start;
    const region = (k: number): number => (xUp ? start + k : start - k);
    let lo = 0;
    let hi = steps + 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (crossesAt(region(mid))) hi = mid;
      else lo = mid + 1;
    }
    if (lo > steps) return null;
    const r = region(lo);
    const j = Math.floor((r - 1) / 2);
    if (r === 0) return result('<', curve.at(0), regionU(r));
    if (r % 2 === 1) return result(xUp ? '>=' : '<=', curve.at(j), regionU(r));
    if (xUp) return result('>', curve.at(j), regionU(r));
    return r === last ? result('>', curve.at(m - 1), regionU(r)) : result('<', curve.at(j + 1), regionU(r));
  }

  private curve(f: Factor, raw: number): Curve {
    return normalization(f.normalize).curve(f, f.normalize, this.column(f), raw);
  }

  private column(f: Factor): SortedColumn {
    let s = this.sorted.get(f.factor);
    if (!s) {
      s = SortedColumn.of(this.portfolio.values.get(f.factor)!, this.ev.scope);
      this.sorted.set(f.factor, s);
    }
    return s;
  }
}
