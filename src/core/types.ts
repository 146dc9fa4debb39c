/** The vocabulary of METHOD.md: factors, quadrants, policies, and the loaded portfolio. */

export type Axis = 'attractiveness' | 'strength';
export const AXES: readonly Axis[] = ['attractiveness', 'strength'];

export type Direction = 'higher' | 'lower';
export type FactorKind = 'pure' | 'realistic';

export type Normalize =
  | { kind: 'none' }
  | { kind: 'minmax' }
  | { kind: 'percentile' }
  | { kind: 'bands'; thresholds: number[] };

/** One row of criteria.csv, validated. */
export interface Factor {
  factor: string;
  axis: Axis;
  weight: number;
  min: number;
  max: number;
  direction: Direction;
  normalize: Normalize;
  kind: FactorKind;
  description: string;
}

export type Quadrant = 'key' | 'key-development' | 'maintenance' | 'opportunistic';

/** In ranking order (METHOD.md §3, Quadrants). */
export const QUADRANTS: readonly Quadrant[] = ['key', 'key-development', 'maintenance', 'opportunistic'];

export const QUADRANT_INFO: Record<Quadrant, { title: string; treatment: string; salesMode: string }> = {
  key: { title: 'KEY', treatment: 'invest: strategic partnership', salesMode: 'farmer' },
  'key-development': {
    title: 'KEY DEVELOPMENT',
    treatment: "invest selectively: win the customer's preference",
    salesMode: 'hunter',
  },
  maintenance: { title: 'MAINTENANCE', treatment: 'maintain efficiently', salesMode: 'milk round' },
  opportunistic: {
    title: 'OPPORTUNISTIC',
    treatment: 'manage for cash, serve opportunistically',
    salesMode: 'milk round',
  },
};

export type MissingPolicy = 'error' | 'renormalize' | 'midpoint';
export type SortKey = 'quadrant' | 'attractiveness' | 'strength';
export type StrengthMode = 'absolute' | 'relative';
export type SplitRule = 'midpoint' | 'median' | 'mean' | 'fixed';

export type SplitSpec =
  | { rule: 'midpoint' | 'median' | 'mean' }
  | { rule: 'fixed'; attractiveness: number; strength: number };

/** The boundaries actually used. */
export interface Split {
  rule: SplitRule;
  attractiveness: number;
  strength: number;
}

export type ParetoClass = 'A' | 'B' | 'C';

/** A team decision to add or remove an account after the capacity cut (step 9). */
export interface Override {
  id: string;
  action: 'add' | 'remove';
  reason: string;
}

/**
 * customers.csv, loaded column-wise so a million accounts cost a few typed arrays rather than
 * a million objects. Missing numbers are NaN.
 */
export interface Portfolio {
  /** The file name used in messages. */
  source: string;
  n: number;
  ids: string[];
  names: string[];
  /** Present when the file has the column; '' where a cell is empty. */
  segments: string[] | null;
  channels: string[] | null;
  revenue: Float64Array | null;
  potential: Float64Array | null;
  /** The 1-based line in the file where each account's record starts. */
  lines: Int32Array;
  /** Raw factor values keyed by the factor's name as written in the criteria. */
  values: Map<string, Float64Array>;
  /** The header names as written in the file. */
  headers: string[];
}
