/**
 * Workbooks (.xlsx) as input: a sheet becomes exactly the records a CSV file of the same table
 * would give (its CSV twin), and those go through the CSV loaders (customers, criteria, ratings),
 * so a workbook is validated by the same code and gives the same result as its CSV twin. Pure:
 * bytes in, records out (app/inputs.ts reads the files).
 *
 * Cells keep the type Excel gave them:
 *  - a number is written as `String(x)`, the shortest text that parses back to the same double
 *    (kam's number grammar reads it exactly), so a double in the workbook is the double kam uses;
 *    an integer shown with a zero-padding format (`00000`: ZIP codes, customer numbers) is
 *    written as it is shown (`00601`), as Excel's own CSV export does;
 *  - text stays text (`00601`, `1E5` and 20-digit keys typed as text are keys as written);
 *  - a formula is read by the value the spreadsheet saved with it;
 *  - dates, logical values, error values and formulas without a saved value are refused where a
 *    number is expected, each with its own sentence; elsewhere (a name, a segment) they are text.
 * Blank and merged header cells over empty columns are dropped, as are empty rows anywhere.
 * Problems name the file, the sheet and the cell (`customers.xlsx, Accounts!D7`): the CSV
 * loaders' line and field are mapped back to the sheet.
 *
 * exceljs is loaded here, by a dynamic import, only on runs that read a workbook.
 */
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { InputError, type Problem } from '../core/errors.js';
import { cellRef, columnLetter, rowRef, sheetRef } from '../core/sheet.js';
import { headerKey } from './csv-reader.js';
import { placeError, withExtraProblems } from './table-text.js';
import { t as msg } from '../i18n/index.js';
import { columnField, columnOfField, whole } from './wording.js';

type ExcelJs = typeof import('exceljs');
let excel: Promise<ExcelJs> | null = null;

/** exceljs, imported on first use (it takes about 0.3 s to load: never on the start-up path). */
export function loadExcelJs(): Promise<ExcelJs> {
  excel ??= import('exceljs').then((m) => ((m as unknown as { default?: ExcelJs }).default ?? m) as ExcelJs);
  return excel;
}

/** What a cell held, where it is not plain text or a number. */
export type Special =
  | { kind: 'date'; shown: string }
  | { kind: 'boolean'; shown: string }
  | { kind: 'error'; shown: string }
  | { kind: 'no-result'; shown: string };

interface CellText {
  text: string;
  special: Special | null;
  /** The number, when the cell (or its formula's saved value) is one. */
  number: number | null;
}

const EMPTY: CellText = { text: '', special: null, number: null };

/** `2024-03-01`, or with the time when it has one. */
function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

function richText(v: { richText: Array<{ text: string }> }): string {
  return v.richText.map((r) => r.text).join('');
}

/** The text of a cell value as the CSV twin would hold it, and what it was. */
function valueText(v: CellValue, numFmt: string | undefined): CellText {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') {
    // A zero-padding format shows an integer with leading zeros: keep what the sheet shows.
    if (numFmt !== undefined && /^0+$/.test(numFmt) && Number.isSafeInteger(v) && v >= 0) {
      return { text: String(v).padStart(numFmt.length, '0'), special: null, number: v };
    }
    return { text: String(v), special: null, number: v };
  }
  if (typeof v === 'string') return { text: v, special: null, number: null };
  if (typeof v === 'boolean') {
    const shown = v ? 'TRUE' : 'FALSE';
    return { text: shown, special: { kind: 'boolean', shown }, number: null };
  }
  if (v instanceof Date) {
    // The cell's text stays as kam always read it; only the sentence about it is in the reader's language.
    const invalid = Number.isNaN(v.getTime());
    const text = invalid ? 'an invalid date' : isoDate(v);
    return { text, special: { kind: 'date', shown: invalid ? msg('load.xlsx.invalid-date') : text }, number: null };
  }
  if ('error' in v) return { text: String(v.error), special: { kind: 'error', shown: String(v.error) }, number: null };
  if ('richText' in v) return { text: richText(v), special: null, number: null };
  if ('formula' in v || 'sharedFormula' in v) {
    const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
    if (f.result === undefined || f.result === null) {
      // Nothing was saved with the formula (a file written by a program that does not calculate).
      return { text: '', special: { kind: 'no-result', shown: `=${f.formula ?? f.sharedFormula ?? ''}` }, number: null };
    }
    return valueText(f.result as CellValue, numFmt);
  }
  if ('hyperlink' in v) {
    const t = (v as { text: unknown }).text;
    return { text: typeof t === 'string' ? t : t && typeof t === 'object' && 'richText' in t ? richText(t as { richText: Array<{ text: string }> }) : '', special: null, number: null };
  }
  return EMPTY;
}

function cellText(cell: Cell): CellText {
  // A merged cell shows its master's value: every row of a merged segment cell is that segment.
  const master = cell.master;
  return valueText(master.value, master.numFmt);
}

/** Which sheet to read: `--sheet` (a name, or a number counting visible sheets from 1), else one named `prefer`, else the first. */
export interface SheetChoice {
  sheet?: string;
  prefer?: string;
}

/** Where the CSV loaders' numbers and keys sit, so typed cells can be checked there. */
export interface SheetColumns {
  /** Header keys (headerKey) of the columns that must hold numbers. */
  numbers: ReadonlySet<string>;
  /** The key column: the one with this header key, or (orFirst) the first column when there is none. */
  key?: { name: string; orFirst?: boolean };
}

/** A sheet read as the records of its CSV twin (header first), with each record's sheet row. */
export class SheetTable {
  constructor(
    /** The file as the user named it. */
    readonly file: string,
    readonly sheet: string,
    /** The names of the workbook's visible sheets. */
    readonly sheetNames: readonly string[],
    /** The sheet row of each record (records[0] is the header). */
    readonly rows: readonly number[],
    /** The sheet column of each table column. */
    readonly columns: readonly number[],
    readonly records: readonly string[][],
    /** Cells that were dates, logical values, errors or formulas without a value: record index × columns + column. */
    private readonly specials: ReadonlyMap<number, Special>,
    /** Numbers of 16 or more digits (Excel keeps 15 significant digits): same keying. */
    private readonly longNumbers: ReadonlyMap<number, number>,
  ) {}

  /** "read the sheet X of N" when the workbook has several visible sheets, else null. */
  note(how: string): string | null {
    if (this.sheetNames.length < 2) return null;
    return msg('load.xlsx.note', { file: this.file, sheet: this.sheet, count: whole(this.sheetNames.length), sheets: this.sheetNames.join(', '), how });
  }

  /** What a cell of the table held when it was a date, logical value, error or formula without a value. */
  special(record: number, col: number): Special | null {
    return this.specials.get(record * this.records[0].length + col) ?? null;
  }

  /** The header keys of the table's columns. */
  get headerKeys(): string[] {
    return this.records[0].map(headerKey);
  }

  /**
   * The CSV text of the table and the problems of its typed cells, as the CSV loaders report
   * problems (file, line, field), so they sort and map to cells with theirs. A refused cell is
   * left empty in the text, so the loader does not report it a second time.
   */
  prepare(cols: SheetColumns): { text: string; problems: Problem[] } {
    const keys = this.headerKeys;
    const width = keys.length;
    const numberCol = keys.map((k) => cols.numbers.has(k));
    const named = cols.key === undefined ? -1 : keys.indexOf(cols.key.name);
    const keyCol = named >= 0 ? named : cols.key?.orFirst ? 0 : -1;
    const problems: Problem[] = [];
    const lines: string[] = [];
    let line = 1;
    this.lineRow = new Map();
    this.records.forEach((record, r) => {
      this.lineRow.set(line, this.rows[r]);
      const fields = record.slice();
      if (r > 0) {
        for (let c = 0; c < width; c++) {
          const special = this.specials.get(r * width + c);
          if (special && numberCol[c]) {
            problems.push({ file: this.file, line, field: this.records[0][c] || columnField(c + 1), message: specialProblem(special) });
            fields[c] = '';
          }
          const long = this.longNumbers.get(r * width + c);
          if (long !== undefined && c === keyCol) {
            problems.push({
              file: this.file,
              line,
              field: this.records[0][c] || columnField(c + 1),
              message: msg('load.xlsx.long-key', { key: String(long) }),
            });
          }
        }
      }
      const text = fields.map(csvField).join(',');
      lines.push(text);
      line += 1 + lineBreaks(text);
    });
    return { text: `${lines.join('\n')}\n`, problems };
  }

  /** CSV line of a record → its sheet row (filled by prepare). */
  private lineRow = new Map<number, number>();

  /** The sheet row of a CSV line of the prepared text. */
  rowOfLine(line: number): number | undefined {
    return this.lineRow.get(line);
  }

  /** A problem of the prepared text (at a CSV line) at its place in the sheet; others are returned as they are. */
  mapProblem = (p: Problem): Problem => this.place(p, p.line === undefined ? undefined : this.rowOfLine(p.line));

  /** The same for a problem that already carries the sheet row as its line (an account's `lines` entry). */
  mapRowProblem = (p: Problem): Problem => this.place(p, p.line);

  private place(p: Problem, row: number | undefined): Problem {
    if (p.file !== this.file || p.cell !== undefined) return p;
    const col = p.field === undefined ? -1 : this.columnOfField(p.field);
    const cell =
      row !== undefined && col >= 0 ? cellRef(this.sheet, this.columns[col], row) : row !== undefined ? rowRef(this.sheet, row) : msg('load.xlsx.sheet', { sheet: sheetRef(this.sheet) });
    const field = p.field !== undefined && columnOfField(p.field) !== null ? undefined : p.field;
    // The sheet row stays the problem's line, so problems keep sorting in sheet order.
    return { file: p.file, ...(row !== undefined ? { line: row } : {}), cell, ...(field !== undefined ? { field } : {}), message: sheetMessage(p.message, (l) => this.rowOfLine(l)) };
  }

  private columnOfField(field: string): number {
    const n = columnOfField(field);
    if (n !== null) return n - 1;
    return this.headerKeys.indexOf(headerKey(field));
  }
}

/** One CSV field: quoted when it must be (no formula guard: this text is only ever read by kam). */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** How many lines a record's text adds beyond its first, as the CSV scanner counts them. */
function lineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** Why a typed cell cannot be a number. */
export function specialProblem(s: Special): string {
  switch (s.kind) {
    case 'date':
      return msg('load.xlsx.date', { shown: s.shown });
    case 'boolean':
      return msg('load.xlsx.boolean', { shown: s.shown });
    case 'error':
      return msg('load.xlsx.error', { shown: s.shown });
    case 'no-result':
      return msg('load.xlsx.no-result', { shown: s.shown });
  }
}

/** The CSV loaders' wording, said of a sheet: rows instead of lines, text cells instead of delimiters. */
export function sheetMessage(message: string, rowOfLine: (line: number) => number | undefined): string {
  const [before, after] = msg('load.xlsx.on-line', { line: '\u0000' }).split('\u0000');
  const onLine = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(before)}(\\d+)${escapeRegExp(after)}(?![\\p{L}\\p{N}])`, 'gu');
  return message
    .replace(onLine, (all, n: string) => {
      const row = rowOfLine(Number(n));
      return row === undefined ? all : msg('load.xlsx.in-row', { row: String(row) });
    })
    .replace(msg('load.number.decimal-comma.why'), msg('load.xlsx.decimal-comma'))
    .replace(msg('load.number.comma.nor'), msg('load.xlsx.comma-nor'))
    .replace(msg('load.customers.no-accounts.why'), msg('load.xlsx.no-data-rows'));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs `load` on a table's text, its problems and `extra` (typed cells) together at their cells. */
export function withSheetProblems<T>(table: SheetTable, extra: readonly Problem[], load: () => T): T {
  try {
    return withExtraProblems(extra, load);
  } catch (e) {
    throw placeError(e, table.mapProblem);
  }
}

/** Loads a workbook from its bytes; a file that is not a readable workbook is one sentence. */
export async function openWorkbook(bytes: Uint8Array, file: string): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) as unknown as ArrayBuffer);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError({ file, message: msg('load.xlsx.unreadable', { why }) });
  }
  return wb;
}

export function visibleSheets(wb: Workbook): Worksheet[] {
  return wb.worksheets.filter((ws) => ws.state === undefined || ws.state === 'visible');
}

/** The sheet `choice` names (see SheetChoice). */
export function chooseSheet(wb: Workbook, file: string, choice: SheetChoice): Worksheet {
  const visible = visibleSheets(wb);
  const names = visible.map((ws) => ws.name);
  const byName = (name: string) => wb.worksheets.find((ws) => ws.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (choice.sheet !== undefined) {
    const named = byName(choice.sheet);
    if (named) return named;
    if (/^\d+$/.test(choice.sheet.trim())) {
      const n = Number(choice.sheet.trim());
      if (n >= 1 && n <= visible.length) return visible[n - 1];
    }
    throw new InputError({ file, message: msg('load.xlsx.no-such-sheet', { sheet: String(choice.sheet), sheets: names.join(', '), count: whole(names.length) }) });
  }
  if (choice.prefer !== undefined) {
    const preferred = visible.find((ws) => ws.name.trim().toLowerCase() === choice.prefer);
    if (preferred) return preferred;
  }
  if (visible.length === 0) throw new InputError({ file, message: msg('load.xlsx.no-visible-sheet') });
  return visible[0];
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
  ref: string;
}

function merges(ws: Worksheet): Merge[] {
  const list = (ws.model as { merges?: string[] }).merges ?? [];
  return list.map((ref) => {
    const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    if (!m) return null;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { left: col(m[1]), top: Number(m[2]), right: col(m[3]), bottom: Number(m[4]), ref };
  }).filter((x): x is Merge => x !== null);
}

/** Reads a sheet into the records of its CSV twin. */
export function sheetTable(wb: Workbook, ws: Worksheet, file: string): SheetTable {
  const sheet = ws.name;
  const lastRow = ws.rowCount;
  const lastCol = ws.columnCount;
  // The header: the first row with a value.
  let headerRow = 0;
  for (let r = 1; r <= lastRow && headerRow === 0; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= lastCol; c++) {
      if (cellText(row.getCell(c)).text.trim() !== '') {
        headerRow = r;
        break;
      }
    }
  }
  if (headerRow === 0) throw new InputError({ file, cell: msg('load.xlsx.sheet', { sheet: sheetRef(sheet) }), message: msg('load.xlsx.sheet-empty') });

  // Read every row below the header: text per column, and which columns hold anything.
  const hasData = new Array<boolean>(lastCol + 1).fill(false);
  const body: Array<{ row: number; cells: CellText[] }> = [];
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    const cells: CellText[] = new Array(lastCol + 1);
    let any = false;
    for (let c = 1; c <= lastCol; c++) {
      const t = cellText(row.getCell(c));
      cells[c] = t;
      if (t.text.trim() !== '' || t.special !== null) {
        any = true;
        hasData[c] = true;
      }
    }
    if (any) body.push({ row: r, cells });
  }

  // Header cells: a merged header spreads over columns that have no name of their own.
  const headerCells = ws.getRow(headerRow);
  const merged = merges(ws);
  const problems: Problem[] = [];
  for (const m of merged) {
    if (m.top <= headerRow && m.bottom > headerRow && m.left <= lastCol) {
      problems.push({ file, cell: cellRef(sheet, m.left, headerRow), message: msg('load.xlsx.merged-down', { ref: m.ref }) });
    }
  }
  const columns: number[] = [];
  const headers: string[] = [];
  for (let c = 1; c <= lastCol; c++) {
    const cell = headerCells.getCell(c);
    const isSlave = cell.master !== cell && cell.master.row === cell.row;
    const name = isSlave ? '' : cellText(cell).text.trim();
    if (name === '' && !hasData[c]) continue; // an empty column, or one a merged header only spans
    if (isSlave) {
      const m = merged.find((x) => x.top <= headerRow && x.bottom >= headerRow && x.left <= c && x.right >= c);
      problems.push({
        file,
        cell: cellRef(sheet, c, headerRow),
        message: msg('load.xlsx.merged-across', { ref: m?.ref ?? `${columnLetter(cell.master.fullAddress.col)}${headerRow}:${columnLetter(c)}${headerRow}`, column: columnLetter(c) }),
      });
      continue;
    }
    columns.push(c);
    headers.push(name);
  }
  if (problems.length > 0) throw new InputError(problems);

  const width = columns.length;
  const specials = new Map<number, Special>();
  const longNumbers = new Map<number, number>();
  const records: string[][] = [headers];
  const rows: number[] = [headerRow];
  for (const { row, cells } of body) {
    const r = records.length;
    const fields = new Array<string>(width);
    for (let k = 0; k < width; k++) {
      const t = cells[columns[k]];
      fields[k] = t.text;
      if (t.special) specials.set(r * width + k, t.special);
      if (t.number !== null && Math.abs(t.number) >= 1e15) longNumbers.set(r * width + k, t.number);
    }
    records.push(fields);
    rows.push(row);
  }
  return new SheetTable(file, sheet, visibleSheets(wb).map((s) => s.name), rows, columns, records, specials, longNumbers);
}

/** Opens a workbook and reads the chosen sheet. */
export async function readSheet(bytes: Uint8Array, file: string, choice: SheetChoice = {}): Promise<SheetTable> {
  const wb = await openWorkbook(bytes, file);
  return sheetTable(wb, chooseSheet(wb, file, choice), file);
}
