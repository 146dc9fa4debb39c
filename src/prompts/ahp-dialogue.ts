/**
 * The one dialogue that weights factors by pairwise comparison (Saaty's AHP), for the workshop's
 * steps 7 and 8 and for `kam weights` alike: one question per pair on Saaty's 17-step scale, the
 * weights with λmax, CI and the consistency ratio, and, while the comparisons are inconsistent
 * (CR > 0.10), the choice to change the worst one, redo them all, accept them, or (kam weights)
 * cancel.
 */
import { ahp, ahpFigures, CR_THRESHOLD, type AhpResult, type Comparison } from '../core/ahp.js';
import { CancelledError } from '../core/errors.js';
import { toPoints } from '../core/rounding.js';
import { comparisonPairs, inconsistencyMessage, nearestSaaty, SAATY_INTENSITY, SAATY_VALUES } from '../core/weights.js';
import { terminalSafe } from '../render/escape.js';
import type { Choice, Prompter } from './prompter.js';

/** Saaty's scale for "a against b": 9 … 2, 1 (equal), 1/2 … 1/9, as 17 choices. */
export function saatyChoices(a: string, b: string): Choice<number>[] {
  const [qa, qb] = [`"${terminalSafe(a)}"`, `"${terminalSafe(b)}"`];
  return SAATY_VALUES.map((v) => {
    if (v === 1) return { value: v, name: 'Equally important (1)' };
    return v > 1
      ? { value: v, name: `${qa} is ${SAATY_INTENSITY[v]} more important than ${qb} (${v})` }
      : { value: v, name: `${qb} is ${SAATY_INTENSITY[Math.round(1 / v)]} more important than ${qa} (1/${Math.round(1 / v)})` };
  });
}

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

/** The weights of one AHP run as points (sum 100) with λmax, CI and CR. */
export function ahpLines(names: readonly string[], r: Pick<AhpResult, 'weights' | 'lambdaMax' | 'ci' | 'cr' | 'consistent'>): string[] {
  const verdict = r.consistent ? `≤ ${CR_THRESHOLD.toFixed(2)}: consistent` : `> ${CR_THRESHOLD.toFixed(2)}: inconsistent`;
  const points = toPoints(r.weights);
  return [
    'Weights from the comparisons:',
    ...names.map((n, i) => `  ${String(points[i]).padStart(3)} pts  ${terminalSafe(n)} (${r.weights[i].toFixed(3)})`),
    `λmax ${r.lambdaMax.toFixed(3)} · CI ${r.ci.toFixed(3)} · CR ${r.cr.toFixed(3)} (${verdict})`,
  ];
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
  const key = (a: string, b: string): string => JSON.stringify([a, b].sort());
  const position = new Map(pairs.map(([a, b], k) => [key(a, b), k + 1]));
  const ask = async (a: string, b: string, suggested: number): Promise<Comparison> => ({
    a,
    b,
    value: await p.select<number>({
      id: `${d.id}.pair`,
      message: `(${position.get(key(a, b))}/${pairs.length}) "${terminalSafe(a)}" against "${terminalSafe(b)}":`,
      choices: saatyChoices(a, b),
      default: suggested,
      showAll: true,
    }),
  });
  const comparisons: Comparison[] = [];
  for (const [a, b] of pairs) {
    comparisons.push(await ask(a, b, suggestion(d.previous ?? [], a, b, d.weights[names.indexOf(a)] / d.weights[names.indexOf(b)])));
  }
  for (;;) {
    const result = ahp(names, comparisons);
    p.say(ahpLines(names, result));
    const w = result.worst;
    if (result.consistent || w === null) return { comparisons, result };
    p.say(`Warning: ${inconsistencyMessage(result)}`);
    const next = await p.select<'worst' | 'all' | 'accept' | 'cancel'>({
      id: `${d.id}.inconsistent`,
      message: 'The comparisons are inconsistent:',
      default: 'worst',
      choices: [
        { value: 'worst', name: `Change "${terminalSafe(w.a)}" against "${terminalSafe(w.b)}"` },
        { value: 'all', name: 'Redo all the comparisons (Enter keeps each answer)' },
        { value: 'accept', name: 'Accept these weights anyway' },
        ...(d.cancellable ? [{ value: 'cancel' as const, name: 'Cancel without changing the criteria' }] : []),
      ],
    });
    if (next === 'accept') return { comparisons, result };
    if (next === 'cancel') throw new CancelledError('Cancelled; the criteria were not changed.');
    for (let k = 0; k < comparisons.length; k++) {
      const c = comparisons[k];
      const isWorst = (c.a === w.a && c.b === w.b) || (c.a === w.b && c.b === w.a);
      if (next === 'all' || isWorst) comparisons[k] = await ask(c.a, c.b, snap(c.value));
    }
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
