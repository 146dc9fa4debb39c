/**
 * Weight elicitation (issue 4, part 3): the pairs to compare, Saaty's 1–9 scale as answers a
 * person can pick, the question loop behind a small prompter seam (the terminal's prompts, the
 * workshop's, or a test's), and the weights as percentages for criteria.csv. Pure but for the
 * prompter it is given.
 */
import { ahp, CR_THRESHOLD, judgment, type AhpResult, type Comparison } from './ahp.js';
import { CancelledError } from './errors.js';
import type { Axis } from './types.js';

/** Saaty's verbal scale for 1..9 (2, 4, 6, 8 are the compromises between their neighbours). */
export const SAATY_WORDS: readonly string[] = [
  'equally important as',
  'equally to moderately more important than',
  'moderately more important than',
  'moderately to strongly more important than',
  'strongly more important than',
  'strongly to very strongly more important than',
  'very strongly more important than',
  'very strongly to extremely more important than',
  'extremely more important than',
];

export interface SaatyChoice {
  /** How much more important a is than b: 9, 8, …, 2, 1, 1/2, …, 1/9. */
  value: number;
  /** "Fit is strongly more important than Price (5)". */
  name: string;
  /** "5" or "1/5". */
  short: string;
}

/** The 17 answers to "how does a compare with b?", from "a extremely more" to "b extremely more". */
export function saatyChoices(a: string, b: string): SaatyChoice[] {
  const out: SaatyChoice[] = [];
  for (let k = 9; k >= 2; k--) out.push({ value: k, short: String(k), name: `${a} is ${SAATY_WORDS[k - 1]} ${b} (${k})` });
  out.push({ value: 1, short: '1', name: `${a} is ${SAATY_WORDS[0]} ${b} (1)` });
  for (let k = 2; k <= 9; k++) out.push({ value: 1 / k, short: `1/${k}`, name: `${b} is ${SAATY_WORDS[k - 1]} ${a} (1/${k})` });
  return out;
}

/** The Saaty value nearest (on a log scale) to a ratio of two weights; 1 for anything not positive. */
export function nearestSaaty(ratio: number): number {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return 1;
  let best = 1;
  for (let k = 2; k <= 9; k++) {
    for (const v of [k, 1 / k]) if (Math.abs(Math.log(v / ratio)) < Math.abs(Math.log(best / ratio)) - 1e-12) best = v;
  }
  return best;
}

/** "3", "1/3", or the number itself for values off the scale's steps. */
export const saatyText = judgment;

/** Every unordered pair of factors once, in criteria order: (0,1), (0,2), …, (n−2,n−1). */
export function comparisonPairs(factors: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < factors.length; i++) for (let j = i + 1; j < factors.length; j++) pairs.push([factors[i], factors[j]]);
  return pairs;
}

/**
 * Weights summing to 1 as percentages with two decimals that add up to exactly 100.00
 * (largest remainder: the hundredths left over go to the largest fractional parts, ties to the
 * earlier factor).
 */
export function percentWeights(weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / total) * 10000);
  const cents = exact.map((x) => Math.floor(x + 1e-9));
  let left = 10000 - cents.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => i).sort((i, j) => exact[j] - cents[j] - (exact[i] - cents[i]) || i - j);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) cents[order[k]]++;
  return cents.map((c) => c / 100);
}

export interface PairQuestion {
  axis: Axis;
  a: string;
  b: string;
  /** 1-based position among `total` questions. */
  index: number;
  total: number;
  /** The answer offered first: the earlier answer, or the current weights' ratio on the scale. */
  suggested: number;
}

/** What the terminal (or the workshop, or a test) answers. */
export interface WeightsPrompter {
  compare(q: PairQuestion): Promise<number>;
  /** The consistency ratio is above 0.10: revise the worst comparison, accept the weights, or cancel. */
  inconsistent(result: AhpResult): Promise<'revise' | 'accept' | 'cancel'>;
}

/** One sentence naming the comparison that disagrees most with the others. */
export function inconsistencyMessage(r: AhpResult): string {
  const head = `The comparisons are not consistent (CR ${r.cr.toFixed(3)} > ${CR_THRESHOLD.toFixed(2)})`;
  if (r.worst === null) return `${head}.`;
  const w = r.worst;
  return `${head}: "${w.a}" vs "${w.b}" = ${saatyText(w.given)} disagrees most with the rest, which imply about ${saatyText(Number(w.implied.toPrecision(2)))}.`;
}

/**
 * Asks every pair of `factors` once (suggesting the ratio of `current` weights), computes the
 * AHP weights and, while they are inconsistent and the person wants to, asks the worst pair
 * again. Throws CancelledError when the person cancels.
 */
export async function elicitWeights(
  prompter: WeightsPrompter,
  axis: Axis,
  factors: readonly string[],
  current: readonly number[],
): Promise<{ result: AhpResult; comparisons: Comparison[] }> {
  const pairs = comparisonPairs(factors);
  const answers = new Map<string, Comparison>();
  const key = (a: string, b: string): string => JSON.stringify([a, b].sort());
  for (const [index, [a, b]] of pairs.entries()) {
    const i = factors.indexOf(a);
    const j = factors.indexOf(b);
    const suggested = nearestSaaty(current[i] / current[j]);
    const value = await prompter.compare({ axis, a, b, index: index + 1, total: pairs.length, suggested });
    answers.set(key(a, b), { a, b, value });
  }
  for (;;) {
    const comparisons = [...answers.values()];
    const result = ahp(factors, comparisons);
    if (result.consistent || result.worst === null) return { result, comparisons };
    const choice = await prompter.inconsistent(result);
    if (choice === 'accept') return { result, comparisons };
    if (choice === 'cancel') throw new CancelledError('Cancelled; the criteria were not changed.');
    const { a, b } = result.worst;
    const earlier = answers.get(key(a, b))!;
    const value = await prompter.compare({
      axis,
      a: earlier.a,
      b: earlier.b,
      index: pairs.findIndex(([x, y]) => key(x, y) === key(a, b)) + 1,
      total: pairs.length,
      suggested: earlier.value,
    });
    answers.set(key(a, b), { a: earlier.a, b: earlier.b, value });
  }
}
