/**
 * The real Prompter: @inquirer/prompts on the terminal, loaded only when a workshop or `kam
 * weights` asks. The one place where Ctrl-C in a prompt becomes kam's CancelledError.
 */
import { CancelledError } from '../core/errors.js';
import { wrap } from '../render/text.js';
import type { Prompter } from './prompter.js';

type Inquirer = typeof import('@inquirer/prompts');

/** The terminal the prompts run on. */
export interface PromptTerminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  write(text: string): void;
  columns(): number;
  rows(): number;
}

/** Ctrl-C in an inquirer prompt rejects with an ExitPromptError; it becomes CancelledError (exit 130). */
async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) throw new CancelledError();
    throw e;
  }
}

export async function inquirerPrompter(t: PromptTerminal): Promise<Prompter> {
  const q: Inquirer = await import('@inquirer/prompts');
  const context = { input: t.input, output: t.output };
  const pageSize = (): number => Math.max(5, Math.min(15, t.rows() - 8));
  return {
    input: (x) => guard(q.input({ message: x.message, default: x.default, validate: x.validate }, context)),
    select: (x) => guard(q.select({ message: x.message, choices: x.choices, default: x.default, pageSize: x.showAll ? x.choices.length : pageSize(), loop: false }, context)),
    checkbox: (x) =>
      guard(
        q.checkbox(
          {
            message: x.message,
            choices: x.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked ?? false, description: c.description })),
            validate: x.validate ? (items) => x.validate!(items.map((i) => i.value)) : undefined,
            pageSize: pageSize(),
            loop: false,
          },
          context,
        ),
      ),
    confirm: (x) => guard(q.confirm({ message: x.message, default: x.default }, context)),
    say: (lines) => {
      const width = t.columns();
      for (const l of Array.isArray(lines) ? lines : [lines]) {
        // Prose longer than the terminal is wrapped at words; tables and charts already fit.
        const prose = l.length > width && !l.includes('\u001b');
        t.write(`${prose ? wrap(l, width, '  ').join('\n') : l}\n`);
      }
    },
  };
}
