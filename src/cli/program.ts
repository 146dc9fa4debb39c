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
import { alternatives } from '../app/language.js';
import { kamVersion } from '../app/version.js';
import { UsageError } from '../core/errors.js';
import { language, t } from '../i18n/index.js';
import { plain } from '../i18n/numbers.js';
import { GATE_HELP, GATE_WORDS } from '../core/gates.js';
import { terminalSafe } from '../render/escape.js';
import { SPLIT_RULE, SPLIT_SYNTAX } from '../core/split.js';
import { AGGREGATE, AXIS, ENCODING, LANGUAGE, MISSING_POLICY, SORT_KEY, SPREADSHEET_LOCALE, STRENGTH_MODE, STRENGTH_SIDE, type Vocabulary } from '../core/vocabulary.js';
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

const formatOption = (formats: Vocabulary<string>): OptionDef => ({ flags: '-f, --format <format>', help: t('cli.option.format', { list: alternatives(formats.values) }), default: 'table', complete: formats.values });
/** The split rules a user types as a word (the fixed rule is written as two numbers, A,S). */
const SPLIT_WORDS = SPLIT_RULE.values.filter((r) => r !== 'fixed');

/** A shell's line of help (`kam completion`'s description), in the run's language. */
const shellHelp = (shell: Shell): string => t(`cli.completion.shell.${shell}`);

/**
 * Every option of kam, once. A function, not a constant: its help is in the run's language,
 * which main() chooses before it builds the program.
 */
const options = () =>
  ({
    lang: { flags: '--lang <lang>', help: t('cli.option.lang', { list: alternatives(LANGUAGE.values) }), complete: LANGUAGE.values },
    criteria: { flags: '-c, --criteria <file>', help: t('cli.option.criteria'), complete: 'file' },
    output: { flags: '-o, --output <file>', help: t('cli.option.output'), complete: 'file' },
    sheet: { flags: '--sheet <name>', help: t('cli.option.sheet') },
    excel: { flags: '--excel', help: t('cli.option.excel') },
    locale: { flags: '--locale <locale>', help: t('cli.option.locale'), complete: SPREADSHEET_LOCALE.values },
    missing: { flags: '--missing <policy>', help: t('cli.option.missing', { list: alternatives(MISSING_POLICY.values) }), default: 'error', complete: MISSING_POLICY.values },
    split: { flags: '--split <rule>', help: t('cli.option.split', { syntax: language() === 'en' ? SPLIT_SYNTAX : t('cli.option.split.syntax') }), default: 'midpoint', complete: SPLIT_WORDS },
    sort: { flags: '--sort <key>', help: t('cli.option.sort', { list: alternatives(SORT_KEY.values) }), default: 'quadrant', complete: SORT_KEY.values },
    strength: { flags: '--strength <mode>', help: t('cli.option.strength', { list: alternatives(STRENGTH_MODE.values) }), complete: STRENGTH_MODE.values },
    ratings: { flags: '--ratings <file>', help: t('cli.option.ratings'), complete: 'file' },
    aggregate: { flags: '--aggregate <how>', help: t('cli.option.aggregate', { list: alternatives(AGGREGATE.values) }), default: 'median', complete: AGGREGATE.values },
    capacity: { flags: '--capacity <n>', help: t('cli.option.capacity') },
    segment: { flags: '--segment <names...>', help: t('cli.option.segment') },
    stability: { flags: '--stability [runs]', help: t('cli.option.stability') },
    perturb: { flags: '--perturb <p>', help: t('cli.option.perturb') },
    scoreNoise: { flags: '--score-noise <d>', help: t('cli.option.score-noise') },
    seed: { flags: '--seed <n>', help: t('cli.option.seed') },
    explain: { flags: '--explain', help: t('cli.option.explain', { formats: alternatives(EXPLAINED_FORMATS) }) },
    bubble: { flags: '--bubble <column>', help: t('cli.option.bubble', { list: alternatives(BUBBLE.values) }), complete: BUBBLE.values },
    width: { flags: '--width <px>', help: t('cli.option.width', { min: plain(PNG_WIDTH.min), max: plain(PNG_WIDTH.max), default: plain(DEFAULT_PNG_WIDTH) }) },
    scale: { flags: '--scale <x>', help: t('cli.option.scale', { width: plain(CANVAS.width), height: plain(CANVAS.height) }) },
    delimiter: { flags: '--delimiter <d>', help: t('cli.option.delimiter'), complete: DELIMITER_WORDS },
    encoding: { flags: '--encoding <name>', help: t('cli.option.encoding', { list: alternatives(ENCODING.values) }), complete: ENCODING.values },
    strengthAxis: { flags: '--strength-axis <side>', help: t('cli.option.strength-axis', { list: alternatives(STRENGTH_SIDE.values) }), default: 'left', complete: STRENGTH_SIDE.values },
    top: { flags: '--top <n>', help: t('cli.option.top'), default: '200' },
    session: { flags: '--session <file>', help: t('cli.option.session'), complete: 'file' },
    resume: { flags: '--resume', help: t('cli.option.resume') },
    compare: { flags: '--compare <file>', help: t('cli.option.compare'), complete: 'file' },
    overrideSession: { flags: '--override-session', help: t('cli.option.override-session') },
    quiet: { flags: '--quiet', help: t('cli.option.quiet') },
    interactive: { flags: '--no-interactive', help: t('cli.option.interactive') },
    color: { flags: '--no-color', help: t('cli.option.color') },
    debug: { flags: '--debug', help: t('cli.option.debug') },
    // kam review
    customers: { flags: '--customers <file>', help: t('cli.option.customers'), complete: 'file' },
    decisionsSession: { flags: '--session <file>', help: t('cli.option.decisions-session'), complete: 'file' },
    saveResult: { flags: '--save-result <file>', help: t('cli.option.save-result'), complete: 'file' },
    reviewRatings: { flags: '--ratings <file>', help: t('cli.option.review-ratings'), complete: 'file' },
    previousCustomers: { flags: '--previous-customers <file>', help: t('cli.option.previous-customers'), complete: 'file' },
    reviewTop: { flags: '--top <n>', help: t('cli.option.review-top') },
    reviewQuiet: { flags: '--quiet', help: t('cli.option.review-quiet') },
    reviewDelimiter: { flags: '--delimiter <d>', help: t('cli.option.review-delimiter'), complete: DELIMITER_WORDS },
    reviewEncoding: { flags: '--encoding <name>', help: t('cli.option.review-encoding', { list: alternatives(ENCODING.values) }), complete: ENCODING.values },
    failOn: { flags: '--fail-on <gate>', help: t('cli.option.fail-on', { gates: language() === 'en' ? GATE_HELP : t('cli.option.fail-on.gates') }), repeat: true, complete: GATE_WORDS },
    account: { flags: '--account <id>', help: t('cli.option.account') },
    // kam weights
    axis: { flags: '--axis <axis>', help: t('cli.option.axis', { list: alternatives(AXIS.values) }), complete: AXIS.values },
    pairs: { flags: '--pairs <file>', help: t('cli.option.pairs'), complete: 'file' },
    weightsOutput: { flags: '-o, --output <file>', help: t('cli.option.weights-output'), complete: 'file' },
    dryRun: { flags: '--dry-run', help: t('cli.option.dry-run') },
    weightsInteractive: { flags: '--no-interactive', help: t('cli.option.weights-interactive') },
    // kam ratings template / collect
    raters: { flags: '--raters <names>', help: t('cli.option.raters') },
    competitors: { flags: '--competitors <names>', help: t('cli.option.competitors') },
    factors: { flags: '--factors <names>', help: t('cli.option.factors') },
    templateOutput: { flags: '-o, --output <folder>', help: t('cli.option.template-output'), complete: 'folder' },
    force: { flags: '--force', help: t('cli.option.force') },
    collectOutput: { flags: '-o, --output <file>', help: t('cli.option.collect-output'), complete: 'file' },
    collectCriteria: { flags: '-c, --criteria <file>', help: t('cli.option.collect-criteria'), complete: 'file' },
    collectEncoding: { flags: '--encoding <name>', help: t('cli.option.collect-encoding', { list: alternatives(ENCODING.values) }), complete: ENCODING.values },
  }) satisfies Record<string, OptionDef>;

type OptionKey = keyof ReturnType<typeof options>;

function option(def: OptionDef): Option {
  const o = new Option(def.flags, def.help);
  if (def.default !== undefined) o.default(def.default);
  if (def.repeat) o.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  return o;
}

/** The options of the scoring run, shared by select and explain so an explanation matches the selection it explains. */
const RUN_OPTIONS: OptionKey[] = ['criteria', 'sheet', 'output', 'missing', 'split', 'sort', 'strength', 'ratings', 'aggregate', 'capacity', 'segment'];

/** Commands that gather subcommands (`kam ratings template`), with their description. */
const GROUP_NAMES = ['ratings'] as const;
type Group = (typeof GROUP_NAMES)[number];
const groups = (): Record<Group, { summary: string; description: string }> => ({
  ratings: { summary: t('cli.group.ratings.summary'), description: t('cli.group.ratings.description') },
});

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
  name: string | [Group, string];
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

/** The commands, in the order a user needs them (a function: their texts are in the run's language). */
const commands = (): CommandDef[] => [
  {
    name: 'select',
    summary: t('cli.command.select.summary'),
    description: t('cli.command.select.description'),
    args: [{ name: '<customers>', help: t('cli.arg.customers'), complete: 'file' }],
    examples: [
      { run: 'kam select examples/customers.csv --no-interactive --capacity 8', note: t('cli.example.select.capacity') },
      { run: 'kam select examples/customers.csv --format json -o result.json', note: t('cli.example.select.json') },
      { run: 'kam select examples/customers.csv --format png -o matrix.png', note: t('cli.example.select.png') },
      { run: 'kam select examples/customers.csv --no-interactive --ratings examples/ratings.csv', note: t('cli.example.select.ratings') },
    ],
    format: RESULT_FORMAT,
    options: [...RUN_OPTIONS, 'excel', 'locale', 'stability', 'perturb', 'scoreNoise', 'seed', 'explain', 'bubble', 'width', 'scale', 'delimiter', 'encoding', 'strengthAxis', 'top', 'session', 'resume', 'compare', 'overrideSession', 'quiet', 'interactive', 'color', 'lang', 'debug'],
    async run([customers], opts, io) {
      const plan = planRun(customers, opts as unknown as SelectFlags, io);
      return (await import('../commands/select.js')).select(plan, io);
    },
  },
  {
    name: 'explain',
    summary: t('cli.command.explain.summary'),
    description: t('cli.command.explain.description'),
    args: [
      { name: '<account>', help: t('cli.arg.account'), complete: 'text' },
      { name: '<customers>', help: t('cli.arg.customers'), complete: 'file' },
    ],
    examples: [
      { run: 'kam explain C007 examples/customers.csv', note: t('cli.example.explain.table') },
      { run: 'kam explain "Nordhavn Foods" examples/customers.csv --split median', note: t('cli.example.explain.name') },
      { run: 'kam explain C001 examples/customers.csv --format json', note: t('cli.example.explain.json') },
    ],
    format: EXPLAIN_FORMAT,
    options: [...RUN_OPTIONS, 'delimiter', 'encoding', 'color', 'lang', 'debug'],
    async run([account, customers], opts, io) {
      const plan = planExplain(account, customers, opts as unknown as ExplainFlags);
      return (await import('../commands/explain.js')).explain(plan, io);
    },
  },
  {
    name: 'review',
    summary: t('cli.command.review.summary'),
    description: t('cli.command.review.description'),
    args: [{ name: '<snapshots...>', help: t('cli.arg.snapshots'), complete: 'file' }],
    examples: [
      { run: 'kam review examples/ci/result-2026-q3.json --customers examples/ci/customers-2026-q4.csv', note: t('cli.example.review.customers') },
      {
        run: 'kam review examples/ci/result-2026-q3.json --customers examples/ci/customers-2026-q4.csv --save-result q4.json --fail-on demotion',
        note: t('cli.example.review.ci'),
        exit: 3,
      },
      { run: 'kam review examples/ci/result-2026-q3.json q4.json --format markdown -o review.md', note: t('cli.example.review.markdown') },
    ],
    format: REVIEW_FORMAT,
    options: ['output', 'customers', 'decisionsSession', 'reviewRatings', 'saveResult', 'previousCustomers', 'reviewDelimiter', 'reviewEncoding', 'failOn', 'account', 'reviewTop', 'reviewQuiet', 'color', 'lang', 'debug'],
    async run(args, opts, io) {
      const plan = planReview(args.flat(), opts as unknown as ReviewFlags);
      return (await import('../commands/review.js')).review(plan, io);
    },
  },
  {
    name: 'weights',
    summary: t('cli.command.weights.summary'),
    description: t('cli.command.weights.description'),
    args: [{ name: '<criteria>', help: t('cli.arg.criteria'), complete: 'file' }],
    examples: [
      { run: 'kam weights examples/criteria.csv --axis strength --pairs examples/strength-pairs.csv --dry-run', note: t('cli.example.weights.dry-run') },
      { run: 'kam weights examples/criteria.csv --axis strength --pairs examples/strength-pairs.csv -o weighted-criteria.csv', note: t('cli.example.weights.output') },
      { run: 'kam weights examples/criteria.csv --axis attractiveness', note: t('cli.example.weights.terminal'), exit: 2 },
    ],
    format: WEIGHTS_FORMAT,
    options: ['axis', 'pairs', 'weightsOutput', 'dryRun', 'delimiter', 'encoding', 'weightsInteractive', 'color', 'lang', 'debug'],
    async run([criteria], opts, io) {
      const plan = planWeights(criteria, opts as unknown as WeightsFlags, io);
      return (await import('../commands/weights.js')).weights(plan, io);
    },
  },
  {
    name: ['ratings', 'template'],
    summary: t('cli.command.ratings-template.summary'),
    description: t('cli.command.ratings-template.description'),
    args: [{ name: '<customers>', help: t('cli.arg.template-customers'), complete: 'file' }],
    examples: [
      { run: 'kam ratings template examples/customers.csv --raters "Ana,Ben" -o sheets/', note: t('cli.example.ratings-template.raters') },
      { run: 'kam ratings template examples/customers.csv --raters "Ana,Ben" --competitors "Rival A" -o sheets/ --force', note: t('cli.example.ratings-template.competitors') },
    ],
    options: ['criteria', 'raters', 'competitors', 'factors', 'templateOutput', 'force', 'sheet', 'delimiter', 'encoding', 'lang', 'debug'],
    async run([customers], opts, io) {
      const plan = planRatingsTemplate(customers, opts as unknown as RatingsTemplateFlags, io);
      return (await import('../commands/ratings.js')).ratingsTemplate(plan, io);
    },
  },
  {
    name: ['ratings', 'collect'],
    summary: t('cli.command.ratings-collect.summary'),
    description: t('cli.command.ratings-collect.description'),
    args: [{ name: '<sheets...>', help: t('cli.arg.sheets'), complete: 'file' }],
    examples: [
      { run: 'kam ratings collect sheets/ -o ratings.csv', note: t('cli.example.ratings-collect.folder') },
      { run: 'kam ratings collect sheets/Ana.xlsx sheets/Ben.xlsx --criteria examples/criteria.csv', note: t('cli.example.ratings-collect.files') },
    ],
    options: ['collectOutput', 'collectCriteria', 'collectEncoding', 'lang', 'debug'],
    async run(args, opts, io) {
      const plan = planRatingsCollect(args.flat(), opts as unknown as RatingsCollectFlags);
      return (await import('../commands/ratings.js')).ratingsCollect(plan, io);
    },
  },
  {
    name: 'completion',
    summary: t('cli.command.completion.summary'),
    description: t('cli.command.completion.description', { shells: SHELL.values.map(shellHelp).join('; ') }),
    args: [{ name: '<shell>', help: alternatives(SHELL.values), complete: SHELL.values }],
    examples: [
      { run: 'eval "$(kam completion bash)"', note: t('cli.example.completion.bash') },
      { run: 'kam completion zsh > _kam', note: t('cli.example.completion.zsh') },
      { run: 'kam completion fish > kam.fish', note: t('cli.example.completion.fish') },
    ],
    options: ['lang', 'debug'],
    async run([shell], _opts, io) {
      if (!(SHELL.values as readonly string[]).includes(shell)) throw new UsageError(t('cli.completion.shell', { list: alternatives(SHELL.values), shell }));
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
  const lines = ['', t('cli.help.examples')];
  for (const e of examples) lines.push(...commandLines(e.run, width), ...block(indent, `${e.note}${e.exit === undefined ? '' : ` ${t('cli.help.exit', { code: e.exit })}`}`));
  return `${lines.join('\n')}\n`;
}

/** `kam --help`'s examples: the first of each command's. */
const programExamples = (table: readonly CommandDef[]): Example[] => table.filter((c) => typeof c.name === 'string' && c.name !== 'completion').map((c) => c.examples[0]);

/** Every command's examples, in table order, with the command's name (for the tests that run them). */
export function commandExamples(): Array<{ command: string; examples: readonly Example[] }> {
  return commands().map((c) => ({ command: commandName(c), examples: c.examples }));
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
  const help: CompletedOption = { short: '-h', long: '--help', help: t('cli.help.help'), value: null, repeat: false };
  const table = options();
  return {
    program: 'kam',
    groups: Object.entries(groups()).map(([name, g]) => ({ name, summary: g.summary })),
    // --lang is completed after a command (the program takes it too, for `kam --lang id --help`).
    programOptions: [{ short: '-V', long: '--version', help: t('cli.help.version'), value: null, repeat: false }, help],
    commands: commands().map((def) => ({
      path: typeof def.name === 'string' ? [def.name] : [...def.name],
      summary: def.summary,
      options: [...(def.format ? [formatOption(def.format)] : []), ...def.options.map((k) => table[k])].map(completedOption).concat(help),
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
  const table = options();
  const commandTable = commands();
  const groupTable = groups();
  const usageTitle = t('cli.help.usage');
  const program = new Command('kam')
    .description(t('cli.program.description'))
    .version(kamVersion(), '-V, --version', t('cli.help.version'))
    .helpOption('-h, --help', t('cli.help.help'))
    .helpCommand(`help ${t('cli.help.usage.command')}`, t('cli.help.help'))
    .exitOverride()
    .showHelpAfterError(`kam: ${t('cli.help.after-error')}`)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
      // commander's message in the run's language; it quotes what was typed (an unknown option
      // may hold escape sequences): made safe for the terminal.
      outputError: (s, write) => write(`kam: ${terminalSafe(commanderSentence(s.replace(/^error: /, '').trimEnd()))}\n`),
    })
    // The list of commands shows each command's one-line summary after its name and arguments
    // (without "[options]"). Descriptions wrap at word boundaries; where fewer than 40 columns
    // are left beside the terms (a narrow terminal), each goes under its term instead.
    .configureHelp({
      minWidthToWrap: 20,
      subcommandTerm: (cmd) => [cmd.name(), ...cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}]`))].join(' '),
      // commander's headings (Usage:, Options: …) in the run's language.
      styleTitle: (title: string): string => helpTitle(title),
      // The usage line too, continued under itself.
      styleUsage(this: Help, usage: string): string {
        const said = usage.replace('[options]', t('cli.help.usage.options')).replace('[command]', t('cli.help.usage.command'));
        return wrap(said, (this.helpWidth ?? 80) - usageTitle.length - 1, '', 'keep').join(`\n${' '.repeat(usageTitle.length + 1)}`);
      },
      // commander's "(default: …)" after an option's help.
      optionDescription(this: Help, o: Option): string {
        const text = Help.prototype.optionDescription.call(this, o);
        const m = /^(.*)\(default: (.*)\)$/s.exec(text);
        return m && o.defaultValue !== undefined ? `${m[1]}${t('cli.help.default', { value: m[2] })}` : text;
      },
      formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
        const width = this.helpWidth ?? 80;
        if (!description || width - termWidth - 4 >= 40) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
        const under = helper.boxWrap(description, width - 6).split('\n');
        return [`  ${term}`, ...under.map((l) => `      ${l}`)].join('\n');
      },
    });
  program.addOption(option(table.lang));
  program.addHelpText('after', () => examplesHelp(programExamples(commandTable), helpWidth(io)));
  const groupCommands = new Map<string, Command>();
  const parentOf = (group: Group): Command => {
    let g = groupCommands.get(group);
    if (!g) {
      g = program.command(group).description(groupTable[group].description).summary(groupTable[group].summary) as unknown as Command;
      g.addHelpText('after', () => examplesHelp(commandTable.filter((c) => c.name[0] === group).map((c) => c.examples[0]), helpWidth(io)));
      groupCommands.set(group, g);
    }
    return g;
  };
  for (const def of commandTable) {
    const cmd = typeof def.name === 'string' ? program.command(def.name) : parentOf(def.name[0]).command(def.name[1]);
    cmd.description(def.description).summary(def.summary);
    cmd.addHelpText('after', () => examplesHelp(def.examples, helpWidth(io)));
    for (const a of def.args) cmd.argument(a.name, a.help);
    if (def.format) cmd.addOption(option(formatOption(def.format)));
    for (const key of def.options) cmd.addOption(option(table[key]));
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

/** commander's headings, in the run's language. */
function helpTitle(title: string): string {
  switch (title) {
    case 'Usage:':
      return t('cli.help.usage');
    case 'Arguments:':
      return t('cli.help.arguments');
    case 'Options:':
      return t('cli.help.options');
    case 'Commands:':
      return t('cli.help.commands');
    case 'Global Options:':
      return t('cli.help.global');
    default:
      return title;
  }
}

/**
 * One of commander's error messages (without its "error: ") said again from the catalogue, in
 * the run's language; a message kam does not know is kept as commander wrote it.
 */
export function commanderSentence(text: string): string {
  const [first, ...rest] = text.split('\n');
  const hint = rest.join('\n');
  const said = commanderLine(first);
  if (said === null) return text;
  const one = /^\(Did you mean one of (.*)\?\)$/s.exec(hint);
  const single = /^\(Did you mean (.*)\?\)$/s.exec(hint);
  const suggestion = one ? t('cli.error.did-you-mean-one-of', { names: one[1] }) : single ? t('cli.error.did-you-mean', { names: single[1] }) : hint;
  return suggestion === '' ? said : `${said}\n${suggestion}`;
}

function commanderLine(line: string): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^unknown option '(.*)'$/s.exec(line))) return t('cli.error.unknown-option', { flag: m[1] });
  if ((m = /^unknown command '(.*)'$/s.exec(line))) return t('cli.error.unknown-command', { name: m[1] });
  if ((m = /^missing required argument '(.*)'$/s.exec(line))) return t('cli.error.missing-argument', { name: m[1] });
  if ((m = /^option '(.*)' argument missing$/s.exec(line))) return t('cli.error.option-missing-argument', { flags: m[1] });
  if ((m = /^option '(.*)' argument '(.*)' is invalid\.$/s.exec(line))) return t('cli.error.invalid-argument', { flags: m[1], value: m[2] });
  if ((m = /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(line))) {
    const values = { expected: Number(m[2]), got: m[3] };
    return m[1] === undefined ? t('cli.error.excess-arguments', values) : t('cli.error.excess-arguments-for', { ...values, command: m[1] });
  }
  return null;
}
