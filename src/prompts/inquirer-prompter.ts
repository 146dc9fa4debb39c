/** The real Prompter: @inquirer/prompts on the terminal, loaded only when a workshop starts. */
import { terminalWidth, type Io } from '../cli/io.js';
import { wrap } from '../render/report.js';
import { PromptCancelled, type Prompter } from './prompter.js';

type Inquirer = typeof import('@inquirer/prompts');

/** Ctrl-C in an inquirer prompt rejects with an ExitPromptError; turn it into PromptCancelled. */
async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) throw new PromptCancelled();
    throw e;
  }
}

export async function inquirerPrompter(io: Io): Promise<Prompter> {
  const q: Inquirer = await import('@inquirer/prompts');
  const pageSize = Math.max(5, Math.min(15, ((io.stdout as { rows?: number }).rows ?? 24) - 8));
  return {
    input: (x) => guard(q.input({ message: x.message, default: x.default, validate: x.validate })),
    select: (x) => guard(q.select({ message: x.message, choices: x.choices, default: x.default, pageSize, loop: false })),
    checkbox: (x) =>
      guard(
        q.checkbox({
          message: x.message,
          choices: x.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked ?? false, description: c.description })),
          validate: x.validate ? (items) => x.validate!(items.map((i) => i.value)) : undefined,
          pageSize,
          loop: false,
        }),
      ),
    confirm: (x) => guard(q.confirm({ message: x.message, default: x.default })),
    say: (lines) => {
      const width = terminalWidth(io);
      for (const l of Array.isArray(lines) ? lines : [lines]) {
        // Prose longer than the terminal is wrapped at words; tables and charts already fit.
        const prose = l.length > width && !l.includes('\u001b');
        io.stdout.write(`${prose ? wrap(l, width, '  ').join('\n') : l}\n`);
      }
    },
  };
}
