/**
 * The command line: commander wiring, and the one place where errors become exit codes
 * (METHOD.md §5). Commands are imported lazily so `kam --help` starts fast.
 */
import { Command, CommanderError, Option } from '@commander-js/extra-typings';
import { EXIT, KamError } from '../core/errors.js';
import type { ExplainFlags } from '../commands/explain.js';
import type { Io } from './io.js';
import { terminalSafe } from '../render/escape.js';
import { kamVersion } from './version.js';

/** Flags of select that kam explain takes too, so an explanation matches the selection it explains. */
const EXPLAIN_FLAGS = ['--criteria', '--format', '--output', '--missing', '--split', '--sort', '--strength', '--ratings', '--aggregate', '--capacity', '--segment', '--delimiter', '--no-color', '--debug'];

/**
 * The command line as commander sees it. Actions report their exit code through `setExit`.
 * The build also renders its help into dist/cli/help.txt, which bin/kam.js prints for
 * `kam --help` without loading any of this.
 */
export function buildProgram(io: Io, setExit: (code: number) => void) {
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

  const explain = program
    .command('explain')
    .description("Explain one account: each factor's contribution, the margins, the smallest change that crosses a boundary.")
    .argument('<account>', "the account's key (or its name)")
    .argument('<customers>', 'customers.csv (or - for standard input)')
    .action(async (account, customers, opts) => {
      const { runExplain } = await import('../commands/explain.js');
      setExit(await runExplain(account, customers, opts as unknown as ExplainFlags, io));
    });

  program
    .command('weights')
    .description("Weight one axis's factors by pairwise comparison (AHP, Saaty's 1-9 scale) and write them into the criteria.")
    .argument('<criteria>', 'criteria.csv (rewritten atomically unless --dry-run or -o)')
    .option('--axis <axis>', 'attractiveness or strength')
    .option('--pairs <file>', 'comparisons as CSV lines a,b,value (how much more important a is than b, 1/9..9); - for standard input')
    .addOption(new Option('-f, --format <format>', 'table or json').default('table'))
    .option('-o, --output <file>', 'write the updated criteria here instead of over the criteria file')
    .option('--dry-run', 'show the weights, write nothing')
    .option('--delimiter <d>', 'CSV delimiter: comma, semicolon or tab (default: sniffed from the header)')
    .option('--no-interactive', 'never prompt (then --pairs is required)')
    .option('--no-color', 'no colour (also with NO_COLOR or when not a terminal)')
    .option('--debug', 'show stack traces for errors')
    .action(async (criteria, opts) => {
      const { runWeights } = await import('../commands/weights.js');
      setExit(await runWeights(criteria, opts, io));
    });

  const select = program
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
    .option('--stability [runs]', 'rerun with perturbed weights (default 1000 runs) and flag borderline accounts')
    .option('--perturb <p>', 'stability: multiply each weight by a uniform factor in [1-p, 1+p] (default 0.2)')
    .option('--score-noise <d>', 'stability: shift each value by up to ±d scale points (default 0)')
    .option('--seed <n>', 'stability: random seed, so the same command prints the same numbers (default 1)')
    .option('--explain', 'JSON: add per-factor contributions and the smallest change that crosses a boundary')
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
      setExit(await runSelect(customers, opts, io));
    });

  program
    .command('review')
    .description('Compare quarters (step 10): who entered or left the selection, quadrant changes, score deltas, gates for CI.')
    .argument('<snapshots...>', 'kam/result@1 JSON or kam/session@1 files, oldest first')
    .addOption(new Option('-f, --format <format>', 'table, json or markdown').default('table'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('--customers <file>', "this quarter's customers.csv, scored with the last snapshot's decisions and compared")
    .option('--session <file>', 'with --customers: take the decisions from this kam/session@1 file instead')
    .option('--save-result <file>', "with --customers: also write this quarter's kam/result@1 JSON (next quarter's previous)")
    .option('--delimiter <d>', 'with --customers: CSV delimiter comma, semicolon or tab (default: sniffed)')
    .addOption(
      new Option('--fail-on <gate>', 'exit 3 on demotion, drop:N or over-capacity (repeat, or separate with commas)')
        .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]),
    )
    .option('--account <id>', "draw this account's attractiveness and strength over three or more snapshots")
    .option('--no-color', 'no colour (also with NO_COLOR or when not a terminal)')
    .option('--debug', 'show stack traces for errors')
    .action(async (snapshots, opts) => {
      const { runReview } = await import('../commands/review.js');
      setExit(await runReview(snapshots, opts, io));
    });

  for (const o of select.options) if (EXPLAIN_FLAGS.includes(o.long ?? '')) explain.addOption(o);
  return program;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  let exitCode: number = EXIT.ok;
  try {
    const program = buildProgram(io, (code) => {
      exitCode = code;
    });
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
