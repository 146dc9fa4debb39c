/**
 * A Prompter that answers from a script, for tests and rehearsals: each question takes the next
 * answer. `DEFAULT` accepts the question's default (like Enter), `CANCEL` acts like Ctrl-C.
 * A select answer may be given as the choice's value, its visible name, or the name's first word.
 */
import { PromptCancelled, type Choice, type Prompter } from './prompter.js';

export const DEFAULT = Symbol('default');
export const CANCEL = Symbol('cancel');
export type ScriptedAnswer = string | number | boolean | string[] | typeof DEFAULT | typeof CANCEL | null;

export class ScriptedPrompter implements Prompter {
  /** Every question asked and every line printed, in order. */
  readonly transcript: string[] = [];
  private next = 0;

  constructor(private readonly answers: ScriptedAnswer[]) {}

  get remaining(): number {
    return this.answers.length - this.next;
  }

  private take(message: string): ScriptedAnswer {
    this.transcript.push(`? ${message}`);
    if (this.next >= this.answers.length) throw new Error(`The script has no answer for "${message}".`);
    const a = this.answers[this.next++];
    if (a === CANCEL) throw new PromptCancelled();
    return a;
  }

  async input(q: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string> {
    const a = this.take(q.message);
    const value = a === DEFAULT ? (q.default ?? '') : String(a);
    const ok = q.validate ? q.validate(value) : true;
    if (ok !== true) throw new Error(`Scripted answer "${value}" to "${q.message}" is refused: ${ok}`);
    return value;
  }

  async select<T>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T> {
    const a = this.take(q.message);
    if (a === DEFAULT) return q.default !== undefined ? q.default : q.choices[0].value;
    const hit =
      q.choices.find((c) => c.value === a || c.name === a) ?? q.choices.find((c) => typeof a === 'string' && c.name.startsWith(`${a} `));
    if (!hit) throw new Error(`Scripted answer "${String(a)}" is not a choice of "${q.message}".`);
    return hit.value;
  }

  async checkbox<T>(q: { message: string; choices: Choice<T>[]; validate?: (v: T[]) => true | string }): Promise<T[]> {
    const a = this.take(q.message);
    let values: T[];
    if (a === DEFAULT) values = q.choices.filter((c) => c.checked).map((c) => c.value);
    else {
      const wanted = Array.isArray(a) ? a : [String(a)];
      values = wanted.map((w) => {
        const hit = q.choices.find((c) => c.value === w || c.name === w);
        if (!hit) throw new Error(`Scripted answer "${w}" is not a choice of "${q.message}".`);
        return hit.value;
      });
    }
    const ok = q.validate ? q.validate(values) : true;
    if (ok !== true) throw new Error(`Scripted answer to "${q.message}" is refused: ${ok}`);
    return values;
  }

  async confirm(q: { message: string; default: boolean }): Promise<boolean> {
    const a = this.take(q.message);
    return a === DEFAULT ? q.default : Boolean(a);
  }

  say(lines: string | string[]): void {
    this.transcript.push(...(Array.isArray(lines) ? lines : [lines]));
  }
}
