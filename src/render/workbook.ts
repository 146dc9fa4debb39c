/**
 * The workbooks kam writes (`--format xlsx`, `kam ratings template`) start here: exceljs, loaded
 * by a dynamic import on the runs that write one (never on the start-up path), a new workbook
 * stamped with the run's time, and its bytes.
 */
import type { Workbook } from 'exceljs';

type ExcelJs = typeof import('exceljs');
let excel: Promise<ExcelJs> | null = null;

/** exceljs, imported on first use (a CommonJS package: its namespace is the default export). */
function loadExcelJs(): Promise<ExcelJs> {
  excel ??= import('exceljs').then((m) => ((m as unknown as { default?: ExcelJs }).default ?? m) as ExcelJs);
  return excel;
}

/** Header cells: bold in the workbook's own font (a font without a name would be the viewer's default, often a serif). */
export const HEADER_FONT = { name: 'Calibri', family: 2, size: 11, bold: true } as const;

/** A new workbook by kam, created and modified at `iso` (the run's time, SOURCE_DATE_EPOCH honoured). */
export async function newWorkbook(iso: string): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kam';
  wb.created = new Date(iso);
  wb.modified = new Date(iso);
  return wb;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
