/**
 * The one dialogue that weights factors by pairwise comparison (Saaty's AHP), for the workshop's
 * steps 7 and 8 and for `kam weights` alike: every pair on one screen, one compact line each on
 * Saaty's 17-point scale, with the consistency ratio as it stands; then the weights, and, while
 * the comparisons are inconsistent (CR > 0.10), the choice to change the worst one, go over them
 * all, accept them, or (kam weights) cancel.
 */
import { ahp, ahpFigures, CR_THRESHOLD, type AhpResult, type Comparison } from '../core/ahp.js';
import { CancelledError } from '../core/errors.js';
import { toPoints } from '../core/rounding.js';
import { comparisonPairs, nearestSaaty, SAATY_VALUES, saatyText } from '../core/weights.js';
import { t } from '../i18n/index.js';
import { fixed } from '../i18n/numbers.js';
import { terminalSafe } from '../render/escape.js';
import type { Prompter } from './prompter.js';

/** The scale's value nearest to an earlier answer (so a redo's default is always a choice). */
function snap(x: number): number {
  return SAATY_VALUES.reduce((best, v) => (Math.abs(Math.log(v / x)) < Math.abs(Math.log(best / x)) ? v : best), 1);
}

type Pair = Pick<Comparison, 'a' | 'b' | 'value'>;

/** An earlier answer to a (either way round), else the step of the scale nearest the current weights' ratio. */
function suggestion(previous: readonly Pair[], a: string, b: string, ratio: number): number {
  const same = previous.find((c) => c.a === a && c.b === b);
  if (same) return snap(same.value);
  const reverse = previous.find((c) => c.a === b && c.b === a);
  return reverse ? snap(1 / reverse.value) : nearestSaaty(ratio);
}

/** The consistency ratio in words: Saaty's CR, 0.10 or less meaning the comparisons agree with each other. */
export function consistencyLine(r: Pick<AhpResult, 'cr' | 'consistent'>): string {
  const verdict = r.consistent ? t('workshop.ahp.consistent') : t('workshop.ahp.inconsistent');
  return t('workshop.ahp.consistency', { cr: fixed(r.cr, 2), verdict, threshold: fixed(CR_THRESHOLD, 2) });
}

/** The weights of one AHP run as points (sum 100) and the consistency ratio. */
export function ahpLines(names: readonly string[], r: Pick<AhpResult, 'weights' | 'lambdaMax' | 'ci' | 'cr' | 'consistent'>): string[] {
  const points = toPoints(r.weights);
  return [t('workshop.ahp.weights'), ...names.map((n, i) => `  ${t('workshop.ahp.points', { points: String(points[i]).padStart(3), name: terminalSafe(n) })}`), consistencyLine(r)];
}

export interface AhpDialogue {
  /** Prefix of the question ids: `<id>.pair` for each comparison, `<id>.inconsistent`. */
  id: string;
  factors: readonly string[];
  /** The factors' current weights: their ratio is the first suggestion for a pair. */
  weights: readonly number[];
  /** Earlier comparisons (a redo): each is the suggestion for its pair. */
  previous?: readonly Pair[];
  /** Offer to cancel (kam weights): a CancelledError, nothing changed. */
  cancellable?: boolean;
}

/** Asks every pair, then, while inconsistent and the person wants to, the worst pair (or all) again. */
export async function askComparisons(p: Prompter, d: AhpDialogue): Promise<{ comparisons: Comparison[]; result: AhpResult }> {
  const names = d.factors;
  const pairs = comparisonPairs(names);
  const at = (a: string) => names.indexOf(a);
  let values = pairs.map(([a, b]) => suggestion(d.previous ?? [], a, b, d.weights[at(a)] / d.weights[at(b)]));
  const toComparisons = (vs: readonly number[]): Comparison[] => pairs.map(([a, b], k) => ({ a, b, value: vs[k] }));
  const status = (vs: readonly number[]): string[] => {
    const r = ahp(names, toComparisons(vs));
    const pts = toPoints(r.weights);
    const worst = !r.consistent && r.worst ? t('workshop.ahp.furthest', { a: terminalSafe(r.worst.a), b: terminalSafe(r.worst.b) }) : '';
    return [`${consistencyLine(r)}${worst}`, t('workshop.ahp.pointsLine', { list: names.map((n, i) => `${terminalSafe(n)} ${pts[i]}`).join(' · ') })];
  };
  let focus: number[] | undefined;
  for (;;) {
    values = await p.comparisons({ id: `${d.id}.pairs`, pairId: `${d.id}.pair`, message: t('workshop.ahp.question'), pairs, values, focus, status, noMenu: d.cancellable });
    const comparisons = toComparisons(values);
    const result = ahp(names, comparisons);
    p.say(ahpLines(names, result));
    const w = result.worst;
    if (result.consistent || w === null) return { comparisons, result };
    p.say(t('workshop.ahp.worst', { a: terminalSafe(w.a), b: terminalSafe(w.b), given: saatyText(w.given), implied: saatyText(Number(w.implied.toPrecision(2))) }));
    const next = await p.select<'worst' | 'all' | 'accept' | 'cancel'>({
      id: `${d.id}.inconsistent`,
      message: t('workshop.ahp.contradict'),
      default: 'worst',
      noMenu: d.cancellable,
      choices: [
        { value: 'worst', name: t('workshop.ahp.change', { a: terminalSafe(w.a), b: terminalSafe(w.b) }) },
        { value: 'all', name: t('workshop.ahp.all') },
        { value: 'accept', name: t('workshop.ahp.accept') },
        ...(d.cancellable ? [{ value: 'cancel' as const, name: t('workshop.ahp.cancel') }] : []),
      ],
    });
    if (next === 'accept') return { comparisons, result };
    if (next === 'cancel') throw new CancelledError(t('workshop.ahp.cancelled'));
    values = values.map(snap);
    const worst = pairs.findIndex(([a, b]) => (a === w.a && b === w.b) || (a === w.b && b === w.a));
    focus = next === 'all' ? undefined : [worst];
  }
}

/** What a session records of an AHP run: the comparisons, the figures and the points they gave. */
export function ahpRecord(comparisons: readonly Comparison[], r: AhpResult) {
  return {
    comparisons: comparisons.map(({ a, b, value }) => ({ a, b, value })),
    weights: r.weights,
    points: toPoints(r.weights),
    ...ahpFigures(r),
  };
}
