/**
 * kam as a library: `import { readProject, score, render } from 'kam'`. A small, semver-stable
 * facade over the pure core and the application layer (no terminal, no prompts, no process
 * exit): load customers, criteria and ratings from text, bytes or paths, score them with a
 * method (stability and explanations on request), take the ranked and selected accounts or the
 * kam/result@1 document, render it in any of the formats of `kam select --format`, and review
 * results as `kam review` does (the kam/review@1 document and its gates). Documented in docs/API.md; everything not exported here is
 * internal and may change in any release.
 */
import { createHash } from 'node:crypto';
import type { Inputs } from '../app/inputs.js';
import { readInputs } from '../app/inputs.js';
import type { Io } from '../app/io.js';
import { evaluateInputs } from '../app/run.js';
import { kamVersion } from '../app/version.js';
import { DEFAULT_METHOD, type Method } from '../core/engine.js';
import { InputError, UsageError } from '../core/errors.js';
import { Explainer, type AccountExplanation } from '../core/explain.js';
import { parseGates, type Gate } from '../core/gates.js';
import type { Rating } from '../core/rating-set.js';
import { ratingsReport, resolveRatings } from '../core/ratings.js';
import { buildResult, type AccountRecord, type InputFile, type KamResult, type ResultContext } from '../core/result.js';
import { buildReview, type ReviewDocument as ReviewMessages, type Snapshot } from '../core/review.js';
import { inJson, type InJson } from '../core/messages.js';
import { DEFAULT_STABILITY, stability as runStability, type StabilityOptions } from '../core/stability.js';
import { isSplitProblem, parseSplit, splitSyntax, type SplitSpec } from '../core/split.js';
import { language, t } from '../i18n/index.js';
import type { Factor, Portfolio } from '../core/types.js';
import { AGGREGATE, MISSING_POLICY, SORT_KEY, STRENGTH_MODE, type Vocabulary } from '../core/vocabulary.js';
import { loadCriteria } from '../load/criteria.js';
import { parseDelimiterName, type Delimiter } from '../load/csv-reader.js';
import { loadCustomers } from '../load/customers.js';
import { decodeText } from '../load/encoding.js';
import type { ParsedRatings } from '../load/ratings.js';
import { snapshotFromText } from '../load/snapshot.js';
import { checkRatingsTable, csvTable, readRatingsTable, type TableText } from '../load/table-text.js';
import { RESULT_FORMAT, RESULT_FORMATS, type ResultFormat } from '../render/formats.js';
import { BUBBLE, DEFAULT_PICTURE, type Bubble } from '../render/picture/options.js';
import type { ResultDocument } from '../render/result-document.js';
import { plainPalette } from '../render/style.js';

export type { AccountExplanation } from '../core/explain.js';
export type { AccountRecord, FactorRecord, InputFile, KamResult } from '../core/result.js';
export type { Rating } from '../core/rating-set.js';
export type { QuadrantChange, ReviewAccount, ReviewSnapshot } from '../core/review.js';
/** The kam/review@1 document and its parts as the JSON holds them (sentences in English). */
export type ReviewDocument = InJson<ReviewMessages>;
export type ReleaseEntry = ReviewDocument['release'][number];
export type Violation = ReviewDocument['gates']['violations'][number];
export type { AccountStability, StabilityOptions } from '../core/stability.js';
export type { Axis, Direction, Factor, MissingPolicy, Portfolio, Quadrant, SortKey, Split, SplitSpec, StrengthMode } from '../core/types.js';
export type { ResultFormat } from '../render/formats.js';
export { EXIT, GateError, InputError, KamError, UsageError } from '../core/errors.js';
export { QUADRANTS } from '../core/types.js';

/** The formats `render` writes: those of `kam select --format`, in the same order. */
export const FORMATS: readonly ResultFormat[] = RESULT_FORMAT.values;

/** A file's contents: text, or bytes (UTF-8 with or without a BOM, UTF-16 with a BOM; as kam reads files). */
export type Source = string | Uint8Array;

/** How a CSV file separates its fields; sniffed from its header line when not given. */
export type DelimiterName = 'comma' | 'semicolon' | 'tab';

export interface ParseOptions {
  /** The name problems are reported under (`customers.csv, line 7, field "fit": …`). */
  file?: string;
  delimiter?: DelimiterName;
}

const delimiterOf = (name: DelimiterName | undefined): Delimiter | undefined => {
  if (name === undefined) return undefined;
  const d = parseDelimiterName(name);
  if (d === null) throw new UsageError(t('app.api.delimiter', { name }));
  return d;
};

const textOf = (source: Source, file: string): string => (typeof source === 'string' ? source : decodeText(source, file));

/** criteria.csv (METHOD.md §2) from its text or bytes. Bad input throws an InputError naming the file, line and field. */
export function parseCriteria(source: Source, opts: ParseOptions = {}): Factor[] {
  const file = opts.file ?? 'criteria.csv';
  return loadCriteria(textOf(source, file), file, delimiterOf(opts.delimiter));
}

/** customers.csv (METHOD.md §2) from its text or bytes, with a column for each factor of the criteria. */
export function parseCustomers(source: Source, criteria: readonly Factor[], opts: ParseOptions = {}): Portfolio {
  const file = opts.file ?? 'customers.csv';
  return loadCustomers(source, { file, delimiter: delimiterOf(opts.delimiter), factors: criteria.map((f) => f.factor) });
}

/** Customers, criteria (and ratings) as one run reads them; `score` takes it. */
export interface Project {
  portfolio: Portfolio;
  criteria: Factor[];
  /** The files read, as the result's `inputs` records them (path and SHA-256). */
  inputs: Record<string, InputFile>;
}

/** What the application layer read for a project of `readProject` (ratings included): kept out of the public types. */
const READ = new WeakMap<Project, Inputs>();

export interface ProjectFiles {
  /** customers.csv or a workbook (.xlsx). */
  customers: string;
  /** criteria.csv or a workbook; default: criteria.csv beside the customers file. */
  criteria?: string;
  /** ratings.csv, a ratings workbook or a folder of filled rating sheets (team scores, competitor ratings). */
  ratings?: string;
  /** How several raters' scores are combined (default median). */
  aggregate?: 'median' | 'mean';
  /** A customers workbook's sheet, by name or number (1 = the first visible sheet). */
  sheet?: string;
  delimiter?: DelimiterName;
  /** Relative paths are resolved against this folder (default: process.cwd()). */
  cwd?: string;
}

const sha256 = (source: Source): string => createHash('sha256').update(source).digest('hex');

/** ratings.csv as the loaders read it (its factors checked against the criteria), and the table for the account check. */
function readRatingsSource(source: Source, criteria: readonly Factor[], opts: ParseOptions): { table: TableText; parsed: ParsedRatings } {
  const file = opts.file ?? 'ratings.csv';
  const table = csvTable(file, textOf(source, file), delimiterOf(opts.delimiter));
  return { table, parsed: readRatingsTable(table, { factors: criteria }) };
}

/**
 * ratings.csv (METHOD.md §2: `account,factor,score`, optionally `rater` and `competitor`) from its
 * text or bytes, checked as `kam select --ratings` checks it: factors against the criteria,
 * scores against their scales and, with `customers`, every account against the portfolio. The
 * validated rows in file order; every problem of the file together in one InputError.
 */
export function parseRatings(source: Source, criteria: readonly Factor[], customers?: Portfolio, opts: ParseOptions = {}): Rating[] {
  const { table, parsed } = readRatingsSource(source, criteria, opts);
  const set = customers === undefined ? null : checkRatingsTable(table, parsed, customers).set;
  if (set === null && parsed.problems.items.length > 0) throw new InputError([...parsed.problems.items].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  const rows = (set ?? parsed.set).groups().flatMap((g) => g.scores.map((score, i): Rating => ({ account: g.account, factor: g.factor, competitor: g.competitor, rater: g.raters[i], score, line: g.lines[i] })));
  return rows.sort((a, b) => a.line - b.line);
}

export interface ProjectOptions {
  /** The names problems and `result.inputs` use (default customers.csv, criteria.csv, ratings.csv). */
  customersFile?: string;
  criteriaFile?: string;
  ratingsFile?: string;
  /** ratings.csv's text or bytes: team scores (aggregated by `aggregate`) and competitor ratings, as `--ratings` gives them. */
  ratings?: Source;
  /** How several raters' scores are combined (default median). */
  aggregate?: 'median' | 'mean';
  delimiter?: DelimiterName;
}

/** A project from text or bytes already in memory (CSV), ratings included when given; `readProject` reads files and workbooks. */
export function project(customers: Source, criteria: Source, opts: ProjectOptions = {}): Project {
  const factors = parseCriteria(criteria, { file: opts.criteriaFile, delimiter: opts.delimiter });
  const rated = opts.ratings === undefined ? null : readRatingsSource(opts.ratings, factors, { file: opts.ratingsFile, delimiter: opts.delimiter });
  const customersFile = opts.customersFile ?? 'customers.csv';
  // Factors the ratings rate for us may be left out of customers.csv, as on the command line.
  const unrated = loadCustomers(customers, { file: customersFile, delimiter: delimiterOf(opts.delimiter), factors: factors.map((f) => f.factor), optional: rated?.parsed.ourFactors });
  const inputs: Record<string, InputFile> = {
    customers: { path: customersFile, sha256: sha256(customers) },
    criteria: { path: opts.criteriaFile ?? 'criteria.csv', sha256: sha256(criteria) },
  };
  let ratings: Inputs['ratings'] = null;
  if (rated) {
    const { set } = checkRatingsTable(rated.table, rated.parsed, unrated);
    const aggregate = oneOf('aggregate', AGGREGATE, opts.aggregate, 'median');
    const file = { path: rated.table.name, sha256: sha256(opts.ratings!) };
    ratings = { file, set, aggregate, unrated, outcome: resolveRatings(unrated, set, aggregate) };
    inputs.ratings = file;
  }
  const p: Project = { portfolio: ratings?.outcome.portfolio ?? unrated, criteria: factors, inputs };
  READ.set(p, inputsOf(p, ratings));
  return p;
}

/** The application layer's Inputs of a project whose files are already parsed (nothing more is read). */
function inputsOf(p: Project, ratings: Inputs['ratings']): Inputs {
  const none = () => {};
  return {
    session: null,
    snapshots: [],
    decisions: null,
    compare: null,
    criteria: null,
    factors: p.criteria,
    ratings,
    customers: p.inputs.customers ?? { path: p.portfolio.source, sha256: '' },
    portfolio: p.portfolio,
    numericColumns: [],
    pairs: [],
    collected: null,
    warnings: [],
    progress: { reading: none, scoring: none, writing: none, done: none },
  };
}

/** A quiet Io for the application layer: nothing is written, nothing is asked. */
function quietIo(cwd: string): Io {
  const none = { write: () => true, isTTY: false };
  return { stdout: none, stderr: none, stdin: { isTTY: false, async *[Symbol.asyncIterator]() {} }, env: {}, cwd };
}

/** Reads the files of a run as `kam select` does (CSV or workbooks, ratings included). Problems throw an InputError. */
export async function readProject(files: ProjectFiles): Promise<Project> {
  const cwd = files.cwd ?? process.cwd();
  const criteria = files.criteria ?? files.customers.replace(/[^/\\]*$/, 'criteria.csv');
  const read = await readInputs(
    {
      delimiter: delimiterOf(files.delimiter),
      criteria: { path: criteria, required: true },
      factors: 'criteria',
      ratings: files.ratings === undefined ? undefined : { path: files.ratings, aggregate: files.aggregate ?? 'median' },
      customers: { path: files.customers, columns: 'potential', sheet: files.sheet },
    },
    quietIo(cwd),
  );
  const inputs: Record<string, InputFile> = { customers: read.customers };
  if (read.criteria) inputs.criteria = { path: read.criteria.path, sha256: read.criteria.sha256 };
  if (read.ratings) inputs.ratings = read.ratings.file;
  const p: Project = { portfolio: read.portfolio, criteria: read.factors, inputs };
  READ.set(p, read);
  return p;
}

/** The method of a run (METHOD.md §3); every field is optional and defaults as `kam select` does. */
export interface MethodOptions {
  missing?: 'error' | 'renormalize' | 'midpoint';
  /** `midpoint`, `median`, `mean`, `"60,45"`, or a SplitSpec. */
  split?: string | SplitSpec;
  sort?: 'quadrant' | 'attractiveness' | 'strength';
  /** How many key accounts the business can serve; null for no limit. */
  capacity?: number | null;
  strength?: 'absolute' | 'relative';
  /** Only these segments (case-insensitive); null for all. */
  segments?: string[] | null;
}

export interface ScoreOptions extends MethodOptions {
  /** Rerun with perturbed weights and flag borderline accounts: true for the defaults (1000 runs, ±20 %), or the options. */
  stability?: boolean | Partial<StabilityOptions>;
  /** Per account each factor's contribution and the smallest change that crosses a boundary (`explain` on each record). */
  explain?: boolean;
  /** The result's `generatedAt` (ISO 8601; default now). */
  generatedAt?: string;
}

function oneOf<T extends string>(name: string, vocabulary: Vocabulary<T>, value: string | undefined, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(vocabulary.values as readonly string[]).includes(value)) throw new UsageError(t('app.api.not-one-of', { name, value, list: vocabulary.list }));
  return value as T;
}

/** The options as the engine's Method, checked as `kam select` checks its flags (a UsageError otherwise). */
export function method(opts: MethodOptions = {}): Method {
  let split = DEFAULT_METHOD.split;
  if (typeof opts.split === 'string') {
    const s = parseSplit(opts.split);
    if (isSplitProblem(s)) throw new UsageError(t('app.api.split', { split: opts.split, syntax: splitSyntax(language()) }));
    split = s;
  } else if (opts.split !== undefined) split = opts.split;
  const capacity = opts.capacity ?? null;
  if (capacity !== null && !(Number.isInteger(capacity) && capacity >= 0)) throw new UsageError(t('app.api.capacity', { capacity: String(capacity) }));
  return {
    ...DEFAULT_METHOD,
    missing: oneOf('missing', MISSING_POLICY, opts.missing, DEFAULT_METHOD.missing),
    split,
    sort: oneOf('sort', SORT_KEY, opts.sort, DEFAULT_METHOD.sort),
    capacity,
    strength: opts.strength === undefined ? undefined : oneOf('strength', STRENGTH_MODE, opts.strength, 'absolute'),
    segments: opts.segments ?? null,
    overrides: [],
  };
}

/** A scored project: the kam/result@1 document and what `render` needs. */
export interface Scored {
  /** The kam/result@1 document, exactly as `kam select --format json` writes it. */
  result: KamResult;
  /** Every account in scope in rank order (= result.accounts). */
  ranked: AccountRecord[];
  /** The selected accounts (key and key-development within capacity, the team's overrides applied), in rank order. */
  selected: AccountRecord[];
}

/** The evaluated run behind a Scored (what the writers draw), and its explainer (with the competitors' ratings when there are). */
const RUNS = new WeakMap<Scored, { document: ResultDocument; explainer: () => Explainer }>();

function runOf(scored: Scored): { document: ResultDocument; explainer: () => Explainer } {
  const run = RUNS.get(scored);
  if (!run) throw new UsageError(t('app.api.not-a-run'));
  return run;
}

function stabilityOptions(s: ScoreOptions['stability']): StabilityOptions | null {
  if (s === undefined || s === false) return null;
  return s === true ? DEFAULT_STABILITY : { ...DEFAULT_STABILITY, ...s };
}

/** Scores, ranks and selects the accounts of a project (the pure engine: no files are read or written). */
export function score(p: Project, opts: ScoreOptions = {}): Scored {
  const m = method(opts);
  const generatedAt = opts.generatedAt ?? new Date().toISOString();
  const stability = stabilityOptions(opts.stability);
  const explain = opts.explain ?? false;
  // A Project put together by hand (not by project() or readProject()) is scored as it stands, without ratings.
  const read = READ.get(p) ?? inputsOf(p, null);
  // What app/run.ts scoreRun does (the command line loads these parts lazily; here they are loaded
  // with the API, so score stays synchronous), keeping the raw values: a project may be scored again.
  const ev = evaluateInputs(read, { ...m, aggregate: read.ratings?.aggregate ?? 'median' });
  const ctx: ResultContext = { generatedAt, kamVersion: kamVersion(), inputs: p.inputs };
  const competitors = read.ratings?.outcome.competitorBest;
  if (read.ratings) ctx.ratings = ratingsReport(read.ratings.outcome, ev);
  if (stability) ctx.stability = runStability(read.portfolio, ev, stability, competitors);
  if (explain) ctx.explainer = new Explainer(read.portfolio, ev, competitors);
  const document: ResultDocument = { portfolio: read.portfolio, ev, ctx };
  const result = buildResult(document.portfolio, document.ev, document.ctx);
  let explainer = document.ctx.explainer;
  const scored: Scored = { result, ranked: result.accounts, selected: result.accounts.filter((a) => a.selected) };
  RUNS.set(scored, { document, explainer: () => (explainer ??= new Explainer(document.portfolio, document.ev, competitors)) });
  return scored;
}

/** One account's explanation (what `kam explain` shows), by its key; undefined when the account is not in scope. */
export function explain(scored: Scored, id: string): AccountExplanation | undefined {
  const rank = scored.ranked.findIndex((a) => a.id === id);
  const run = runOf(scored);
  return rank < 0 ? undefined : run.explainer().explain(run.document.ev.order[rank]);
}

export interface RenderOptions {
  /** Text width of the table (default 100, as for a file). */
  width?: number;
  /** Table rows shown (default 200). */
  top?: number;
  /** Where high strength sits on the chart (default left). */
  strengthAxis?: 'left' | 'right';
  /** Pictures: bubble area by revenue, potential or none (default: revenue when the portfolio has it). */
  bubble?: Bubble;
  /** PNG width in pixels (default 1920). */
  pngWidth?: number;
  /** CSV for a spreadsheet of this locale (`--excel --locale`). */
  excel?: 'en' | 'id' | 'de';
}

/**
 * The scored project in one of `FORMATS`, as `kam select --format F -o FILE` writes it (no
 * colour): text for table, json, csv, markdown, svg and html; bytes for png and xlsx.
 */
export async function render(scored: Scored, format: ResultFormat, opts: RenderOptions = {}): Promise<string | Uint8Array> {
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(t('app.api.not-one-of', { name: 'format', value: format, list: RESULT_FORMAT.list }));
  const entry = RESULT_FORMATS[format];
  const write = await entry.load();
  const chunks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const bubble = opts.bubble === undefined ? null : oneOf('bubble', BUBBLE, opts.bubble, 'none');
  await write(
    (c) => void chunks.push(typeof c === 'string' ? encoder.encode(c) : c.slice()),
    runOf(scored).document,
    {
      width: opts.width ?? 100,
      palette: plainPalette,
      top: opts.top ?? 200,
      strengthAxis: opts.strengthAxis ?? 'left',
      picture: { ...DEFAULT_PICTURE, bubble, pngWidth: opts.pngWidth ?? DEFAULT_PICTURE.pngWidth },
      excel: opts.excel ?? null,
    },
  );
  const bytes = Buffer.concat(chunks);
  return 'binary' in entry && entry.binary ? new Uint8Array(bytes) : bytes.toString('utf8');
}

/** A kam/result@1 or kam/session@1 document for `review`: its text or bytes, the parsed JSON, or what `score` returned. */
export type ReviewInput = Source | Scored | KamResult | Record<string, unknown>;

export interface ReviewOptions {
  /** The gates of `--fail-on`: `demotion`, `over-capacity`, `drop:N` (an array, or separated by commas). */
  failOn?: string | readonly string[];
  /** Each snapshot's label in the review (where `kam review` shows the file's path); default `snapshot 1`, `snapshot 2`, … */
  labels?: readonly string[];
  /** The review's `generatedAt` (ISO 8601; default now). */
  generatedAt?: string;
}

/** A review: the kam/review@1 document and its gates' outcome (`passed` false is `kam review --fail-on`'s exit 3). */
export interface Review {
  /** The kam/review@1 document, exactly as `kam review --format json` writes it. */
  document: ReviewDocument;
  passed: boolean;
  violations: Violation[];
}

function reviewText(input: ReviewInput, label: string): string {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return decodeText(input, label);
  const scored = RUNS.has(input as Scored) ? (input as Scored).result : input;
  return JSON.stringify(scored);
}

function gatesOf(opts: ReviewOptions, count: number): Gate[] {
  if (count < 2) throw new UsageError(t('app.api.review.snapshots', { count }));
  return parseGates(opts.failOn === undefined ? [] : typeof opts.failOn === 'string' ? [opts.failOn] : opts.failOn);
}

function reviewOf(snapshots: readonly Snapshot[], gates: readonly Gate[], opts: ReviewOptions): Review {
  const document = inJson(buildReview(snapshots, gates, { generatedAt: opts.generatedAt ?? new Date().toISOString(), kamVersion: kamVersion() }));
  return { document, passed: document.gates.passed, violations: document.gates.violations };
}

/**
 * Compares two or more kam/result@1 (or kam/session@1) documents, oldest first, as `kam review`
 * does: who entered or left the selection, quadrant changes, score deltas, the gates. A gate that
 * fails is reported in the outcome (nothing is thrown); bad documents throw an InputError.
 */
export function review(snapshots: readonly ReviewInput[], opts: ReviewOptions = {}): Review {
  const gates = gatesOf(opts, snapshots.length);
  const labels = snapshots.map((_, i) => opts.labels?.[i] ?? `snapshot ${i + 1}`);
  return reviewOf(snapshots.map((s, i) => snapshotFromText(reviewText(s, labels[i]), labels[i]).snapshot), gates, opts);
}

/** `review` of result or session files, read as `kam review FILE…` reads them (labelled with their paths; relative ones against `cwd`). */
export async function readReview(paths: readonly string[], opts: Omit<ReviewOptions, 'labels'> & { cwd?: string } = {}): Promise<Review> {
  const gates = gatesOf(opts, paths.length);
  const read = await readInputs({ snapshots: [...paths] }, quietIo(opts.cwd ?? process.cwd()));
  return reviewOf(read.snapshots.map((s) => s.snapshot), gates, opts);
}
