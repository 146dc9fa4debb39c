/**
 * The command line: commander wiring, and the one place where errors become exit codes
 * (METHOD.md §5). Commands are imported lazily so `kam --help` starts fast.
 */
import { Command, CommanderError, Option } from '@commander-js/extra-typings';
import { EXIT, KamError } from '../core/errors.js';
import type { Io } from './io.js';
import { terminalSafe } from '../render/escape.js';
import { kamVersion } from './version.js';

export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.ok;
  const program = new Command('kam')
    .description("Choose key accounts with Cheverton's method: weighted attractiveness and relative strength, the KAISM matrix.")
    .version(kamVersion(), '-V, --version')
    .exitOverride()
    .showHelpAfterError('kam: add --help for usage.')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(`kam: ${s.replace(/^error: /, '')}`),
    });

  program
    .command('select')
    .description('Score, rank and select key accounts from customers.csv and criteria.csv.')
    .argument('<customers>', 'customers.csv (or - for standard input)')
    .option('-c, --criteria <file>', 'criteria.csv (default: criteria.csv beside the customers file)')
    .addOption(new Option('-f, --format <format>', 'table, json, csv or markdown').default('table'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('--missing <policy>', 'missing values: error, renormalize or midpoint', 'error')
    .option('--split <rule>', 'boundaries: midpoint, median, mean, or A,S (e.g. 60,45)', 'midpoint')
    .option('--sort <key>', 'ranking: quadrant, attractiveness or strength', 'quadrant')
    .option('--strength <mode>', 'relative strength: absolute or relative (default: relative when competitor ratings exist)')
    .option('--ratings <file>', 'ratings.csv: team scores per rater and competitor ratings (long format)')
    .option('--aggregate <how>', "combining raters' scores: median or mean", 'median')
    .option('--capacity <n>', 'how many key accounts the business can serve')
    .option('--segment <names...>', 'only these segments (repeat, or separate with commas)')
    .option('--delimiter <d>', 'CSV delimiter: comma, semicolon or tab (default: sniffed from the header)')
    .option('--strength-axis <side>', 'where high strength sits on the chart: left or right', 'left')
    .option('--top <n>', 'table rows shown (the rest are counted)', '200')
    .option('--session <file>', 'the workshop session to save, resume or replay (default: kam-session.json beside the customers file)')
    .option('--resume', 'continue the saved workshop at the first unanswered step')
    .option('--compare <file>', 'an earlier session or JSON result: step 10 shows who moved since')
    .option('--no-interactive', 'never prompt (also implied without a terminal or with CI set)')
    .option('--no-color', 'no colour (also with NO_COLOR or when not a terminal)')
    .option('--debug', 'show stack traces for errors')
    .action(async (customers, opts) => {
      const { runSelect } = await import('../commands/select.js');
      exitCode = await runSelect(customers, opts, io);
    });

  try {
    if (argv.length === 0) {
      io.stderr.write(program.helpInformation());
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
  io.stderr.write(`kam: internal error: ${terminalSafe(err.message)}\n`);
  if (debug && err.stack) io.stderr.write(`${err.stack}\n`);
  else io.stderr.write('kam: run again with --debug for the details, and please report it.\n');
  return EXIT.input;
}
