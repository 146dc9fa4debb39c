/** A CSV file read into a header and rows, with per-file number rules; shared by the loaders. */
import { InputError, ProblemList } from '../core/errors.js';
import { headerKey, readCsv, sniffDelimiter, stripBom, type Delimiter } from './csv-reader.js';

export interface CsvTable {
  file: string;
  delimiter: Delimiter;
  /** Decimal commas are accepted in semicolon- and tab-delimited files. */
  decimalComma: boolean;
  headers: string[];
  /** headerKey(name) → column index. */
  columns: Map<string, number>;
}

/**
 * Reads the header of `text`, checks it (no empty or duplicate names), then streams the data
 * rows to `onRow`. Rows with a different number of fields are collected into `problems`.
 */
export function readTable(
  text: string,
  file: string,
  delimiterOverride: Delimiter | undefined,
  problems: ProblemList,
  onRow: (fields: string[], line: number, table: CsvTable) => void,
): CsvTable {
  const src = stripBom(text);
  if (src.trim() === '') throw new InputError({ file, message: 'the file is empty; it needs a header line and data rows' });
  const delimiter = delimiterOverride ?? sniffDelimiter(src);
  let table: CsvTable | null = null;
  readCsv(src, delimiter, file, (fields, line) => {
    if (table === null) {
      table = makeTable(file, delimiter, fields, line);
      return;
    }
    if (fields.length !== table.headers.length) {
      if (fields.length === 1 && fields[0].trim() === '') return; // a blank line of spaces
      problems.add({
        file,
        line,
        message: `the row has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ${table.headers.length}`,
      });
      return;
    }
    onRow(fields, line, table);
  });
  if (table === null) throw new InputError({ file, message: 'the file is empty; it needs a header line and data rows' });
  return table;
}

function makeTable(file: string, delimiter: Delimiter, fields: string[], line: number): CsvTable {
  const problems = new ProblemList();
  const columns = new Map<string, number>();
  fields.forEach((name, i) => {
    const key = headerKey(name);
    if (key === '') {
      problems.add({ file, line, field: `column ${i + 1}`, message: 'the header name is empty' });
    } else if (columns.has(key)) {
      problems.add({
        file,
        line,
        field: name.trim(),
        message: `the header name appears twice (columns ${columns.get(key)! + 1} and ${i + 1})`,
      });
    } else {
      columns.set(key, i);
    }
  });
  problems.throwIfAny();
  return { file, delimiter, decimalComma: delimiter !== ',', headers: fields.map((f) => f.trim()), columns };
}
