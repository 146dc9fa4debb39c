/**
 * ratings.csv (METHOD.md §2): long format, `account,factor,score` and optionally `rater` and
 * `competitor`. Read in two steps because the accounts come from customers.csv, which may need
 * to know first which factors the ratings provide: `readRatings` checks everything but the
 * account keys, `checkRatingAccounts` adds those and throws all of the file's problems at once.
 */
import { InputError, ProblemList, type Problem } from '../core/errors.js';
import { onScale } from '../core/normalize/index.js';
import { RatingSet } from '../core/rating-set.js';
import { competitorRatingProblem } from '../core/ratings.js';
import type { Factor, Portfolio } from '../core/types.js';
import { headerKey, type Delimiter } from './csv-reader.js';
import { INVALID, numberProblem, parseNumberCell } from './numbers.js';
import { readTable } from './table.js';
import { message, t as msg, type Message } from '../i18n/index.js';

const REQUIRED = ['account', 'factor', 'score'] as const;

export interface RatingsOptions {
  file: string;
  delimiter?: Delimiter;
  factors: readonly Factor[];
  /** Leave out rows of factors not in `factors` instead of refusing them (a replayed session whose team dropped a rated factor). */
  ignoreUnknownFactors?: boolean;
}

export interface ParsedRatings {
  file: string;
  set: RatingSet;
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
  const set = new RatingSet(opts.factors);
  const ourFactors = new Set<string>();
  let cols: { account: number; factor: number; score: number; rater: number; competitor: number } | null = null;

  const table = readTable(text, file, opts.delimiter, problems, (fields, line, t) => {
    cols ??= {
      account: t.columns.get('account') ?? -1,
      factor: t.columns.get('factor') ?? -1,
      score: t.columns.get('score') ?? -1,
      rater: t.columns.get('rater') ?? -1,
      competitor: t.columns.get('competitor') ?? -1,
    };
    const c = cols;
    if (c.account < 0 || c.factor < 0 || c.score < 0) return; // reported once, below
    const problem = (col: number, message: string) => problems.add({ file, line, field: t.headers[col], message });

    const account = fields[c.account].trim();
    const factorName = fields[c.factor].trim();
    const raw = fields[c.score];
    if (account === '' && factorName === '' && raw.trim() === '' && fields.every((f) => f.trim() === '')) return;
    if (account === '') problem(c.account, msg('load.ratings.key-empty'));
    const factor = factorByKey.get(headerKey(factorName));
    if (factorName === '') problem(c.factor, msg('load.ratings.factor-empty'));
    else if (!factor && opts.ignoreUnknownFactors) return;
    else if (!factor) problem(c.factor, msg('load.ratings.factor-unknown', { factor: factorName, factors: opts.factors.map((f) => f.factor).join(', ') }));
    const competitor = c.competitor < 0 ? null : fields[c.competitor].trim() || null;
    if (factor && competitor !== null) {
      const why = competitorRatingProblem(factor);
      if (why !== null) problem(c.competitor, why);
    }
    const score = parseNumberCell(raw, t.decimalComma);
    if (score === INVALID) problem(c.score, numberProblem(raw, t.decimalComma));
    else if (factor && onScale(factor) && (score < factor.min || score > factor.max)) {
      problem(c.score, msg('load.ratings.off-scale', { score: String(score), min: String(factor.min), max: String(factor.max), factor: factor.factor }));
    }
    // A missing score (empty, NA, -) is a rater who did not rate: the row is left out.
    if (account === '' || !factor || score === INVALID || score !== score) return;

    const rater = c.rater < 0 ? null : fields[c.rater].trim() || null;
    const earlier = set.add({ account, factor: factor.factor, competitor, rater, score, line });
    if (earlier !== 0) {
      const said = { rater: String(rater), factor: factor.factor, account, line: String(earlier) };
      problem(c.rater, competitor === null ? msg('load.ratings.rated-twice', said) : msg('load.ratings.rated-twice.competitor', { ...said, competitor }));
    } else if (competitor === null) ourFactors.add(factor.factor);
  });
  const absent = REQUIRED.filter((name) => !table.columns.has(name));
  if (absent.length > 0) {
    throw new InputError({
      file,
      line: 1,
      message: msg('load.ratings.columns-missing', { n: absent.length, columns: absent.map((c) => `"${c}"`).join(', ') }),
    });
  }
  const accountHeader = table.headers[table.columns.get('account')!];
  return { file, set, ourFactors, problems, accountHeader };
}

/** Rating rows of accounts that are not in customers.csv, left out by `checkRatingAccounts` with `leftAccounts: 'warn'`. */
export interface LeftAccounts {
  /** The accounts, in the order the file first rates them. */
  accounts: string[];
  rows: number;
}

/**
 * Checks every rated account against customers.csv; throws all of the file's problems, in line
 * order. With `leftAccounts: 'warn'` (a replay, a review, a workshop on a saved session: the
 * ratings were made for an earlier export) the rows of accounts that are no longer in
 * customers.csv are left out instead, and counted in `left`.
 */
export function checkRatingAccounts(parsed: ParsedRatings, portfolio: Portfolio, opts: { leftAccounts?: 'warn' } = {}): { set: RatingSet; left: LeftAccounts } {
  const { set } = parsed;
  const known = new Set(portfolio.ids);
  const unknownAccount = set.accounts.list.map((id) => !known.has(id));
  const unknown: Problem[] = [];
  const left: LeftAccounts = { accounts: [], rows: 0 };
  for (let g = 0; g < set.groupCount; g++) {
    if (!unknownAccount[set.gAccount[g]]) continue;
    const account = set.accounts.list[set.gAccount[g]];
    if (opts.leftAccounts === 'warn') {
      if (!left.accounts.includes(account)) left.accounts.push(account);
      left.rows += set.gCount[g];
      continue;
    }
    for (const row of set.rowsOf(g)) {
      unknown.push({ file: parsed.file, line: set.rLine[row], field: parsed.accountHeader, message: msg('load.ratings.no-account', { account, customers: portfolio.source }) });
    }
  }
  const all = [...parsed.problems.items, ...unknown];
  if (all.length > 0) throw new InputError(all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return { set: left.rows === 0 ? set : withoutAccounts(set, unknownAccount), left };
}

/** The set without the groups of the flagged accounts (rows re-added in the order they were read). */
function withoutAccounts(set: RatingSet, drop: readonly boolean[]): RatingSet {
  const kept = new RatingSet(set.factors);
  for (let g = 0; g < set.groupCount; g++) {
    if (drop[set.gAccount[g]]) continue;
    const account = set.accounts.list[set.gAccount[g]];
    const factor = set.factorOf(g).factor;
    const competitor = set.competitorOf(g);
    for (const row of set.rowsOf(g)) {
      kept.add({ account, factor, competitor, rater: set.rRater[row] < 0 ? null : set.raters.list[set.rRater[row]], score: set.rScore[row], line: set.rLine[row] });
    }
  }
  return kept;
}

/**
 * The one warning about rating rows left out: their count and the first ten accounts, with the
 * note of where the ratings file came from when it was recorded. A Message: English in the JSON
 * result, which is the same in every language, and the reader's language on the screen.
 */
export function leftAccountsWarning(left: LeftAccounts, ratingsFile: string, customersFile: string, note?: Message): Message | null {
  if (left.rows === 0) return null;
  const n = left.accounts.length;
  const first = left.accounts.slice(0, 10).join(', ');
  const rest = n > 10 ? message('load.ratings.left-out.more', { more: n - 10 }) : '';
  return message('load.ratings.left-out', { rows: left.rows, n, customers: customersFile, ratings: ratingsFile, first, rest, note: note ?? '' });
}
