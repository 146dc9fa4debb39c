/** The terminal's side of `kam weights`: each comparison as a select of Saaty's 17 answers. */
import type { AhpResult } from '../core/ahp.js';
import { CancelledError } from '../core/errors.js';
import { inconsistencyMessage, saatyChoices, type PairQuestion, type WeightsPrompter } from '../core/weights.js';

export interface SelectQuestion<V> {
  message: string;
  choices: Array<{ value: V; name: string; short?: string }>;
  default?: V;
  pageSize?: number;
  loop?: boolean;
}

/** One select prompt: @inquirer/prompts' select in the program, a scripted one in tests. */
export type AskSelect = <V>(question: SelectQuestion<V>) => Promise<V>;

/** Turns the prompt library's Ctrl-C (ExitPromptError) into kam's CancelledError (exit 130). */
async function cancellable<V>(answer: Promise<V>): Promise<V> {
  try {
    return await answer;
  } catch (e) {
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) {
      throw new CancelledError('Cancelled; the criteria were not changed.');
    }
    throw e;
  }
}

export function terminalPrompter(ask: AskSelect, say: (line: string) => void): WeightsPrompter {
  return {
    compare: (q: PairQuestion) =>
      cancellable(
        ask({
          message: `(${q.index}/${q.total}) ${q.axis}: how does "${q.a}" compare with "${q.b}"?`,
          choices: saatyChoices(q.a, q.b).map((c) => ({ value: c.value, name: c.name, short: c.short })),
          default: q.suggested,
          pageSize: 17,
          loop: false,
        }),
      ),
    inconsistent: (r: AhpResult) => {
      say(inconsistencyMessage(r));
      const w = r.worst!;
      return cancellable(
        ask<'revise' | 'accept' | 'cancel'>({
          message: 'What now?',
          choices: [
            { value: 'revise', name: `Answer "${w.a}" vs "${w.b}" again` },
            { value: 'accept', name: 'Keep these answers and write the weights' },
            { value: 'cancel', name: 'Cancel without changing the criteria' },
          ],
          default: 'revise',
          loop: false,
        }),
      );
    },
  };
}
