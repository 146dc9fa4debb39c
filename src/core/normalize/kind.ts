/**
 * What one normalisation kind (METHOD.md §3) must define, once: how criteria.csv writes it, its
 * u for a portfolio column, and what the analyses need from it — stability (u of a shifted
 * value, the other accounts fixed) and explain (u as a continuous or step function of one account's
 * raw value, the other accounts fixed). Every consumer goes through these definitions, so a new
 * kind that leaves one out does not compile. All u here read "higher is better": direction,
 * relative strength and the missing-value policy are applied by the kernel (core/score.ts).
 */

import { positionOn } from '../exact.js';
import type { Message } from '../messages.js';
import type { SortedColumn } from '../sorted.js';

/** The part of a factor a normalisation reads. */
export interface FactorScale {
  factor: string;
  min: number;
  max: number;
}

export interface NormalizeContext {
  /** Called for each in-scope value outside min..max where the kind requires values on the scale (scope position). */
  outOfRange(pos: number, value: number): void;
  /** A warning of the run (English in the JSON result). */
  warn(message: Message): void;
}

/** Writes u (after direction and relative strength) of every scope position shifted by delta[p]. */
export type NoiseModel = (delta: Float64Array, out: Float64Array) => void;

/**
 * The shape of u as a function of one account's raw value, everyone else fixed ("higher is
 * better"): continuous and increasing from u = 0 at x = a to u = 1 at x = b (clamped outside),
 * steps at given values, or constant.
 */
export type Curve =
  | { kind: 'continuous'; a: number; b: number; xAt(u: number): number; uAt(x: number): number }
  | StepCurve
  | { kind: 'constant' };

/**
 * u by steps: below at(0) it is `uBelow`; at at(j) it is uAt(j); between at(j) and at(j + 1)
 * (and above the last) uBetween(j); `count` steps, at ascending. Read through accessors, so a
 * curve over thousands of other accounts costs nothing to build.
 */
export interface StepCurve {
  kind: 'steps';
  count: number;
  uBelow: number;
  at(j: number): number;
  uAt(j: number): number;
  uBetween(j: number): number;
}

/** Steps at fixed values (bands' thresholds). */
export function stepCurve(at: readonly number[], uBelow: number, uAt: readonly number[], uBetween: readonly number[]): StepCurve {
  return { kind: 'steps', count: at.length, uBelow, at: (j) => at[j], uAt: (j) => uAt[j], uBetween: (j) => uBetween[j] };
}

/** u = (x − a)/(b − a): the curve of `none` and `minmax`. */
export function linearCurve(a: number, b: number): Curve {
  const wide = !Number.isFinite(b - a);
  return { kind: 'continuous', a, b, xAt: (u) => (wide ? 2 * (a / 2 + u * (b / 2 - a / 2)) : a + u * (b - a)), uAt: (x) => positionOn(x, a, b) };
}

/** How a parameter list of a kind reads its numbers (the file's own number rules). */
export type ParseNumber = (text: string) => number | null;

export interface NormalizeKind<K extends string, P extends object> {
  name: K;
  /** How criteria.csv writes it: `minmax`, or `bands:T1;T2;…` for a kind with parameters. */
  syntax: string;
  /** One line for the docs, the help and the workshop: what the kind does. */
  help: string;
  /**
   * The parameters from the text after `name:`, for a kind that takes them (absent otherwise).
   * Reports a problem and returns null when they are wrong.
   */
  parse?: (params: string, num: ParseNumber, report: (message: string) => void) => P | null;
  /** The canonical spelling, as criteria.csv and the JSON result write it. */
  format(params: P): string;
  /** Values must lie on the factor's min..max scale: one outside is an input error (also in ratings). */
  onScale: boolean;
  /**
   * u depends on the value and the factor alone, not on the portfolio: a competitor's rating can
   * be normalised the same way (relative strength needs this).
   */
  fixedScale: boolean;
  /** u of each scope position into `out`; NaN stays NaN (missing). */
  column(raw: Float64Array, scope: Uint32Array, f: FactorScale, params: P, ctx: NormalizeContext, out: Float64Array): void;
  /** Stability: u of each value x[p] + delta[p], the other accounts' values unshifted. */
  shifted(f: FactorScale, params: P, x: Float64Array): NoiseModel;
  /**
   * Explain: u as a function of one account's raw value `own` (NaN when missing), the others
   * fixed. `column` holds every value in scope, this account's included: the others are the
   * column without one occurrence of `own`.
   */
  curve(f: FactorScale, params: P, column: SortedColumn, own: number): Curve;
}
