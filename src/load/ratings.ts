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
    if (account === '') problem(c.account, 'the account key is empty');
    const factor = factorByKey.get(headerKey(factorName));
    if (factorName === '') problem(c.factor, 'the factor name is empty');
    else if (!factor && opts.ignoreUnknownFactors) return;
    else if (!factor) problem(c.factor, `"${factorName}" is not a factor of the criteria (the factors are: ${opts.factors.map((f) => f.factor).join(', ')})`);
    const competitor = c.competitor < 0 ? null : fields[c.competitor].trim() || null;
    if (factor && competitor !== null) {
      const why = competitorRatingProblem(factor);
      if (why !== null) problem(c.competitor, why);
    }
    const score = parseNumberCell(raw, t.decimalComma);
    if (score === INVALID) problem(c.score, numberProblem(raw, t.decimalComma));
    else if (factor && onScale(factor) && (score < factor.min || score > factor.max)) {
      problem(c.score, `${score} is outside the scale ${factor.min}..${factor.max} of "${factor.factor}"`);
    }
    // A missing score (empty, NA, -) is a rater who did not rate: the row is left out.
    if (account === '' || !factor || score === INVALID || score !== score) return;

    const rater = c.rater < 0 ? null : fields[c.rater].trim() || null;
    const earlier = set.add({ account, factor: factor.factor, competitor, rater, score, line });
    if (earlier !== 0) {
      const target = `"${factor.factor}" of ${account}${competitor === null ? '' : ` for competitor "${competitor}"`}`;
      problem(c.rater, `"${rater}" already rated ${target} on line ${earlier}; one score per rater`);
    } else if (competitor === null) ourFactors.add(factor.factor);
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
  return { file, set, ourFactors, problems, accountHeader };
}

/** Checks every rated account against customers.csv; throws all of the file's problems, in line order. */
export function checkRatingAccounts(parsed: ParsedRatings, portfolio: Portfolio): RatingSet {
  const { set } = parsed;
  const known = new Set(portfolio.ids);
  const unknownAccount = set.accounts.list.map((id) => !known.has(id));
  const unknown: Problem[] = [];
  for (let g = 0; g < set.groupCount; g++) {
    if (!unknownAccount[set.gAccount[g]]) continue;
    const account = set.accounts.list[set.gAccount[g]];
    for (const row of set.rowsOf(g)) {
      unknown.push({ file: parsed.file, line: set.rLine[row], field: parsed.accountHeader, message: `no account "${account}" in ${portfolio.source}` });
    }
  }
  const all = [...parsed.problems.items, ...unknown];
  if (all.length > 0) throw new InputError(all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return set;
}
