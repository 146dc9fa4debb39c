/**
 * criteria and ratings as the loaders read them, whether they came from a CSV file or from a
 * workbook's sheet (its CSV twin, see load/xlsx.ts): the text, its delimiter, the problems of
 * typed cells found before the text was made (a date where a number belongs), and how a problem
 * of the text is placed in its file (for a sheet: at its cell). Pure.
 */
import { InputError, type Problem } from '../core/errors.js';
import type { RatingSet } from '../core/rating-set.js';
import type { Factor, Portfolio } from '../core/types.js';
import { loadCriteria } from './criteria.js';
import type { Delimiter } from './csv-reader.js';
import { checkRatingAccounts, readRatings, type LeftAccounts, type ParsedRatings, type RatingsOptions } from './ratings.js';

export interface TableText {
  /** The file as messages name it ("standard input" for -). */
  name: string;
  text: string;
  /** The delimiter of the text: --delimiter (or sniffed) for CSV, ',' for a sheet's twin. */
  delimiter: Delimiter | undefined;
  /** Problems of typed cells, in the loaders' terms (line, field), thrown with the loader's. */
  typed: readonly Problem[];
  /** A problem of the text at its place in the file: the identity for CSV, its cell for a sheet. */
  place: (p: Problem) => Problem;
  /** Which sheet (or sheets) were read, when there was a choice; null for CSV. */
  note: string | null;
}

const identity = (p: Problem): Problem => p;

/** A CSV file's text as a table. */
export function csvTable(name: string, text: string, delimiter: Delimiter | undefined): TableText {
  return { name, text, delimiter, typed: [], place: identity, note: null };
}

/** Stable order by line (problems without a line first, as the loaders put file-level problems). */
export function byLine(problems: readonly Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map((x) => x.p);
}

/** An error's problems placed by `place` (errors other than InputError pass unchanged). */
export function placeError(e: unknown, place: (p: Problem) => Problem): unknown {
  if (!(e instanceof InputError)) return e;
  const mapped = e.problems.map(place);
  return mapped.every((p, i) => p === e.problems[i]) ? e : new InputError(mapped);
}

/** Runs `load` and throws its input problems and `extra` together, in line order. */
export function withExtraProblems<T>(extra: readonly Problem[], load: () => T): T {
  let result: T;
  try {
    result = load();
  } catch (e) {
    if (!(e instanceof InputError) || extra.length === 0) throw e;
    throw new InputError(byLine([...e.problems, ...extra]));
  }
  if (extra.length > 0) throw new InputError(byLine(extra));
  return result;
}

/** Runs a loader on a table, its problems placed in the table's file. */
export function placed<T>(t: Pick<TableText, 'place'>, load: () => T): T {
  try {
    return load();
  } catch (e) {
    throw placeError(e, t.place);
  }
}

export function loadCriteriaTable(t: TableText): Factor[] {
  return placed(t, () => withExtraProblems(t.typed, () => loadCriteria(t.text, t.name, t.delimiter)));
}

/** readRatings on a table; the typed cells' problems join the file's (thrown by checkRatingsTable). */
export function readRatingsTable(t: TableText, opts: Omit<RatingsOptions, 'file' | 'delimiter'>): ParsedRatings {
  return placed(t, () => {
    const parsed = readRatings(t.text, { ...opts, file: t.name, delimiter: t.delimiter });
    for (const p of t.typed) parsed.problems.add(p);
    return parsed;
  });
}

/** checkRatingAccounts, its problems placed (with `leftAccounts: 'warn'`, the rows of accounts no longer in the export left out and counted). */
export function checkRatingsTable(t: TableText, parsed: ParsedRatings, portfolio: Portfolio, opts: { leftAccounts?: 'warn' } = {}): { set: RatingSet; left: LeftAccounts } {
  return placed(t, () => checkRatingAccounts(parsed, portfolio, opts));
}
