/**
 * The inputs of a run that are workbooks: what app/inputs.ts hands over when a file's bytes are
 * an .xlsx (it imports this module only then, so a CSV run never loads it or exceljs). Customers
 * become a portfolio whose problems name cells; criteria and ratings become the tables the CSV
 * loaders read (load/table-text.ts); kam rating sheets, one or a folder of them, become the
 * ratings they hold. Pure: bytes in.
 */
import { InputError } from '../core/errors.js';
import type { Portfolio } from '../core/types.js';
import { headerKey } from './csv-reader.js';
import { loadCustomerColumns, type CustomersOptions } from './customers.js';
import { startsLikeWorkbook } from './encoding.js';
import { collectSheets, readFilledSheet, type CollectedRatings, type FilledSheet } from './rating-sheets.js';
import type { TableText } from './table-text.js';
import { chooseSheet, openWorkbook, readSheet, sheetTable, withSheetProblems, type SheetTable } from './xlsx.js';
import { t as msg } from '../i18n/index.js';

/** The columns of criteria and ratings that hold numbers, and their key column. */
const TABLE_COLUMNS = {
  criteria: { numbers: ['weight', 'min', 'max'], key: undefined },
  ratings: { numbers: ['score'], key: { name: 'account' } },
} as const;

/**
 * criteria or ratings from a workbook: the sheet named `criteria` / `ratings` (else the first);
 * ratings may also be a kam rating sheet (its scores, read as `kam ratings collect` reads them).
 */
export async function workbookTable(bytes: Uint8Array, name: string, kind: 'criteria' | 'ratings'): Promise<TableText> {
  const wb = await openWorkbook(bytes, name);
  if (kind === 'ratings') {
    const filled = readFilledSheet(wb, name);
    if (filled) return collectSheets([filled], name).table;
  }
  const table = sheetTable(wb, chooseSheet(wb, name, { prefer: kind }), name);
  const cols = TABLE_COLUMNS[kind];
  const { text, problems } = table.prepare({ numbers: new Set(cols.numbers), key: cols.key });
  return { name, text, delimiter: ',', typed: problems, place: table.mapProblem, note: table.note(msg('load.workbook.note.named', { kind })) };
}

/** Customers from a workbook's sheet (`sheet`: --sheet, a name or a number; else the first). */
export async function customersWorkbook(
  bytes: Uint8Array,
  sheet: string | undefined,
  opts: Omit<CustomersOptions, 'delimiter'>,
): Promise<{ portfolio: Portfolio; numericColumns: string[]; note: string | null }> {
  const table = await readSheet(bytes, opts.file, { sheet });
  return { ...loadCustomersSheet(table, opts), note: table.note(msg('load.workbook.note.customers')) };
}

/**
 * customers from a sheet, through the customers loader: factor, revenue and potential cells must
 * be numbers. The portfolio's `lines` are the accounts' sheet rows and its `sheet` names the
 * columns, so the engine's problems name cells too.
 */
export function loadCustomersSheet(table: SheetTable, opts: Omit<CustomersOptions, 'delimiter'>): { portfolio: Portfolio; numericColumns: string[] } {
  const numbers = new Set(opts.factors.map(headerKey));
  if (!opts.skip?.potential) numbers.add('potential');
  numbers.add('revenue');
  const { text, problems } = table.prepare({ numbers, key: { name: 'id', orFirst: true } });
  const loaded = withSheetProblems(table, problems, () => loadCustomerColumns(Buffer.from(text, 'utf8'), { ...opts, delimiter: ',' }, table.records.length));
  const { portfolio } = loaded;
  const { lines } = portfolio;
  for (let i = 0; i < lines.length; i++) lines[i] = table.rowOfLine(lines[i]) ?? lines[i];
  const keys = table.headerKeys;
  const columns = new Map<string, number>();
  table.records[0].forEach((h, c) => columns.set(h, table.columns[c]));
  for (const f of opts.factors) {
    const c = keys.indexOf(headerKey(f));
    if (c >= 0) columns.set(f, table.columns[c]);
  }
  portfolio.sheet = { sheet: table.sheet, columns };
  return loaded;
}

/** A rating sheet's file as read: its name in messages and its bytes. */
export interface RatingSheetFile {
  name: string;
  bytes: Uint8Array;
}

/** Filled rating sheets collected under `name` (a folder, or the files as given); a workbook that is not one is refused by name. */
export async function collectRatingSheets(files: readonly RatingSheetFile[], name: string, note: string | null = null): Promise<CollectedRatings> {
  const sheets: FilledSheet[] = [];
  for (const f of files) {
    if (!startsLikeWorkbook(f.bytes)) throw new InputError({ file: f.name, message: msg('load.workbook.not-xlsx') });
    const filled = readFilledSheet(await openWorkbook(f.bytes, f.name), f.name);
    if (!filled) throw new InputError({ file: f.name, message: msg('load.workbook.not-rating-sheet') });
    sheets.push(filled);
  }
  return collectSheets(sheets, name, note);
}
