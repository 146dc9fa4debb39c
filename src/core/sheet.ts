/**
 * Places in a workbook, as a spreadsheet names them: column letters, sheet references quoted as
 * formulas quote them, cells (`Accounts!D7`), and where a problem of an account of a portfolio
 * read from a sheet is (its cell) or of one read from CSV (its line). Pure.
 */
import type { Where } from './errors.js';
import type { Portfolio } from './types.js';

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26)) s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  return s;
}

/** A sheet name as a formula reference writes it: quoted when it is not a plain word (or looks like a cell). */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Accounts!D7`. */
export function cellRef(sheet: string, col: number, row: number): string {
  return `${sheetRef(sheet)}!${columnLetter(col)}${row}`;
}

/** `Accounts, row 7`: a row without a column. */
export const rowRef = (sheet: string, row: number): string => `${sheetRef(sheet)}, row ${row}`;

/**
 * Where a problem of the account at portfolio row `row` (and `field`) is: its line in a CSV file,
 * or its cell in a sheet (its row when the field has no column there). The line is kept for a
 * sheet too (the sheet row), so problems still sort in file order.
 */
export function accountPlace(portfolio: Portfolio, row: number, field?: string): Where {
  const line = portfolio.lines[row];
  const origin = portfolio.sheet;
  const at: Where = { file: portfolio.source, line };
  if (origin) {
    const col = field === undefined ? undefined : origin.columns.get(field);
    at.cell = col === undefined ? rowRef(origin.sheet, line) : cellRef(origin.sheet, col, line);
  }
  if (field !== undefined) at.field = field;
  return at;
}
