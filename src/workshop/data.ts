/**
 * What the workshop works on: the portfolio with every column a factor could come from (the
 * criteria's factors and the file's other numeric columns), and the criteria file when present.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ProblemList, UsageError } from '../core/errors.js';
import { resolveRatings, type Aggregate, type RatingsOutcome, type SettledScore } from '../core/ratings.js';
import type { RatingSet } from '../core/rating-set.js';
import type { InputFile } from '../core/result.js';
import type { Factor, Portfolio } from '../core/types.js';
import { headerKey, type Delimiter } from '../load/csv-reader.js';
import { loadCriteria } from '../load/criteria.js';
import { loadCustomers } from '../load/customers.js';
import { INVALID, parseNumberCell } from '../load/numbers.js';
import { checkRatingAccounts, readRatings } from '../load/ratings.js';
import { readTable } from '../load/table.js';
import { readInputFile } from '../util/files.js';

/** Columns with a meaning of their own, never offered as factors. */
const RESERVED = new Set(['id', 'name', 'segment', 'channel', 'revenue', 'potential']);

/** The team's ratings (--ratings) as read: aggregated again whenever the team settles a disagreement. */
export interface WorkshopRatings {
  set: RatingSet;
  aggregate: Aggregate;
  /** customers.csv before the ratings replaced its values. */
  unrated: Portfolio;
  /** The current outcome (with the settled scores so far); `portfolio` of WorkshopData is its portfolio. */
  outcome: RatingsOutcome;
}

export interface WorkshopData {
  customersPath: string;
  criteriaPath: string;
  portfolio: Portfolio;
  /** criteria.csv's factors, or none when there is no criteria file. */
  criteria: Factor[];
  /** Numeric columns of customers.csv that are not criteria factors (candidate raw factors). */
  numericColumns: string[];
  inputs: { customers: InputFile; criteria: InputFile | null; ratings?: InputFile | null };
  /** Null without --ratings. */
  ratings: WorkshopRatings | null;
}

/** Header names whose every non-missing cell is a number (at least one number), in file order. */
export function numericColumns(text: string, file: string, delimiter?: Delimiter): string[] {
  const state = new Map<number, boolean>();
  const table = readTable(text, file, delimiter, new ProblemList(), (fields, _line, t) => {
    fields.forEach((cell, i) => {
      if (state.get(i) === false) return;
      const v = parseNumberCell(cell, t.decimalComma);
      if (v === INVALID) state.set(i, false);
      else if (!Number.isNaN(v)) state.set(i, true);
    });
  });
  const idCol = table.columns.get('id') ?? 0;
  return table.headers.filter((h, i) => i !== idCol && state.get(i) === true && !RESERVED.has(headerKey(h)));
}

/** `ratings`: ratings.csv to read (its factors must be criteria factors) and how raters are combined. */
export function loadWorkshopData(
  customersPath: string,
  criteriaPath: string,
  cwd: string,
  delimiter?: Delimiter,
  ratings?: { path: string; aggregate: Aggregate; settled?: readonly SettledScore[] },
): WorkshopData {
  const customers = readInputFile(customersPath, cwd);
  const hasCriteria = existsSync(resolve(cwd, criteriaPath));
  const criteriaFile = hasCriteria ? readInputFile(criteriaPath, cwd) : null;
  const criteria = criteriaFile ? loadCriteria(criteriaFile.text, criteriaPath, delimiter) : [];
  const ratingsFile = ratings ? readInputFile(ratings.path, cwd) : null;
  if (ratingsFile && criteria.length === 0) {
    throw new UsageError(`--ratings ${ratings!.path}: ratings rate the factors of a criteria file, and there is none at ${criteriaPath} (give one with --criteria).`);
  }
  const parsed = ratingsFile ? readRatings(ratingsFile.text, { file: ratingsFile.path, delimiter, factors: criteria }) : null;
  const taken = new Set(criteria.map((f) => headerKey(f.factor)));
  const numeric = numericColumns(customers.text, customersPath, delimiter).filter((h) => !taken.has(headerKey(h)));
  const portfolio = loadCustomers(customers.text, {
    file: customersPath,
    delimiter,
    factors: [...criteria.map((f) => f.factor), ...numeric],
    optional: parsed?.ourFactors,
  });
  let rated: WorkshopRatings | null = null;
  if (parsed && ratings) {
    const set = checkRatingAccounts(parsed, portfolio);
    rated = { set, aggregate: ratings.aggregate, unrated: portfolio, outcome: resolveRatings(portfolio, set, ratings.aggregate, ratings.settled) };
  }
  return {
    customersPath,
    criteriaPath,
    portfolio: rated ? rated.outcome.portfolio : portfolio,
    criteria,
    numericColumns: numeric,
    inputs: {
      customers: { path: customers.path, sha256: customers.sha256 },
      criteria: criteriaFile ? { path: criteriaFile.path, sha256: criteriaFile.sha256 } : null,
      ...(ratingsFile ? { ratings: { path: ratingsFile.path, sha256: ratingsFile.sha256 } } : {}),
    },
    ratings: rated,
  };
}
