/** The prompter of a run: the one the Io brings (a test's), else the terminal's. */
import type { Prompter } from '../prompts/prompter.js';
import { terminalRows, terminalWidth, type Io } from './io.js';

interface ResizableStream {
  on?(event: 'resize', listener: () => void): unknown;
  removeListener?(event: 'resize', listener: () => void): unknown;
}

export async function prompterFor(io: Io): Promise<Prompter> {
  if (io.prompter) return io.prompter;
  const { inquirerPrompter } = await import('../prompts/inquirer-prompter.js');
  const out = io.stdout as unknown as ResizableStream;
  return inquirerPrompter({
    input: io.stdin as unknown as NodeJS.ReadableStream,
    output: io.stdout as unknown as NodeJS.WritableStream,
    write: (text) => void io.stdout.write(text),
    columns: () => terminalWidth(io),
    rows: () => terminalRows(io),
    onResize:
      out.on && out.removeListener
        ? (callback) => {
            out.on!('resize', callback);
            return () => void out.removeListener!('resize', callback);
          }
        : undefined,
  });
}
