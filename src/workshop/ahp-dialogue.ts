/**
 * Weights by pairwise comparison (Saaty's AHP) in steps 7 and 8: one question per pair of
 * factors on Saaty's 1–9 scale, then the weights as points, λmax and the consistency ratio; an
 * inconsistent set (CR > 0.10) names its worst comparison and may be revised.
 */
import { ahp, ahpFigures, CR_THRESHOLD, type AhpResult } from '../core/ahp.js';
import type { Choice, Prompter } from '../prompts/prompter.js';
import { terminalSafe } from '../render/escape.js';
import type { AhpAnswer } from '../session/schema.js';
import { toPoints } from './points.js';

const INTENSITY: Record<number, string> = {
  9: 'extremely',
  8: 'very strongly to extremely',
  7: 'very strongly',
  6: 'strongly to very strongly',
  5: 'strongly',
  4: 'moderately to strongly',
  3: 'moderately',
  2: 'equally to moderately',
};

/** Saaty's scale for "a against b": 9 … 2, 1 (equal), 1/2 … 1/9, as 17 choices. */
export function saatyChoices(a: string, b: string): Choice<number>[] {
  const [qa, qb] = [`"${terminalSafe(a)}"`, `"${terminalSafe(b)}"`];
  const out: Choice<number>[] = [];
  for (let v = 9; v >= 2; v--) out.push({ value: v, name: `${qa} is ${INTENSITY[v]} more important than ${qb} (${v})` });
  out.push({ value: 1, name: `Equally important (1)` });
  for (let v = 2; v <= 9; v++) out.push({ value: 1 / v, name: `${qb} is ${INTENSITY[v]} more important than ${qa} (1/${v})` });
  return out;
}

/** A judgment as written on the scale: 3, 1/3, 2.13, 1/2.13. */
export function formatJudgment(x: number): string {
  const r = (v: number) => String(Math.round(v * 100) / 100);
  return x >= 1 ? r(x) : `1/${r(1 / x)}`;
}

/** The scale's value nearest to an earlier answer (so a redo's default is always a choice). */
function snap(x: number): number {
  const values = saatyChoices('a', 'b').map((c) => c.value);
  return values.reduce((best, v) => (Math.abs(Math.log(v / x)) < Math.abs(Math.log(best / x)) ? v : best), 1);
}

type Comparison = AhpAnswer['comparisons'][number];

function earlier(previous: readonly Comparison[], a: string, b: string): number {
  const same = previous.find((c) => c.a === a && c.b === b);
  if (same) return snap(same.value);
  const reverse = previous.find((c) => c.a === b && c.b === a);
  return reverse ? snap(1 / reverse.value) : 1;
}

/** The figures of one AHP run, as recorded in the session. */
export function ahpAnswer(comparisons: Comparison[], r: AhpResult): AhpAnswer {
  return {
    comparisons,
    weights: r.weights,
    points: toPoints(r.weights),
    ...ahpFigures(r),
  };
}

export function ahpLines(names: readonly string[], a: AhpAnswer): string[] {
  const verdict = a.consistent ? `≤ ${CR_THRESHOLD.toFixed(2)}: consistent` : `> ${CR_THRESHOLD.toFixed(2)}: inconsistent`;
  return [
    'Weights from the comparisons:',
    ...names.map((n, i) => `  ${String(a.points[i]).padStart(3)} pts  ${terminalSafe(n)} (${a.weights[i].toFixed(3)})`),
    `λmax ${a.lambdaMax.toFixed(3)} · CI ${a.ci.toFixed(3)} · CR ${a.cr.toFixed(3)} (${verdict})`,
  ];
}

/** Asks every pair (Enter keeps the earlier answer, or "equally"), until consistent or accepted. */
export async function elicitWeights(p: Prompter, names: readonly string[], previous: readonly Comparison[] = []): Promise<AhpAnswer> {
  const ask = async (a: string, b: string, dflt: number): Promise<Comparison> => ({
    a,
    b,
    value: await p.select<number>({ message: `"${terminalSafe(a)}" against "${terminalSafe(b)}":`, choices: saatyChoices(a, b), default: dflt }),
  });
  const comparisons: Comparison[] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) comparisons.push(await ask(names[i], names[j], earlier(previous, names[i], names[j])));
  for (;;) {
    const answer = ahpAnswer(comparisons, ahp(names, comparisons));
    p.say(ahpLines(names, answer));
    const w = answer.worst;
    if (answer.consistent || w === null) return answer;
    p.say(
      `Warning: the comparisons contradict each other (CR ${answer.cr.toFixed(2)} > ${CR_THRESHOLD.toFixed(2)}). The most inconsistent: "${terminalSafe(w.a)}" against "${terminalSafe(w.b)}" was given ${formatJudgment(w.given)}, the other answers imply ${formatJudgment(w.implied)}.`,
    );
    const next = await p.select<'worst' | 'all' | 'accept'>({
      message: 'The comparisons are inconsistent:',
      default: 'worst',
      choices: [
        { value: 'worst', name: `Change "${terminalSafe(w.a)}" against "${terminalSafe(w.b)}"` },
        { value: 'all', name: 'Redo all the comparisons (Enter keeps each answer)' },
        { value: 'accept', name: 'Accept these weights anyway' },
      ],
    });
    if (next === 'accept') return answer;
    for (let k = 0; k < comparisons.length; k++) {
      const c = comparisons[k];
      const isWorst = (c.a === w.a && c.b === w.b) || (c.a === w.b && c.b === w.a);
      if (next === 'all' || isWorst) comparisons[k] = await ask(c.a, c.b, snap(c.value));
    }
  }
}
