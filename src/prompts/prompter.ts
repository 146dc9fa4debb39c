/**
 * What the workshop and `kam weights` talk to instead of a prompt library: a few question kinds,
 * a screen per step and a way to print. Every question has a stable `id` (`resources.managers`,
 * `selection.change`), so a script answers it by name. The real implementation wraps
 * @inquirer/prompts (loaded only for a terminal); tests and rehearsals use the scripted one.
 * Ctrl-C is a CancelledError (exit 130); Esc in any question is a `StepMenuRequest` (the
 * workshop's Back / Redo menu).
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
  /** Esc does not open the step menu here (the menu itself, questions outside the workshop). */
  noMenu?: boolean;
}

export interface InputQuestion extends Question {
  default?: string;
  /** True when the answer is acceptable, else the sentence to show. */
  validate?: (value: string) => true | string;
}

export interface SelectQuestion<T> extends Question {
  choices: Choice<T>[];
  default?: T;
  /** Show all the choices at once. */
  showAll?: boolean;
  /** Many choices (accounts): typing filters them. */
  searchable?: boolean;
}

export interface CheckboxQuestion<T> extends Question {
  choices: Choice<T>[];
  /** True when the selection is acceptable, else the sentence to show. */
  validate?: (values: T[]) => true | string;
}

export interface ConfirmQuestion extends Question {
  default: boolean;
}

/** One key per choice (`a` add, `r` remove, …); Enter takes the default. */
export interface KeyChoice<T> {
  key: string;
  value: T;
  name: string;
}

export interface KeysQuestion<T> extends Question {
  choices: KeyChoice<T>[];
  /** What Enter does. */
  default: T;
  /** How Enter is named in the hint (`finish`, `back`). */
  enterName: string;
}

/** Pairwise comparisons on Saaty's scale, one compact line per pair, all on one screen. */
export interface ComparisonsQuestion extends Question {
  pairs: ReadonlyArray<readonly [string, string]>;
  /** The starting value of each pair (`a` is value times as important as `b`). */
  values: readonly number[];
  /** The pairs to (re)consider: the cursor starts at the first; a script answers only these. */
  focus?: readonly number[];
  /** Id of one pair's answer for a script that answers pair by pair (`<id>.pair`). */
  pairId: string;
  /** Status lines for the values as they stand (the consistency ratio, the weights). */
  status(values: readonly number[]): string[];
}

export interface Size {
  columns: number;
  rows: number;
}

/** Esc in a question: the person wants the step menu (back, redo). */
export class StepMenuRequest extends Error {
  constructor() {
    super('step menu');
    this.name = 'StepMenuRequest';
  }
}

export interface Prompter {
  input(q: InputQuestion): Promise<string>;
  select<T>(q: SelectQuestion<T>): Promise<T>;
  checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  keys<T>(q: KeysQuestion<T>): Promise<T>;
  comparisons(q: ComparisonsQuestion): Promise<number[]>;
  /** Prints lines between questions. */
  say(lines: string | string[]): void;
  /**
   * Starts a new screen: on a terminal it is cleared and `header` is its top line; then the
   * lines of why. Elsewhere (a script, a log) the screens follow each other as a transcript.
   */
  screen(header: string, intro?: string[]): void;
  /** Lines drawn for the terminal's size, drawn again (with the screen) when it is resized. */
  show(render: (size: Size) => string[]): void;
  /** The terminal's columns and rows. */
  size(): Size;
  /** Rows used on the current screen so far (to size what comes next). */
  used(): number;
}
