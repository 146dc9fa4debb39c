/**
 * `kam review`: compare kam/result@1 (or kam/session@1) snapshots, oldest first, or score this
 * quarter's customers.csv with the previous decisions and compare in one go (step 10).
 */
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { colorLevel, runDate, terminalWidth, type Io } from '../cli/io.js';
import { parseDelimiter, parseFormat } from '../cli/options.js';
import { kamVersion } from '../cli/version.js';
import { evaluate, type Evaluation } from '../core/engine.js';
import { GateError, InputError, UsageError } from '../core/errors.js';
import { buildResult, type KamResult } from '../core/result.js';
import type { Delimiter } from '../load/csv-reader.js';
import type { Sink } from '../render/sink.js';
import { chalkPalette, plainPalette } from '../render/style.js';
import { decisionsOf } from '../review/decisions.js';
import { parseGates, type Gate } from '../review/gates.js';
import { accountHistory, type AccountHistory } from '../review/history-chart.js';
import { writeAccountMarkdown, writeReviewMarkdown } from '../review/render-markdown.js';
import { writeAccountTable, writeReviewTable } from '../review/render-table.js';
import { buildReview, type ReviewDocument } from '../review/review.js';
import { parseKamDocument, snapshotFromResult, snapshotFromText, type KamDocument, type Snapshot } from '../review/snapshot.js';
import { loadPortfolio } from './select.js';
import { assertNotInput, readInputFile, readStdin, writeAtomically, type LoadedFile } from '../util/files.js';

export interface ReviewFlags {
  format: string;
  output?: string;
  customers?: string;
  session?: string;
  saveResult?: string;
  delimiter?: string;
  failOn?: string[];
  account?: string;
  color: boolean;
  debug?: boolean;
}

export interface ReviewPlan {
  files: string[];
  format: 'table' | 'json' | 'markdown';
  output: string | undefined;
  customers: string | undefined;
  session: string | undefined;
  saveResult: string | undefined;
  delimiter: Delimiter | undefined;
  gates: Gate[];
  account: string | undefined;
}

export function planReview(files: string[], flags: ReviewFlags): ReviewPlan {
  const format = parseFormat(flags.format);
  if (format === 'csv') throw new UsageError('--format csv is not available for kam review; use table, json or markdown.');
  if (flags.customers === undefined) {
    if (files.length < 2) throw new UsageError('kam review needs two or more snapshots (oldest first), or one snapshot and --customers with this quarter\'s data.');
    for (const [flag, value] of [['--session', flags.session], ['--save-result', flags.saveResult], ['--delimiter', flags.delimiter]] as const) {
      if (value !== undefined) throw new UsageError(`${flag} only works with --customers.`);
    }
  }
  const stdin = [...files, flags.customers, flags.session].filter((f) => f === '-').length;
  if (stdin > 1) throw new UsageError('Only one input can be read from standard input.');
  if (flags.saveResult !== undefined && flags.saveResult === flags.output) throw new UsageError('-o and --save-result must name different files.');
  return {
    files,
    format,
    output: flags.output,
    customers: flags.customers,
    session: flags.session,
    saveResult: flags.saveResult,
    delimiter: flags.delimiter === undefined ? undefined : parseDelimiter(flags.delimiter),
    gates: parseGates(flags.failOn ?? []),
    account: flags.account,
  };
}

const fileName = (path: string): string => (path === '-' ? 'standard input' : path);

/** A file, or standard input for `-`. */
const readSource = (path: string, io: Io): Promise<LoadedFile> => (path === '-' ? readStdin(io.stdin) : Promise.resolve(readInputFile(path, io.cwd)));

/** A kam file as read: the parsed document and the SHA-256 of its bytes. */
interface ReadDocument {
  document: KamDocument;
  sha256: string;
}

/** This quarter's customers scored with the previous decisions, as a kam/result@1 document. */
async function currentFromData(plan: ReviewPlan, previous: ReadDocument, io: Io, generatedAt: string): Promise<KamResult> {
  let decisions = previous;
  if (plan.session !== undefined) {
    const loaded = await readSource(plan.session, io);
    decisions = { document: parseKamDocument(loaded.text, fileName(plan.session)), sha256: loaded.sha256 };
    if (decisions.document.kind !== 'session') throw new InputError({ file: fileName(plan.session), message: '--session takes a kam/session@1 file, and this is a kam/result@1 file' });
  }
  const { factors, method } = decisionsOf(decisions.document);
  const { customers, portfolio, progress } = await loadPortfolio({ customersPath: plan.customers!, delimiter: plan.delimiter }, io, factors);
  progress.scoring(portfolio.n);
  let ev: Evaluation;
  try {
    ev = evaluate(portfolio, factors, method);
  } finally {
    progress.done();
  }
  for (const w of ev.warnings) io.stderr.write(`kam: warning: ${fileName(plan.customers!)}: ${w}\n`);
  return buildResult(portfolio, ev, {
    generatedAt,
    kamVersion: kamVersion(),
    inputs: {
      customers: { path: customers.path, sha256: customers.sha256 },
      decisions: { path: plan.session ?? previous.document.file, sha256: decisions.sha256 },
    },
  });
}

function focusOf(doc: ReviewDocument, id: string): AccountHistory {
  if (doc.snapshots.length < 3) throw new UsageError(`--account draws an account's history and needs three or more snapshots; there are ${doc.snapshots.length}.`);
  const account = doc.accounts.find((a) => a.id === id);
  if (!account) throw new UsageError(`--account "${id}" is not an account in any of the snapshots.`);
  return accountHistory(doc, account);
}

export async function runReview(files: string[], flags: ReviewFlags, io: Io): Promise<number> {
  const plan = planReview(files, flags);
  const inputs = [...files, plan.customers, plan.session].filter((f): f is string => f !== undefined);
  for (const out of [plan.output, plan.saveResult]) if (out !== undefined) assertNotInput(out, inputs, io.cwd);
  const generatedAt = runDate(io).toISOString();

  const snapshots: Snapshot[] = [];
  let last: ReadDocument | null = null;
  for (const path of files) {
    const loaded = await readSource(path, io);
    const { document, snapshot } = snapshotFromText(loaded.text, fileName(path));
    snapshots.push(snapshot);
    last = { document, sha256: loaded.sha256 };
  }
  let current: KamResult | null = null;
  if (plan.customers !== undefined) {
    current = await currentFromData(plan, last!, io, generatedAt);
    snapshots.push(snapshotFromResult(current as unknown as Record<string, unknown>, fileName(plan.customers), 'customers', fileName(plan.customers)));
  }
  const doc = buildReview(snapshots, plan.gates, { generatedAt, kamVersion: kamVersion() });
  const focus = plan.account === undefined ? null : focusOf(doc, plan.account);

  if (plan.saveResult !== undefined && current !== null) {
    const result = current;
    writeAtomically(resolve(io.cwd, plan.saveResult), (w) => w(`${JSON.stringify(result, null, 2)}\n`));
  }
  const toFile = plan.output !== undefined;
  const level = toFile ? 0 : colorLevel(io, flags.color);
  const palette = level === 0 ? plainPalette : chalkPalette(new Chalk({ level }));
  const width = toFile ? 100 : terminalWidth(io);
  const render = (out: Sink): void => {
    if (plan.format === 'json') out(`${JSON.stringify(doc, null, 2)}\n`);
    else if (plan.format === 'markdown') focus ? writeAccountMarkdown(out, doc, focus) : writeReviewMarkdown(out, doc);
    else focus ? writeAccountTable(out, doc, focus, { width, palette }) : writeReviewTable(out, doc, { width, palette });
  };
  if (plan.output !== undefined) writeAtomically(resolve(io.cwd, plan.output), render);
  else render((c) => void io.stdout.write(c));
  // The report is out (printed or written) before a failed gate turns into exit 3.
  if (!doc.gates.passed) throw new GateError(doc.gates.violations.map((v) => v.message));
  return 0;
}
