/**
 * What the workshop and `kam weights` talk to instead of a prompt library: a few question kinds
 * and a way to print. Every question has a stable `id` (`resources.managers`, `step2.next`), so
 * a script answers it by name. The real implementation wraps @inquirer/prompts (loaded only for
 * a terminal); tests and rehearsals use the scripted one. Ctrl-C is a CancelledError (exit 130).
 */

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

interface Question {
  /** Stable name of the question: `<step key>.<what>`, the same every time it is asked. */
  id: string;
  message: string;
}

export interface InputQuestion extends Question {
  default?: string;
  /** True when the answer is acceptable, else the sentence to show. */
  validate?: (value: string) => true | string;
}

export interface SelectQuestion<T> extends Question {
  choices: Choice<T>[];
  default?: T;
  /** Show all the choices at once (a scale such as Saaty's). */
  showAll?: boolean;
}

export interface CheckboxQuestion<T> extends Question {
  choices: Choice<T>[];
  /** True when the selection is acceptable, else the sentence to show. */
  validate?: (values: T[]) => true | string;
}

export interface ConfirmQuestion extends Question {
  default: boolean;
}

export interface Prompter {
  input(q: InputQuestion): Promise<string>;
  select<T>(q: SelectQuestion<T>): Promise<T>;
  checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  /** Prints lines between questions. */
  say(lines: string | string[]): void;
}
