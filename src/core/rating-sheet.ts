/**
 * Team scoring sheets: what a rater's workbook holds. One row per account, one column per factor
 * the team rates, and for strength factors one more per competitor (how the customer rates that
 * competitor on the factor). The layout is decided here, without I/O: render/rating-sheets.ts
 * writes it as a workbook (`kam ratings template`), load/rating-sheets.ts reads filled workbooks
 * back (`kam ratings collect`, `--ratings FOLDER`). Pure.
 */
import { t } from '../i18n/index.js';
import { UsageError } from './errors.js';
import { competitorRatingProblem } from './ratings.js';
import type { Axis, Direction, Factor } from './types.js';

export const RATING_SHEET_SCHEMA = 'kam/rating-sheet@1';
/** The sheet raters fill in, the sheet that tells them how, and the very hidden sheet describing the columns. */
export const RATINGS_SHEET = 'Ratings';
export const HELP_SHEET = 'How to rate';
export const META_SHEET = 'kam';

/** One score column of the sheet. */
export interface ScoreColumn {
  /** The header text (the factor's name, or `Factor (Competitor)`). */
  header: string;
  factor: string;
  competitor: string | null;
  axis: Axis;
  min: number;
  max: number;
  direction: Direction;
  description: string;
}

export interface AccountRow {
  id: string;
  name: string;
  segment: string | null;
}

export interface SheetLayout {
  /** The header of the key column (the customers file's key column as written). */
  keyHeader: string;
  /** Whether a segment column is shown (the customers file has one). */
  segment: boolean;
  accounts: AccountRow[];
  columns: ScoreColumn[];
}

/** The header of a competitor's column on a factor. */
export const competitorHeader = (factor: string, competitor: string): string => `${factor} (${competitor})`;

/** A rater's name as a file name: letters, digits, spaces, `.`, `-`, `_`; anything else becomes `_`. */
export function raterFileName(rater: string): string {
  const base = rater
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]/gu, '_')
    .replace(/^[ .]+|[ .]+$/g, '');
  return `${base === '' ? 'rater' : base}.xlsx`;
}

/**
 * The factors the team rates: those named in `only`, else every factor scored on its own scale
 * (normalize none: a judgement, where minmax, percentile and bands factors are measured data).
 */
export function ratedFactors(factors: readonly Factor[], only: readonly string[]): Factor[] {
  if (only.length === 0) {
    const rated = factors.filter((f) => f.normalize.kind === 'none');
    if (rated.length === 0) throw new UsageError(t('core.rating-sheet.nothing-to-rate'));
    return rated;
  }
  return only.map((name) => {
    const f = factors.find((x) => x.factor.toLowerCase() === name.toLowerCase());
    if (!f) throw new UsageError(t('core.rating-sheet.not-a-factor', { name, factors: factors.map((x) => x.factor).join(', ') }));
    if (f.normalize.kind !== 'none') {
      throw new UsageError(t('core.rating-sheet.measured', { factor: f.factor, kind: f.normalize.kind }));
    }
    return f;
  });
}

/** The score columns: each rated factor, followed (strength factors) by one column per competitor. */
export function scoreColumns(rated: readonly Factor[], competitors: readonly string[]): ScoreColumn[] {
  const columns: ScoreColumn[] = [];
  const headers = new Set<string>();
  const add = (c: ScoreColumn) => {
    const key = c.header.trim().toLowerCase();
    if (headers.has(key)) throw new UsageError(t('core.rating-sheet.same-header', { header: c.header }));
    headers.add(key);
    columns.push(c);
  };
  for (const f of rated) {
    const base = { factor: f.factor, axis: f.axis, min: f.min, max: f.max, direction: f.direction, description: f.description };
    add({ header: f.factor, competitor: null, ...base });
    if (competitors.length > 0 && competitorRatingProblem(f) === null) {
      for (const c of competitors) add({ header: competitorHeader(f.factor, c), competitor: c, ...base });
    }
  }
  return columns;
}

/** What one rater left empty. */
export interface Coverage {
  rater: string;
  file: string;
  rated: number;
  /** Score cells of the sheet (accounts × columns). */
  total: number;
  /** Score columns of the sheet. */
  columns: number;
  /** Per column with empty cells: its header and the accounts left empty, in sheet order. */
  missing: Array<{ header: string; accounts: string[] }>;
}
