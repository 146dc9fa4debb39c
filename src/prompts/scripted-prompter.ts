/**
 * A Prompter that answers from a script, for tests and rehearsals: answers are given per
 * question id, each id a queue consumed in order (the first time the question is asked, the
 * second…); a question without a (remaining) answer takes its default, as Enter would. So a new
 * question in a step changes no other answer of a script. `DEFAULT` accepts the default
 * explicitly, `CANCEL` acts like Ctrl-C, `ticked(…)` answers a checkbox. A select answer may be
 * the choice's value, its visible name, or the name's first word; a keys answer its value, key
 * or name. `MENU` presses Esc (the step menu). Screens follow each other as a transcript, sized
 * as a terminal of `size` (80 × 24 unless told).
 */
import { CancelledError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { pairLine } from './pair-scale.js';
import { StepMenuRequest, type CheckboxQuestion, type Choice, type ComparisonsQuestion, type ConfirmQuestion, type InputQuestion, type KeysQuestion, type Prompter, type SelectQuestion, type Size } from './prompter.js';

export const DEFAULT = Symbol('default');
export const CANCEL = Symbol('cancel');
/** Esc: the question is left for the step menu (back, redo). */
export const MENU = Symbol('menu');

/** The answer to a checkbox question: the choices ticked (by value or visible name). */
export interface Ticked {
  ticked: string[];
}
export const ticked = (...choices: string[]): Ticked => ({ ticked: choices });

/** The answer to a comparisons question: one value per pair asked. */
export interface Compared {
  compared: number[];
}
export const compared = (...values: number[]): Compared => ({ compared: values });

export type ScriptedAnswer = string | number | boolean | Ticked | Compared | typeof DEFAULT | typeof CANCEL | typeof MENU | null;

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

  private rows = 0;

  constructor(
    script: Script = {},
    private readonly terminal: Size = { columns: 80, rows: 24 },
  ) {
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
    if (a === MENU) throw new StepMenuRequest();
    this.rows++;
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
      const wanted: string[] = typeof a === 'object' && a !== null && 'ticked' in a ? a.ticked : [String(a)];
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

  async keys<T>(q: KeysQuestion<T>): Promise<T> {
    const a = this.take(q.id, q.message);
    if (a === DEFAULT || a === q.default || a === 'Enter') return q.default;
    const hit = q.choices.find((c) => c.value === a || c.key === a || c.name === a);
    if (!hit) throw new Error(`Scripted answer "${String(a)}" is not a key of "${q.id}" (${q.choices.map((c) => `${c.key} ${String(c.value)}`).join(', ')}).`);
    return hit.value;
  }

  /** Answered whole (`compared(…)` under the question's id) or pair by pair under `pairId`, for the pairs in focus. */
  async comparisons(q: ComparisonsQuestion): Promise<number[]> {
    const values = [...q.values];
    const whole = this.queues.get(q.id)?.length ? this.take(q.id, q.message) : null;
    const focus = q.focus ?? q.pairs.map((_, i) => i);
    if (whole !== null && whole !== DEFAULT) {
      if (typeof whole !== 'object' || whole === null || !('compared' in whole) || whole.compared.length !== focus.length) {
        throw new Error(`Scripted answer to "${q.id}" must be compared(…) with ${focus.length} values.`);
      }
      focus.forEach((k, i) => (values[k] = whole.compared[i]));
    } else if (whole === null) {
      for (const k of focus) {
        const a = this.take(q.pairId, t('workshop.pairs.scripted', { i: k + 1, n: q.pairs.length, a: q.pairs[k][0], b: q.pairs[k][1] }));
        if (a !== DEFAULT) values[k] = Number(a);
      }
    }
    this.say(q.pairs.map(([a, b], i) => `  ${pairLine(a, b, values[i], this.terminal.columns - 2, (t) => `(${t})`)}`));
    this.say(q.status(values));
    return values;
  }

  say(lines: string | string[]): void {
    const list = Array.isArray(lines) ? lines : [lines];
    this.transcript.push(...list);
    this.rows += list.length;
  }

  screen(header: string, intro: string[] = []): void {
    this.transcript.push('', header, ...intro);
    this.rows = 1 + intro.length;
  }

  show(render: (size: Size) => string[]): void {
    this.say(render(this.terminal));
  }

  size(): Size {
    return { ...this.terminal };
  }

  used(): number {
    return this.rows;
  }
}
