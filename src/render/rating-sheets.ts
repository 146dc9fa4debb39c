/**
 * Team scoring sheets as files. `kam ratings template`: one rater's workbook. The Ratings sheet has the accounts in locked key
 * columns and an empty, unlocked cell per score; each score column carries its scale as data
 * validation (a number from min to max, or empty) and its description as a header comment. A
 * very hidden sheet `kam` describes the columns, so `kam ratings collect` reads the scores back
 * by header whatever the file is renamed to. The sheet is protected without a password: it
 * guards against typing over a key by accident, not against a rater who means to unprotect it.
 * `kam ratings collect`: the collected scores as ratings.csv, and who has not rated what.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { InputFile } from '../core/result.js';
import { HELP_SHEET, META_SHEET, RATING_SHEET_SCHEMA, RATINGS_SHEET, type Coverage, type ScoreColumn, type SheetLayout } from '../core/rating-sheet.js';
import { columnLetter } from '../core/sheet.js';
import { t } from '../i18n/index.js';
import { plain } from '../i18n/numbers.js';
import { HEADER_FONT, newWorkbook, workbookBytes } from './workbook.js';

export interface TemplateMeta {
  rater: string;
  /** ISO time the templates were made. */
  created: string;
  customers: InputFile;
  criteria: InputFile;
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
const GRID = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const KEY_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;

/** The key columns: key, name and (when the customers have one) segment. */
export function keyHeaders(layout: SheetLayout): string[] {
  return [layout.keyHeader, 'name', ...(layout.segment ? ['segment'] : [])];
}

/** The words under a score column's header: what to score, on which scale, which way is better. */
export function columnHelp(c: ScoreColumn): string {
  const scale = t('picture.sheet.scale', { min: plain(c.min), max: plain(c.max), lower: c.direction === 'lower' ? 'yes' : 'no' });
  const who = c.competitor === null ? '' : t('picture.sheet.competitor', { competitor: c.competitor });
  return `${who}${c.description === '' ? '' : `${c.description} `}${scale}${t('picture.sheet.empty')}`;
}

/** One rater's workbook, as the bytes of an .xlsx file. */
export async function ratingWorkbook(layout: SheetLayout, meta: TemplateMeta): Promise<Uint8Array> {
  const wb = await newWorkbook(meta.created);
  const keys = keyHeaders(layout);
  const ws = wb.addWorksheet(RATINGS_SHEET, {
    views: [{ state: 'frozen', xSplit: keys.length, ySplit: 1, activeCell: `${columnLetter(keys.length + 1)}2` }],
    // Printed (to rate on paper): landscape, the header row and the key columns on every page.
    pageSetup: { orientation: 'landscape', printTitlesRow: '1:1', printTitlesColumn: `A:${columnLetter(keys.length)}` },
  });
  const headers = [...keys, ...layout.columns.map((c) => c.header)];
  const header = ws.getRow(1);
  headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { ...HEADER_FONT };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  layout.columns.forEach((c, i) => {
    header.getCell(keys.length + i + 1).note = { texts: [{ text: columnHelp(c) }] };
  });
  layout.accounts.forEach((a, r) => {
    const row = ws.getRow(r + 2);
    const keyValues = [a.id, a.name, ...(layout.segment ? [a.segment ?? ''] : [])];
    keyValues.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = v;
      cell.numFmt = '@'; // text: keys like 00601 stay as written
      cell.fill = KEY_FILL;
    });
    layout.columns.forEach((c, i) => {
      const cell = row.getCell(keys.length + i + 1);
      cell.protection = { locked: false };
      // A thin grid shows where each score goes, on screen and on paper.
      cell.border = { top: GRID, left: GRID, bottom: GRID, right: GRID };
      cell.dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [c.min, c.max],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: t('picture.sheet.error.title'),
        error: t('picture.sheet.error', { min: plain(c.min), max: plain(c.max) }),
        showInputMessage: true,
        promptTitle: c.header.slice(0, 32),
        prompt: t('picture.sheet.prompt', { min: plain(c.min), max: plain(c.max), lower: c.direction === 'lower' ? 'yes' : 'no' }).slice(0, 255),
      };
    });
  });
  widths(ws, headers, layout);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false });

  helpSheet(wb, layout, meta);
  metaSheet(wb, layout, meta);
  return workbookBytes(wb);
}

function widths(ws: Worksheet, headers: string[], layout: SheetLayout): void {
  const keyLen = [layout.keyHeader.length, 4, 7];
  for (const a of layout.accounts) {
    keyLen[0] = Math.max(keyLen[0], a.id.length);
    keyLen[1] = Math.max(keyLen[1], a.name.length);
    keyLen[2] = Math.max(keyLen[2], (a.segment ?? '').length);
  }
  headers.forEach((h, i) => {
    const col = ws.getColumn(i + 1);
    const isKey = i < keyHeaders(layout).length;
    col.width = isKey ? Math.min(50, keyLen[i] + 2) : Math.min(24, Math.max(10, Math.ceil(h.length / 2) + 2));
  });
  ws.getRow(1).height = 45;
}

function helpSheet(wb: Workbook, layout: SheetLayout, meta: TemplateMeta): void {
  const ws = wb.addWorksheet(HELP_SHEET);
  const lines: Array<[string, string?]> = [
    [t('picture.sheet.help.title', { rater: meta.rater })],
    [''],
    [t('picture.sheet.help.1')],
    [t('picture.sheet.help.2')],
    [t('picture.sheet.help.3')],
    [t('picture.sheet.help.4')],
    [''],
    [t('picture.sheet.help.column'), t('picture.sheet.help.what')],
    ...layout.columns.map((c): [string, string] => [c.header, columnHelp(c)]),
  ];
  lines.forEach(([a, b], i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = a;
    if (b !== undefined) row.getCell(2).value = b;
  });
  ws.getRow(1).font = { ...HEADER_FONT, size: 14 };
  ws.getRow(8).font = { ...HEADER_FONT };
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 100;
}

/** The very hidden description of the sheet that collect reads. */
function metaSheet(wb: Workbook, layout: SheetLayout, meta: TemplateMeta): void {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const rows: Array<Array<string | number>> = [
    ['schema', RATING_SHEET_SCHEMA],
    ['rater', meta.rater],
    ['sheet', RATINGS_SHEET],
    ['key', layout.keyHeader],
    ['created', meta.created],
    ['customers', meta.customers.path, meta.customers.sha256],
    ['criteria', meta.criteria.path, meta.criteria.sha256],
    [],
    ['header', 'factor', 'competitor', 'axis', 'min', 'max', 'direction'],
    ...layout.columns.map((c) => [c.header, c.factor, c.competitor ?? '', c.axis, c.min, c.max, c.direction]),
  ];
  rows.forEach((values, i) => {
    const row = ws.getRow(i + 1);
    values.forEach((v, k) => {
      row.getCell(k + 1).value = v;
    });
  });
}

/** One CSV field of ratings.csv: quoted when it must be. Not guarded against formulas: the file is kam's input, read back as written. */
function ratingsField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Collected rows (account, factor, score, rater, competitor) as ratings.csv; the competitor column only when a sheet has competitors. */
export function ratingsCsv(rows: readonly string[][], competitors: boolean): string {
  const header = competitors ? 'account,factor,score,rater,competitor' : 'account,factor,score,rater';
  const body = rows.map((r) => (competitors ? r : r.slice(0, 4)).map(ratingsField).join(','));
  return `${[header, ...body].join('\n')}\n`;
}

/** Who has not rated what: one line per rater (columns left wholly empty are named once). */
export function coverageLines(coverage: readonly Coverage[], shown = 5): string[] {
  return coverage.map((v) => {
    if (v.rated === v.total) return t('picture.coverage.all', { rater: v.rater, total: plain(v.total) });
    if (v.rated === 0) return t('picture.coverage.none', { rater: v.rater, total: plain(v.total), file: v.file });
    const accounts = v.total / Math.max(1, v.columns);
    const empty = v.missing.filter((m) => m.accounts.length === accounts).map((m) => m.header);
    const parts = v.missing
      .filter((m) => m.accounts.length < accounts)
      .map((m) => {
        const list = m.accounts.length <= shown ? m.accounts.join(', ') : t('picture.coverage.more', { list: m.accounts.slice(0, shown).join(', '), n: plain(m.accounts.length - shown) });
        return t('picture.coverage.for', { header: m.header, list });
      });
    if (empty.length > 0) parts.unshift(t('picture.coverage.no.account', { headers: empty.join(', ') }));
    return t('picture.coverage.some', { rater: v.rater, rated: plain(v.rated), total: plain(v.total), parts: parts.join('; ') });
  });
}
