/** Places in a workbook as a spreadsheet names them, and where an account's problem is. */
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/core/errors.js';
import { accountPlace, cellRef, columnLetter, rowRef, sheetRef } from '../../src/core/sheet.js';
import type { Portfolio } from '../../src/core/types.js';

describe('references', () => {
  it('column letters, sheet names quoted as formulas quote them', () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA', 'XFD']);
    expect(sheetRef('Accounts')).toBe('Accounts');
    expect(sheetRef('My Sheet')).toBe("'My Sheet'");
    expect(sheetRef("Bob's")).toBe("'Bob''s'");
    expect(sheetRef('AB12')).toBe("'AB12'");
    expect(cellRef('Data', 4, 7)).toBe('Data!D7');
    expect(rowRef('My Sheet', 3)).toBe("'My Sheet', row 3");
  });
});

describe('accountPlace', () => {
  const portfolio = (sheet?: Portfolio['sheet']): Portfolio => ({
    source: sheet ? 'book.xlsx' : 'customers.csv',
    n: 2,
    ids: ['A', 'B'],
    names: ['A', 'B'],
    segments: null,
    channels: null,
    revenue: null,
    potential: null,
    lines: Int32Array.from([2, 9]),
    values: new Map(),
    headers: ['id', 'Fit'],
    ...(sheet ? { sheet } : {}),
  });

  it('a CSV account: its line', () => {
    expect(describeProblem({ ...accountPlace(portfolio(), 1, 'Fit'), message: 'x' })).toBe('customers.csv, line 9, field "Fit": x.');
  });

  it('a sheet account: its cell (or its row for a field without a column), the row kept as the line to sort by', () => {
    const p = portfolio({ sheet: 'Accounts', columns: new Map([['Fit', 4]]) });
    expect(accountPlace(p, 1, 'Fit')).toEqual({ file: 'book.xlsx', line: 9, cell: 'Accounts!D9', field: 'Fit' });
    expect(describeProblem({ ...accountPlace(p, 1, 'Fit'), message: 'x' })).toBe('book.xlsx, Accounts!D9, field "Fit": x.');
    expect(describeProblem({ ...accountPlace(p, 0, 'Rated'), message: 'x' })).toBe('book.xlsx, Accounts, row 2, field "Rated": x.');
    expect(describeProblem({ ...accountPlace(p, 0), message: 'x' })).toBe('book.xlsx, Accounts, row 2: x.');
  });
});
