/** A CSV file read into a header and rows, with per-file number rules; shared by the loaders. */
import { InputError, ProblemList } from '../core/errors.js';
import { CsvScanner, fieldRaw, fieldText, type FieldView } from './csv-bytes.js';
import { DELIMITER_NAMES, headerKey, sniffDelimiter, type Delimiter } from './csv-reader.js';
import { utf8Chunks } from './encoding.js';
import type { Encoding } from '../core/vocabulary.js';
import { limitMessages, limits } from './limits.js';
import { t as msg } from '../i18n/index.js';
import { columnField, whole } from './wording.js';

export interface CsvTable {
  file: string;
  delimiter: Delimiter;
  /** Decimal commas are accepted in semicolon- and tab-delimited files. */
  decimalComma: boolean;
  headers: string[];
  /** headerKey(name) → column index. */
  columns: Map<string, number>;
}

/** A whole file in memory, or its chunks in order. */
export type ByteSource = Uint8Array | Iterable<Uint8Array>;

const emptyFile = (file: string): InputError =>
  new InputError({ file, message: msg('load.table.empty') });

/**
 * Scans a CSV file: reads and checks the header (no empty or duplicate names), then hands each
 * data record to `onRow` as byte ranges. Rows with a different number of fields are collected
 * into `problems`; blank lines are skipped. `onHeader` runs once, before the first row, and may
 * name the columns to parse as numbers during the scan (`FieldView.numbers`).
 * `encoding`: how bytes without a byte-order mark are read (--encoding; text is UTF-8 already).
 */
export function scanTable(
  source: ByteSource,
  file: string,
  delimiterOverride: Delimiter | undefined,
  problems: ProblemList,
  onRow: (view: FieldView, line: number, table: CsvTable) => void,
  onHeader?: (table: CsvTable) => readonly number[] | void,
  encoding: Encoding = 'utf-8',
): CsvTable {
  let table: CsvTable | null = null;
  let scanner: CsvScanner | null = null;
  const blank = (v: FieldView): boolean => v.count === 1 && fieldText(v, 0) === '';
  const feed = (chunk: Uint8Array): void => {
    if (scanner === null) {
      const delimiter = delimiterOverride ?? sniffDelimiter(Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(chunk.length, 1 << 16)).toString('utf8'));
      scanner = new CsvScanner(delimiter.charCodeAt(0), file, (v, line) => {
        if (blank(v)) return;
        if (table === null) {
          table = makeTable(file, delimiter, v, line);
          const numeric = onHeader?.(table);
          if (numeric) scanner!.numericColumns(numeric, table.decimalComma);
          return;
        }
        if (v.count !== table.headers.length) {
          problems.add({
            file,
            line,
            message: msg('load.table.row-width', { n: v.count, fields: whole(v.count), header: whole(table.headers.length), hint: otherDelimiterHint(v, table) }),
          });
          return;
        }
        onRow(v, line, table);
      });
    }
    scanner.push(chunk);
  };
  for (const chunk of utf8Chunks(source instanceof Uint8Array ? [source] : source, file, encoding)) feed(chunk);
  if (scanner === null) throw emptyFile(file);
  (scanner as CsvScanner).end();
  if (table === null) throw emptyFile(file);
  return table;
}

/** The same for small files, with each row's fields as strings (as written, untrimmed). */
export function readTable(
  text: string,
  file: string,
  delimiterOverride: Delimiter | undefined,
  problems: ProblemList,
  onRow: (fields: string[], line: number, table: CsvTable) => void,
): CsvTable {
  return scanTable(Buffer.from(text, 'utf8'), file, delimiterOverride, problems, (v, line, t) => {
    const fields = new Array<string>(v.count);
    for (let i = 0; i < v.count; i++) fields[i] = fieldRaw(v, i);
    onRow(fields, line, t);
  });
}

const DELIMITERS: Delimiter[] = [',', ';', '\t'];

/** When a ragged row would fit the header split at another delimiter, says so (mixed delimiters). */
function otherDelimiterHint(v: FieldView, table: CsvTable): string {
  for (const d of DELIMITERS) {
    if (d === table.delimiter) continue;
    const code = d.charCodeAt(0);
    let n = 0;
    for (let f = 0; f < v.count; f++) for (let i = v.starts[f]; i < v.ends[f]; i++) if (v.buf[i] === code) n++;
    if (n > 0 && n + v.count === table.headers.length) {
      return msg('load.table.other-delimiter', { row: DELIMITER_NAMES[d], header: DELIMITER_NAMES[table.delimiter] });
    }
  }
  return '';
}

function makeTable(file: string, delimiter: Delimiter, v: FieldView, line: number): CsvTable {
  if (v.count > limits().columns) throw new InputError({ file, line, message: limitMessages.columns(limits(), v.count) });
  const problems = new ProblemList();
  const columns = new Map<string, number>();
  const headers: string[] = [];
  for (let i = 0; i < v.count; i++) {
    const name = fieldText(v, i);
    headers.push(name);
    const key = headerKey(name);
    if (key === '') {
      problems.add({ file, line, field: columnField(i + 1), message: msg('load.table.header-empty') });
    } else if (columns.has(key)) {
      problems.add({ file, line, field: name, message: msg('load.table.header-twice', { first: whole(columns.get(key)! + 1), second: whole(i + 1) }) });
    } else {
      columns.set(key, i);
    }
  }
  problems.throwIfAny();
  return { file, delimiter, decimalComma: delimiter !== ',', headers, columns };
}
