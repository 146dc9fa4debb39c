/** The vocabulary of METHOD.md: factors, quadrants, policies, and the loaded portfolio. */
import type { Normalize } from './normalize/index.js';
import { AXIS, QUADRANT, type ValueOf, type DIRECTION, type FACTOR_KIND, type MISSING_POLICY, type SORT_KEY, type STRENGTH_MODE } from './vocabulary.js';

export { QUADRANT_INFO, type Quadrant } from './vocabulary.js';
export type { Normalize } from './normalize/index.js';
export type { Split, SplitRule, SplitSpec } from './split.js';

export type Axis = ValueOf<typeof AXIS>;
export const AXES: readonly Axis[] = AXIS.values;

export type Direction = ValueOf<typeof DIRECTION>;
export type FactorKind = ValueOf<typeof FACTOR_KIND>;

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

/** In ranking order (METHOD.md §3, Quadrants). */
export const QUADRANTS = QUADRANT.values;

export type MissingPolicy = ValueOf<typeof MISSING_POLICY>;
export type SortKey = ValueOf<typeof SORT_KEY>;
export type StrengthMode = ValueOf<typeof STRENGTH_MODE>;

export type ParetoClass = 'A' | 'B' | 'C';

/** A team decision to add or remove an account after the capacity cut (step 9). */
export interface Override {
  id: string;
  action: 'add' | 'remove';
  reason: string;
}

/** Best competitor's u (0..1) per factor and portfolio row, NaN where none rated. */
export type CompetitorBest = Map<string, Float64Array>;

/**
 * Where the accounts of a portfolio read from a workbook sit: the sheet, and the sheet column of
 * each field a problem may name (the factor names as the criteria write them, the headers as the
 * sheet writes them). The portfolio's `lines` are then the accounts' sheet rows.
 */
export interface SheetOrigin {
  sheet: string;
  /** Field → 1-based sheet column. */
  columns: ReadonlyMap<string, number>;
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
  /** The 1-based line in the file where each account's record starts (its row, for a sheet). */
  lines: Int32Array;
  /** Present when the accounts were read from a workbook's sheet: problems name cells, not lines. */
  sheet?: SheetOrigin;
  /** Raw factor values keyed by the factor's name as written in the criteria. */
  values: Map<string, Float64Array>;
  /** The header names as written in the file. */
  headers: string[];
  /**
   * True when the keys strictly ascend in file order (code-unit order), as in an export sorted
   * by key: then file order is key order, and ranking breaks ties without comparing keys.
   * Absent when unknown (it is then checked from `ids`).
   */
  keysAscending?: boolean;
  /** The keys, names and segments as read, for writers that copy bytes (from the customers loader). */
  bytes?: PortfolioBytes;
}

/**
 * A portfolio's text as the UTF-8 bytes of the file (valid UTF-8, trimmed): row r's key is
 * `text[at[2r]..at[2r + 1])` and its name `text[at[2r + 1]..at[2r + 2])` (the key again when the
 * name is empty), exactly the bytes of `ids[r]` and `names[r]`.
 */
export interface PortfolioBytes {
  text: Uint8Array;
  at: Uint32Array;
  /** With a segment column: row r's segment is `segmentValues[segmentOf[r]]`. */
  segmentOf: Uint32Array | null;
  segmentValues: readonly string[];
}
