/** ratings.csv (METHOD.md §2): columns, CSV spellings, validation with file, line and field. */
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/core/errors.js';
import { checkRatingAccounts, leftAccountsWarning, readRatings } from '../../src/load/ratings.js';
import { say } from '../../src/i18n/index.js';
import { expectInputError, makeFactor, makePortfolio } from '../helpers/portfolio.js';

const factors = [
  makeFactor('Spend', 'attractiveness', 1, { min: 0, max: 100, normalize: { kind: 'minmax' } }),
  makeFactor('Fit', 'attractiveness', 1),
  makeFactor('Quality', 'strength', 2),
  makeFactor('Price', 'strength', 1, { min: 1, max: 5 }),
  makeFactor('Share', 'strength', 1, { normalize: { kind: 'percentile' } }),
];
const portfolio = makePortfolio({ ids: ['C1', 'C2'], values: { Spend: [1, 2], Fit: [5, 5], Quality: [5, 5], Price: [3, 3], Share: [1, 2] } });
const file = 'ratings.csv';

function load(text: string) {
  return checkRatingAccounts(readRatings(text, { file, factors }), portfolio).set.groups();
}

function problems(text: string): string[] {
  return expectInputError(() => load(text)).problems.map(describeProblem);
}

describe('reading', () => {
  it('groups rows by account, factor and competitor, with raters and lines', () => {
    const groups = load(
      ['account,factor,score,rater,competitor', 'C1,Quality,7,ana,', 'C1,Quality,9,ben,', 'C1,Quality,4,ana,Acme', 'C2,Fit,6,,'].join('\n'),
    );
    expect(groups).toEqual([
      { account: 'C1', factor: 'Quality', competitor: null, raters: ['ana', 'ben'], scores: [7, 9], lines: [2, 3] },
      { account: 'C1', factor: 'Quality', competitor: 'Acme', raters: ['ana'], scores: [4], lines: [4] },
      { account: 'C2', factor: 'Fit', competitor: null, raters: [null], scores: [6], lines: [5] },
    ]);
  });

  it('needs only account, factor and score; headers and factor names match case-insensitively', () => {
    const groups = load(' Account ;FACTOR; Score \r\nC1;quality ;7,5\r\n');
    expect(groups).toEqual([{ account: 'C1', factor: 'Quality', competitor: null, raters: [null], scores: [7.5], lines: [2] }]);
  });

  it('a BOM, tabs and decimal commas as in the other inputs; extra columns are ignored', () => {
    const groups = load('\uFEFFaccount\tfactor\tscore\tnote\nC2\tPrice\t4,5\tcalled them\n');
    expect(groups[0].scores).toEqual([4.5]);
  });

  it('a missing score (empty, NA, -) is a rater who did not rate: the row is left out', () => {
    const groups = load('account,factor,score,rater\nC1,Fit,NA,ana\nC1,Fit,,ben\nC1,Fit,-,cy\nC1,Fit,8,dee\n');
    expect(groups).toEqual([{ account: 'C1', factor: 'Fit', competitor: null, raters: ['dee'], scores: [8], lines: [5] }]);
  });

  it('reports which factors have ratings of us (customers.csv may leave them out)', () => {
    const parsed = readRatings('account,factor,score,competitor\nC1,Fit,8,\nC1,Quality,8,Acme\n', { file, factors });
    expect([...parsed.ourFactors]).toEqual(['Fit']);
  });

  it('a header without data rows is no ratings at all', () => {
    expect(load('account,factor,score\n')).toEqual([]);
  });

  it('minmax factors take our ratings without a scale check (as in customers.csv)', () => {
    expect(load('account,factor,score\nC1,Spend,250\n')[0].scores).toEqual([250]);
  });
});

describe('validation: every problem of the file, in line order, with file, line and field', () => {
  it('unknown account, unknown factor, off the scale, not a number', () => {
    expect(
      problems(
        [
          'account,factor,score',
          'C9,Quality,5', // 2: unknown account
          'C1,Qualty,5', // 3: unknown factor
          'C1,Quality,11', // 4: off 1..10
          'C1,Price,0', // 5: off 1..5
          'C1,Quality,lots', // 6: not a number
          'C1,Quality,1,000', // 7: a comma in a comma file: one field too many
          'C2,Quality,"7,5"', // 8: decimal comma in a comma file
        ].join('\n'),
      ),
    ).toEqual([
      'ratings.csv, line 2, field "account": no account "C9" in customers.csv.',
      'ratings.csv, line 3, field "factor": "Qualty" is not a factor of the criteria (the factors are: Spend, Fit, Quality, Price, Share).',
      'ratings.csv, line 4, field "score": 11 is outside the scale 1..10 of "Quality".',
      'ratings.csv, line 5, field "score": 0 is outside the scale 1..5 of "Price".',
      'ratings.csv, line 6, field "score": "lots" is not a number.',
      'ratings.csv, line 7: the row has 4 fields but the header has 3.',
      'ratings.csv, line 8, field "score": "7,5" has a decimal comma, which is only accepted in semicolon- or tab-delimited files; use a decimal point.',
    ]);
  });

  it('empty account or factor, a rater rating the same thing twice', () => {
    expect(
      problems(['account,factor,score,rater,competitor', ',Fit,5,ana,', 'C1,,5,ana,', 'C1,Fit,5,Ana,', 'C1,Fit,6,ana,', 'C1,Quality,6,ana,X', 'C1,Quality,7,ana,x'].join('\n')),
    ).toEqual([
      'ratings.csv, line 2, field "account": the account key is empty.',
      'ratings.csv, line 3, field "factor": the factor name is empty.',
      'ratings.csv, line 5, field "rater": "ana" already rated "Fit" of C1 on line 4; one score per rater.',
      'ratings.csv, line 7, field "rater": "ana" already rated "Quality" of C1 for competitor "x" on line 6; one score per rater.',
    ]);
  });

  it('competitor ratings only on fixed-scale strength factors', () => {
    const got = problems('account,factor,score,competitor\nC1,Fit,5,Acme\nC1,Share,5,Acme\nC1,Quality,5,Acme\n');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^ratings\.csv, line 2, field "competitor": "Fit" is an attractiveness factor; competitor ratings are only for strength factors/);
    expect(got[1]).toMatch(/^ratings\.csv, line 3, field "competitor": "Share" is normalised with percentile, which depends on our own portfolio/);
  });

  it('missing required columns', () => {
    expect(problems('account,rating\nC1,5\n')).toEqual([
      'ratings.csv, line 1: the required columns "factor", "score" are missing (required: account, factor, score; optional: rater, competitor).',
    ]);
  });

  it('an empty file', () => {
    expect(problems('')).toEqual(['ratings.csv: the file is empty; it needs a header line and data rows.']);
  });
});

describe('accounts that left the export (replays, reviews, a workshop on a saved session)', () => {
  const text = ['account,factor,score,rater,competitor', 'C1,Quality,7,ana,', 'C9,Quality,9,ben,', 'C9,Fit,4,ana,', 'C8,Quality,4,ana,Acme', 'C2,Fit,6,,', 'C9,Quality,8,ana,'].join('\n');

  it('without leftAccounts: one error per row of an unknown account', () => {
    expect(problems(text)).toEqual([
      'ratings.csv, line 3, field "account": no account "C9" in customers.csv.',
      'ratings.csv, line 4, field "account": no account "C9" in customers.csv.',
      'ratings.csv, line 5, field "account": no account "C8" in customers.csv.',
      'ratings.csv, line 7, field "account": no account "C9" in customers.csv.',
    ]);
  });

  it("with leftAccounts 'warn': their rows left out and counted, the others kept in file order", () => {
    const { set, left } = checkRatingAccounts(readRatings(text, { file, factors }), portfolio, { leftAccounts: 'warn' });
    expect(left).toEqual({ accounts: ['C9', 'C8'], rows: 4 });
    expect(set.groups().map((g) => [g.account, g.factor, g.scores, g.lines])).toEqual([
      ['C1', 'Quality', [7], [2]],
      ['C2', 'Fit', [6], [6]],
    ]);
  });

  it('the one warning: count of rows and accounts, the first ten ids, then how many more', () => {
    expect(leftAccountsWarning({ accounts: [], rows: 0 }, 'ratings.csv', 'q2.csv')).toBeNull();
    expect(say(leftAccountsWarning({ accounts: ['C9'], rows: 1 }, 'ratings.csv', 'q2.csv')!, 'en')).toBe('1 rating row of 1 account that is no longer in q2.csv was left out of ratings.csv: C9.');
    const twelve = Array.from({ length: 12 }, (_, i) => `A${i + 1}`);
    expect(say(leftAccountsWarning({ accounts: twelve, rows: 30 }, 'r.csv', 'q2.csv')!, 'en')).toBe(
      '30 rating rows of 12 accounts that are no longer in q2.csv were left out of r.csv: A1, A2, A3, A4, A5, A6, A7, A8, A9, A10 and 2 more.',
    );
  });
});
