/**
 * The output formats of `kam select` and the replay, in one registry: each format is one entry
 * with its help line and its writer (all with the one ResultWriter signature), loaded only when
 * the format is chosen. A format without a writer does not compile; the `--format` flag's values
 * and help come from here. A writer may be asynchronous (ResultWriter): app/output.ts awaits it.
 */
import { vocabulary, type ValueOf } from '../core/vocabulary.js';
import type { ResultWriter } from './result-document.js';

export interface FormatEntry<W> {
  help: string;
  /** Human text (shows its own warnings); machine formats leave the warnings to standard error. */
  human: boolean;
  /** Bytes, not text (png, xlsx): never written to a terminal. */
  binary?: true;
  /** A picture of the matrix (svg, png, html): takes --bubble. */
  picture?: true;
  /** Shows per-account explanations when asked (--explain). */
  explains?: true;
  load(): Promise<W>;
}

/** Checks that every entry is complete: a help line and a writer of the registry's signature W. */
export const formats =
  <W>() =>
  <T extends Record<string, FormatEntry<W>>>(entries: T): T =>
    entries;

/** The vocabulary of a registry's format names (values in entry order, with their help). */
export function formatVocabulary<T extends Record<string, { help: string }>>(entries: T) {
  return vocabulary(Object.fromEntries(Object.entries(entries).map(([k, f]) => [k, f.help])) as Record<keyof T & string, string>);
}

/** A result format also says whether its output records the inputs' sha256 (kam/result@1 does). */
export interface ResultFormatEntry extends FormatEntry<ResultWriter> {
  /** When false, a run in this format does not hash its customers file (nothing would show it). */
  recordsInputHashes: boolean;
}

export const RESULT_FORMATS = formats<ResultWriter>()({
  table: { help: 'the ranked table and the KAISM chart', human: true, recordsInputHashes: false, load: async () => (await import('./report.js')).writeReport },
  json: { help: 'the kam/result@1 document', human: false, recordsInputHashes: true, explains: true, load: async () => (await import('./json.js')).writeResultJson },
  csv: { help: 'one row per account in rank order', human: false, recordsInputHashes: false, load: async () => (await import('./csv.js')).writeResultCsv },
  markdown: { help: 'the step-9 brief for the business', human: false, recordsInputHashes: false, load: async () => (await import('./markdown.js')).writeMarkdownBrief },
  svg: { help: 'the KAISM matrix as a picture for slides', human: false, picture: true, recordsInputHashes: false, load: async () => (await import('./picture/matrix-svg.js')).writeMatrixSvg },
  // png.ts imports resvg: only a png run loads it.
  png: { help: 'the KAISM matrix as a PNG image (needs -o or a redirect)', human: false, picture: true, binary: true, recordsInputHashes: false, load: async () => (await import('./png.js')).writeMatrixPng },
  html: { help: 'the step-9 brief as one offline web page: matrix, sortable table, method', human: false, picture: true, recordsInputHashes: true, explains: true, load: async () => (await import('./html-brief.js')).writeHtmlBrief },
  // xlsx.ts imports exceljs: only an xlsx run loads it. A workbook is zipped asynchronously.
  xlsx: { help: 'a workbook: accounts, factors, summary and more, cells typed (needs -o)', human: false, binary: true, recordsInputHashes: true, explains: true, load: async () => (await import('./xlsx.js')).writeResultWorkbook },
} satisfies Record<string, ResultFormatEntry>);

export const RESULT_FORMAT = formatVocabulary(RESULT_FORMATS);
export type ResultFormat = ValueOf<typeof RESULT_FORMAT>;

/** The formats --explain adds explanations to (json, html, xlsx). */
export const EXPLAINED_FORMATS: readonly ResultFormat[] = RESULT_FORMAT.values.filter((f) => (RESULT_FORMATS[f] as FormatEntry<ResultWriter>).explains);

/** A result format's entry as the registry's type, so its optional marks (binary, picture) read on every format. */
export const resultFormat = (f: ResultFormat): FormatEntry<ResultWriter> => RESULT_FORMATS[f];
