/**
 * A Prompter that answers from a script, for tests and rehearsals: answers are given per
 * question id, each id a queue consumed in order (the first time the question is asked, the
 * second…); a question without a (remaining) answer takes its default, as Enter would. So a new
 * question in a step changes no other answer of a script. `DEFAULT` accepts the default
 * explicitly, `CANCEL` acts like Ctrl-C, `ticked(…)` answers a checkbox. A select answer may be
 * the choice's value, its visible name, or the name's first word.
 */
import { CancelledError } from '../core/errors.js';
import type { CheckboxQuestion, Choice, ConfirmQuestion, InputQuestion, Prompter, SelectQuestion } from './prompter.js';

export const DEFAULT = Symbol('default');
export const CANCEL = Symbol('cancel');

/** The answer to a checkbox question: the choices ticked (by value or visible name). */
export interface Ticked {
  ticked: string[];
}
export const ticked = (...choices: string[]): Ticked => ({ ticked: choices });

export type ScriptedAnswer = string | number | boolean | Ticked | typeof DEFAULT | typeof CANCEL | null;

/** Answers by question id; an array is the answers of successive askings. */
export type Script = Record<string, ScriptedAnswer | readonly ScriptedAnswer[]>;

/** Past this many questions a script is taken to loop (a workshop that never finishes). */
const MAX_QUESTIONS = 5000;

export class ScriptedPrompter implements Prompter {
  /** Every question asked (`? id: message`) and every line printed, in order. */
  readonly transcript: string[] = [];
  /** The ids asked, in order. */
  readonly asked: string[] = [];
  private readonly queues = new Map<string, ScriptedAnswer[]>();

  constructor(script: Script = {}) {
    for (const [id, a] of Object.entries(script)) this.queues.set(id, Array.isArray(a) ? [...(a as ScriptedAnswer[])] : [a as ScriptedAnswer]);
  }

  /** Answers of the script not used (a script that names a question never asked, or too many answers). */
  get unused(): Record<string, ScriptedAnswer[]> {
    return Object.fromEntries([...this.queues].filter(([, q]) => q.length > 0));
  }

  get remaining(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.length;
    return n;
  }

  private take(id: string, message: string): ScriptedAnswer {
    this.transcript.push(`? ${message}`);
    this.asked.push(id);
    if (this.asked.length > MAX_QUESTIONS) throw new Error(`The script asked ${MAX_QUESTIONS} questions without finishing (the last was "${id}").`);
    const a = this.queues.get(id)?.shift() ?? DEFAULT;
    if (a === CANCEL) throw new CancelledError();
    return a;
  }

  async input(q: InputQuestion): Promise<string> {
    const a = this.take(q.id, q.message);
    const value = a === DEFAULT ? (q.default ?? '') : String(a);
    const ok = q.validate ? q.validate(value) : true;
    if (ok !== true) throw new Error(`Scripted answer "${value}" to "${q.id}" is refused: ${ok}`);
    return value;
  }

  async select<T>(q: SelectQuestion<T>): Promise<T> {
    const a = this.take(q.id, q.message);
    if (a === DEFAULT) return q.default !== undefined ? q.default : q.choices[0].value;
    const hit: Choice<T> | undefined =
      q.choices.find((c) => c.value === a || c.name === a) ?? q.choices.find((c) => typeof a === 'string' && c.name.startsWith(`${a} `));
    if (!hit) throw new Error(`Scripted answer "${String(a)}" is not a choice of "${q.id}" (${q.choices.map((c) => String(c.value)).join(', ')}).`);
    return hit.value;
  }

  async checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]> {
    const a = this.take(q.id, q.message);
    let values: T[];
    if (a === DEFAULT) values = q.choices.filter((c) => c.checked).map((c) => c.value);
    else {
      const wanted = typeof a === 'object' && a !== null ? a.ticked : [String(a)];
      values = wanted.map((w) => {
        const hit = q.choices.find((c) => c.value === w || c.name === w);
        if (!hit) throw new Error(`Scripted answer "${w}" is not a choice of "${q.id}".`);
        return hit.value;
      });
    }
    const ok = q.validate ? q.validate(values) : true;
    if (ok !== true) throw new Error(`Scripted answer to "${q.id}" is refused: ${ok}`);
    return values;
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const a = this.take(q.id, q.message);
    return a === DEFAULT ? q.default : Boolean(a);
  }

  say(lines: string | string[]): void {
    this.transcript.push(...(Array.isArray(lines) ? lines : [lines]));
  }
}
