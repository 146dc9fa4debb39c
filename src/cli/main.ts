/**
 * `main(argv, io)`: the command line in, the exit code out — and the one place where errors
 * become exit codes and sentences on standard error (METHOD.md §5).
 */
import { CommanderError } from '@commander-js/extra-typings';
import type { Io } from '../app/io.js';
import { chooseLanguage } from '../app/language.js';
import { EXIT, KamError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import { terminalSafe } from '../render/escape.js';
import { buildProgram } from './program.js';

export { buildProgram } from './program.js';

export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.ok;
  try {
    // The language first: the help, the messages and the errors of this run speak it.
    chooseLanguage(argv, io.env);
    const program = buildProgram(io, (code) => {
      exitCode = code;
    });
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    return reportError(e, io, debug);
  }
}

/** Prints an error as kam's sentences (a stack trace only with --debug) and returns its exit code. */
export function reportError(e: unknown, io: Io, debug: boolean): number {
  if (e instanceof CommanderError) {
    // Help and version "errors" are successful exits; commander already printed the message.
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof KamError) {
    // Messages quote cells of the input: strip control characters so data cannot drive the terminal.
    for (const line of e.lines()) io.stderr.write(`kam: ${terminalSafe(line)}\n`);
    if (debug && e.stack) io.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr.write(`kam: ${t('cli.error.internal', { message: terminalSafe(err.message) })}\n`);
  if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
  else io.stderr.write(`kam: ${t('cli.error.report')}\n`);
  return EXIT.input;
}
