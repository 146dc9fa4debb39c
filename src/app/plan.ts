/**
 * The plans: every flag of a command validated once, before any file is read, into what the run
 * needs — for `kam select` also its mode (print the result, open the workshop, or replay a saved
 * session). Nothing after the plan reads a raw flag.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_METHOD, type Method } from '../core/engine.js';
import { UsageError } from '../core/errors.js';
import { message, say, t, type Message } from '../i18n/index.js';
import { note } from '../core/messages.js';
import { plain } from '../i18n/numbers.js';
import { alternatives } from './language.js';
import { parseGates, type Gate } from '../core/gates.js';
import type { SessionRecord } from '../core/result.js';
import { formatSplit, type SplitSpec } from '../core/split.js';
import type { StabilityOptions } from '../core/stability.js';
import type { Axis } from '../core/types.js';
import { raterFileName } from '../core/rating-sheet.js';
import { AGGREGATE, AXIS, MISSING_POLICY, SORT_KEY, SPREADSHEET_LOCALE, STRENGTH_MODE, STRENGTH_SIDE, type Encoding, type SpreadsheetLocale } from '../core/vocabulary.js';
import type { Delimiter } from '../load/csv-reader.js';
import { EXPLAIN_FORMAT, type ExplainFormat } from '../render/explain-formats.js';
import { EXPLAINED_FORMATS, RESULT_FORMAT, resultFormat, type ResultFormat } from '../render/formats.js';
import { BUBBLE, DEFAULT_PNG_WIDTH, PNG_WIDTH, type PictureOptions } from '../render/picture/options.js';
import { CANVAS } from '../render/picture/theme.js';
import { REVIEW_FORMAT, type ReviewFormat } from '../render/review/formats.js';
import { WEIGHTS_FORMAT, type WeightsFormat } from '../render/weights-formats.js';
import { assertNotInput, isInputFile, outputPathProblem } from './files.js';
import {
  countFlag,
  decimalFlag,
  delimiterFlag,
  encodingFlag,
  formatFlag,
  namesFlag,
  segmentsFlag,
  sheetFlag,
  splitFlag,
  stabilityFlags,
  vocabularyFlag,
  type ExplainFlags,
  type RatingsCollectFlags,
  type RatingsTemplateFlags,
  type ReviewFlags,
  type SelectFlags,
  type WeightsFlags,
} from './flags.js';
import { isInteractive, type Io } from './io.js';
import type { OutputSpec } from './output.js';
import type { SessionFile } from '../session/decode.js';
import type { Origin } from './paths.js';
import { sessionPath } from './sessions.js';

/** Every format of every command, so a format asked of the wrong command is named as such. */
const EVERY_FORMAT = [...new Set([...RESULT_FORMAT.values, ...EXPLAIN_FORMAT.values, ...REVIEW_FORMAT.values, ...WEIGHTS_FORMAT.values])];

/** What a scoring run reads and how it scores: shared by select, explain and the workshop. */
export interface RunPlan {
  customers: string;
  /** --sheet: the customers workbook's sheet (a name or a number); the first without it. */
  sheet: string | undefined;
  criteria: string;
  /** Where the criteria path came from when it is kam's default (criteria.csv beside the customers file), for messages. */
  criteriaOrigin: Origin | undefined;
  /** ratings.csv, a ratings workbook, or a folder of filled rating sheets. */
  ratings: string | undefined;
  delimiter: Delimiter | undefined;
  /** --encoding of the CSV inputs without a byte-order mark (utf-8 without it). */
  encoding: Encoding;
  method: Method;
  output: OutputSpec;
}

export type SelectMode = 'print' | 'workshop' | 'replay';

export interface SelectPlan extends RunPlan {
  /** print: score and write the result; workshop: the ten steps on a terminal; replay: a saved session without questions. */
  mode: SelectMode;
  format: ResultFormat;
  strengthAxis: 'left' | 'right';
  top: number;
  /** --stability and its knobs; null without them. */
  stability: StabilityOptions | null;
  /** --explain: explanations per account in the JSON, the HTML brief or the workbook. */
  explain: boolean;
  /** --bubble, --width, --scale: the pictures' bubbles and the PNG's size. */
  picture: PictureOptions;
  /** --excel [--locale]: the CSV is for a spreadsheet of this locale; null for the machine CSV. */
  excel: SpreadsheetLocale | null;
  /** The session file (absolute), how messages name it (the flag as given, or the default's path), and --session itself. */
  session: { path: string; shown: string; flag: string | undefined; resume: boolean };
  /** --compare: an earlier session or result for step 10 (without a terminal: the result gains the movements). */
  compare: string | undefined;
  /** What the replay does with the flags given on top of a session (see `replayDecisions`). */
  replay: ReplayFlags;
  /** --quiet: no warnings on standard error. */
  quiet: boolean;
}

/** The flags given on top of a replayed session. */
export interface ReplayFlags {
  /** Flags that apply on top of the session, as given (recorded in the result's `method.session.flags`). */
  applied: Record<string, string | true>;
  /** Flags that would change a team decision, each with its parsed value. */
  decisions: ReplayDecision[];
  /** --override-session: apply them anyway, with a warning. */
  override: boolean;
}

/** A team decision a flag would change on a replay: which one, and the flag's value. */
export type ReplayDecision =
  | { flag: '--split'; given: string; value: SplitSpec }
  | { flag: '--segment'; given: string; value: string[] | null }
  | { flag: '--criteria'; given: string; value: string }
  | { flag: '--sort' | '--missing' | '--strength' | '--aggregate'; given: string; value: string };

/** The flags that shape a scoring run, for select and explain alike. */
function runPlan(customers: string, flags: ExplainFlags): RunPlan {
  const criteria = flags.criteria ?? (customers === '-' ? 'criteria.csv' : join(dirname(customers), 'criteria.csv'));
  const criteriaOrigin: Origin | undefined =
    flags.criteria === undefined
      ? { what: message('app.origin.criteria.what'), from: message(customers === '-' ? 'app.origin.criteria.from.cwd' : 'app.origin.criteria.from.beside'), override: message('app.origin.criteria.override') }
      : undefined;
  if (criteria === '-' && customers === '-') throw new UsageError(t('app.plan.stdin.customers-criteria'));
  if (flags.ratings === '-' && (customers === '-' || criteria === '-')) {
    throw new UsageError(t('app.plan.stdin.three'));
  }
  return {
    customers,
    sheet: sheetFlag(flags.sheet),
    criteria,
    criteriaOrigin,
    ratings: flags.ratings,
    delimiter: delimiterFlag(flags.delimiter),
    encoding: encodingFlag(flags.encoding),
    method: {
      ...DEFAULT_METHOD,
      missing: vocabularyFlag('--missing', MISSING_POLICY, flags.missing),
      split: splitFlag(flags.split),
      sort: vocabularyFlag('--sort', SORT_KEY, flags.sort),
      capacity: flags.capacity === undefined ? null : countFlag('--capacity', flags.capacity),
      strength: flags.strength === undefined ? undefined : vocabularyFlag('--strength', STRENGTH_MODE, flags.strength),
      segments: segmentsFlag(flags.segment),
      overrides: [],
      aggregate: vocabularyFlag('--aggregate', AGGREGATE, flags.aggregate ?? 'median'),
    },
    output: { path: outputPath(flags.output), color: flags.color },
  };
}

/** `-o -` is standard output. */
const outputPath = (o: string | undefined): string | undefined => (o === '-' ? undefined : o);

/** The defaults commander fills in, for callers of the planners that do not say which flags were given. */
const FLAG_DEFAULTS: Record<string, unknown> = { format: 'table', missing: 'error', split: 'midpoint', sort: 'quadrant', strengthAxis: 'left', top: '200', aggregate: 'median', interactive: true, color: true };

/** Whether an option was given on the command line (not a default). */
function isGiven(flags: { given?: readonly string[] } & object, key: string): boolean {
  if (flags.given) return flags.given.includes(key);
  const v = (flags as Record<string, unknown>)[key];
  return v !== undefined && v !== FLAG_DEFAULTS[key];
}

/** The flags a replay applies on top of a session, in the order of the table, as the user wrote them. */
const REPLAY_APPLIED: Array<[keyof SelectFlags, string]> = [
  ['capacity', '--capacity'],
  ['stability', '--stability'],
  ['perturb', '--perturb'],
  ['scoreNoise', '--score-noise'],
  ['seed', '--seed'],
  ['explain', '--explain'],
  ['format', '--format'],
  ['output', '-o'],
  ['top', '--top'],
  ['strengthAxis', '--strength-axis'],
  ['bubble', '--bubble'],
  ['width', '--width'],
  ['scale', '--scale'],
  ['excel', '--excel'],
  ['locale', '--locale'],
];

function replayFlags(flags: SelectFlags, run: RunPlan): ReplayFlags {
  const applied: Record<string, string | true> = {};
  for (const [key, flag] of REPLAY_APPLIED) {
    const v = flags[key];
    if (isGiven(flags, key) && v !== undefined && v !== false) applied[flag] = v === true ? true : String(v);
  }
  const decisions: ReplayDecision[] = [];
  const m = run.method;
  if (isGiven(flags, 'split')) decisions.push({ flag: '--split', given: flags.split, value: m.split });
  if (isGiven(flags, 'segment') && flags.segment) decisions.push({ flag: '--segment', given: flags.segment.join(','), value: m.segments });
  if (isGiven(flags, 'criteria') && flags.criteria !== undefined) decisions.push({ flag: '--criteria', given: flags.criteria, value: flags.criteria });
  if (isGiven(flags, 'sort')) decisions.push({ flag: '--sort', given: flags.sort, value: m.sort });
  if (isGiven(flags, 'missing')) decisions.push({ flag: '--missing', given: flags.missing, value: m.missing });
  if (isGiven(flags, 'strength') && m.strength !== undefined) decisions.push({ flag: '--strength', given: flags.strength ?? '', value: m.strength });
  if (isGiven(flags, 'aggregate') && m.aggregate !== undefined) decisions.push({ flag: '--aggregate', given: flags.aggregate ?? '', value: m.aggregate });
  return { applied, decisions, override: flags.overrideSession === true };
}

/** `kam select`: the run, its output, and its mode. */
export function planRun(customers: string, flags: SelectFlags, io: Io): SelectPlan {
  const run = runPlan(customers, flags);
  const format = formatFlag('kam select', RESULT_FORMAT, flags.format, EVERY_FORMAT);
  const explain = flags.explain === true;
  if (explain && !EXPLAINED_FORMATS.includes(format)) {
    throw new UsageError(t('app.plan.explain.format', { formats: alternatives(EXPLAINED_FORMATS) }));
  }
  const picture = pictureFlags(format, flags);
  // A workbook is a file (a zip built whole), never a stream: it needs -o, even with standard output redirected.
  if (format === 'xlsx' && run.output.path === undefined) throw new UsageError(t('app.plan.xlsx.output'));
  if (resultFormat(format).binary && run.output.path === undefined && io.stdout.isTTY) {
    throw new UsageError(t('app.plan.binary.output', { format }));
  }
  const excel = excelFlags(flags, format);
  const stability = stabilityFlags(flags);
  const file = sessionPath(customers, flags.session, io.cwd);
  const session = { path: file, shown: flags.session ?? (relative(io.cwd, file) || file), flag: flags.session, resume: flags.resume === true };
  // A file or a machine format asks for output, not questions: only the table run opens the workshop.
  const workshop = isInteractive(io, flags.interactive) && run.output.path === undefined && format === 'table' && stability === null;
  const mode: SelectMode = workshop ? 'workshop' : flags.session !== undefined || flags.resume ? 'replay' : 'print';
  if (mode === 'workshop' && customers === '-') throw new UsageError(t('app.plan.workshop.stdin'));
  if (flags.overrideSession && mode !== 'replay') throw new UsageError(t('app.plan.override-session.replay'));
  return {
    ...run,
    mode,
    format,
    strengthAxis: vocabularyFlag('--strength-axis', STRENGTH_SIDE, flags.strengthAxis),
    top: countFlag('--top', flags.top, 1),
    stability,
    explain,
    picture,
    excel,
    session,
    compare: flags.compare,
    replay: replayFlags(flags, run),
    quiet: flags.quiet === true,
  };
}

/** What a replay scores with: the session's decisions, with the flags given on top applied as `replayDecisions` decides. */
export interface ReplayMethod {
  method: Method;
  strengthAxis: 'left' | 'right';
  /** --criteria with --override-session: score with the criteria file instead of the session's criteria. */
  criteria: string | null;
  /** What the result's `method.session` records (its `file` as the session was named; the caller records it for the output). */
  record: SessionRecord;
  /** The overrides --override-session applied, in the run's language. */
  warnings: string[];
  /** The same as messages, for the result: English in its JSON, the reader's language on screen. */
  notes: Message[];
}

/** How a team decision reads in messages. */
function decisionText(d: ReplayDecision['flag'], m: Method): string {
  if (d === '--split') return formatSplit(m.split);
  if (d === '--segment') return m.segments === null ? 'all segments' : m.segments.join(', ');
  if (d === '--sort') return m.sort;
  if (d === '--missing') return m.missing;
  if (d === '--strength') return m.strength ?? 'absolute';
  if (d === '--aggregate') return m.aggregate ?? 'median';
  return '';
}

const sameSegments = (a: string[] | null, b: string[] | null): boolean =>
  (a === null || b === null ? a === b : a.map((x) => x.toLowerCase()).sort().join('\n') === b.map((x) => x.toLowerCase()).sort().join('\n'));

/** Where the workshop decided each of them, for the message: the `decision` of app.plan.replay.contradicts. */
const DECIDED_IN: Record<ReplayDecision['flag'], string> = {
  '--split': 'split',
  '--segment': 'segment',
  '--criteria': 'criteria',
  '--sort': 'sort',
  '--missing': 'missing',
  '--strength': 'strength',
  '--aggregate': 'aggregate',
};

/**
 * A replay's method: the session's decisions; flags that apply on top (capacity, stability,
 * explanations, orientation, output) applied and recorded; flags that contradict a team decision
 * (split, segments, criteria, sort, missing policy, strength mode, aggregation) a usage error
 * naming the session's value — unless --override-session, then applied with a warning and
 * recorded as overridden. A flag that repeats the session's own value changes nothing.
 */
export function replayDecisions(plan: SelectPlan, session: SessionFile, shown: string): ReplayMethod {
  const saved = session.method!;
  const method: Method = { ...saved };
  const overridden: SessionRecord['overridden'] = [];
  const contradictions: string[] = [];
  const warnings: Message[] = [];
  let criteria: string | null = null;
  for (const d of plan.replay.decisions) {
    const agreed = session.criteria?.length ?? 0;
    // The result records the session's value in English (the JSON is the same in every language).
    const before = d.flag === '--criteria' ? t('app.plan.replay.agreed-criteria', { n: agreed }, 'en') : decisionText(d.flag, saved);
    const shownBefore = d.flag === '--criteria' ? t('app.plan.replay.agreed-criteria', { n: agreed }) : before;
    let same: boolean;
    if (d.flag === '--split') same = formatSplit(d.value) === formatSplit(saved.split);
    else if (d.flag === '--segment') same = sameSegments(d.value, saved.segments);
    else if (d.flag === '--criteria') same = false;
    else same = d.value === decisionText(d.flag, saved);
    if (same) continue;
    if (!plan.replay.override) {
      contradictions.push(t('app.plan.replay.contradicts', { flag: d.flag, given: d.given, file: shown, decision: DECIDED_IN[d.flag], before: shownBefore }));
      continue;
    }
    if (d.flag === '--split') method.split = d.value;
    else if (d.flag === '--segment') method.segments = d.value;
    else if (d.flag === '--criteria') criteria = d.value;
    else if (d.flag === '--sort') method.sort = d.value as Method['sort'];
    else if (d.flag === '--missing') method.missing = d.value as Method['missing'];
    else if (d.flag === '--strength') method.strength = d.value as Method['strength'];
    else method.aggregate = d.value as Method['aggregate'];
    overridden.push({ flag: d.flag, session: before, value: d.given });
    warnings.push(
      d.flag === '--criteria'
        ? note('app.plan.replay.overrides.criteria', { flag: d.flag, value: d.given, file: shown, n: agreed })
        : note('app.plan.replay.overrides', { flag: d.flag, value: d.given, file: shown, session: before }),
    );
  }
  if (contradictions.length > 0) {
    throw new UsageError(contradictions[0], [
      ...contradictions.slice(1),
      t('app.plan.replay.how'),
    ]);
  }
  if (plan.replay.applied['--capacity'] !== undefined) method.capacity = plan.method.capacity;
  const axisGiven = plan.replay.applied['--strength-axis'] !== undefined;
  const strengthAxis = axisGiven ? plan.strengthAxis : (session.session.answers.kaism?.strengthAxis ?? plan.strengthAxis);
  return { method, strengthAxis, criteria, record: { file: shown, flags: { ...plan.replay.applied }, overridden }, warnings: warnings.map((w) => say(w)), notes: warnings };
}

/** The result formats that draw the matrix (and so take --bubble). */
const PICTURE_FORMATS = RESULT_FORMAT.values.filter((f) => resultFormat(f).picture);

/** `--bubble` for the pictures; `--width` or `--scale` for a PNG (a multiple of the SVG's 1280 px). */
function pictureFlags(format: ResultFormat, flags: Pick<SelectFlags, 'bubble' | 'width' | 'scale'>): PictureOptions {
  if (flags.bubble !== undefined && !resultFormat(format).picture) {
    throw new UsageError(t('app.plan.bubble.format', { formats: alternatives(PICTURE_FORMATS) }));
  }
  for (const [flag, v] of [['--width', flags.width], ['--scale', flags.scale]] as const) {
    if (v !== undefined && format !== 'png') throw new UsageError(t('app.plan.png.size', { flag }));
  }
  if (flags.width !== undefined && flags.scale !== undefined) throw new UsageError(t('app.plan.png.both'));
  let pngWidth = DEFAULT_PNG_WIDTH;
  if (flags.width !== undefined) {
    const v = flags.width.trim().replace(/px$/i, '');
    if (!/^\d+$/.test(v) || Number(v) < PNG_WIDTH.min || Number(v) > PNG_WIDTH.max) {
      throw new UsageError(t('app.plan.png.width', { value: flags.width, min: plain(PNG_WIDTH.min), max: plain(PNG_WIDTH.max) }));
    }
    pngWidth = Number(v);
  }
  if (flags.scale !== undefined) {
    pngWidth = Math.round(CANVAS.width * decimalFlag('--scale', flags.scale.trim().replace(/x$/i, ''), PNG_WIDTH.min / CANVAS.width, PNG_WIDTH.max / CANVAS.width));
  }
  return { bubble: flags.bubble === undefined ? null : vocabularyFlag('--bubble', BUBBLE, flags.bubble), pngWidth };
}

/** --excel shapes the CSV for a spreadsheet of --locale (default en); --locale means nothing without it. */
function excelFlags(flags: Pick<SelectFlags, 'excel' | 'locale'>, format: ResultFormat): SpreadsheetLocale | null {
  if (!flags.excel) {
    if (flags.locale !== undefined) throw new UsageError(t('app.plan.locale.excel'));
    return null;
  }
  if (format !== 'csv') throw new UsageError(t('app.plan.excel.format', { format }));
  return vocabularyFlag('--locale', SPREADSHEET_LOCALE, flags.locale ?? 'en');
}

export interface ExplainPlan extends RunPlan {
  account: string;
  format: ExplainFormat;
}

/** `kam explain <account> <customers>`. */
export function planExplain(account: string, customers: string, flags: ExplainFlags): ExplainPlan {
  return { ...runPlan(customers, flags), account, format: formatFlag('kam explain', EXPLAIN_FORMAT, flags.format, EVERY_FORMAT) };
}

export interface ReviewPlan {
  files: string[];
  format: ReviewFormat;
  output: OutputSpec;
  /** With --customers: this quarter's data, scored with the last snapshot's (or --session's) decisions. */
  customers: string | undefined;
  session: string | undefined;
  /** --ratings: this quarter's ratings (default: the ratings file the decisions' document applied). */
  ratings: string | undefined;
  /** --save-result FILE; `-` is standard output. */
  saveResult: string | undefined;
  /** --previous-customers: the previous quarter's data, rescored with the current method when the method changed. */
  previousCustomers: string | undefined;
  delimiter: Delimiter | undefined;
  encoding: Encoding;
  gates: Gate[];
  account: string | undefined;
  /** --top N: accounts per list in the table and the Markdown; null: all in the table, sized to fit in the Markdown. */
  top: number | null;
  /** --quiet: nothing on success (the report only to -o FILE or an explicit -o -). */
  quiet: boolean;
  /** The report goes to standard output (no -o, or -o -), and whether -o - asked for it. */
  stdout: { report: boolean; explicit: boolean };
}

/** `kam review <snapshots…>`. */
export function planReview(files: string[], flags: ReviewFlags): ReviewPlan {
  const format = formatFlag('kam review', REVIEW_FORMAT, flags.format, EVERY_FORMAT);
  if (flags.customers === undefined) {
    if (files.length < 2) throw new UsageError(t('app.plan.review.snapshots'));
    for (const [flag, value] of [['--session', flags.session], ['--save-result', flags.saveResult], ['--delimiter', flags.delimiter], ['--ratings', flags.ratings]] as const) {
      if (value !== undefined) throw new UsageError(t('app.plan.review.customers-only', { flag }));
    }
    if (flags.encoding !== undefined) {
      throw new UsageError(t('app.plan.review.encoding'));
    }
  }
  const stdin = [...files, flags.customers, flags.session, flags.ratings, flags.previousCustomers].filter((f) => f === '-').length;
  if (stdin > 1) throw new UsageError(t('app.plan.stdin.one'));
  if (flags.saveResult !== undefined && flags.saveResult === flags.output) throw new UsageError(t('app.plan.review.save-result.same'));
  const quiet = flags.quiet === true;
  const output = outputPath(flags.output);
  const stdout = { report: output === undefined && (!quiet || flags.output === '-'), explicit: flags.output === '-' };
  if (flags.saveResult === '-' && stdout.report) {
    throw new UsageError(t('app.plan.review.save-result.stdout'));
  }
  return {
    files,
    format,
    output: { path: output, color: flags.color },
    customers: flags.customers,
    session: flags.session,
    ratings: flags.ratings,
    saveResult: flags.saveResult,
    previousCustomers: flags.previousCustomers,
    delimiter: delimiterFlag(flags.delimiter),
    encoding: encodingFlag(flags.encoding),
    gates: parseGates(flags.failOn ?? []),
    account: flags.account,
    top: flags.top === undefined ? null : countFlag('--top', flags.top, 1),
    quiet,
    stdout,
  };
}

export interface WeightsPlan {
  criteria: string;
  axis: Axis;
  pairs: string | undefined;
  format: WeightsFormat;
  /** Where the updated criteria go: the criteria file, -o (`-`: standard output, the report then on standard error), or nowhere (--dry-run). */
  target: string | null;
  delimiter: Delimiter | undefined;
  /** --encoding of the criteria and --pairs files (the criteria are written back in the encoding they were read in). */
  encoding: Encoding;
  /** Ask the comparisons at the terminal (no --pairs). */
  ask: boolean;
  color: boolean;
}

/** `kam weights <criteria.csv> --axis A`. */
export function planWeights(criteria: string, flags: WeightsFlags, io: Io): WeightsPlan {
  if (flags.axis === undefined) throw new UsageError(t('app.plan.weights.axis'));
  const axis = vocabularyFlag('--axis', AXIS, flags.axis);
  const format = formatFlag('kam weights', WEIGHTS_FORMAT, flags.format, EVERY_FORMAT);
  if (criteria === '-') throw new UsageError(t('app.plan.weights.stdin'));
  if (flags.dryRun && flags.output !== undefined) throw new UsageError(t('app.plan.weights.dry-run'));
  if (flags.output !== undefined && flags.output !== '-' && flags.pairs !== undefined) assertNotInput(flags.output, [flags.pairs], io.cwd);
  const ask = flags.pairs === undefined;
  if (ask && !isInteractive(io, flags.interactive) && io.prompter === undefined) {
    throw new UsageError(t('app.plan.weights.pairs'));
  }
  return {
    criteria,
    axis,
    pairs: flags.pairs,
    format,
    target: flags.dryRun ? null : (flags.output ?? criteria),
    delimiter: delimiterFlag(flags.delimiter),
    encoding: encodingFlag(flags.encoding),
    ask,
    color: flags.color,
  };
}

export interface RatingsTemplatePlan {
  customers: string;
  sheet: string | undefined;
  criteria: string;
  delimiter: Delimiter | undefined;
  encoding: Encoding;
  /** One workbook per rater: the rater's name and the file (the folder joined with the name). */
  raters: Array<{ rater: string; file: string }>;
  competitors: string[];
  /** --factors: the factors to rate; empty for every factor with normalize none. */
  factors: string[];
  /** -o as given (the folder of the workbooks). */
  folder: string;
}

/** `kam ratings template <customers> --raters … -o FOLDER`. */
export function planRatingsTemplate(customers: string, flags: RatingsTemplateFlags, io: Io): RatingsTemplatePlan {
  const raters = namesFlag('--raters', flags.raters, true);
  const competitors = namesFlag('--competitors', flags.competitors, false);
  const factors = namesFlag('--factors', flags.factors, false);
  if (flags.output === undefined || flags.output === '-') throw new UsageError(t('app.plan.template.output'));
  if (customers === '-') throw new UsageError(t('app.plan.template.stdin'));
  const folder = flags.output;
  const full = resolve(io.cwd, folder);
  if (existsSync(full)) {
    if (!statSync(full).isDirectory()) throw new UsageError(t('app.plan.template.output-file', { folder }));
  } else {
    const problem = outputPathProblem(full, folder);
    if (problem !== null) throw new UsageError(`-o ${folder}: ${problem}.`);
  }
  // One file per rater: two names that make the same file name would overwrite each other.
  const byFile = new Map<string, string>();
  const files = raters.map((rater) => {
    const name = raterFileName(rater);
    const other = byFile.get(name.toLowerCase());
    if (other !== undefined) throw new UsageError(t('app.plan.template.raters.same-file', { other, rater, name }));
    byFile.set(name.toLowerCase(), rater);
    return { rater, file: join(folder, name) };
  });
  const criteria = flags.criteria ?? join(dirname(customers), 'criteria.csv');
  for (const f of files) {
    if (isInputFile(f.file, [customers, criteria], io.cwd)) throw new UsageError(t('app.plan.template.output-input', { folder, file: f.file }));
  }
  const taken = files.filter((f) => existsSync(resolve(io.cwd, f.file))).map((f) => relative(folder, f.file));
  if (taken.length > 0 && !flags.force) {
    throw new UsageError(t('app.plan.template.taken', { folder, files: taken.join(', ') }));
  }
  return {
    customers,
    sheet: sheetFlag(flags.sheet),
    criteria,
    delimiter: delimiterFlag(flags.delimiter),
    encoding: encodingFlag(flags.encoding),
    raters: files,
    competitors,
    factors,
    folder,
  };
}

export interface RatingsCollectPlan {
  /** Rating workbooks, or folders of them, as given. */
  sheets: string[];
  /** Where ratings.csv goes: -o, or standard output. */
  output: OutputSpec;
  /** --criteria: check the scores against these scales instead of the sheets' own. */
  criteria: string | undefined;
  /** --encoding of the --criteria file. */
  encoding: Encoding;
}

/** `kam ratings collect <sheets…> [-o ratings.csv]`. */
export function planRatingsCollect(sheets: string[], flags: RatingsCollectFlags): RatingsCollectPlan {
  if (sheets.includes('-')) throw new UsageError(t('app.plan.collect.stdin'));
  if (flags.criteria === '-') throw new UsageError(t('app.plan.collect.criteria-stdin'));
  if (flags.encoding !== undefined && flags.criteria === undefined) {
    throw new UsageError(t('app.plan.collect.encoding'));
  }
  return { sheets, output: { path: outputPath(flags.output), color: flags.color }, criteria: flags.criteria, encoding: encodingFlag(flags.encoding) };
}
