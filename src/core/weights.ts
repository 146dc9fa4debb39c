/**
 * Weight elicitation by pairwise comparison: Saaty's 1–9 scale, the pairs to compare, the
 * nearest step of the scale to a ratio, and the sentence for an inconsistent set. The dialogue
 * that asks the pairs is prompts/ahp-dialogue.ts, shared by the workshop and `kam weights`. Pure.
 */
import { t } from '../i18n/index.js';
import { fixed } from '../i18n/numbers.js';
import { CR_THRESHOLD, judgment, type AhpResult } from './ahp.js';

/** Saaty's intensities for 2..9 (2, 4, 6, 8 are the compromises between their neighbours). */
export const SAATY_INTENSITY: Readonly<Record<number, string>> = Object.defineProperties(
  {},
  Object.fromEntries(([9, 8, 7, 6, 5, 4, 3, 2] as const).map((n) => [n, { enumerable: true, get: () => t(`core.saaty.${n}`) }])),
) as Readonly<Record<number, string>>;

/** Saaty's 17 answers to "a against b", from 9 (a extremely more important) through 1 to 1/9. */
export const SAATY_VALUES: readonly number[] = [9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9];

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

/** One sentence naming the comparison that disagrees most with the others. */
export function inconsistencyMessage(r: AhpResult): string {
  const cr = fixed(r.cr, 3);
  const threshold = fixed(CR_THRESHOLD, 2);
  if (r.worst === null) return t('core.weights.inconsistent', { cr, threshold });
  const w = r.worst;
  return t('core.weights.inconsistent-worst', { cr, threshold, a: w.a, b: w.b, given: saatyText(w.given), implied: saatyText(Number(w.implied.toPrecision(2))) });
}
