/**
 * Every file kam reads goes through `readInputs`: customers, criteria, ratings, pairs, sessions,
 * snapshots and the comparison of step 10, for every command and the workshop. Each file is read
 * once (a large customers file in chunks, hashed as it goes), decoded and checked by
 * load/encoding.ts, and parsed by its loader; outputs that would overwrite an input are refused
 * before any data is read. The order is fixed: documents first (they may decide the factors and
 * the ratings file), then criteria, ratings and customers.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Comparison } from '../core/ahp.js';
import type { Method } from '../core/engine.js';
import { InputError, UsageError } from '../core/errors.js';
import type { RatingSet } from '../core/rating-set.js';
import type { Aggregate, RatingsOutcome, SettledScore } from '../core/ratings.js';
import type { InputFile } from '../core/result.js';
import type { Snapshot } from '../core/review.js';
import type { Axis, Factor, Portfolio } from '../core/types.js';
import { loadCriteria } from '../load/criteria.js';
import type { Delimiter } from '../load/csv-reader.js';
import { loadCustomerColumns } from '../load/customers.js';
import type { ParsedRatings } from '../load/ratings.js';
import type { KamDocument } from '../load/snapshot.js';
import type { SessionFile } from '../session/decode.js';
import type { Session } from '../session/schema.js';
import { assertNotInput, openChunkedInput, readInputFile, readStdinBytes, readText, shownPath, type LoadedFile } from './files.js';
import type { Io } from './io.js';
import { createProgress, type Progress } from './progress.js';

export interface InputSpec {
  /** `--delimiter` for every CSV input (sniffed from each header otherwise). */
  delimiter?: Delimiter;
  /** Files the run will write, each refused when it is one of the inputs (`flag` names it in the message). */
  outputs?: Array<{ path: string; flag: string }>;
  /**
   * A kam/session@1 file (absolute path; `shown` names it in messages). Without `required`, a
   * missing file reads as none; with `replay`, a session that lacks answers a replay needs is a
   * usage error before any data is read.
   */
  session?: { path: string; shown: string; required: boolean; replay?: boolean };
  /** kam/result@1 or kam/session@1 snapshots, oldest first (kam review). */
  snapshots?: string[];
  /** With `factors: 'decisions'`: a kam/session@1 whose decisions score the data instead of the last snapshot's. */
  decisions?: string;
  /** An earlier result or session to compare with (the workshop's step 10). */
  compare?: string;
  /** criteria.csv; without `required`, a missing file reads as no criteria (the workshop). */
  criteria?: { path: string; required: boolean };
  /** Where the factors come from: criteria.csv, the session's agreed criteria, or the snapshot's (or --session's) decisions. */
  factors?: 'criteria' | 'session' | 'decisions';
  /**
   * ratings.csv: `path` from the command line, else (with `fromSession`) the file the session
   * recorded, with the team's settled scores.
   */
  ratings?: { path?: string; aggregate: Aggregate | 'session'; fromSession?: boolean; ignoreUnknownFactors?: boolean };
  /**
   * customers.csv: `result` loads what a result shows; `all` also channel, potential and every
   * numeric column (the workshop). `hashed: false` skips its sha256 (left '') when no output
   * records it.
   */
  customers?: { path: string; columns: 'result' | 'all'; hashed?: boolean };
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
  decisions: { method: Method; file: InputFile } | null;
  compare: { path: string; snapshot: Snapshot } | null;
  /** The criteria file, null when there is none (or the factors came from elsewhere). */
  criteria: (InputFile & { text: string }) | null;
  factors: Factor[];
  ratings: RatedInputs | null;
  customers: InputFile;
  /** With our ratings (if any) in place of customers.csv's values. */
  portfolio: Portfolio;
  /** With `columns: 'all'`: numeric columns of customers.csv that are not criteria factors. */
  numericColumns: string[];
  pairs: Comparison[];
  /** Progress on standard error for large inputs; the caller calls done() when finished. */
  progress: Progress;
}

const silent: Progress = { reading() {}, scoring() {}, writing() {}, done() {} };

/** How a path read from inside a document is named: relative to the working folder when it is inside it. */
function shown(path: string, cwd: string): string {
  const r = relative(cwd, path);
  return r !== '' && !r.startsWith('..') ? r : path;
}

export async function readInputs(spec: InputSpec, io: Io): Promise<Inputs> {
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
    progress: silent,
  };
  const stdin = [spec.customers?.path, spec.criteria?.path, spec.ratings?.path, spec.compared?.pairs, ...(spec.snapshots ?? []), spec.decisions].filter((p) => p === '-');
  if (stdin.length > 1) throw new UsageError('Only one input can be read from standard input.');
  refuseOutputsOver(spec, [spec.customers?.path, spec.criteria?.path, spec.ratings?.path, spec.compared?.pairs, ...(spec.snapshots ?? []), spec.decisions], io, [spec.session?.path, spec.compare]);

  // Documents: they may name the factors, the method and the ratings file.
  if (spec.session) {
    inputs.session = await readSessionFile(spec.session, io);
    if (spec.session.replay && inputs.session) (await import('../session/replay.js')).assertReplayable(inputs.session.session, spec.session.path);
  }
  // What only some runs read is loaded only by them: a plain select needs none of it.
  const snapshots = spec.snapshots?.length || spec.compare !== undefined || spec.decisions !== undefined ? await import('../load/snapshot.js') : null;
  for (const path of spec.snapshots ?? []) {
    const { parseKamDocument, resultDocument, snapshotFromResult } = snapshots!;
    const loaded = await readText(path, io);
    const document = parseKamDocument(loaded.text, shownPath(path), 'kam review');
    inputs.snapshots.push({ path, document, snapshot: snapshotFromResult(resultDocument(document), shownPath(path), document.kind, shownPath(path)), sha256: loaded.sha256 });
  }
  if (spec.compare !== undefined) {
    const { parseKamDocument, resultDocument, snapshotFromResult } = snapshots!;
    const loaded = readInputFile(spec.compare, io.cwd);
    const document = parseKamDocument(loaded.text, spec.compare, '--compare');
    inputs.compare = { path: spec.compare, snapshot: snapshotFromResult(resultDocument(document), spec.compare, document.kind, spec.compare) };
  }

  const ratingsPath = spec.ratings?.path ?? (spec.ratings?.fromSession ? inputs.session?.session.inputs.ratings?.path : undefined);
  // A ratings file named by the session is an input too.
  if (ratingsPath !== undefined && ratingsPath !== spec.ratings?.path) refuseOutputsOver(spec, [ratingsPath], io);

  // The factors.
  if (spec.factors === 'criteria' && spec.criteria) {
    const c = spec.criteria;
    if (c.required || c.path === '-' || existsSync(resolve(io.cwd, c.path))) {
      const file = await readText(c.path, io);
      inputs.criteria = { path: file.path, sha256: file.sha256, text: file.text };
      inputs.factors = loadCriteria(file.text, shownPath(c.path), spec.delimiter);
    }
  } else if (spec.factors === 'session') {
    inputs.factors = inputs.session?.criteria ?? [];
  } else if (spec.factors === 'decisions') {
    const last = inputs.snapshots[inputs.snapshots.length - 1];
    let from = { document: last.document, sha256: last.sha256, path: last.document.file };
    if (spec.decisions !== undefined) {
      const loaded = await readText(spec.decisions, io);
      const document = snapshots!.parseKamDocument(loaded.text, shownPath(spec.decisions), 'kam review');
      if (document.kind !== 'session') throw new InputError({ file: shownPath(spec.decisions), message: '--session takes a kam/session@1 file, and this is a kam/result@1 file' });
      from = { document, sha256: loaded.sha256, path: spec.decisions };
    }
    const { factors, method } = (await import('../load/saved.js')).decisionsOf(from.document);
    inputs.factors = factors;
    inputs.decisions = { method, file: { path: from.path, sha256: from.sha256 } };
  }

  if (spec.compared) {
    const { axis, pairs } = spec.compared;
    const n = inputs.factors.filter((f) => f.axis === axis).length;
    if (n < 2) throw new InputError({ file: shownPath(spec.criteria?.path ?? ''), field: 'axis', message: `the ${axis} axis has ${n} factor${n === 1 ? '' : 's'}; weighting by comparison needs at least two` });
    if (pairs !== undefined) inputs.pairs = (await import('../load/pairs.js')).loadPairs((await readText(pairs, io)).text, shownPath(pairs), spec.delimiter, inputs.factors, axis);
  }

  // The ratings (checked against the customers below).
  let parsed: ParsedRatings | null = null;
  let ratingsFile: LoadedFile | null = null;
  if (spec.ratings && ratingsPath !== undefined) {
    if (spec.factors === 'criteria' && inputs.criteria === null) {
      throw new UsageError(`--ratings ${ratingsPath}: ratings rate the factors of a criteria file, and there is none at ${spec.criteria?.path ?? 'criteria.csv'} (give one with --criteria).`);
    }
    ratingsFile = await readText(ratingsPath, io);
    parsed = (await import('../load/ratings.js')).readRatings(ratingsFile.text, { file: shownPath(ratingsPath), delimiter: spec.delimiter, factors: inputs.factors, ignoreUnknownFactors: spec.ratings.ignoreUnknownFactors });
  }

  if (spec.customers) {
    const { customers, portfolio, numericColumns, progress } = await readCustomers(spec.customers, spec.delimiter, inputs.factors, parsed?.ourFactors, io);
    inputs.customers = customers;
    inputs.portfolio = portfolio;
    inputs.numericColumns = numericColumns;
    inputs.progress = progress;
    if (parsed && ratingsFile && spec.ratings) {
      try {
        const set = (await import('../load/ratings.js')).checkRatingAccounts(parsed, portfolio);
        const settled = spec.ratings.fromSession ? settledScores(inputs.session?.session) : [];
        const aggregate = spec.ratings.aggregate === 'session' ? (inputs.session?.method?.aggregate ?? 'median') : spec.ratings.aggregate;
        const outcome = (await import('../core/ratings.js')).resolveRatings(portfolio, set, aggregate, settled);
        inputs.ratings = { file: { path: ratingsFile.path, sha256: ratingsFile.sha256 }, set, aggregate, unrated: portfolio, outcome };
        inputs.portfolio = outcome.portfolio;
      } catch (e) {
        progress.done();
        throw e;
      }
    }
  }
  return inputs;
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
  if (!existsSync(spec.path)) {
    if (!spec.required) return null;
    throw new InputError({ file: spec.shown, message: 'the session file does not exist' });
  }
  const file = readInputFile(spec.path, '/');
  return { ...(await import('../session/decode.js')).decodeSession(file.text, shown(spec.path, io.cwd)), file: spec.path };
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
 * customers.csv (or standard input) for the given factors: a file is read in chunks, hashed as
 * it goes, straight into the portfolio's columns. `optional` factors may lack a column (the
 * ratings provide them).
 */
async function readCustomers(
  c: NonNullable<InputSpec['customers']>,
  delimiter: Delimiter | undefined,
  factors: readonly Factor[],
  optional: ReadonlySet<string> | undefined,
  io: Io,
): Promise<{ customers: InputFile; portfolio: Portfolio; numericColumns: string[]; progress: Progress }> {
  const all = c.columns === 'all';
  // No result shows channel or potential (the workshop's market map does).
  const opts = { delimiter, factors: factors.map((f) => f.factor), optional, skip: { channel: !all, potential: !all }, otherNumeric: all };
  if (c.path === '-') {
    const bytes = await readStdinBytes(io.stdin);
    const { portfolio, numericColumns } = loadCustomerColumns(bytes, { ...opts, file: 'standard input' });
    const progress = createProgress(io.stderr, portfolio.n);
    return { customers: { path: '-', sha256: c.hashed === false ? '' : createHash('sha256').update(bytes).digest('hex') }, portfolio, numericColumns, progress };
  }
  let progress: Progress | null = null;
  const input = openChunkedInput(c.path, io.cwd, (bytes, size) => progress?.reading(bytes, size), c.hashed !== false);
  progress = createProgress(io.stderr, input.expectedLines);
  try {
    const { portfolio, numericColumns } = loadCustomerColumns(input.chunks, { ...opts, file: input.path }, input.expectedLines);
    return { customers: { path: input.path, sha256: input.sha256() }, portfolio, numericColumns, progress };
  } catch (e) {
    progress.done();
    throw e;
  }
}

/**
 * Warnings for a session run on ratings: the file changed since the session recorded it, and
 * settled scores whose (account, factor, competitor) nobody rates any more (not applied).
 */
export function ratingsWarnings(session: Pick<Session, 'inputs'> | null | undefined, ratings: RatedInputs | null): string[] {
  if (!ratings) return [];
  const out: string[] = [];
  const recorded = session?.inputs.ratings;
  const read = ratings.file;
  if (recorded && recorded.sha256 !== read.sha256) {
    out.push(`${read.path} has changed since the session recorded it (sha256 differs); the settled scores still apply where the same ratings exist.`);
  }
  for (const s of ratings.outcome.unmatched) {
    out.push(`The settled score of ${s.account} ${s.factor}${s.competitor === null ? '' : ` vs ${s.competitor}`} matches no rating in ${read.path} any more; it is not applied.`);
  }
  return out;
}
