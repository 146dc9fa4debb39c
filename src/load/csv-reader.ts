/**
 * CSV as strings for kam's small input files (criteria, ratings, pairs): delimiter sniffing and
 * names, and records decoded from the byte scanner of csv-bytes.ts, the one CSV grammar.
 */
import { CsvScanner, fieldRaw } from './csv-bytes.js';

export type Delimiter = ',' | ';' | '\t';

export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Picks the delimiter from the header line: the most frequent of comma, semicolon and tab
 * outside quotes; ties go to comma, then semicolon; none at all means comma (one column).
 */
export function sniffDelimiter(raw: string): Delimiter {
  const text = stripBom(raw);
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  // As in readCsv, a quote opens a quoted field only at the start of a field (after any of the
  // candidate delimiters); elsewhere (`Pipe 5"`) it is text.
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++; // a doubled quote inside a quoted field
        else quoted = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) quoted = true;
    else if (c === '\n' || c === '\r') break;
    else if (c === ',' || c === ';' || c === '\t') {
      counts[c]++;
      fieldStart = true;
      continue;
    }
    fieldStart = false;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/** Parses a `--delimiter` value: `,` `;` `tab` (or a real tab), `comma`, `semicolon`. */
export function parseDelimiterName(value: string): Delimiter | null {
  const v = value.toLowerCase();
  if (v === ',' || v === 'comma') return ',';
  if (v === ';' || v === 'semicolon') return ';';
  if (v === '\t' || v === 'tab' || v === '\\t') return '\t';
  return null;
}

/** Receives each record's fields and the 1-based line where the record starts. */
export type RecordSink = (fields: string[], line: number) => void;

/**
 * Reads every record of `text` and hands its fields (as written, unquoted) to `sink`. Empty
 * lines are skipped. Throws InputError on a quote that is never closed or a closing quote
 * followed by something other than a delimiter or the end of the line.
 */
export function readCsv(text: string, delimiter: Delimiter, file: string, sink: RecordSink): void {
  const scanner = new CsvScanner(delimiter.charCodeAt(0), file, (v, line) => {
    const fields = new Array<string>(v.count);
    for (let i = 0; i < v.count; i++) fields[i] = fieldRaw(v, i);
    sink(fields, line);
  });
  scanner.push(Buffer.from(text, 'utf8'));
  scanner.end();
}

/** Header names are matched case-insensitively after trimming spaces (METHOD.md §2). */
export function headerKey(name: string): string {
  return name.trim().toLowerCase();
}
