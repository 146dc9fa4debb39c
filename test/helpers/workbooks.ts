/** Workbooks built with exceljs for the tests, as a CRM export or a spreadsheet user makes them. */
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';

export interface SheetSpec {
  name: string;
  /** Rows from row 1 (or from `firstRow`); undefined cells are left out. */
  rows: Array<Array<CellValue | undefined>>;
  firstRow?: number;
  merges?: string[];
  /** Cell address → number format (e.g. `00000`, `yyyy-mm-dd`). */
  numFmts?: Record<string, string>;
  /** Rows with a style but no value (what a trailing formatted row looks like). */
  styledEmptyRows?: number[];
  state?: 'visible' | 'hidden' | 'veryHidden';
}

export async function workbookBytes(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, spec.state ? { state: spec.state } : undefined);
    spec.rows.forEach((values, i) => {
      const row = ws.getRow((spec.firstRow ?? 1) + i);
      values.forEach((v, c) => {
        if (v !== undefined) row.getCell(c + 1).value = v;
      });
    });
    for (const [addr, fmt] of Object.entries(spec.numFmts ?? {})) ws.getCell(addr).numFmt = fmt;
    for (const r of spec.styledEmptyRows ?? []) {
      ws.getRow(r).getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getRow(r).getCell(2).border = { top: { style: 'thin' } };
    }
    for (const m of spec.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Reads a workbook back. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}
