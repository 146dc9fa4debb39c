/**
 * The output formats of `kam select` and the replay, in one registry: each format is one entry
 * with its help line and its writer (all with the one ResultWriter signature), loaded only when
 * the format is chosen. A format without a writer does not compile; the `--format` flag's values
 * and help come from here.
 */
import { vocabulary, type ValueOf } from '../core/vocabulary.js';
import type { ResultWriter } from './result-document.js';

export interface FormatEntry<W> {
  help: string;
  /** Human text (shows its own warnings); machine formats leave the warnings to standard error. */
  human: boolean;
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
  json: { help: 'the kam/result@1 document', human: false, recordsInputHashes: true, load: async () => (await import('./json.js')).writeResultJson },
  csv: { help: 'one row per account in rank order', human: false, recordsInputHashes: false, load: async () => (await import('./csv.js')).writeResultCsv },
  markdown: { help: 'the step-9 brief for the business', human: false, recordsInputHashes: false, load: async () => (await import('./markdown.js')).writeMarkdownBrief },
} satisfies Record<string, ResultFormatEntry>);

export const RESULT_FORMAT = formatVocabulary(RESULT_FORMATS);
export type ResultFormat = ValueOf<typeof RESULT_FORMAT>;
