/**
 * ratings.csv (METHOD.md §2): long format, `account,factor,score` and optionally `rater` and
 * `competitor`. Read in two steps because the accounts come from customers.csv, which may need
 * to know first which factors the ratings provide: `readRatings` checks everything but the
 * account keys, `checkRatingAccounts` adds those and throws all of the file's problems at once.
 */
import { InputError, ProblemList, type Problem } from '../core/errors.js';
import { competitorRatingProblem, RatingCollector, type RatingGroup } from '../core/ratings.js';
import type { Factor, Portfolio } from '../core/types.js';
import { headerKey, type Delimiter } from './csv-reader.js';
import { INVALID, numberProblem, parseNumberCell } from './numbers.js';
import { readTable } from './table.js';

const REQUIRED = ['account', 'factor', 'score'] as const;

export interface RatingsOptions {
  file: string;
  delimiter?: Delimiter;
  factors: readonly Factor[];
}

export interface ParsedRatings {
  file: string;
  groups: RatingGroup[];
  /** Factors with at least one rating of us: customers.csv may leave their columns out. */
  ourFactors: Set<string>;
  /** Problems found so far (thrown by `checkRatingAccounts` together with the account problems). */
  problems: ProblemList;
  /** The header name of the account column as written, for messages. */
  accountHeader: string;
}

export function readRatings(text: string, opts: RatingsOptions): ParsedRatings {
  const { file } = opts;
  const problems = new ProblemList();
  const factorByKey = new Map(opts.factors.map((f) => [headerKey(f.factor), f]));
  const collector = new RatingCollector();
  const ourFactors = new Set<string>();
  /** group key + rater → the line of that rater's first rating. */
  const raterLines = new Map<string, number>();

  const table = readTable(text, file, opts.delimiter, problems, (fields, line, t) => {
    const col = (name: string): number => t.columns.get(name) ?? -1;
    if (REQUIRED.some((name) => col(name) < 0)) return; // reported once, below
    if (fields.every((f) => f.trim() === '')) return;
    const header = (name: string): string => t.headers[col(name)];
    const cell = (name: string): string => (col(name) >= 0 ? fields[col(name)].trim() : '');
    const problem = (name: string, message: string) => problems.add({ file, line, field: header(name), message });

    const account = cell('account');
    if (account === '') problem('account', 'the account key is empty');
    const factorName = cell('factor');
    const factor = factorByKey.get(headerKey(factorName));
    if (factorName === '') problem('factor', 'the factor name is empty');
    else if (!factor) problem('factor', `"${factorName}" is not a factor of the criteria (the factors are: ${opts.factors.map((f) => f.factor).join(', ')})`);
    const competitor = cell('competitor') || null;
    if (factor && competitor !== null) {
      const why = competitorRatingProblem(factor);
      if (why !== null) problem('competitor', why);
    }
    const raw = fields[col('score')];
    const score = parseNumberCell(raw, t.decimalComma);
    if (score === INVALID) problem('score', numberProblem(raw, t.decimalComma));
    else if (factor && factor.normalize.kind === 'none' && (score < factor.min || score > factor.max)) {
      problem('score', `${score} is outside the scale ${factor.min}..${factor.max} of "${factor.factor}"`);
    }
    // A missing score (empty, NA, -) is a rater who did not rate: the row is left out.
    if (account === '' || !factor || score === INVALID || score !== score) return;

    const rater = cell('rater') || null;
    if (rater !== null) {
      const key = `${RatingCollector.key(account, factor.factor, competitor)}\u0000${rater.toLowerCase()}`;
      const first = raterLines.get(key);
      if (first !== undefined) {
        problem('rater', `"${rater}" already rated ${describeTarget(account, factor.factor, competitor)} on line ${first}; one score per rater`);
        return;
      }
      raterLines.set(key, line);
    }
    collector.add({ account, factor: factor.factor, competitor, rater, score, line });
    if (competitor === null) ourFactors.add(factor.factor);
  });
  const absent = REQUIRED.filter((name) => !table.columns.has(name));
  if (absent.length > 0) {
    throw new InputError({
      file,
      line: 1,
      message: `the required column${absent.length === 1 ? '' : 's'} ${absent.map((c) => `"${c}"`).join(', ')} ${absent.length === 1 ? 'is' : 'are'} missing (required: account, factor, score; optional: rater, competitor)`,
    });
  }
  const accountHeader = table.headers[table.columns.get('account')!];
  return { file, groups: collector.list(), ourFactors, problems, accountHeader };
}

function describeTarget(account: string, factor: string, competitor: string | null): string {
  return `"${factor}" of ${account}${competitor === null ? '' : ` for competitor "${competitor}"`}`;
}

/** Checks every rated account against customers.csv; throws all of the file's problems, in line order. */
export function checkRatingAccounts(parsed: ParsedRatings, portfolio: Portfolio): RatingGroup[] {
  const known = new Set(portfolio.ids);
  const unknown: Problem[] = [];
  for (const g of parsed.groups) {
    if (known.has(g.account)) continue;
    for (const line of g.lines) {
      unknown.push({ file: parsed.file, line, field: parsed.accountHeader, message: `no account "${g.account}" in ${portfolio.source}` });
    }
  }
  const all = [...parsed.problems.items, ...unknown];
  if (all.length > 0) throw new InputError(all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return parsed.groups;
}
