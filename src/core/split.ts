/**
 * The boundaries of the KAISM (METHOD.md §3, `--split`): the rule's vocabulary and the one
 * spelling of a split — `midpoint`, `median`, `mean` or two numbers `A,S` — that the command
 * line, the workshop's answer and the saved method share. Pure.
 */
import { t } from '../i18n/index.js';
import type { Language } from '../i18n/language.js';
import { vocabulary, type ValueOf } from './vocabulary.js';

export const SPLIT_RULE = vocabulary({
  midpoint: () => t('core.split.midpoint'),
  median: () => t('core.split.median'),
  mean: () => t('core.split.mean'),
  fixed: () => t('core.split.fixed'),
});

export type SplitRule = ValueOf<typeof SPLIT_RULE>;

export type SplitSpec =
  | { rule: 'midpoint' | 'median' | 'mean' }
  | { rule: 'fixed'; attractiveness: number; strength: number };

/** The boundaries actually used. */
export interface Split {
  rule: SplitRule;
  attractiveness: number;
  strength: number;
}

/** How a split is written, for help and messages, in the run's language (or `lang`). */
export const splitSyntax = (lang?: Language): string => t('core.split.syntax', {}, lang);

/** The same in English (what callers used before the catalogue; splitSyntax() speaks the reader's language). */
export const SPLIT_SYNTAX = splitSyntax('en');

export type SplitProblem = { problem: 'syntax' } | { problem: 'range' };

/** A boundary value: a number from 0 to 100. */
export const isBoundary = (x: number): boolean => x >= 0 && x <= 100;

/** `midpoint`, `median`, `mean`, or `A,S` (also `A;S`, `A/S`) with both numbers in 0..100. */
export function parseSplit(text: string): SplitSpec | SplitProblem {
  const rule = SPLIT_RULE.parse(text);
  if (rule !== null && rule !== 'fixed') return { rule };
  // A number as String() writes it too (a boundary of 0.0000001 is saved as 1e-7).
  const m = /^\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*[,;/]\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*$/.exec(text);
  if (!m) return { problem: 'syntax' };
  const a = Number(m[1]);
  const s = Number(m[2]);
  return isBoundary(a) && isBoundary(s) ? { rule: 'fixed', attractiveness: a, strength: s } : { problem: 'range' };
}

export const isSplitProblem = (x: SplitSpec | SplitProblem): x is SplitProblem => 'problem' in x;

/** The split as it is written: the rule, or `A,S` for fixed boundaries. */
export function formatSplit(s: SplitSpec): string {
  return s.rule === 'fixed' ? `${s.attractiveness},${s.strength}` : s.rule;
}
