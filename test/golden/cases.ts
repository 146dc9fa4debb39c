/**
 * The golden runs: kam's outputs on the bundled examples and the test fixtures under a handful
 * of option sets, recorded byte for byte in test/golden/expected/. They pin every result a
 * refactoring must not change; `UPDATE_GOLDEN=1 npx vitest run test/golden` rewrites them
 * (only when a change of output is intended, and then the diff is reviewed).
 *
 * Each case runs the built binary in a scratch folder holding copies of the examples and
 * fixtures under short relative names, so no temporary path reaches an output.
 */

export interface GoldenCase {
  name: string;
  args: string[];
  /** Files the run writes (relative to the scratch folder), recorded beside stdout. */
  files?: string[];
  /** Runs before this case in the same scratch folder (e.g. to make the results a review reads). */
  before?: string[][];
  env?: Record<string, string>;
  /** Standard input: a file of the scratch folder. */
  stdin?: string;
  /** The folder to run in, inside the scratch folder. */
  cwd?: string;
}

const ex = 'ex/customers.csv';

export const GOLDEN_CASES: GoldenCase[] = [
  // kam select on the example, every format.
  { name: 'select-table', args: ['select', ex, '--no-interactive'] },
  { name: 'select-json', args: ['select', ex, '--format', 'json'] },
  { name: 'select-csv', args: ['select', ex, '--format', 'csv'] },
  { name: 'select-markdown', args: ['select', ex, '--format', 'markdown'] },
  { name: 'select-json-file', args: ['select', ex, '--format', 'json', '-o', 'out.json'], files: ['out.json'] },
  // Method options.
  { name: 'split-median', args: ['select', ex, '--no-interactive', '--split', 'median', '--capacity', '5'] },
  { name: 'split-fixed-json', args: ['select', ex, '--format', 'json', '--split', '60,45', '--sort', 'strength'] },
  { name: 'split-mean-csv', args: ['select', ex, '--format', 'csv', '--split', 'mean', '--sort', 'attractiveness'] },
  { name: 'segment-right-top', args: ['select', ex, '--no-interactive', '--segment', 'Food & beverage,Pharma & healthcare', '--strength-axis', 'right', '--top', '5'] },
  { name: 'capacity-markdown', args: ['select', ex, '--format', 'markdown', '--capacity', '4', '--strength-axis', 'right'] },
  { name: 'messy-json', args: ['select', 'messy/customers.csv', '--format', 'json'] },
  { name: 'missing-renormalize', args: ['select', 'bad/missing-value.csv', '--criteria', 'bad/criteria.csv', '--format', 'json', '--missing', 'renormalize'] },
  { name: 'missing-midpoint-table', args: ['select', 'bad/missing-value.csv', '--criteria', 'bad/criteria.csv', '--no-interactive', '--missing', 'midpoint'] },
  { name: 'missing-midpoint-csv', args: ['select', 'bad/missing-value.csv', '--criteria', 'bad/criteria.csv', '--format', 'csv', '--missing', 'midpoint'] },
  { name: 'stdin-csv', args: ['select', '-', '--criteria', 'ex/criteria.csv', '--format', 'csv'], stdin: 'ex/customers.csv' },
  // Team ratings and competitors.
  { name: 'ratings-table', args: ['select', ex, '--no-interactive', '--ratings', 'ex/ratings.csv'] },
  { name: 'ratings-json', args: ['select', ex, '--format', 'json', '--ratings', 'ex/ratings.csv'] },
  { name: 'ratings-mean-csv', args: ['select', ex, '--format', 'csv', '--ratings', 'ex/ratings.csv', '--aggregate', 'mean'] },
  { name: 'ratings-markdown', args: ['select', ex, '--format', 'markdown', '--ratings', 'ex/ratings.csv', '--strength', 'absolute'] },
  // Stability with a seed.
  { name: 'stability-table', args: ['select', ex, '--no-interactive', '--stability', '300', '--seed', '7'] },
  { name: 'stability-json', args: ['select', ex, '--format', 'json', '--stability', '300', '--seed', '7', '--score-noise', '0.5'] },
  { name: 'stability-csv', args: ['select', ex, '--format', 'csv', '--stability', '200', '--perturb', '0.3', '--split', 'median'] },
  { name: 'stability-markdown', args: ['select', ex, '--format', 'markdown', '--stability', '200', '--seed', '3', '--ratings', 'ex/ratings.csv'] },
  // Explanations.
  { name: 'explain-json-all', args: ['select', ex, '--format', 'json', '--explain'] },
  { name: 'explain-json-ratings', args: ['select', ex, '--format', 'json', '--explain', '--ratings', 'ex/ratings.csv', '--missing', 'midpoint'] },
  { name: 'explain-one-table', args: ['explain', 'C007', ex] },
  { name: 'explain-one-json', args: ['explain', 'C012', ex, '--format', 'json', '--split', 'median'] },
  { name: 'explain-by-name', args: ['explain', 'nordhavn foods', ex, '--ratings', 'ex/ratings.csv'] },
  { name: 'explain-messy', args: ['explain', '00603', 'messy/customers.csv'] },
  { name: 'explain-renormalize-json', args: ['explain', '00602', 'bad/missing-value.csv', '--criteria', 'bad/criteria.csv', '--missing', 'renormalize', '--format', 'json'] },
  // Weights by pairwise comparison.
  { name: 'weights-table', args: ['weights', 'ahp/leader-criteria.csv', '--axis', 'attractiveness', '--pairs', 'ahp/leader-pairs.csv', '--dry-run'] },
  { name: 'weights-json', args: ['weights', 'ahp/drinks-criteria.csv', '--axis', 'strength', '--pairs', 'ahp/drinks-pairs.csv', '--dry-run', '--format', 'json'] },
  { name: 'weights-write', args: ['weights', 'ex/criteria.csv', '--axis', 'strength', '--pairs', 'ex/strength-pairs.csv', '-o', 'weighted.csv'], files: ['weighted.csv'] },
  // The quarterly review.
  ...reviewCases(),
  // A session replayed without questions.
  // (sessions/ holds sessions the workshop saved on copies of the example, as the team left them.)
  { name: 'replay-session-json', cwd: 'ex', args: ['select', 'customers.csv', '--session', '../sessions/example-defaults.json', '--no-interactive', '--format', 'json'] },
  { name: 'replay-session-markdown', cwd: 'ex', args: ['select', 'customers.csv', '--session', '../sessions/example-ahp.json', '--no-interactive', '--format', 'markdown'] },
  { name: 'replay-session-table', cwd: 'ex', args: ['select', 'customers.csv', '--session', '../sessions/example-ahp.json', '--no-interactive'] },
  { name: 'replay-ratings-csv', cwd: 'ex', args: ['select', 'customers.csv', '--session', '../sessions/example-ratings.json', '--no-interactive', '--format', 'csv'] },
  { name: 'review-sessions', cwd: 'ex', args: ['review', '../sessions/example-defaults.json', '../sessions/example-ahp.json'] },
  { name: 'review-session-customers', cwd: 'ex', args: ['review', '../sessions/example-ahp.json', '--customers', 'customers.csv', '--format', 'markdown'] },
  // Errors: the sentences and exit codes.
  { name: 'error-missing-values', args: ['select', 'bad/missing-value.csv', '--criteria', 'bad/criteria.csv', '--format', 'json'] },
  { name: 'error-usage', args: ['select', ex, '--split', 'sideways'] },
  { name: 'error-bad-criteria', args: ['select', 'bad/customers.csv', '--criteria', 'bad/criteria-axis-typo.csv', '--format', 'json'] },
];

function reviewCases(): GoldenCase[] {
  const results = [1, 2, 3].map((n) => ['select', `review/q${n}.csv`, '--capacity', '4', '--format', 'json', '-o', `q${n}.json`]);
  return [
    { name: 'review-results', args: ['select', 'review/q2.csv', '--capacity', '4', '--format', 'json'] },
    { name: 'review-table', args: ['review', 'q1.json', 'q2.json'], before: results },
    { name: 'review-json', args: ['review', 'q1.json', 'q2.json', 'q3.json', '--format', 'json'], before: results },
    { name: 'review-markdown', args: ['review', 'q1.json', 'q2.json', 'q3.json', '--format', 'markdown'], before: results },
    { name: 'review-account-table', args: ['review', 'q1.json', 'q2.json', 'q3.json', '--account', 'A03'], before: results },
    { name: 'review-account-markdown', args: ['review', 'q1.json', 'q2.json', 'q3.json', '--account', 'A04', '--format', 'markdown'], before: results },
    { name: 'review-gates', args: ['review', 'q1.json', 'q2.json', '--fail-on', 'demotion,drop:10,over-capacity'], before: results },
    {
      name: 'review-customers',
      args: ['review', 'q1.json', '--customers', 'review/q2.csv', '--format', 'json', '--save-result', 'q2-saved.json'],
      files: ['q2-saved.json'],
      before: results,
    },
    {
      name: 'review-ci-example',
      args: ['review', 'ci/result-2026-q3.json', '--customers', 'ci/customers-2026-q4.csv', '--save-result', 'result.json', '--format', 'markdown', '-o', 'review.md', '--fail-on', 'demotion', '--fail-on', 'drop:15'],
      files: ['result.json', 'review.md'],
    },
  ];
}
