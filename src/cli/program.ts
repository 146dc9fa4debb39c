/**
 * The command line as a table: every option once (its flag, its help, its default), every
 * command with its arguments and the options it takes; commander is wired from these tables.
 * An action plans the run (app/plan.ts: every flag validated) and hands the plan to its command,
 * which is loaded only then, so `kam --help` starts fast. Help texts for words of kam's
 * vocabularies come from the vocabularies and the format registries.
 */
import { Command, Option } from '@commander-js/extra-typings';
import type { ExplainFlags, RatingsCollectFlags, RatingsTemplateFlags, ReviewFlags, SelectFlags, WeightsFlags } from '../app/flags.js';
import type { Io } from '../app/io.js';
import { planExplain, planRatingsCollect, planRatingsTemplate, planReview, planRun, planWeights } from '../app/plan.js';
import { kamVersion } from '../app/version.js';
import { GATE_HELP } from '../core/gates.js';
import { terminalSafe } from '../render/escape.js';
import { SPLIT_SYNTAX } from '../core/split.js';
import { AGGREGATE, AXIS, ENCODING, MISSING_POLICY, SORT_KEY, SPREADSHEET_LOCALE, STRENGTH_MODE, STRENGTH_SIDE, type Vocabulary } from '../core/vocabulary.js';
import { EXPLAIN_FORMAT } from '../render/explain-formats.js';
import { RESULT_FORMAT } from '../render/formats.js';
import { BUBBLE, DEFAULT_PNG_WIDTH, PNG_WIDTH } from '../render/picture/options.js';
import { CANVAS } from '../render/picture/theme.js';
import { REVIEW_FORMAT } from '../render/review/formats.js';
import { WEIGHTS_FORMAT } from '../render/weights-formats.js';

interface OptionDef {
  flags: string;
  help: string;
  default?: string;
  /** Repeatable: every value is kept, in order. */
  repeat?: boolean;
}

const formatOption = (formats: Vocabulary<string>): OptionDef => ({ flags: '-f, --format <format>', help: formats.list, default: 'table' });

/** Every option of kam, once. */
const OPTIONS = {
  criteria: { flags: '-c, --criteria <file>', help: 'criteria.csv or .xlsx (default: criteria.csv beside the customers file)' },
  output: { flags: '-o, --output <file>', help: 'write to this file (atomically) instead of standard output (- for standard output)' },
  sheet: { flags: '--sheet <name>', help: 'a customers workbook: the sheet to read, by name or number (default: the first)' },
  excel: { flags: '--excel', help: 'CSV for a spreadsheet: UTF-8 BOM, the separators of --locale, keys kept as text' },
  locale: { flags: '--locale <locale>', help: `with --excel: ${SPREADSHEET_LOCALE.values.map((v) => `${v} (${SPREADSHEET_LOCALE.help[v]})`).join(', ')} (default: en)` },
  missing: { flags: '--missing <policy>', help: `missing values: ${MISSING_POLICY.list}`, default: 'error' },
  split: { flags: '--split <rule>', help: `boundaries: ${SPLIT_SYNTAX}`, default: 'midpoint' },
  sort: { flags: '--sort <key>', help: `ranking: ${SORT_KEY.list}`, default: 'quadrant' },
  strength: { flags: '--strength <mode>', help: `relative strength: ${STRENGTH_MODE.list} (default: relative when competitor ratings exist)` },
  ratings: { flags: '--ratings <file>', help: 'ratings.csv or .xlsx (long format: team scores per rater, competitor ratings), or a folder of filled rating sheets' },
  aggregate: { flags: '--aggregate <how>', help: `combining raters' scores: ${AGGREGATE.list}`, default: 'median' },
  capacity: { flags: '--capacity <n>', help: 'how many key accounts the business can serve' },
  segment: { flags: '--segment <names...>', help: 'only these segments (repeat, or separate with commas)' },
  stability: { flags: '--stability [runs]', help: 'rerun with perturbed weights (default 1000 runs) and flag borderline accounts' },
  perturb: { flags: '--perturb <p>', help: 'stability: multiply each weight by a uniform factor in [1-p, 1+p] (default 0.2)' },
  scoreNoise: { flags: '--score-noise <d>', help: 'stability: shift each value by up to ±d scale points (default 0)' },
  seed: { flags: '--seed <n>', help: 'stability: random seed, so the same command prints the same numbers (default 1)' },
  explain: { flags: '--explain', help: 'JSON or HTML: add per-factor contributions and the smallest change that crosses a boundary' },
  bubble: { flags: '--bubble <column>', help: `svg, png, html: bubble area by ${BUBBLE.list} (default: revenue when the file has it)` },
  width: { flags: '--width <px>', help: `png: width in pixels, ${PNG_WIDTH.min} to ${PNG_WIDTH.max} (default ${DEFAULT_PNG_WIDTH})` },
  scale: { flags: '--scale <x>', help: `png: size as a multiple of the ${CANVAS.width} × ${CANVAS.height} SVG (instead of --width)` },
  delimiter: { flags: '--delimiter <d>', help: 'CSV delimiter: comma, semicolon or tab (default: sniffed from the header)' },
  encoding: { flags: '--encoding <name>', help: `CSV inputs without a byte-order mark: ${ENCODING.list} (default: utf-8; a BOM decides; kam's JSON files are always UTF-8)` },
  strengthAxis: { flags: '--strength-axis <side>', help: `where high strength sits on the chart: ${STRENGTH_SIDE.list}`, default: 'left' },
  top: { flags: '--top <n>', help: 'table rows shown (the rest are counted)', default: '200' },
  session: { flags: '--session <file>', help: 'the workshop session to save, resume or replay (default: kam-session.json beside the customers file)' },
  resume: { flags: '--resume', help: 'continue the saved workshop at the first unanswered step' },
  compare: { flags: '--compare <file>', help: 'an earlier session or JSON result: step 10 shows who moved since' },
  overrideSession: { flags: '--override-session', help: "on a replay: apply --split, --segment, --criteria, --sort, --missing, --strength or --aggregate over the team's saved decision (with a warning; the result records it)" },
  quiet: { flags: '--quiet', help: 'print nothing on success: no warnings (errors and failed gates still print)' },
  interactive: { flags: '--no-interactive', help: 'print the ranked table and chart instead of opening the workshop (also implied without a terminal or with CI set)' },
  color: { flags: '--no-color', help: 'no colour (also with NO_COLOR or when not a terminal)' },
  debug: { flags: '--debug', help: 'show stack traces for errors' },
  // kam review
  customers: { flags: '--customers <file>', help: "this quarter's customers.csv, scored with the last snapshot's decisions and compared" },
  decisionsSession: { flags: '--session <file>', help: 'with --customers: take the decisions from this kam/session@1 file instead' },
  saveResult: { flags: '--save-result <file>', help: "with --customers: also write this quarter's kam/result@1 JSON (next quarter's previous; - for standard output)" },
  reviewRatings: { flags: '--ratings <file>', help: "with --customers: this quarter's ratings.csv (default: the ratings file the last snapshot applied, found beside it)" },
  previousCustomers: { flags: '--previous-customers <file>', help: "the previous quarter's customers.csv, to tell method changes from data changes (default: the file the previous snapshot recorded, if unchanged)" },
  reviewTop: { flags: '--top <n>', help: 'table and Markdown: at most N accounts per list, the rest counted (default: all in the table; the Markdown sized to stay under 50,000 characters)' },
  reviewQuiet: { flags: '--quiet', help: 'print nothing on success (no report on standard output unless -o -, no warnings); failed gates still print' },
  reviewDelimiter: { flags: '--delimiter <d>', help: 'with --customers: CSV delimiter comma, semicolon or tab (default: sniffed)' },
  reviewEncoding: { flags: '--encoding <name>', help: `with --customers: its encoding, ${ENCODING.list} (default: utf-8; snapshots are always UTF-8)` },
  failOn: { flags: '--fail-on <gate>', help: `exit 3 on ${GATE_HELP} (repeat, or separate with commas)`, repeat: true },
  account: { flags: '--account <id>', help: "draw this account's attractiveness and strength over three or more snapshots" },
  // kam weights
  axis: { flags: '--axis <axis>', help: AXIS.list },
  pairs: { flags: '--pairs <file>', help: 'comparisons as CSV lines a,b,value (how much more important a is than b, 1/9..9); - for standard input' },
  weightsOutput: { flags: '-o, --output <file>', help: 'write the updated criteria here instead of over the criteria file (- for standard output; the report then goes to standard error)' },
  dryRun: { flags: '--dry-run', help: 'show the weights, write nothing' },
  weightsInteractive: { flags: '--no-interactive', help: 'never prompt (then --pairs is required)' },
  // kam ratings template / collect
  raters: { flags: '--raters <names>', help: 'the raters, separated by commas: one workbook each' },
  competitors: { flags: '--competitors <names>', help: 'competitors the raters also score on the strength factors, separated by commas' },
  factors: { flags: '--factors <names>', help: 'the factors to rate, separated by commas (default: every factor with normalize none)' },
  templateOutput: { flags: '-o, --output <folder>', help: 'the folder for the workbooks (made if missing)' },
  force: { flags: '--force', help: 'replace workbooks that are already there' },
  collectOutput: { flags: '-o, --output <file>', help: 'write ratings.csv here (atomically) instead of standard output' },
  collectCriteria: { flags: '-c, --criteria <file>', help: "check the scores against these criteria's scales (default: the scales the sheets were made with)" },
  collectEncoding: { flags: '--encoding <name>', help: `the --criteria file's encoding: ${ENCODING.list} (default: utf-8)` },
} satisfies Record<string, OptionDef>;

type OptionKey = keyof typeof OPTIONS;

function option(def: OptionDef): Option {
  const o = new Option(def.flags, def.help);
  if (def.default !== undefined) o.default(def.default);
  if (def.repeat) o.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  return o;
}

/** The options of the scoring run, shared by select and explain so an explanation matches the selection it explains. */
const RUN_OPTIONS: OptionKey[] = ['criteria', 'sheet', 'output', 'missing', 'split', 'sort', 'strength', 'ratings', 'aggregate', 'capacity', 'segment'];

/** Commands that gather subcommands (`kam ratings template`), with their description. */
const GROUPS = {
  ratings: 'Team scoring sheets: one workbook per rater, and the filled sheets back into ratings.csv.',
} as const;

interface CommandDef {
  /** The command, or a group and its subcommand (`ratings template`). */
  name: string | [keyof typeof GROUPS, string];
  description: string;
  args: Array<{ name: string; help: string }>;
  /** The --format values, for commands that write in several formats. */
  format?: Vocabulary<string>;
  options: OptionKey[];
  run(args: string[], opts: Record<string, unknown>, io: Io): Promise<number>;
}

/** The commands, in the order a user needs them. */
const COMMANDS: CommandDef[] = [
  {
    name: 'select',
    description:
      'Score, rank and select key accounts from customers.csv and criteria.csv. On a terminal this opens the ten-step workshop; for the plain table add --no-interactive (output to a file or a pipe, --format json|csv|markdown, -o FILE and CI print without questions too).',
    args: [{ name: '<customers>', help: 'customers.csv or .xlsx (or - for standard input)' }],
    format: RESULT_FORMAT,
    options: [...RUN_OPTIONS, 'excel', 'locale', 'stability', 'perturb', 'scoreNoise', 'seed', 'explain', 'bubble', 'width', 'scale', 'delimiter', 'encoding', 'strengthAxis', 'top', 'session', 'resume', 'compare', 'overrideSession', 'quiet', 'interactive', 'color', 'debug'],
    async run([customers], opts, io) {
      const plan = planRun(customers, opts as unknown as SelectFlags, io);
      return (await import('../commands/select.js')).select(plan, io);
    },
  },
  {
    name: 'explain',
    description: "Explain one account: each factor's contribution, the margins, the smallest change that crosses a boundary.",
    args: [
      { name: '<account>', help: "the account's key (or its name)" },
      { name: '<customers>', help: 'customers.csv or .xlsx (or - for standard input)' },
    ],
    format: EXPLAIN_FORMAT,
    options: [...RUN_OPTIONS, 'delimiter', 'encoding', 'color', 'debug'],
    async run([account, customers], opts, io) {
      const plan = planExplain(account, customers, opts as unknown as ExplainFlags);
      return (await import('../commands/explain.js')).explain(plan, io);
    },
  },
  {
    name: 'review',
    description: 'Compare quarters (step 10): who entered or left the selection, quadrant changes, score deltas, gates for CI.',
    args: [{ name: '<snapshots...>', help: 'kam/result@1 JSON or kam/session@1 files, oldest first' }],
    format: REVIEW_FORMAT,
    options: ['output', 'customers', 'decisionsSession', 'reviewRatings', 'saveResult', 'previousCustomers', 'reviewDelimiter', 'reviewEncoding', 'failOn', 'account', 'reviewTop', 'reviewQuiet', 'color', 'debug'],
    async run(args, opts, io) {
      const plan = planReview(args.flat(), opts as unknown as ReviewFlags);
      return (await import('../commands/review.js')).review(plan, io);
    },
  },
  {
    name: 'weights',
    description: "Weight one axis's factors by pairwise comparison (AHP, Saaty's 1-9 scale) and write them into the criteria.",
    args: [{ name: '<criteria>', help: 'criteria.csv (rewritten atomically unless --dry-run or -o)' }],
    format: WEIGHTS_FORMAT,
    options: ['axis', 'pairs', 'weightsOutput', 'dryRun', 'delimiter', 'encoding', 'weightsInteractive', 'color', 'debug'],
    async run([criteria], opts, io) {
      const plan = planWeights(criteria, opts as unknown as WeightsFlags, io);
      return (await import('../commands/weights.js')).weights(plan, io);
    },
  },
  {
    name: ['ratings', 'template'],
    description: 'Write one rating workbook per rater: an account per row, a column per rated factor (and per competitor), scales as data validation.',
    args: [{ name: '<customers>', help: 'customers.csv or .xlsx' }],
    options: ['criteria', 'raters', 'competitors', 'factors', 'templateOutput', 'force', 'sheet', 'delimiter', 'encoding', 'debug'],
    async run([customers], opts, io) {
      const plan = planRatingsTemplate(customers, opts as unknown as RatingsTemplateFlags, io);
      return (await import('../commands/ratings.js')).ratingsTemplate(plan, io);
    },
  },
  {
    name: ['ratings', 'collect'],
    description: "Read filled rating sheets back into ratings.csv's long format; name every cell off its scale and who has not rated what.",
    args: [{ name: '<sheets...>', help: 'rating workbooks, or folders of them' }],
    options: ['collectOutput', 'collectCriteria', 'collectEncoding', 'debug'],
    async run(args, opts, io) {
      const plan = planRatingsCollect(args.flat(), opts as unknown as RatingsCollectFlags);
      return (await import('../commands/ratings.js')).ratingsCollect(plan, io);
    },
  },
];

/**
 * The command line as commander sees it. Actions report their exit code through `setExit`.
 * The build also renders its help into dist/cli/help.txt, which bin/kam.js prints for
 * `kam --help` without loading any of this.
 */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('kam')
    .description("Choose key accounts with Cheverton's method: weighted attractiveness and relative strength, the KAISM matrix.")
    .version(kamVersion(), '-V, --version')
    .exitOverride()
    .showHelpAfterError('kam: add --help for usage.')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // commander quotes what was typed (an unknown option may hold escape sequences): made safe for the terminal.
      outputError: (s, write) => write(`kam: ${terminalSafe(s.replace(/^error: /, '').trimEnd())}\n`),
    });
  const groups = new Map<string, Command>();
  const parentOf = (group: keyof typeof GROUPS): Command => {
    let g = groups.get(group);
    if (!g) {
      g = program.command(group).description(GROUPS[group]) as unknown as Command;
      groups.set(group, g);
    }
    return g;
  };
  for (const def of COMMANDS) {
    const cmd = typeof def.name === 'string' ? program.command(def.name) : parentOf(def.name[0]).command(def.name[1]);
    cmd.description(def.description);
    for (const a of def.args) cmd.argument(a.name, a.help);
    if (def.format) cmd.addOption(option(formatOption(def.format)));
    for (const key of def.options) cmd.addOption(option(OPTIONS[key]));
    cmd.action(async (...params: unknown[]) => {
      const args = params.slice(0, def.args.length) as string[];
      const opts = params[def.args.length] as Record<string, unknown>;
      // Which options the command line gave (as opposed to defaults): a replay treats those differently.
      const given = cmd.options.map((o) => o.attributeName()).filter((k) => cmd.getOptionValueSource(k) === 'cli');
      setExit(await def.run(args, { ...opts, given }, io));
    });
  }
  return program as unknown as Command;
}
