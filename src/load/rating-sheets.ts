/**
 * `kam ratings collect` and `--ratings FOLDER`: filled rating sheets read back into ratings.csv's
 * long format (account, factor, score, rater, competitor), as a table the ratings loader reads
 * (load/table-text.ts), so a score off its factor's scale is refused exactly as in ratings.csv;
 * every problem is placed at the rater's file and cell. Also who has not rated what. Pure: the
 * workbooks' bytes come from app/inputs.ts.
 */
import type { Workbook } from 'exceljs';
import { InputError, type Problem } from '../core/errors.js';
import { META_SHEET, RATING_SHEET_SCHEMA, type Coverage, type ScoreColumn } from '../core/rating-sheet.js';
import { cellRef, rowRef } from '../core/sheet.js';
import type { Axis, Direction, Factor } from '../core/types.js';
import { AXIS, DIRECTION } from '../core/vocabulary.js';
import { headerKey } from './csv-reader.js';
import type { TableText } from './table-text.js';
import { csvField, sheetMessage, sheetTable, specialProblem, type SheetTable, type Special } from './xlsx.js';
import { t as msg } from '../i18n/index.js';

export interface SheetMeta {
  rater: string;
  sheet: string;
  keyHeader: string;
  columns: ScoreColumn[];
  customers: { path: string; sha256: string } | null;
  criteria: { path: string; sha256: string } | null;
}

/** The description kam ratings template hid in the workbook, or null when it has none (not a rating sheet). */
export function readMeta(wb: Workbook, file: string): SheetMeta | null {
  const ws = wb.worksheets.find((w) => w.name === META_SHEET);
  if (!ws) return null;
  const text = (r: number, c: number): string => {
    const v = ws.getRow(r).getCell(c).value;
    return v === null || v === undefined ? '' : String(v);
  };
  if (text(1, 1) !== 'schema' || text(1, 2) !== RATING_SHEET_SCHEMA) return null;
  const field = (name: string): number => {
    for (let r = 1; r <= ws.rowCount; r++) if (text(r, 1) === name) return r;
    return -1;
  };
  const value = (name: string): string => {
    const r = field(name);
    return r < 0 ? '' : text(r, 2);
  };
  const input = (name: string) => {
    const r = field(name);
    return r < 0 || text(r, 2) === '' ? null : { path: text(r, 2), sha256: text(r, 3) };
  };
  const head = field('header');
  const broken = (what: string) => new InputError({ file, message: msg('load.sheets.damaged', { meta: META_SHEET, what }) });
  if (head < 0 || value('rater') === '' || value('sheet') === '') throw broken(msg('load.sheets.damaged.missing'));
  const columns: ScoreColumn[] = [];
  for (let r = head + 1; r <= ws.rowCount; r++) {
    const header = text(r, 1);
    if (header === '') continue;
    const min = Number(ws.getRow(r).getCell(5).value);
    const max = Number(ws.getRow(r).getCell(6).value);
    const axis: Axis | null = AXIS.parse(text(r, 4));
    const direction: Direction = DIRECTION.parse(text(r, 7)) ?? 'higher';
    if (!Number.isFinite(min) || !Number.isFinite(max) || axis === null || text(r, 2) === '') throw broken(msg('load.sheets.damaged.column', { header }));
    columns.push({ header, factor: text(r, 2), competitor: text(r, 3) === '' ? null : text(r, 3), axis, min, max, direction, description: '' });
  }
  return { rater: value('rater'), sheet: value('sheet'), keyHeader: value('key') || 'id', columns, customers: input('customers'), criteria: input('criteria') };
}

/** A filled rating sheet: its description and the Ratings sheet read as a table. */
export interface FilledSheet {
  file: string;
  meta: SheetMeta;
  table: SheetTable;
  /** Table column of the key, and of each meta column. */
  keyCol: number;
  scoreCols: number[];
}

/** Reads a rating workbook; null when it is not one (no kam description). */
export function readFilledSheet(wb: Workbook, file: string): FilledSheet | null {
  const meta = readMeta(wb, file);
  if (meta === null) return null;
  const ws = wb.worksheets.find((w) => w.name === meta.sheet);
  if (!ws) throw new InputError({ file, message: msg('load.sheets.sheet-missing', { sheet: meta.sheet }) });
  const table = sheetTable(wb, ws, file);
  const keys = table.headerKeys;
  const problems: Problem[] = [];
  const headerRow = table.rows[0];
  const find = (header: string): number => {
    const c = keys.indexOf(headerKey(header));
    if (c < 0) problems.push({ file, cell: rowRef(meta.sheet, headerRow), message: msg('load.sheets.column-missing', { header }) });
    return c;
  };
  const keyCol = find(meta.keyHeader);
  const scoreCols = meta.columns.map((c) => find(c.header));
  if (problems.length > 0) throw new InputError(problems);
  return { file, meta, table, keyCol, scoreCols };
}

export interface CollectedRatings {
  /**
   * ratings.csv's long format, one row per score cell (refused cells with an empty score), as
   * the ratings loader reads it: its typed cells' problems and the placing of a problem at the
   * rater's file and cell. The name is the folder or file as the user gave it.
   */
  table: TableText;
  /** The same rows: account, factor, score, rater, competitor ('' for us). */
  rows: string[][];
  coverage: Coverage[];
  /** The rated factors as the sheets describe them (scales), for collecting without criteria. */
  factors: Factor[];
  /** Whether any sheet has competitor columns. */
  competitors: boolean;
  raters: string[];
}

interface LineOrigin {
  sheet: FilledSheet;
  record: number;
  col: number;
}

/** Collects filled sheets (in the order given) under the name `file`; `note` says what was read. */
export function collectSheets(sheets: readonly FilledSheet[], file: string, note: string | null = null): CollectedRatings {
  const problems: Problem[] = [];
  const seen = new Map<string, FilledSheet>();
  for (const s of sheets) {
    const key = s.meta.rater.trim().toLowerCase();
    const other = seen.get(key);
    if (other) problems.push({ file: s.file, message: msg('load.sheets.rater-twice', { rater: s.meta.rater, other: other.file }) });
    else seen.set(key, s);
  }
  const factors = sheetFactors(sheets, problems);
  if (problems.length > 0) throw new InputError(problems);

  // One entry per filled (or refused) score cell; written grouped as ratings.csv is: by account,
  // then factor and competitor, then rater (in the order of the files).
  const entries: Array<{ row: string[]; origin: LineOrigin; special: Special | null; order: [number, number, number] }> = [];
  const accountOrder = new Map<string, number>();
  const columnOrder = new Map<string, number>();
  const coverage: Coverage[] = [];
  sheets.forEach((s, sheetIndex) => {
    const { table, meta } = s;
    const cov: Coverage = { rater: meta.rater, file: s.file, rated: 0, total: 0, columns: meta.columns.length, missing: [] };
    const missing = meta.columns.map(() => [] as string[]);
    for (let r = 1; r < table.records.length; r++) {
      const record = table.records[r];
      const account = record[s.keyCol].trim();
      if (!accountOrder.has(account)) accountOrder.set(account, accountOrder.size);
      meta.columns.forEach((c, k) => {
        const col = s.scoreCols[k];
        const special = table.special(r, col);
        const score = record[col];
        cov.total++;
        if (score.trim() === '' && special === null) {
          missing[k].push(account);
          return;
        }
        cov.rated++;
        const columnKey = `${c.factor.toLowerCase()}\0${(c.competitor ?? '').toLowerCase()}`;
        if (!columnOrder.has(columnKey)) columnOrder.set(columnKey, columnOrder.size);
        entries.push({
          row: [account, c.factor, special === null ? score.trim() : '', meta.rater, c.competitor ?? ''],
          origin: { sheet: s, record: r, col },
          special,
          order: [accountOrder.get(account)!, columnOrder.get(columnKey)!, sheetIndex],
        });
      });
    }
    cov.missing = meta.columns.map((c, k) => ({ header: c.header, accounts: missing[k] })).filter((m) => m.accounts.length > 0);
    coverage.push(cov);
  });
  entries.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1] || x.order[2] - y.order[2]);
  const rows: string[][] = [];
  const origins = new Map<number, LineOrigin>();
  const typed: Problem[] = [];
  for (const e of entries) {
    const line = rows.length + 2;
    origins.set(line, e.origin);
    if (e.special !== null) typed.push({ file, line, field: 'score', message: specialProblem(e.special) });
    rows.push(e.row);
  }
  const mapProblem = (p: Problem): Problem => {
    if (p.file !== file || p.cell !== undefined) return p;
    const o = p.line === undefined ? undefined : origins.get(p.line);
    if (!o) return p;
    const { table, meta } = o.sheet;
    const keyField = p.field !== undefined && headerKey(p.field) === 'account';
    const headerField = p.field !== undefined && (headerKey(p.field) === 'factor' || headerKey(p.field) === 'competitor');
    const col = keyField ? o.sheet.keyCol : o.col;
    const row = headerField ? table.rows[0] : table.rows[o.record];
    return {
      file: o.sheet.file,
      cell: cellRef(meta.sheet, table.columns[col], row),
      field: table.records[0][col],
      message: sheetMessage(p.message, (l) => {
        const other = origins.get(l);
        return other && other.sheet === o.sheet ? other.sheet.table.rows[other.record] : undefined;
      }),
    };
  };
  return {
    table: { name: file, text: longCsv(rows), delimiter: ',', typed, place: mapProblem, note },
    rows,
    coverage,
    factors,
    competitors: sheets.some((s) => s.meta.columns.some((c) => c.competitor !== null)),
    raters: sheets.map((s) => s.meta.rater),
  };
}

/** The factors the sheets rate, with their scales; sheets made from different criteria must agree. */
function sheetFactors(sheets: readonly FilledSheet[], problems: Problem[]): Factor[] {
  const byName = new Map<string, { factor: Factor; file: string }>();
  for (const s of sheets) {
    for (const c of s.meta.columns) {
      const key = c.factor.toLowerCase();
      const known = byName.get(key);
      if (known) {
        const f = known.factor;
        if (f.min !== c.min || f.max !== c.max || f.axis !== c.axis) {
          problems.push({ file: s.file, message: msg('load.sheets.scales-differ', { factor: c.factor, min: String(c.min), max: String(c.max), otherMin: String(f.min), otherMax: String(f.max), other: known.file }) });
        }
        continue;
      }
      byName.set(key, {
        file: s.file,
        factor: { factor: c.factor, axis: c.axis, weight: 1, min: c.min, max: c.max, direction: c.direction, normalize: { kind: 'none' }, kind: 'pure', description: '' },
      });
    }
  }
  return [...byName.values()].map((v) => v.factor);
}

/** The rows as the ratings loader reads them (plain CSV: this text is only ever read by kam). */
function longCsv(rows: readonly string[][]): string {
  const body = rows.map((r) => r.map(csvField).join(','));
  return `${['account,factor,score,rater,competitor', ...body].join('\n')}\n`;
}
