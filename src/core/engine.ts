/**
 * The scoring engine: portfolio + criteria + method → scores, quadrants, ranks, selection,
 * Pareto. Pure (no I/O) and cheap enough to rerun on every key press of the workshop.
 */
import { computeSplit, quadrantIndex } from './classify.js';
import { t } from '../i18n/index.js';
import { plain } from '../i18n/numbers.js';
import { InputError, ProblemList } from './errors.js';
import { note, type Message } from './messages.js';
import { normalizeFactor, type NormalizeContext } from './normalize/index.js';
import { pareto, type ParetoOutcome } from './pareto.js';
import { keysAscend, rankOrder } from './rank.js';
import { axisWeights, AxisSums, relativeU } from './score.js';
import { selectAccounts, type QuadrantCapacities, type SelectionOutcome } from './selection.js';
import { accountPlace } from './sheet.js';
import type { AGGREGATE, ValueOf } from './vocabulary.js';
import {
  QUADRANTS,
  type Axis,
  type CompetitorBest,
  type Factor,
  type MissingPolicy,
  type Override,
  type Portfolio,
  type Quadrant,
  type SortKey,
  type Split,
  type SplitSpec,
  type StrengthMode,
} from './types.js';

export interface Method {
  missing: MissingPolicy;
  split: SplitSpec;
  sort: SortKey;
  capacity: number | null;
  /** Two capacities (step 2), one for key and one for key-development accounts; `capacity` is then their sum. */
  capacities?: QuadrantCapacities | null;
  /** Defaults to relative when competitor ratings exist, else absolute. */
  strength?: StrengthMode;
  /** Segments in scope (matched case-insensitively); null for all. */
  segments: string[] | null;
  overrides: Override[];
  /** How several raters' scores are combined (ratings.csv); reported in the result. Default median. */
  aggregate?: ValueOf<typeof AGGREGATE>;
}

export const DEFAULT_METHOD: Method = {
  missing: 'error',
  split: { rule: 'midpoint' },
  sort: 'quadrant',
  capacity: null,
  segments: null,
  overrides: [],
};

export type { CompetitorBest } from './types.js';

export interface Evaluation {
  factors: Factor[];
  method: Method & { strength: StrengthMode };
  /** Row (in the portfolio) of each account in scope, in file order. */
  scope: Uint32Array;
  /** Normalised u per factor and scope position (after relative strength), NaN missing. */
  u: NormalizedColumns;
  attractiveness: Float64Array;
  strength: Float64Array;
  coverage: Record<Axis, Float64Array>;
  quadrant: Uint8Array;
  /** Scope positions in rank order; rank = index + 1. */
  order: Uint32Array;
  split: Split;
  selection: SelectionOutcome;
  pareto: ParetoOutcome | null;
  counts: Record<Quadrant, number>;
  /** Warnings as messages: English in the JSON result, the reader's language on the screen. */
  warnings: Message[];
}

export interface EvaluateOptions {
  /**
   * Release each raw factor column from the portfolio once it is added into its axis: for a
   * one-shot run that reads nothing else afterwards (no explanations, no stability, no
   * `ev.u`), on a large file this frees about 8 bytes per account and factor.
   */
  releaseRaw?: boolean;
}

export function evaluate(
  portfolio: Portfolio,
  factors: Factor[],
  method: Method,
  competitors?: CompetitorBest,
  options: EvaluateOptions = {},
): Evaluation {
  const warnings: Message[] = [];
  const scope = scopeRows(portfolio, method.segments);
  const n = scope.length;
  const strengthMode: StrengthMode = method.strength ?? (competitors && competitors.size > 0 ? 'relative' : 'absolute');
  const problems = new ProblemList();
  const quiet = { outOfRange: () => {}, warn: () => {} };
  /** u of one factor for the accounts in scope, after relative strength; NaN = missing. */
  const normalized = (f: Factor, ctx: NormalizeContext = quiet, out?: Float64Array): Float64Array => {
    const raw = portfolio.values.get(f.factor);
    if (!raw) throw new Error(`internal: no values loaded for factor "${f.factor}" (released, or never loaded)`);
    const uf = normalizeFactor(raw, scope, f, ctx, out);
    const best = competitors?.get(f.factor);
    if (strengthMode === 'relative' && f.axis === 'strength' && best) {
      for (let p = 0; p < n; p++) uf[p] = relativeU(uf[p], best[scope[p]]);
    }
    return uf;
  };
  // Each factor's column is added into its axis and dropped: a million accounts need two sums
  // per axis, not a column per factor. `u` recomputes a column when someone asks for it.
  const sums = { attractiveness: new AxisSums(n), strength: new AxisSums(n) };
  // A raw column about to be released can take its own u in place when the scope is the whole
  // file (every normalisation reads an account's value before writing its u); else one scratch.
  const inPlace = options.releaseRaw === true && method.segments === null;
  let scratch: Float64Array | null = null;
  const weights = axisWeights(factors);
  for (const [k, f] of factors.entries()) {
    const report: NormalizeContext = {
      outOfRange: (p, x) =>
        problems.add({ ...accountPlace(portfolio, scope[p], f.factor), message: t('core.engine.outside-scale', { value: plain(x), min: plain(f.min), max: plain(f.max) }) }),
      warn: (m) => warnings.push(m),
    };
    const uf = normalized(f, report, inPlace ? portfolio.values.get(f.factor) : (scratch ??= new Float64Array(n)));
    if (method.missing === 'error') {
      for (let p = 0; p < n; p++) {
        if (uf[p] !== uf[p]) {
          problems.add({
            ...accountPlace(portfolio, scope[p], f.factor),
            message: t('core.engine.missing-value'),
          });
        }
      }
    }
    sums[f.axis].add(uf, weights[k], method.missing);
    if (options.releaseRaw) portfolio.values.delete(f.factor);
  }
  problems.items.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  problems.throwIfAny();
  const u = new NormalizedColumns(factors, (f) => normalized(f));

  const axis = (which: Axis) => {
    const empty = new ProblemList();
    const score = sums[which].scores(method.missing, true, (p) =>
      empty.add({
        ...accountPlace(portfolio, scope[p]),
        message: t('core.engine.no-axis-value', { id: portfolio.ids[scope[p]], axis: which }),
      }),
    );
    empty.throwIfAny();
    return { score, coverage: sums[which].present };
  };
  const att = axis('attractiveness');
  const str = axis('strength');
  const split = computeSplit(method.split, att.score, str.score);
  const quadrant = new Uint8Array(n);
  const counts: Record<Quadrant, number> = { key: 0, 'key-development': 0, maintenance: 0, opportunistic: 0 };
  for (let p = 0; p < n; p++) {
    quadrant[p] = quadrantIndex(att.score[p], str.score[p], split);
    counts[QUADRANTS[quadrant[p]]]++;
  }
  // Ranking and Pareto work in two scratch columns (the factor loop's, when it had one).
  const work1 = scratch ?? new Float64Array(n);
  const work2 = new Float64Array(n);
  const idOf = (p: number): string => portfolio.ids[scope[p]];
  // Scope positions follow the file's order, so keys that ascend in the file ascend by position.
  const keysAscending = portfolio.keysAscending ?? keysAscend(n, idOf);
  const order = rankOrder({ idOf, keysAscending, attractiveness: att.score, strength: str.score, quadrant }, method.sort, [work1, work2]);
  const selection = selectAccounts(order, quadrant, idOf, method.capacity, method.overrides, method.capacities ?? null);
  warnings.push(...selection.warnings);

  let paretoOutcome: ParetoOutcome | null = null;
  if (portfolio.revenue) {
    const rev = work1; // free again once ranking is done
    let missing = 0;
    for (let p = 0; p < n; p++) {
      rev[p] = portfolio.revenue[scope[p]];
      if (rev[p] !== rev[p]) missing++;
    }
    if (missing > 0) warnings.push(note('core.engine.no-revenue', { n: missing }));
    paretoOutcome = pareto(rev, idOf, work2, keysAscending);
    if (!paretoOutcome) warnings.push(note('core.engine.zero-revenue'));
  }

  return {
    factors,
    method: { ...method, strength: strengthMode },
    scope,
    u,
    attractiveness: att.score,
    strength: str.score,
    coverage: { attractiveness: att.coverage, strength: str.coverage },
    quadrant,
    order,
    split,
    selection,
    pareto: paretoOutcome,
    counts,
    warnings,
  };
}

function scopeRows(portfolio: Portfolio, segments: string[] | null): Uint32Array {
  if (segments === null) {
    const all = new Uint32Array(portfolio.n);
    for (let i = 0; i < all.length; i++) all[i] = i;
    return all;
  }
  const segs = portfolio.segments;
  const wanted = new Set(segments.map((s) => s.trim().toLowerCase()));
  const rows: number[] = [];
  if (segs) for (let i = 0; i < portfolio.n; i++) if (wanted.has(segs[i].toLowerCase())) rows.push(i);
  if (rows.length === 0) {
    throw new InputError({ file: portfolio.source, field: 'segment', message: `no account is in the segments chosen (${segments.join(', ')})` });
  }
  return Uint32Array.from(rows);
}

/** Normalised columns by factor name, computed on first use and kept. */
export class NormalizedColumns {
  private readonly cache = new Map<string, Float64Array>();
  constructor(
    private readonly factors: readonly Factor[],
    private readonly compute: (f: Factor) => Float64Array,
  ) {}
  get(name: string): Float64Array | undefined {
    let col = this.cache.get(name);
    if (col === undefined) {
      const f = this.factors.find((x) => x.factor === name);
      if (!f) return undefined;
      col = this.compute(f);
      this.cache.set(name, col);
    }
    return col;
  }
}
