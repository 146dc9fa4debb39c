/**
 * What the workshop steps talk to instead of a prompt library: a few question kinds and a way
 * to print. The real implementation wraps @inquirer/prompts; tests use a scripted one.
 */

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

export interface InputQuestion {
  message: string;
  default?: string;
  /** True when the answer is acceptable, else the sentence to show. */
  validate?: (value: string) => true | string;
}

export interface SelectQuestion<T> {
  message: string;
  choices: Choice<T>[];
  default?: T;
}

export interface CheckboxQuestion<T> {
  message: string;
  choices: Choice<T>[];
  /** True when the selection is acceptable, else the sentence to show. */
  validate?: (values: T[]) => true | string;
}

export interface Prompter {
  input(q: InputQuestion): Promise<string>;
  select<T>(q: SelectQuestion<T>): Promise<T>;
  checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]>;
  confirm(q: { message: string; default: boolean }): Promise<boolean>;
  /** Prints lines between questions. */
  say(lines: string | string[]): void;
}

/** Thrown by a Prompter when the user presses Ctrl-C; the workshop saves and exits 130. */
export class PromptCancelled extends Error {
  constructor() {
    super('The workshop was cancelled.');
    this.name = 'PromptCancelled';
  }
}
