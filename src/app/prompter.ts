/** The prompter of a run: the one the Io brings (a test's), else the terminal's. */
import type { Prompter } from '../prompts/prompter.js';
import { terminalRows, terminalWidth, type Io } from './io.js';

export async function prompterFor(io: Io): Promise<Prompter> {
  if (io.prompter) return io.prompter;
  const { inquirerPrompter } = await import('../prompts/inquirer-prompter.js');
  return inquirerPrompter({
    input: io.stdin as unknown as NodeJS.ReadableStream,
    output: io.stdout as unknown as NodeJS.WritableStream,
    write: (text) => void io.stdout.write(text),
    columns: () => terminalWidth(io),
    rows: () => terminalRows(io),
  });
}
