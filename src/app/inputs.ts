/**
 * Every file kam reads goes through `readInputs`: customers, criteria, ratings, pairs, sessions,
 * snapshots, the comparison of step 10 and the rating sheets of `kam ratings collect`, for every
 * command and the workshop. Each file is read once (a large customers file in chunks, hashed as
 * it goes), decoded and checked by load/encoding.ts, and parsed by its loader; outputs that would
 * overwrite an input are refused before any data is read. The order is fixed: documents first
 * (they may decide the factors and the ratings file), then criteria, ratings and customers.
 *
 * Customers, criteria and ratings may be Excel workbooks, and ratings a folder of filled rating
 * sheets: the bytes decide (a zip), not the name. A workbook is handed to load/workbook.ts, which
 * is imported (with exceljs) only then: a run on CSV files never loads either.
 */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { Comparison } from '../core/ahp.js';
import type { Method } from '../core/engine.js';
import type { Encoding } from '../core/vocabulary.js';
import { InputError, UsageError } from '../core/errors.js';
import { note as noted, type Message } from '../core/messages.js';
import { message, t } from '../i18n/index.js';
import type { RatingSet } from '../core/rating-set.js';
import type { Aggregate, RatingsOutcome, SettledScore } from '../core/ratings.js';
import type { InputFile } from '../core/result.js';
import type { Snapshot } from '../core/review.js';
import type { Axis, Factor, Portfolio } from '../core/types.js';
import type { Delimiter } from '../load/csv-reader.js';
import { loadCustomerColumns, type CustomersOptions } from '../load/customers.js';
import { decodeText, hasByteOrderMark, readEncoding, startsLikeWorkbook, type ReadEncoding } from '../load/encoding.js';
import { limitsFromEnv, setLimits } from '../load/limits.js';
import type { CollectedRatings } from '../load/rating-sheets.js';
import { leftAccountsWarning, type ParsedRatings } from '../load/ratings.js';
import { byLine, checkRatingsTable, csvTable, loadCriteriaTable, readRatingsTable, type TableText } from '../load/table-text.js';
import type { KamDocument } from '../load/snapshot.js';
import type { SessionFile } from '../session/decode.js';
import { keepSessionLanguage } from './language.js';
import type { Session } from '../session/schema.js';
import { assertNotInput, fileExists, fileLimit, isFolder, openChunkedInput, readBytes, readInputBytes, readInputFile, readStdinBytes, readText, shownPath, workbookFiles } from './files.js';
import type { Io } from './io.js';
import { findRecorded, originAside, originNote, shownPath as shownFrom, type Origin } from './paths.js';
import { note } from './output.js';
import { createProgress, type Progress } from './progress.js';

/** The workbook loaders, imported on the first workbook a run reads (never by a CSV run). */
const workbooks = () => import('../load/workbook.js');

/** Which columns of customers.csv a run loads besides the key and name (see InputSpec.customers). */
export type CustomerColumns = 'result' | 'potential' | 'all' | 'accounts';

export interface InputSpec {
  /** `--delimiter` for every CSV input (sniffed from each header otherwise). */
  delimiter?: Delimiter;
  /**
   * `--encoding` of every CSV input (customers, criteria, ratings, pairs) without a byte-order
   * mark; UTF-8 without it. kam's JSON documents (sessions, results) are always UTF-8.
   */
  encoding?: Encoding;
  /** Files the run will write, each refused when it is one of the inputs (`flag` names it in the message). */
  outputs?: Array<{ path: string; flag: string }>;
  /**
   * A kam/session@1 file (absolute path; `shown` names it in messages). Without `required`, a
   * missing file reads as none; with `replay`, a session that lacks answers a replay needs is a
   * usage error before any data is read.
   */
  session?: { path: string; shown: string; required: boolean; replay?: boolean; origin?: Origin; check?: (s: SessionFile) => void };
  /** kam/result@1 or kam/session@1 snapshots, oldest first (kam review). */
  snapshots?: string[];
  /** With `factors: 'decisions'`: a kam/session@1 whose decisions score the data instead of the last snapshot's. */
  decisions?: string;
  /** An earlier result or session to compare with (the workshop's step 10). */
  compare?: string;
  /** criteria.csv (or a workbook); without `required`, a missing file reads as no criteria (the workshop); `origin` when the path is kam's default. */
  criteria?: { path: string; required: boolean; origin?: Origin };
  /**
   * Where the factors come from: criteria.csv, the session's agreed criteria, the snapshot's (or
   * --session's) decisions, `given` (a review rescoring the previous quarter's data with the
   * current decisions), or (kam ratings collect without --criteria) the rating sheets' own.
   */
  factors?: 'criteria' | 'session' | 'decisions' | 'given' | 'sheets';
  /** With `factors: 'given'`. */
  given?: { factors: Factor[]; method: Method };
  /**
   * ratings.csv: `path` from the command line, else (with `recorded`) the file the session, or the
   * document the decisions come from, recorded — found relative to that document. With
   * `recorded` the team's settled scores apply too, and `aggregate: 'recorded'` takes the
   * document's. `leftAccounts: 'warn'`: rows of accounts no longer in customers.csv are left out
   * with one warning (replays, reviews; `with-session`: a workshop once a saved session was read) instead of errors.
   * `recordedFile` names a ratings file recorded elsewhere (the previous quarter's, for a rescore).
   */
  ratings?: {
    path?: string;
    recorded?: 'session' | 'decisions';
    recordedFile?: { path: string; in: string; origin: Origin; settled?: SettledScore[] };
    aggregate: Aggregate | 'recorded';
    ignoreUnknownFactors?: boolean;
    leftAccounts?: 'warn' | 'with-session';
  };
  /**
   * customers.csv (or a workbook, `sheet` choosing its sheet): `result` loads what a result
   * shows; `potential` that and the potential column (pictures with --bubble potential); `all`
   * also channel, potential and every numeric column (the workshop); `accounts` only the keys,
   * names and segments (rating sheets are made for the factors it lacks). `hashed: false` skips
   * its sha256 (left '') when no output records it.
   */
  customers?: { path: string; columns: CustomerColumns; sheet?: string; hashed?: boolean };
  /** kam ratings collect: filled rating sheets, or folders of them, read back into ratings (checked against the factors). */
  sheets?: string[];
  /** kam weights: the axis whose factors are compared (at least two), and --pairs with the comparisons. */
  compared?: { axis: Axis; pairs?: string };
}

/** The ratings as read: the file, the parsed set (the workshop aggregates it again) and the outcome. */
export interface RatedInputs {
  file: InputFile;
  set: RatingSet;
  aggregate: Aggregate;
  /** customers.csv before the ratings replaced its values. */
  unrated: Portfolio;
  outcome: RatingsOutcome;
}

export interface ReadSnapshot {
  path: string;
  document: KamDocument;
  snapshot: Snapshot;
  sha256: string;
}

export interface Inputs {
  session: (SessionFile & { file: string }) | null;
  snapshots: ReadSnapshot[];
  /** The decisions that score the data (`factors: 'decisions'`) and the document they came from. */
  decisions: { method: Method; file: InputFile; document: KamDocument } | null;
  compare: { path: string; snapshot: Snapshot } | null;
  /**
   * The criteria file, null when there is none (or the factors came from elsewhere): its text
   * and delimiter as the criteria loader read them (for a workbook, its sheet's CSV twin).
   */
  /**
   * `bom`: the file started with a byte-order mark; `encoding`: what its bytes were read as
   * (kam weights writes the file back in the same encoding, with its BOM).
   */
  criteria: (InputFile & { text: string; delimiter: Delimiter | undefined; workbook: boolean; bom: boolean; encoding: ReadEncoding }) | null;
  factors: Factor[];
  ratings: RatedInputs | null;
  customers: InputFile;
  /** With our ratings (if any) in place of customers.csv's values. */
  portfolio: Portfolio;
  /** With `columns: 'all'`: numeric columns of customers.csv that are not criteria factors. */
  numericColumns: string[];
  pairs: Comparison[];
  /** kam ratings collect: the sheets' ratings (checked against the factors) and the files read. */
  collected: (CollectedRatings & { files: string[] }) | null;
  /** Progress on standard error for large inputs; the caller calls done() when finished. */
  progress: Progress;
  /** Warnings about the inputs (rating rows of accounts that left the export). */
  warnings: Message[];
}

const silent: Progress = { reading() {}, scoring() {}, writing() {}, done() {} };

/** Reads a file whose path kam did not get from the command line: its problems end with where the path came from. */
async function readNoted<T>(read: () => Promise<T> | T, note: string | undefined): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (note !== undefined && e instanceof InputError && e.note === undefined) throw new InputError(e.problems, { total: e.total, stopped: e.stopped, note });
    throw e;
  }
}

export async function readInputs(spec: InputSpec, io: Io): Promise<Inputs> {
  setLimits(limitsFromEnv(io.env));
  const inputs: Inputs = {
    session: null,
    snapshots: [],
    decisions: null,
    compare: null,
    criteria: null,
    factors: [],
    ratings: null,
    customers: { path: spec.customers?.path ?? '', sha256: '' },
    portfolio: null as unknown as Portfolio,
    numericColumns: [],
    pairs: [],
    collected: null,
    progress: silent,
    warnings: [],
  };
  const stdin = [spec.customers?.path, spec.criteria?.path, spec.ratings?.path, spec.compared?.pairs, ...(spec.snapshots ?? []), spec.decisions].filter((p) => p === '-');
  if (stdin.length > 1) throw new UsageError(t('app.plan.stdin.one'));
  refuseOutputsOver(spec, [spec.customers?.path, spec.criteria?.path, spec.ratings?.path, spec.compared?.pairs, ...(spec.snapshots ?? []), spec.decisions, ...(spec.sheets ?? [])], io, [spec.session?.path, spec.compare]);

  // Documents: they may name the factors, the method and the ratings file.
  if (spec.session) {
    const session = spec.session;
    inputs.session = await readNoted(() => readSessionFile(session, io), session.origin && originNote(session.shown, session.origin));
    // The team's language, recorded in the session, is the run's from here on (unless --lang).
    if (inputs.session) keepSessionLanguage(inputs.session.session.language);
    if (spec.session.replay && inputs.session) (await import('../session/replay.js')).assertReplayable(inputs.session.session, spec.session.path);
    if (spec.session.check && inputs.session) spec.session.check(inputs.session);
  }
  // What only some runs read is loaded only by them: a plain select needs none of it.
  const snapshots = spec.snapshots?.length || spec.compare !== undefined || spec.decisions !== undefined ? await import('../load/snapshot.js') : null;
  for (const path of spec.snapshots ?? []) {
    const { parseKamDocument, resultDocument, snapshotFromResult } = snapshots!;
    const loaded = await readText(path, io, 'json');
    const document = parseKamDocument(loaded.text, shownPath(path), 'kam review');
    inputs.snapshots.push({ path, document, snapshot: snapshotFromResult(resultDocument(document), shownPath(path), document.kind, shownPath(path)), sha256: loaded.sha256 });
  }
  if (spec.compare !== undefined) {
    const { parseKamDocument, resultDocument, snapshotFromResult } = snapshots!;
    const loaded = readInputFile(spec.compare, io.cwd, 'json');
    const document = parseKamDocument(loaded.text, spec.compare, '--compare');
    inputs.compare = { path: spec.compare, snapshot: snapshotFromResult(resultDocument(document), spec.compare, document.kind, spec.compare) };
  }

  // The factors.
  if (spec.factors === 'criteria' && spec.criteria) {
    const c = spec.criteria;
    if (c.required || c.path === '-' || fileExists(c.path, io.cwd)) {
      const { file, table, workbook, bom, encoding } = await readNoted(() => readTable(c.path, 'criteria', spec, io), c.origin && originNote(c.path, c.origin));
      inputs.criteria = { ...file, text: table.text, delimiter: table.delimiter, workbook, bom, encoding };
      inputs.factors = await readNoted(() => loadCriteriaTable(table), c.origin && originNote(c.path, c.origin));
    }
  } else if (spec.factors === 'session') {
    inputs.factors = inputs.session?.criteria ?? [];
  } else if (spec.factors === 'decisions') {
    const last = inputs.snapshots[inputs.snapshots.length - 1];
    let from = { document: last.document, sha256: last.sha256, path: last.path };
    if (spec.decisions !== undefined) {
      const loaded = await readText(spec.decisions, io, 'json');
      const document = snapshots!.parseKamDocument(loaded.text, shownPath(spec.decisions), 'kam review');
      if (document.kind !== 'session') throw new InputError({ file: shownPath(spec.decisions), message: t('app.inputs.session.kind') });
      from = { document, sha256: loaded.sha256, path: spec.decisions };
    }
    const { factors, method } = (await import('../load/saved.js')).decisionsOf(from.document);
    inputs.factors = factors;
    inputs.decisions = { method, file: { path: from.path, sha256: from.sha256 }, document: from.document };
  } else if (spec.factors === 'given' && spec.given) {
    inputs.factors = spec.given.factors;
  }

  // The ratings file: --ratings, or the one a document recorded (found relative to that document).
  const ratings = spec.ratings ? await ratingsSource(spec.ratings, inputs, io) : null;
  // A ratings file named by a document is an input too.
  if (ratings && ratings.path !== spec.ratings?.path) refuseOutputsOver(spec, [ratings.path], io);

  if (spec.compared) {
    const { axis, pairs } = spec.compared;
    const n = inputs.factors.filter((f) => f.axis === axis).length;
    if (n < 2) throw new InputError({ file: shownPath(spec.criteria?.path ?? ''), field: 'axis', message: t('app.inputs.compared.too-few', { axis, n }) });
    if (pairs !== undefined) inputs.pairs = (await import('../load/pairs.js')).loadPairs((await readText(pairs, io, spec.encoding ?? 'utf-8')).text, shownPath(pairs), spec.delimiter, inputs.factors, axis);
  }

  // The rating sheets of kam ratings collect: no customers to check the accounts against.
  if (spec.sheets) {
    const collected = await readRatingSheets(spec.sheets, spec, io, false);
    if (spec.factors === 'sheets') inputs.factors = collected.factors;
    const parsedSheets = readRatingsTable(collected.table, { factors: inputs.factors });
    if (parsedSheets.problems.size > 0) throw new InputError(byLine(parsedSheets.problems.items).map(collected.table.place));
    inputs.collected = collected;
  }

  // The ratings (checked against the customers below).
  let parsed: ParsedRatings | null = null;
  let ratingsRead: { file: InputFile; table: TableText } | null = null;
  if (spec.ratings && ratings) {
    const r = spec.ratings;
    if (spec.factors === 'criteria' && inputs.criteria === null) {
      throw new UsageError(t('app.inputs.ratings.no-criteria', { file: ratings.path, criteria: spec.criteria?.path ?? 'criteria.csv' }));
    }
    ratingsRead = await readNoted(() => readTable(ratings.path, 'ratings', spec, io), ratings.note);
    const table = ratingsRead.table;
    parsed = await readNoted(() => readRatingsTable(table, { factors: inputs.factors, ignoreUnknownFactors: r.ignoreUnknownFactors }), ratings.note);
  }

  if (spec.customers) {
    const { customers, portfolio, numericColumns, progress } = await readCustomers(spec.customers, spec.delimiter, spec.encoding ?? 'utf-8', inputs.factors, parsed?.ourFactors, io);
    inputs.customers = customers;
    inputs.portfolio = portfolio;
    inputs.numericColumns = numericColumns;
    inputs.progress = progress;
    if (parsed && ratingsRead && spec.ratings && ratings) {
      try {
        const r = spec.ratings;
        const p = parsed;
        const read = ratingsRead;
        const lenient = r.leftAccounts === 'warn' || (r.leftAccounts === 'with-session' && inputs.session !== null);
        const checked = await readNoted(() => checkRatingsTable(read.table, p, portfolio, lenient ? { leftAccounts: 'warn' } : {}), ratings.note);
        const set = checked.set;
        const aggregate = r.aggregate === 'recorded' ? ratings.aggregate : r.aggregate;
        const outcome = (await import('../core/ratings.js')).resolveRatings(portfolio, set, aggregate, ratings.settled);
        inputs.ratings = { file: read.file, set, aggregate, unrated: portfolio, outcome };
        inputs.portfolio = outcome.portfolio;
        const left = leftAccountsWarning(checked.left, shownPath(read.file.path), shownPath(customers.path), ratings.aside);
        if (left !== null) inputs.warnings.push(left);
      } catch (e) {
        progress.done();
        throw e;
      }
    }
  }
  return inputs;
}

/** The ratings file a run reads, where its path came from (a note for messages), its settled scores and aggregation. */
interface RatingsSource {
  /** As kam reads it: the flag's path, or the recorded file found again (relative to the working folder when inside it). */
  path: string;
  note: string | undefined;
  /** The note as an aside of the warning about rated accounts that left the export. */
  aside: Message | undefined;
  settled: SettledScore[];
  aggregate: Aggregate;
}

async function ratingsSource(r: NonNullable<InputSpec['ratings']>, inputs: Inputs, io: Io): Promise<RatingsSource | null> {
  const session = inputs.session;
  // Saved decisions' readers are loaded only by the runs that have saved decisions.
  const saved = inputs.decisions ? await import('../load/saved.js') : null;
  const recordedIn = ((): { path: string; in: string; shown: string; aggregate: Aggregate; settled: SettledScore[] } | null => {
    if (r.recordedFile) return { path: r.recordedFile.path, in: r.recordedFile.in, shown: shownFrom(r.recordedFile.in, io.cwd), aggregate: 'median', settled: r.recordedFile.settled ?? [] };
    if (r.recorded === 'session' && session) {
      const rec = session.session.inputs.ratings;
      const aggregate = session.method?.aggregate ?? 'median';
      return rec ? { path: rec.path, in: session.file, shown: shownFrom(session.file, io.cwd), aggregate, settled: settledScores(session.session) } : { path: '', in: session.file, shown: '', aggregate, settled: settledScores(session.session) };
    }
    if (r.recorded === 'decisions' && inputs.decisions && saved) {
      const d = inputs.decisions;
      const rec = saved.recordedRatings(d.document);
      const full = resolve(io.cwd, d.file.path);
      return { path: rec ?? '', in: full, shown: shownPath(d.file.path), aggregate: d.method.aggregate ?? 'median', settled: saved.savedSettled(d.document) };
    }
    return null;
  })();
  const aggregate = recordedIn?.aggregate ?? 'median';
  const settled = recordedIn?.settled ?? [];
  if (r.path !== undefined) return { path: r.path, note: undefined, aside: undefined, settled, aggregate };
  if (!recordedIn || recordedIn.path === '') return null;
  const origin: Origin = r.recordedFile?.origin ?? {
    what: message('app.origin.ratings.what'),
    from: message('app.origin.recorded', { file: recordedIn.shown }),
    override: message('app.origin.ratings.override'),
  };
  const found = findRecorded(recordedIn.path, recordedIn.in, io.cwd, origin);
  const path = shownFrom(found, io.cwd);
  return { path, note: originNote(path, origin), aside: originAside(path, origin), settled, aggregate };
}

/**
 * Refuses an output that is one of the inputs before anything is read. The session is the one
 * input a run may rewrite (the workshop saves it in place, and may compare with it as it was):
 * it is checked against the data files only.
 */
function refuseOutputsOver(spec: InputSpec, data: Array<string | undefined>, io: Io, documents: Array<string | undefined> = []): void {
  const defined = (paths: Array<string | undefined>): string[] => paths.filter((p): p is string => p !== undefined);
  for (const o of spec.outputs ?? []) {
    const against = o.path === spec.session?.path ? defined(data) : defined([...data, ...documents]);
    assertNotInput(o.path, against, io.cwd, o.flag);
  }
}

/** The session at `spec.path`, or null when there is none and none is required. */
async function readSessionFile(spec: NonNullable<InputSpec['session']>, io: Io): Promise<(SessionFile & { file: string }) | null> {
  let there: boolean;
  try {
    there = fileExists(spec.path, '/');
  } catch (e) {
    throw e instanceof InputError ? new InputError({ file: spec.shown, message: e.problems[0].message }) : e;
  }
  if (!there) {
    if (!spec.required) return null;
    throw new InputError({ file: spec.shown, message: t('app.inputs.session.missing') });
  }
  const file = readInputFile(spec.path, '/', 'json');
  return { ...(await import('../session/decode.js')).decodeSession(file.text, shownFrom(spec.path, io.cwd)), file: spec.path };
}

/** Every settled score of a session (steps 7 and 8). */
export function settledScores(session: Pick<Session, 'answers'> | undefined): SettledScore[] {
  if (!session) return [];
  const a = session.answers;
  return [...(a.attractiveness?.settled ?? []), ...(a.strength?.settled ?? [])].map(({ account, factor, competitor, score, reason }) => ({
    account,
    factor,
    competitor,
    score,
    reason,
  }));
}

/**
 * criteria or ratings: a CSV file, a workbook's sheet, or (ratings) a folder of rating sheets, as
 * the table the loaders read; says which sheet was read when a workbook had a choice.
 */
async function readTable(
  path: string,
  kind: 'criteria' | 'ratings',
  spec: InputSpec,
  io: Io,
): Promise<{ file: InputFile; table: TableText; workbook: boolean; bom: boolean; encoding: ReadEncoding }> {
  const name = shownPath(path);
  if (kind === 'ratings' && isFolder(path, io.cwd)) {
    const c = await readRatingSheets([path], spec, io, true);
    return { file: { path, sha256: c.sha256 }, table: c.table, workbook: true, bom: false, encoding: 'utf-8' };
  }
  const as = spec.encoding ?? 'utf-8';
  const read = await readBytes(path, io, as);
  const file = { path: read.path, sha256: read.sha256 };
  if (!startsLikeWorkbook(read.bytes)) {
    const table = csvTable(name, decodeText(read.bytes, name, as), spec.delimiter);
    return { file, table, workbook: false, bom: hasByteOrderMark(read.bytes), encoding: readEncoding(read.bytes, as) };
  }
  const table = await (await workbooks()).workbookTable(read.bytes, name, kind);
  note(io, [table.note]);
  return { file, table, workbook: true, bom: false, encoding: 'utf-8' };
}

/**
 * Filled rating sheets: workbooks, or folders of them (their .xlsx files in name order, lock
 * files left out), each read once. The hash covers every file by name and content.
 */
async function readRatingSheets(paths: readonly string[], spec: InputSpec, io: Io, say: boolean): Promise<CollectedRatings & { files: string[]; sha256: string }> {
  const files: string[] = [];
  for (const p of paths) {
    if (!isFolder(p, io.cwd)) {
      files.push(p);
      continue;
    }
    const found = workbookFiles(p, io.cwd);
    if (found.length === 0) throw new InputError({ file: p, message: t('app.inputs.sheets.none') });
    files.push(...found);
  }
  const unique = files.filter((f, i) => files.findIndex((g) => resolve(io.cwd, g) === resolve(io.cwd, f)) === i);
  // A rating sheet found in a folder is an input too: no output may replace it.
  refuseOutputsOver(spec, unique, io);
  const hash = createHash('sha256');
  const read = unique.map((f) => {
    const b = readInputBytes(f, io.cwd);
    hash.update(`${basename(f)}\0${b.sha256}\n`);
    return { name: f, bytes: b.bytes };
  });
  const name = paths.join(' ');
  const collected = await (await workbooks()).collectRatingSheets(read, name);
  const what = `read ${read.length} rating sheet${read.length === 1 ? '' : 's'} (${collected.raters.join(', ')})`;
  // --ratings FOLDER says what it read (kam ratings collect reports it in its summary).
  const sheetsNote = say ? `${name}: ${what}.` : null;
  note(io, [sheetsNote]);
  return { ...collected, table: { ...collected.table, note: sheetsNote }, files: unique, sha256: hash.digest('hex') };
}

/**
 * customers.csv (or standard input, or a workbook) for the given factors: a CSV file is read in
 * chunks, hashed as it goes, straight into the portfolio's columns; a workbook is read whole.
 * `optional` factors may lack a column (the ratings provide them).
 */
async function readCustomers(
  c: NonNullable<InputSpec['customers']>,
  delimiter: Delimiter | undefined,
  encoding: Encoding,
  factors: readonly Factor[],
  optional: ReadonlySet<string> | undefined,
  io: Io,
): Promise<{ customers: InputFile; portfolio: Portfolio; numericColumns: string[]; progress: Progress }> {
  const all = c.columns === 'all';
  // No result shows channel, nor potential but as a picture's bubbles (the workshop's market map shows both).
  const columns = {
    factors: c.columns === 'accounts' ? [] : factors.map((f) => f.factor),
    optional,
    skip: { channel: !all, potential: !all && c.columns !== 'potential' },
    otherNumeric: all,
  };
  const opts = { ...columns, delimiter, encoding };
  const fromWorkbook = async (bytes: Uint8Array, file: string, sha256: string) => {
    const read = await (await workbooks()).customersWorkbook(bytes, c.sheet, { ...columns, file } satisfies Omit<CustomersOptions, 'delimiter'>);
    note(io, [read.note]);
    return { customers: { path: c.path, sha256 }, portfolio: read.portfolio, numericColumns: read.numericColumns, progress: createProgress(io.stderr, read.portfolio.n) };
  };
  const noSheet = (file: string): never => {
    throw new UsageError(t('app.inputs.sheet.csv', { file }));
  };
  if (c.path === '-') {
    const bytes = await readStdinBytes(io.stdin, fileLimit(), encoding);
    const sha256 = c.hashed === false ? '' : createHash('sha256').update(bytes).digest('hex');
    if (startsLikeWorkbook(bytes)) return fromWorkbook(bytes, 'standard input', sha256);
    if (c.sheet !== undefined) noSheet('standard input');
    const { portfolio, numericColumns } = loadCustomerColumns(bytes, { ...opts, file: 'standard input' });
    const progress = createProgress(io.stderr, portfolio.n);
    return { customers: { path: '-', sha256 }, portfolio, numericColumns, progress };
  }
  let progress: Progress | null = null;
  const input = openChunkedInput(c.path, io.cwd, (bytes, size) => progress?.reading(bytes, size), c.hashed !== false);
  if (startsLikeWorkbook(input.head)) {
    const bytes = Buffer.concat([...input.chunks]);
    return fromWorkbook(bytes, input.path, input.sha256());
  }
  if (c.sheet !== undefined) {
    input.close();
    noSheet(input.path);
  }
  progress = createProgress(io.stderr, input.expectedLines);
  try {
    const { portfolio, numericColumns } = loadCustomerColumns(input.chunks, { ...opts, file: input.path }, input.expectedLines);
    return { customers: { path: input.path, sha256: input.sha256() }, portfolio, numericColumns, progress };
  } catch (e) {
    progress.done();
    throw e;
  } finally {
    // A reader that stops early (a bad byte, a bad header) leaves the generator suspended: close
    // the file here, or every refused file would keep a descriptor open in a long-lived process.
    input.close();
  }
}

/**
 * Warnings for a session run on ratings: the file changed since the session recorded it, and
 * settled scores whose (account, factor, competitor) nobody rates any more (not applied).
 */
export function ratingsWarningMessages(session: Pick<Session, 'inputs'> | null | undefined, ratings: RatedInputs | null): Message[] {
  if (!ratings) return [];
  const out: Message[] = [];
  const recorded = session?.inputs.ratings;
  const read = ratings.file;
  if (recorded && recorded.sha256 !== read.sha256) {
    out.push(noted('app.inputs.ratings.changed', { file: read.path }));
  }
  for (const s of ratings.outcome.unmatched) {
    out.push(noted(s.competitor === null ? 'app.inputs.settled.unmatched' : 'app.inputs.settled.unmatched.competitor', { account: s.account, factor: s.factor, competitor: s.competitor ?? '', file: read.path }));
  }
  return out;
}
