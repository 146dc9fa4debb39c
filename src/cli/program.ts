/**
 * The command line as a table: every option once (its flag, its help, its default), every
 * command with its arguments and the options it takes; commander is wired from these tables.
 * An action plans the run (app/plan.ts: every flag validated) and hands the plan to its command,
 * which is loaded only then, so `kam --help` starts fast. Help texts for words of kam's
 * vocabularies come from the vocabularies and the format registries.
 */
import { Command, Help, Option } from '@commander-js/extra-typings';
import type { ExplainFlags, RatingsCollectFlags, RatingsTemplateFlags, ReviewFlags, SelectFlags, WeightsFlags } from '../app/flags.js';
import type { Io } from '../app/io.js';
import { planExplain, planRatingsCollect, planRatingsTemplate, planReview, planRun, planWeights } from '../app/plan.js';
import { kamVersion } from '../app/version.js';
import { UsageError } from '../core/errors.js';
import { GATE_HELP, GATE_WORDS } from '../core/gates.js';
import { terminalSafe } from '../render/escape.js';
import { SPLIT_RULE, SPLIT_SYNTAX } from '../core/split.js';
import { AGGREGATE, AXIS, ENCODING, MISSING_POLICY, orList, SORT_KEY, SPREADSHEET_LOCALE, STRENGTH_MODE, STRENGTH_SIDE, type Vocabulary } from '../core/vocabulary.js';
import { DELIMITER_WORDS } from '../app/flags.js';
import { wrap } from '../render/text-width.js';
import { SHELL, type CompletedOption, type CompletionModel, type Shell, type ValueKind } from './completion-model.js';
import { EXPLAIN_FORMAT } from '../render/explain-formats.js';
import { EXPLAINED_FORMATS, RESULT_FORMAT } from '../render/formats.js';
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
  /** What the shell completes as its value: words of a vocabulary, or a file or folder name. */
  complete?: readonly string[] | 'file' | 'folder';
}

const formatOption = (formats: Vocabulary<string>): OptionDef => ({ flags: '-f, --format <format>', help: formats.list, default: 'table', complete: formats.values });
/** The split rules a user types as a word (the fixed rule is written as two numbers, A,S). */
const SPLIT_WORDS = SPLIT_RULE.values.filter((r) => r !== 'fixed');

/** Every option of kam, once. */
const OPTIONS = {
  criteria: { flags: '-c, --criteria <file>', help: 'criteria.csv or .xlsx (default: criteria.csv beside the customers file)', complete: 'file' },
  output: { flags: '-o, --output <file>', help: 'write to this file (atomically) instead of standard output (- for standard output)', complete: 'file' },
  sheet: { flags: '--sheet <name>', help: 'a customers workbook: the sheet to read, by name or number (default: the first)' },
  excel: { flags: '--excel', help: 'CSV for a spreadsheet: UTF-8 BOM, the separators of --locale, keys kept as text' },
  locale: { flags: '--locale <locale>', help: `with --excel: ${SPREADSHEET_LOCALE.values.map((v) => `${v} (${SPREADSHEET_LOCALE.help[v]})`).join(', ')} (default: en)`, complete: SPREADSHEET_LOCALE.values },
  missing: { flags: '--missing <policy>', help: `missing values: ${MISSING_POLICY.list}`, default: 'error', complete: MISSING_POLICY.values },
  split: { flags: '--split <rule>', help: `boundaries: ${SPLIT_SYNTAX}`, default: 'midpoint', complete: SPLIT_WORDS },
  sort: { flags: '--sort <key>', help: `ranking: ${SORT_KEY.list}`, default: 'quadrant', complete: SORT_KEY.values },
  strength: { flags: '--strength <mode>', help: `relative strength: ${STRENGTH_MODE.list} (default: relative when competitor ratings exist)`, complete: STRENGTH_MODE.values },
  ratings: { flags: '--ratings <file>', help: 'ratings.csv or .xlsx (long format: team scores per rater, competitor ratings), or a folder of filled rating sheets', complete: 'file' },
  aggregate: { flags: '--aggregate <how>', help: `combining raters' scores: ${AGGREGATE.list}`, default: 'median', complete: AGGREGATE.values },
  capacity: { flags: '--capacity <n>', help: 'how many key accounts the business can serve' },
  segment: { flags: '--segment <names...>', help: 'only these segments (repeat, or separate with commas)' },
  stability: { flags: '--stability [runs]', help: 'rerun with perturbed weights (default 1000 runs) and flag borderline accounts' },
  perturb: { flags: '--perturb <p>', help: 'stability: multiply each weight by a uniform factor in [1-p, 1+p] (default 0.2)' },
  scoreNoise: { flags: '--score-noise <d>', help: 'stability: shift each value by up to ±d scale points (default 0)' },
  seed: { flags: '--seed <n>', help: 'stability: random seed, so the same command prints the same numbers (default 1)' },
  explain: { flags: '--explain', help: `with --format ${orList(EXPLAINED_FORMATS)}: add per-factor contributions and the smallest change that crosses a boundary` },
  bubble: { flags: '--bubble <column>', help: `svg, png, html: bubble area by ${BUBBLE.list} (default: revenue when the file has it)`, complete: BUBBLE.values },
  width: { flags: '--width <px>', help: `png: width in pixels, ${PNG_WIDTH.min} to ${PNG_WIDTH.max} (default ${DEFAULT_PNG_WIDTH})` },
  scale: { flags: '--scale <x>', help: `png: size as a multiple of the ${CANVAS.width} × ${CANVAS.height} SVG (instead of --width)` },
  delimiter: { flags: '--delimiter <d>', help: 'CSV delimiter: comma, semicolon or tab (default: sniffed from the header)', complete: DELIMITER_WORDS },
  encoding: { flags: '--encoding <name>', help: `CSV inputs without a byte-order mark: ${ENCODING.list} (default: utf-8; a BOM decides; kam's JSON files are always UTF-8)`, complete: ENCODING.values },
  strengthAxis: { flags: '--strength-axis <side>', help: `where high strength sits on the chart: ${STRENGTH_SIDE.list}`, default: 'left', complete: STRENGTH_SIDE.values },
  top: { flags: '--top <n>', help: 'table rows shown (the rest are counted)', default: '200' },
  session: { flags: '--session <file>', help: 'the workshop session to save, resume or replay (default: kam-session.json beside the customers file)', complete: 'file' },
  resume: { flags: '--resume', help: 'continue the saved workshop at the first unanswered step' },
  compare: { flags: '--compare <file>', help: 'an earlier session or JSON result: step 10 shows who moved since', complete: 'file' },
  overrideSession: { flags: '--override-session', help: "on a replay: apply --split, --segment, --criteria, --sort, --missing, --strength or --aggregate over the team's saved decision (with a warning; the result records it)" },
  quiet: { flags: '--quiet', help: 'print nothing on success: no warnings (errors and failed gates still print)' },
  interactive: { flags: '--no-interactive', help: 'print the ranked table and chart instead of opening the workshop (also implied without a terminal or with CI set)' },
  color: { flags: '--no-color', help: 'no colour (also with NO_COLOR or when not a terminal)' },
  debug: { flags: '--debug', help: 'show stack traces for errors' },
  // kam review
  customers: { flags: '--customers <file>', help: "this quarter's customers.csv, scored with the last snapshot's decisions and compared", complete: 'file' },
  decisionsSession: { flags: '--session <file>', help: 'with --customers: take the decisions from this kam/session@1 file instead', complete: 'file' },
  saveResult: { flags: '--save-result <file>', help: "with --customers: also write this quarter's kam/result@1 JSON (next quarter's previous; - for standard output)", complete: 'file' },
  reviewRatings: { flags: '--ratings <file>', help: "with --customers: this quarter's ratings.csv (default: the ratings file the last snapshot applied, found beside it)", complete: 'file' },
  previousCustomers: { flags: '--previous-customers <file>', help: "the previous quarter's customers.csv, to tell method changes from data changes (default: the file the previous snapshot recorded, if unchanged)", complete: 'file' },
  reviewTop: { flags: '--top <n>', help: 'table and Markdown: at most N accounts per list, the rest counted (default: all in the table; the Markdown sized to stay under 50,000 characters)' },
  reviewQuiet: { flags: '--quiet', help: 'print nothing on success (no report on standard output unless -o -, no warnings); failed gates still print' },
  reviewDelimiter: { flags: '--delimiter <d>', help: 'with --customers: CSV delimiter comma, semicolon or tab (default: sniffed)', complete: DELIMITER_WORDS },
  reviewEncoding: { flags: '--encoding <name>', help: `with --customers: its encoding, ${ENCODING.list} (default: utf-8; snapshots are always UTF-8)`, complete: ENCODING.values },
  failOn: { flags: '--fail-on <gate>', help: `exit 3 on ${GATE_HELP} (repeat, or separate with commas)`, repeat: true, complete: GATE_WORDS },
  account: { flags: '--account <id>', help: "draw this account's attractiveness and strength over three or more snapshots" },
  // kam weights
  axis: { flags: '--axis <axis>', help: AXIS.list, complete: AXIS.values },
  pairs: { flags: '--pairs <file>', help: 'comparisons as CSV lines a,b,value (how much more important a is than b, 1/9..9); - for standard input', complete: 'file' },
  weightsOutput: { flags: '-o, --output <file>', help: 'write the updated criteria here instead of over the criteria file (- for standard output; the report then goes to standard error)', complete: 'file' },
  dryRun: { flags: '--dry-run', help: 'show the weights, write nothing' },
  weightsInteractive: { flags: '--no-interactive', help: 'never prompt (then --pairs is required)' },
  // kam ratings template / collect
  raters: { flags: '--raters <names>', help: 'the raters, separated by commas: one workbook each' },
  competitors: { flags: '--competitors <names>', help: 'competitors the raters also score on the strength factors, separated by commas' },
  factors: { flags: '--factors <names>', help: 'the factors to rate, separated by commas (default: every factor with normalize none)' },
  templateOutput: { flags: '-o, --output <folder>', help: 'the folder for the workbooks (made if missing)', complete: 'folder' },
  force: { flags: '--force', help: 'replace workbooks that are already there' },
  collectOutput: { flags: '-o, --output <file>', help: 'write ratings.csv here (atomically) instead of standard output', complete: 'file' },
  collectCriteria: { flags: '-c, --criteria <file>', help: "check the scores against these criteria's scales (default: the scales the sheets were made with)", complete: 'file' },
  collectEncoding: { flags: '--encoding <name>', help: `the --criteria file's encoding: ${ENCODING.list} (default: utf-8)`, complete: ENCODING.values },
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
  ratings: {
    summary: 'team scoring sheets: template, then collect',
    description: 'Team scoring sheets: one workbook per rater, and the filled sheets back into ratings.csv.',
  },
} as const;

/**
 * An example of a command's --help: the command line exactly as a user types it in a clone or in
 * the installed package's folder (where examples/ is), what it does, and its exit code when that
 * is not 0. test/cli/help-examples.test.ts runs every one of them, in order, on the built binary.
 */
interface Example {
  run: string;
  note: string;
  exit?: number;
}

interface CommandDef {
  /** The command, or a group and its subcommand (`ratings template`). */
  name: string | [keyof typeof GROUPS, string];
  /** One line for `kam --help`'s list of commands. */
  summary: string;
  description: string;
  args: Array<{ name: string; help: string; complete: ValueKind }>;
  /** 2–4 examples, shown at the end of the command's --help. */
  examples: Example[];
  /** The --format values, for commands that write in several formats. */
  format?: Vocabulary<string>;
  options: OptionKey[];
  run(args: string[], opts: Record<string, unknown>, io: Io): Promise<number>;
}

/** The commands, in the order a user needs them. */
const COMMANDS: CommandDef[] = [
  {
    name: 'select',
    summary: 'score, rank and select key accounts (the workshop on a terminal)',
    description:
      'Score, rank and select key accounts from customers.csv and criteria.csv. On a terminal this opens the ten-step workshop; for the plain table add --no-interactive (output to a file or a pipe, --format json|csv|markdown, -o FILE and CI print without questions too).',
    args: [{ name: '<customers>', help: 'customers.csv or .xlsx (or - for standard input)', complete: 'file' }],
    examples: [
      { run: 'kam select examples/customers.csv --no-interactive --capacity 8', note: 'the ranked table and the KAISM chart: who fits in eight key-account places' },
      { run: 'kam select examples/customers.csv --format json -o result.json', note: 'the kam/result@1 document for a script or a CI job' },
      { run: 'kam select examples/customers.csv --format png -o matrix.png', note: 'the matrix as a picture for a slide' },
      { run: 'kam select examples/customers.csv --no-interactive --ratings examples/ratings.csv', note: "the team's scores and the competitor ratings instead of the file's own" },
    ],
    format: RESULT_FORMAT,
    options: [...RUN_OPTIONS, 'excel', 'locale', 'stability', 'perturb', 'scoreNoise', 'seed', 'explain', 'bubble', 'width', 'scale', 'delimiter', 'encoding', 'strengthAxis', 'top', 'session', 'resume', 'compare', 'overrideSession', 'quiet', 'interactive', 'color', 'debug'],
    async run([customers], opts, io) {
      const plan = planRun(customers, opts as unknown as SelectFlags, io);
      return (await import('../commands/select.js')).select(plan, io);
    },
  },
  {
    name: 'explain',
    summary: 'why one account sits where it does',
    description: "Explain one account: each factor's contribution, the margins, the smallest change that crosses a boundary.",
    args: [
      { name: '<account>', help: "the account's key (or its name)", complete: 'text' },
      { name: '<customers>', help: 'customers.csv or .xlsx (or - for standard input)', complete: 'file' },
    ],
    examples: [
      { run: 'kam explain C007 examples/customers.csv', note: "each factor's contribution and the smallest change that moves C007 to another quadrant" },
      { run: 'kam explain "Nordhavn Foods" examples/customers.csv --split median', note: 'an account by its name, against the median boundaries' },
      { run: 'kam explain C001 examples/customers.csv --format json', note: 'the same as a kam/explain@1 document' },
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
    summary: 'compare quarters (step 10), with gates for CI',
    description: 'Compare quarters (step 10): who entered or left the selection, quadrant changes, score deltas, gates for CI.',
    args: [{ name: '<snapshots...>', help: 'kam/result@1 JSON or kam/session@1 files, oldest first', complete: 'file' }],
    examples: [
      { run: 'kam review examples/ci/result-2026-q3.json --customers examples/ci/customers-2026-q4.csv', note: "this quarter's customers scored with last quarter's decisions: who entered, left or moved" },
      {
        run: 'kam review examples/ci/result-2026-q3.json --customers examples/ci/customers-2026-q4.csv --save-result q4.json --fail-on demotion',
        note: "in CI: also keep this quarter's result, and exit 3 when a key account was demoted",
        exit: 3,
      },
      { run: 'kam review examples/ci/result-2026-q3.json q4.json --format markdown -o review.md', note: 'two saved results compared, as a Markdown report' },
    ],
    format: REVIEW_FORMAT,
    options: ['output', 'customers', 'decisionsSession', 'reviewRatings', 'saveResult', 'previousCustomers', 'reviewDelimiter', 'reviewEncoding', 'failOn', 'account', 'reviewTop', 'reviewQuiet', 'color', 'debug'],
    async run(args, opts, io) {
      const plan = planReview(args.flat(), opts as unknown as ReviewFlags);
      return (await import('../commands/review.js')).review(plan, io);
    },
  },
  {
    name: 'weights',
    summary: 'weights of an axis by pairwise comparison (AHP)',
    description: "Weight one axis's factors by pairwise comparison (AHP, Saaty's 1-9 scale) and write them into the criteria.",
    args: [{ name: '<criteria>', help: 'criteria.csv (rewritten atomically unless --dry-run or -o)', complete: 'file' }],
    examples: [
      { run: 'kam weights examples/criteria.csv --axis strength --pairs examples/strength-pairs.csv --dry-run', note: 'the weights that the comparisons in the file give, and their consistency; nothing written' },
      { run: 'kam weights examples/criteria.csv --axis strength --pairs examples/strength-pairs.csv -o weighted-criteria.csv', note: 'the criteria with those weights, written to a new file' },
      { run: 'kam weights examples/criteria.csv --axis attractiveness', note: 'on a terminal: compare the factors pair by pair (without one, --pairs is needed: exit 2)', exit: 2 },
    ],
    format: WEIGHTS_FORMAT,
    options: ['axis', 'pairs', 'weightsOutput', 'dryRun', 'delimiter', 'encoding', 'weightsInteractive', 'color', 'debug'],
    async run([criteria], opts, io) {
      const plan = planWeights(criteria, opts as unknown as WeightsFlags, io);
      return (await import('../commands/weights.js')).weights(plan, io);
    },
  },
  {
    name: ['ratings', 'template'],
    summary: 'one scoring workbook per rater',
    description: 'Write one rating workbook per rater: an account per row, a column per rated factor (and per competitor), scales as data validation.',
    args: [{ name: '<customers>', help: 'customers.csv or .xlsx', complete: 'file' }],
    examples: [
      { run: 'kam ratings template examples/customers.csv --raters "Ana,Ben" -o sheets/', note: 'sheets/Ana.xlsx and sheets/Ben.xlsx, one row per account, to send to the raters' },
      { run: 'kam ratings template examples/customers.csv --raters "Ana,Ben" --competitors "Rival A" -o sheets/ --force', note: 'the raters also score a competitor on the strength factors (replacing the sheets)' },
    ],
    options: ['criteria', 'raters', 'competitors', 'factors', 'templateOutput', 'force', 'sheet', 'delimiter', 'encoding', 'debug'],
    async run([customers], opts, io) {
      const plan = planRatingsTemplate(customers, opts as unknown as RatingsTemplateFlags, io);
      return (await import('../commands/ratings.js')).ratingsTemplate(plan, io);
    },
  },
  {
    name: ['ratings', 'collect'],
    summary: 'the filled sheets back into ratings.csv',
    description: "Read filled rating sheets back into ratings.csv's long format; name every cell off its scale and who has not rated what.",
    args: [{ name: '<sheets...>', help: 'rating workbooks, or folders of them', complete: 'file' }],
    examples: [
      { run: 'kam ratings collect sheets/ -o ratings.csv', note: 'every filled sheet of the folder into ratings.csv, naming who has not rated what' },
      { run: 'kam ratings collect sheets/Ana.xlsx sheets/Ben.xlsx --criteria examples/criteria.csv', note: 'two sheets, checked against the scales of these criteria, to standard output' },
    ],
    options: ['collectOutput', 'collectCriteria', 'collectEncoding', 'debug'],
    async run(args, opts, io) {
      const plan = planRatingsCollect(args.flat(), opts as unknown as RatingsCollectFlags);
      return (await import('../commands/ratings.js')).ratingsCollect(plan, io);
    },
  },
  {
    name: 'completion',
    summary: 'a shell completion script (bash, zsh, fish)',
    description: `Print a completion script for your shell: commands, flags, the words a flag takes (formats, policies, split rules …) and file names. ${SHELL.values.map((s) => SHELL.help[s]).join('; ')}.`,
    args: [{ name: '<shell>', help: SHELL.list, complete: SHELL.values }],
    examples: [
      { run: 'eval "$(kam completion bash)"', note: 'completion in this bash session; add the line to ~/.bashrc to keep it' },
      { run: 'kam completion zsh > _kam', note: 'for zsh: put _kam in a folder of your $fpath before compinit runs' },
      { run: 'kam completion fish > kam.fish', note: 'for fish: save it as ~/.config/fish/completions/kam.fish' },
    ],
    options: ['debug'],
    async run([shell], _opts, io) {
      if (!(SHELL.values as readonly string[]).includes(shell)) throw new UsageError(`kam completion takes ${SHELL.list}, not "${shell}".`);
      const { completionScript } = await import('./completion.js');
      io.stdout.write(completionScript(shell as Shell, completionModel()));
      return 0;
    },
  },
];

/** The width help is wrapped to: the terminal's columns, 80 when standard output is not a terminal. */
export function helpWidth(io: Io): number {
  return io.stdout.isTTY && io.stdout.columns ? Math.max(40, io.stdout.columns) : 80;
}

/**
 * A command line wrapped at the spaces between its shell words (never inside quotes), each
 * broken line ending in ` \\` so that the lines, copied together, are still the one command.
 */
function commandLines(run: string, width: number): string[] {
  const words = run.match(/(?:"[^"]*"|'[^']*'|[^\s"'])+/g) ?? [];
  const lines: string[] = [];
  let line = '  $';
  for (const w of words) {
    if (line.trim() !== '$' && line.length + 1 + w.length + 2 > width) {
      lines.push(`${line} \\`);
      line = `    ${w}`;
    } else line += ` ${w}`;
  }
  lines.push(line);
  return lines;
}

/** A command's examples as the end of its --help: each command line, then its note indented, both wrapped at word boundaries. */
export function examplesHelp(examples: readonly Example[], width: number): string {
  const indent = '      ';
  const block = (first: string, text: string): string[] => wrap(text, width - indent.length, '', 'keep').map((l, i) => (i === 0 ? first : indent) + l);
  const lines = ['', 'Examples:'];
  for (const e of examples) lines.push(...commandLines(e.run, width), ...block(indent, `${e.note}${e.exit === undefined ? '' : ` (exit ${e.exit})`}`));
  return `${lines.join('\n')}\n`;
}

/** `kam --help`'s examples: the first of each command's. */
const PROGRAM_EXAMPLES = (): Example[] => COMMANDS.filter((c) => typeof c.name === 'string' && c.name !== 'completion').map((c) => c.examples[0]);

/** Every command's examples, in table order, with the command's name (for the tests that run them). */
export function commandExamples(): Array<{ command: string; examples: readonly Example[] }> {
  return COMMANDS.map((c) => ({ command: commandName(c), examples: c.examples }));
}

const commandName = (c: CommandDef): string => (typeof c.name === 'string' ? c.name : c.name.join(' '));

/** The flags of an option definition (`-f, --format <format>` → -f, --format). */
function completedOption(def: OptionDef): CompletedOption {
  const m = /^(?:(-[A-Za-z]), )?(--[a-z][a-z-]*)(?: ([<[])[^>\]]*[>\]])?$/.exec(def.flags);
  if (!m) throw new Error(`option flags not understood: ${def.flags}`);
  // An optional value (`--stability [runs]`) is not completed: the next word may as well be an argument.
  const value: ValueKind | null = m[3] === '<' ? (def.complete ?? 'text') : null;
  return { short: m[1] ?? null, long: m[2], help: def.help, value, repeat: def.repeat === true || def.flags.endsWith('...>') };
}

/** What the completion scripts complete, from the tables above (cli/completion.ts writes the scripts). */
export function completionModel(): CompletionModel {
  const help: CompletedOption = { short: '-h', long: '--help', help: 'display help for command', value: null, repeat: false };
  return {
    program: 'kam',
    groups: Object.entries(GROUPS).map(([name, g]) => ({ name, summary: g.summary })),
    programOptions: [{ short: '-V', long: '--version', help: 'output the version number', value: null, repeat: false }, help],
    commands: COMMANDS.map((def) => ({
      path: typeof def.name === 'string' ? [def.name] : [...def.name],
      summary: def.summary,
      options: [...(def.format ? [formatOption(def.format)] : []), ...def.options.map((k) => OPTIONS[k])].map(completedOption).concat(help),
      args: def.args.map((a) => a.complete),
      variadic: def.args.at(-1)?.name.endsWith('...>') ?? false,
    })),
  };
}

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
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
      // commander quotes what was typed (an unknown option may hold escape sequences): made safe for the terminal.
      outputError: (s, write) => write(`kam: ${terminalSafe(s.replace(/^error: /, '').trimEnd())}\n`),
    })
    // The list of commands shows each command's one-line summary after its name and arguments
    // (without "[options]"). Descriptions wrap at word boundaries; where fewer than 40 columns
    // are left beside the terms (a narrow terminal), each goes under its term instead.
    .configureHelp({
      minWidthToWrap: 20,
      subcommandTerm: (cmd) => [cmd.name(), ...cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}]`))].join(' '),
      // The usage line too, continued under itself.
      styleUsage(this: Help, usage: string): string {
        return wrap(usage, (this.helpWidth ?? 80) - 'Usage: '.length, '', 'keep').join(`\n${' '.repeat('Usage: '.length)}`);
      },
      formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
        const width = this.helpWidth ?? 80;
        if (!description || width - termWidth - 4 >= 40) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
        const under = helper.boxWrap(description, width - 6).split('\n');
        return [`  ${term}`, ...under.map((l) => `      ${l}`)].join('\n');
      },
    });
  program.addHelpText('after', () => examplesHelp(PROGRAM_EXAMPLES(), helpWidth(io)));
  const groups = new Map<string, Command>();
  const parentOf = (group: keyof typeof GROUPS): Command => {
    let g = groups.get(group);
    if (!g) {
      g = program.command(group).description(GROUPS[group].description).summary(GROUPS[group].summary) as unknown as Command;
      g.addHelpText('after', () => examplesHelp(COMMANDS.filter((c) => c.name[0] === group).map((c) => c.examples[0]), helpWidth(io)));
      groups.set(group, g);
    }
    return g;
  };
  for (const def of COMMANDS) {
    const cmd = typeof def.name === 'string' ? program.command(def.name) : parentOf(def.name[0]).command(def.name[1]);
    cmd.description(def.description).summary(def.summary);
    cmd.addHelpText('after', () => examplesHelp(def.examples, helpWidth(io)));
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
