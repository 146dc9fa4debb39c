/**
 * The Analytic Hierarchy Process (Saaty) for eliciting factor weights from pairwise comparisons.
 *
 * Each comparison `a,b,value` says how much more important factor a is than b on Saaty's 1–9
 * scale (1/9..9); the reciprocal b,a = 1/value is implied. The weights are the principal right
 * eigenvector of the reciprocal matrix, normalised to sum 1; consistency is judged by Saaty's
 * consistency ratio CR = CI/RI with CI = (λmax − n)/(n − 1). Pure: no I/O.
 */
import { t } from '../i18n/index.js';
import { InputError, type Problem } from './errors.js';

export interface Comparison {
  a: string;
  b: string;
  value: number;
  line?: number;
}

export interface AhpResult {
  factors: string[];
  /** Principal eigenvector normalised to sum 1, in the order of `factors`. */
  weights: number[];
  lambdaMax: number;
  /** (λmax − n)/(n − 1), clamped at 0 against rounding; 0 for n ≤ 2. */
  ci: number;
  /** Saaty's random index for n. */
  ri: number;
  /** ci/ri, 0 when ri is 0. */
  cr: number;
  /** cr <= CR_THRESHOLD. */
  consistent: boolean;
  /**
   * The comparison that disagrees most with the weights: max |ln(a_ij · w_j / w_i)|, oriented as
   * the comparison was given; `implied` = w_i/w_j. null when n ≤ 2 (nothing can disagree).
   */
  worst: { a: string; b: string; given: number; implied: number } | null;
}

/** Saaty's threshold: a consistency ratio above 0.10 calls for revising the judgments. */
export const CR_THRESHOLD = 0.1;

/**
 * Saaty's random consistency index RI for n = 1..15 (index n − 1): the mean CI of random
 * reciprocal matrices on the 1/9..9 scale. These are the classic values as usually cited from
 * T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, 1980 (n ≤ 10 also in Saaty, "How to
 * make a decision: the analytic hierarchy process", European J. of Operational Research 48, 1990,
 * pp. 9–26); the dip at n = 12 is in the published table. Saaty's later papers (e.g. Int. J.
 * Services Sciences 1(1), 2008) print revised estimates (0.52, 0.89, 1.11, …); we keep the classic
 * table. For n > 15 the n = 15 value, 1.59, is used: the index levels off there (later
 * simulations put it between about 1.59 and 1.63 up to n = 100), so CR stays a fair test.
 */
export const RANDOM_INDEX: readonly number[] = Object.freeze([
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
]);

/** Saaty's RI for an n×n matrix (1.59 beyond 15). */
export function randomIndex(n: number): number {
  if (n < 1) return 0;
  return RANDOM_INDEX[Math.min(n, RANDOM_INDEX.length) - 1];
}

const MIN_VALUE = 1 / 9;
const MAX_VALUE = 9;
/** Relative slack for the scale bounds and for "a,b and b,a are reciprocal". */
const REL_TOL = 1e-9;

const pairKey = (i: number, j: number): string => (i < j ? `${i}|${j}` : `${j}|${i}`);

/** A judgment as a person would write it: 3, 1/3, 2.5. */
export function judgment(x: number): string {
  const inv = Math.round(1 / x);
  if (x < 1 && Math.abs(inv * x - 1) < REL_TOL) return `1/${inv}`;
  return String(Number(x.toPrecision(6)));
}

/**
 * Build the n×n positive reciprocal comparison matrix in the order of `factors`.
 * Throws one InputError listing every problem: duplicate or empty factor names, unknown factors,
 * a factor compared with itself, values outside 1/9..9 or not finite, contradicting repeats of
 * a pair, and (in one problem) every pair that is not compared.
 */
export function buildMatrix(
  factors: readonly string[],
  comparisons: readonly Comparison[],
  file?: string,
): number[][] {
  const n = factors.length;
  const problems: Problem[] = [];
  const at = (c: Comparison | null, field?: string): Problem => {
    const p: Problem = { message: '' };
    if (file !== undefined) p.file = file;
    if (c?.line !== undefined) p.line = c.line;
    if (field !== undefined) p.field = field;
    return p;
  };
  const index = new Map<string, number>();
  factors.forEach((f, i) => {
    if (index.has(f)) problems.push({ ...at(null), message: t('core.ahp.duplicate', { factor: f }) });
    else index.set(f, i);
  });
  if (n === 0) problems.push({ ...at(null), message: t('core.ahp.no-factors') });

  const m: number[][] = factors.map((_, i) => factors.map((__, j) => (i === j ? 1 : NaN)));
  const given = new Map<string, Comparison>();
  for (const c of comparisons) {
    const i = index.get(c.a);
    const j = index.get(c.b);
    if (i === undefined) problems.push({ ...at(c, 'a'), message: t('core.ahp.unknown', { factor: c.a }) });
    if (j === undefined) problems.push({ ...at(c, 'b'), message: t('core.ahp.unknown', { factor: c.b }) });
    if (i === undefined || j === undefined) continue;
    if (i === j) {
      problems.push({ ...at(c), message: t('core.ahp.self', { factor: c.a }) });
      continue;
    }
    const v = c.value;
    if (!Number.isFinite(v) || v < MIN_VALUE * (1 - REL_TOL) || v > MAX_VALUE * (1 + REL_TOL)) {
      problems.push({
        ...at(c, 'value'),
        message: t('core.ahp.off-scale', { value: String(v), a: c.a, b: c.b }),
      });
      given.set(pairKey(i, j), given.get(pairKey(i, j)) ?? c); // given, though invalid: not "missing"
      continue;
    }
    const key = pairKey(i, j);
    const prev = given.get(key);
    if (prev === undefined) {
      given.set(key, c);
      m[i][j] = v;
      m[j][i] = 1 / v;
    } else if (Number.isFinite(m[i][j]) && Math.abs(m[i][j] - v) > REL_TOL * Math.max(m[i][j], v)) {
      problems.push({
        ...at(c, 'value'),
        message: t('core.ahp.contradicts', { a: c.a, b: c.b, value: judgment(v), prevA: prev.a, prevB: prev.b, prevValue: judgment(prev.value), earlier: prev.line ?? 'none', implied: judgment(m[i][j]) }),
      });
    }
  }

  const missing: string[] = [];
  for (let i = 0; i < (index.size === n ? n : 0); i++)
    for (let j = i + 1; j < n; j++)
      if (!given.has(pairKey(i, j))) missing.push(`${factors[i]},${factors[j]}`);
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join('; ');
    const rest = missing.length - 10;
    problems.push({
      ...at(null),
      message: t('core.ahp.missing-pairs', { n: missing.length, shown, rest: Math.max(0, rest) }),
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  return m;
}

/**
 * Principal eigenvector (normalised to sum 1) and eigenvalue of a positive matrix by power
 * iteration, stopping when no component moves by more than 1e-12 or after 1000 iterations.
 * λmax = Σ(Aw)_i for w summing to 1.
 */
export function principalEigen(matrix: readonly number[][]): { vector: number[]; lambdaMax: number } {
  const n = matrix.length;
  if (n === 0) return { vector: [], lambdaMax: 0 };
  const multiply = (w: readonly number[]): number[] =>
    matrix.map((row) => row.reduce((s, a, j) => s + a * w[j], 0));
  let w: number[] = new Array<number>(n).fill(1 / n);
  let lambda = 0;
  for (let iter = 0; iter < 1000; iter++) {
    const aw = multiply(w);
    lambda = aw.reduce((s, x) => s + x, 0);
    const next = aw.map((x) => x / lambda);
    const delta = next.reduce((d, x, i) => Math.max(d, Math.abs(x - w[i])), 0);
    w = next;
    if (delta <= 1e-12) break;
  }
  lambda = multiply(w).reduce((s, x) => s + x, 0);
  return { vector: w, lambdaMax: lambda };
}

/** Weights, λmax, CI, RI, CR and the most disagreeing comparison for the given factors. */
export function ahp(factors: readonly string[], comparisons: readonly Comparison[], file?: string): AhpResult {
  const m = buildMatrix(factors, comparisons, file);
  const n = factors.length;
  const { vector: weights, lambdaMax } = principalEigen(m);
  const ri = randomIndex(n);
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const cr = ri === 0 ? 0 : ci / ri;

  let worst: AhpResult['worst'] = null;
  if (n > 2) {
    let bi = 0;
    let bj = 1;
    let bad = -1;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const e = Math.abs(Math.log((m[i][j] * weights[j]) / weights[i]));
        if (e > bad + 1e-12) [bi, bj, bad] = [i, j, e];
      }
    // Name the pair the way the user wrote it.
    const [fi, fj] = [factors[bi], factors[bj]];
    const c = comparisons.find((x) => (x.a === fi && x.b === fj) || (x.a === fj && x.b === fi));
    if (c?.a === fj) [bi, bj] = [bj, bi];
    worst = { a: factors[bi], b: factors[bj], given: m[bi][bj], implied: weights[bi] / weights[bj] };
  }
  return { factors: [...factors], weights, lambdaMax, ci, ri, cr, consistent: cr <= CR_THRESHOLD, worst };
}

/** The figures of an AHP result that records and reports carry: λmax, CI, RI, CR and the worst comparison. */
export function ahpFigures(r: AhpResult): Pick<AhpResult, 'lambdaMax' | 'ci' | 'ri' | 'cr' | 'consistent' | 'worst'> {
  return { lambdaMax: r.lambdaMax, ci: r.ci, ri: r.ri, cr: r.cr, consistent: r.consistent, worst: r.worst };
}
