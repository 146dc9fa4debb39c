/**
 * Workbooks as input: a sheet gives exactly what its CSV twin gives, through the same loaders;
 * typed cells are read as Excel typed them; problems name the file, sheet and cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import type { Portfolio } from '../../src/core/types.js';
import { loadCriteria } from '../../src/load/criteria.js';
import { loadCustomers } from '../../src/load/customers.js';
import { readRatings } from '../../src/load/ratings.js';
import { loadCriteriaTable, readRatingsTable } from '../../src/load/table-text.js';
import { loadCustomersSheet, workbookTable } from '../../src/load/workbook.js';
import { readSheet, type SheetTable } from '../../src/load/xlsx.js';
import { workbookBytes, type SheetSpec } from '../helpers/workbooks.js';

const FACTORS = ['Spend', 'Fit'];

/** A CRM export: mixed types, keys typed as text and as zero-padded numbers, merges, a formula, a trailing formatted row. */
const CRM: SheetSpec = {
  name: 'Accounts',
  rows: [
    ['id', 'name', 'segment', 'revenue', 'Spend', 'Fit', 'Notes', undefined, undefined],
    ['00601', 'Alpha GmbH', 'Retail', 1200000.5, 8, 7.25, 'call back'],
    [602, { richText: [{ text: 'Be' }, { text: 'ta' }] }, 'Pharma', 0, { formula: 'E2-1', result: 7 }, 9.5],
    ['1E5', { text: 'Gamma', hyperlink: 'https://example.com' }, undefined, 300, 0.1 + 0.2, 1e-7],
    ['12345678901234567890', 'Delta', 'Retail', null, 3, 'NA'],
  ],
  numFmts: { A3: '00000' },
  merges: ['G1:H1', 'C3:C4'],
  styledEmptyRows: [6, 7],
};

const CRM_TWIN =
  'id,name,segment,revenue,Spend,Fit,Notes\n' +
  '00601,Alpha GmbH,Retail,1200000.5,8,7.25,call back\n' +
  '00602,Beta,Pharma,0,7,9.5,\n' +
  '1E5,Gamma,Pharma,300,0.30000000000000004,1e-7,\n' +
  '12345678901234567890,Delta,Retail,,3,NA,\n';

async function sheet(specs: SheetSpec[], file = 'customers.xlsx', choice: { sheet?: string; prefer?: string } = {}): Promise<SheetTable> {
  return readSheet(await workbookBytes(specs), file, choice);
}

const customers = (t: SheetTable, factors = FACTORS): Portfolio => loadCustomersSheet(t, { file: t.file, factors }).portfolio;

/** Everything a portfolio holds but where it came from. */
function content(p: Portfolio) {
  const arr = (a: Float64Array | null) => (a === null ? null : Array.from(a, (x) => (Number.isNaN(x) ? 'NaN' : x)));
  return {
    n: p.n,
    ids: p.ids,
    names: p.names,
    segments: p.segments,
    channels: p.channels,
    revenue: arr(p.revenue),
    potential: arr(p.potential),
    values: [...p.values].map(([k, v]) => [k, arr(v)]),
    headers: p.headers,
  };
}

async function problemLines(specs: SheetSpec[], factors = FACTORS): Promise<string[]> {
  try {
    customers(await sheet(specs), factors);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).lines();
  }
  throw new Error('expected an InputError');
}

describe('a sheet is read as its CSV twin', () => {
  it('a CRM export with mixed types gives the same portfolio as its CSV twin', async () => {
    const t = await sheet([CRM]);
    const fromSheet = customers(t);
    const fromCsv = loadCustomers(CRM_TWIN, { file: 'customers.csv', factors: FACTORS });
    expect(content(fromSheet)).toEqual(content(fromCsv));
    expect(fromSheet.ids).toEqual(['00601', '00602', '1E5', '12345678901234567890']);
    expect(fromSheet.names).toEqual(['Alpha GmbH', 'Beta', 'Gamma', 'Delta']);
    // The merged segment cell C3:C4 is Pharma on both rows.
    expect(fromSheet.segments).toEqual(['Retail', 'Pharma', 'Pharma', 'Retail']);
    expect(fromSheet.source).toBe('customers.xlsx');
    // Rows 2..5 of the sheet; the formatted empty rows 6 and 7 are not accounts.
    expect(Array.from(fromSheet.lines)).toEqual([2, 3, 4, 5]);
  });

  it('drops the empty column under a merged header and the blank trailing columns', async () => {
    const t = await sheet([CRM]);
    expect(t.records[0]).toEqual(['id', 'name', 'segment', 'revenue', 'Spend', 'Fit', 'Notes']);
    expect(t.columns).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(t.rows).toEqual([1, 2, 3, 4, 5]);
  });

  it('skips leading empty rows: the header is the first row with a value', async () => {
    const t = await sheet([{ name: 'S', firstRow: 3, rows: [['id', 'Spend', 'Fit'], ['A', 1, 2]] }]);
    expect(t.rows).toEqual([3, 4]);
    expect(customers(t).lines[0]).toBe(4);
  });

  it('numbers are the doubles stored in the workbook, bit for bit', async () => {
    const doubles = fc.double({ noNaN: true, noDefaultInfinity: true });
    await fc.assert(
      fc.asyncProperty(fc.array(doubles, { minLength: 1, maxLength: 20 }), async (xs) => {
        const rows = [['id', 'Spend', 'Fit'], ...xs.map((x, i) => [`A${i}`, x, 1])];
        const p = customers(await sheet([{ name: 'S', rows }]));
        const got = Array.from(p.values.get('Spend')!);
        // -0 is read as 0, as kam reads "-0"'s twin "0" (String(-0) is "0").
        xs.forEach((x, i) => expect(Object.is(got[i], x === 0 ? 0 : x)).toBe(true));
      }),
      { numRuns: 60 },
    );
  });
});

describe('typed cells where a number is expected', () => {
  it('a date, a logical value, an error and a formula without a saved value: one sentence each, naming the cell', async () => {
    const lines = await problemLines([
      {
        name: 'Accounts',
        rows: [
          ['id', 'Spend', 'Fit'],
          ['A', new Date(Date.UTC(2024, 2, 1)), 1],
          ['B', true, 2],
          ['C', 3, { error: '#DIV/0!' }],
          ['D', { formula: 'B2*2' }, 4],
        ],
      },
    ]);
    expect(lines).toEqual([
      'customers.xlsx, Accounts!B2, field "Spend": the cell holds a date (2024-03-01), not a number; format the column as Number and enter the values again.',
      'customers.xlsx, Accounts!B3, field "Spend": the cell holds the logical value TRUE, not a number.',
      'customers.xlsx, Accounts!C4, field "Fit": the cell holds the error #DIV/0!, not a number; correct its formula.',
      'customers.xlsx, Accounts!B5, field "Spend": the formula =B2*2 has no saved value (the file was written by a program that does not calculate formulas); open the workbook in Excel or LibreOffice and save it.',
    ]);
  });

  it('text that is not a number is refused by the CSV rules, at its cell; typed and text problems come in row order', async () => {
    const lines = await problemLines([
      { name: 'Data Sheet', rows: [['id', 'Spend', 'Fit'], ['A', 'abc', 1], ['B', new Date(Date.UTC(2024, 0, 2, 10, 30)), '7,5'], ['C', '1,234,567', 2]] },
    ]);
    expect(lines).toEqual([
      `customers.xlsx, 'Data Sheet'!B2, field "Spend": "abc" is not a number.`,
      `customers.xlsx, 'Data Sheet'!C3, field "Fit": "7,5" has a decimal comma in a text cell; enter it as a number, or write it with a decimal point.`,
      `customers.xlsx, 'Data Sheet'!B3, field "Spend": the cell holds a date (2024-01-02 10:30:00), not a number; format the column as Number and enter the values again.`,
      `customers.xlsx, 'Data Sheet'!B4, field "Spend": "1,234,567" looks like a number with thousands separators, which are not accepted; write it without them.`,
    ]);
  });

  it('a date where text belongs (a name, a segment) is text', async () => {
    const p = customers(await sheet([{ name: 'S', rows: [['id', 'segment', 'Spend', 'Fit'], ['A', new Date(Date.UTC(2024, 4, 1)), 1, 2], ['B', false, 1, 2]] }]));
    expect(p.segments).toEqual(['2024-05-01', 'FALSE']);
  });

  it('a key stored as a number of 16 or more digits is refused: the spreadsheet has already rounded it', async () => {
    const lines = await problemLines([{ name: 'S', rows: [['id', 'Spend', 'Fit'], [12345678901234567890, 1, 2], [123456789012345, 1, 2]] }]);
    expect(lines).toEqual([
      'customers.xlsx, S!A2, field "id": the key is stored as a number with 16 or more digits (12345678901234567000); a spreadsheet keeps only 15 significant digits, so the key may already have changed: format the key column as Text and enter or import the keys again.',
    ]);
  });
});

describe('the loaders\' problems, said of the sheet', () => {
  it('a duplicate key names both rows', async () => {
    const lines = await problemLines([{ name: 'S', rows: [['id', 'Spend', 'Fit'], ['A', 1, 2], [], ['A', 3, 4]] }]);
    expect(lines).toEqual(['customers.xlsx, S!A4, field "id": the key "A" is already used in row 2; keys must be unique.']);
  });

  it('a missing factor column names the header row', async () => {
    const lines = await problemLines([{ name: 'S', rows: [['id', 'Spend'], ['A', 1]] }]);
    expect(lines).toEqual(['customers.xlsx, S, row 1: no column matches the criteria factor "Fit" (the columns are: id, spend).']);
  });

  it('a header cell merged over a column with data is refused; an empty header over data too', async () => {
    const merged = await problemLines([{ name: 'S', rows: [['id', 'Spend', undefined, 'Fit'], ['A', 1, 'x', 2]], merges: ['B1:C1'] }]);
    expect(merged).toEqual([
      'customers.xlsx, S!C1: the header cells B1:C1 are merged, so column C has data but no header name of its own; unmerge them and name each column.',
    ]);
    const blank = await problemLines([{ name: 'S', rows: [['id', 'Spend', undefined, 'Fit'], ['A', 1, 'x', 2]] }]);
    expect(blank).toEqual(['customers.xlsx, S!C1: the header name is empty.']);
  });

  it('a header merged down over two rows is refused', async () => {
    const lines = await problemLines([{ name: 'S', rows: [['id', 'Spend', 'Fit'], [undefined, 1, 2]], merges: ['A1:A2'] }]);
    expect(lines[0]).toBe('customers.xlsx, S!A1: the header cells A1:A2 are merged down over several rows; kam reads one header row: unmerge them.');
  });

  it('a header but no rows; an empty sheet', async () => {
    expect(await problemLines([{ name: 'S', rows: [['id', 'Spend', 'Fit']] }])).toEqual(['customers.xlsx, sheet S: there are no accounts; the sheet has a header row but no data rows.']);
    await expect(sheet([{ name: 'Empty', rows: [] }])).rejects.toThrow('customers.xlsx, sheet Empty: the sheet is empty; it needs a header row and data rows.');
  });

  it('a file that starts like a zip but is no workbook is one sentence', async () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)]);
    await expect(readSheet(bytes, 'broken.xlsx')).rejects.toThrow(/^broken\.xlsx: the file starts like an Excel workbook \(\.xlsx\) but cannot be read as one/);
  });
});

describe('which sheet', () => {
  const two: SheetSpec[] = [
    { name: 'Notes', rows: [['nothing', 'here']] },
    { name: 'Hidden', rows: [['id']], state: 'hidden' },
    { name: 'Accounts', rows: [['id', 'Spend', 'Fit'], ['A', 1, 2]] },
  ];

  it('the first visible sheet by default, and a note naming it among the visible sheets', async () => {
    const t = await sheet(two);
    expect(t.sheet).toBe('Notes');
    expect(t.note('choose another with --sheet')).toBe('customers.xlsx: read the sheet "Notes" (the workbook has 2 sheets: Notes, Accounts; choose another with --sheet).');
    expect((await sheet([CRM])).note('x')).toBeNull();
  });

  it('--sheet by name (any case) or by number among the visible sheets', async () => {
    expect((await sheet(two, 'c.xlsx', { sheet: 'accounts' })).sheet).toBe('Accounts');
    expect((await sheet(two, 'c.xlsx', { sheet: '2' })).sheet).toBe('Accounts');
    await expect(sheet(two, 'c.xlsx', { sheet: '3' })).rejects.toThrow('c.xlsx: the workbook has no sheet "3" (its sheets are: Notes, Accounts); give --sheet a name or a number from 1 to 2.');
  });

  it('criteria and ratings prefer a sheet of their name', async () => {
    expect((await sheet([...two, { name: 'Criteria', rows: [['factor']] }], 'b.xlsx', { prefer: 'criteria' })).sheet).toBe('Criteria');
  });
});

describe('criteria and ratings from a sheet', () => {
  const criteriaRows = [
    ['factor', 'axis', 'weight', 'min', 'max', 'direction', 'normalize', 'kind', 'description'],
    ['Spend', 'attractiveness', 60, 0, 1000000, 'higher', 'minmax', 'pure', 'Spend per year'],
    ['Fit', 'attractiveness', 40, 1, 10, 'higher', 'none', 'realistic', ''],
    ['Quality', 'strength', 1, 1, 10, 'higher', 'bands:2;5.5', 'pure', 'Rated'],
  ];
  const criteriaTwin = 'factor,axis,weight,min,max,direction,normalize,kind,description\nSpend,attractiveness,60,0,1000000,higher,minmax,pure,Spend per year\nFit,attractiveness,40,1,10,higher,none,realistic,\nQuality,strength,1,1,10,higher,bands:2;5.5,pure,Rated\n';

  const tableFile = async (rows: SheetSpec['rows'], file: string, kind: 'criteria' | 'ratings') =>
    workbookTable(await workbookBytes([{ name: 'Other', rows: [['x']] }, { name: kind === 'criteria' ? 'Criteria' : 'Ratings', rows }]), file, kind);

  it('criteria from a workbook equal criteria.csv', async () => {
    const f = await tableFile(criteriaRows, 'book.xlsx', 'criteria');
    expect(f.note).toBe('book.xlsx: read the sheet "Criteria" (the workbook has 2 sheets: Other, Criteria; kam reads the sheet named "criteria", or else the first).');
    expect(loadCriteriaTable(f)).toEqual(loadCriteria(criteriaTwin, 'criteria.csv'));
  });

  it('a date as a weight is refused at its cell, with the loader\'s problems', async () => {
    const rows: SheetSpec['rows'] = criteriaRows.map((r) => [...r]);
    rows[2][2] = new Date(Date.UTC(2024, 0, 1));
    rows[3][1] = 'strenght';
    const f = await tableFile(rows, 'book.xlsx', 'criteria');
    expect(() => loadCriteriaTable(f)).toThrow(
      [
        'book.xlsx, Criteria!C3, field "weight": the cell holds a date (2024-01-01), not a number; format the column as Number and enter the values again.',
        'book.xlsx, Criteria!B4, field "axis": "strenght" is not an axis; use attractiveness or strength.',
      ].join('\n'),
    );
  });

  it('ratings in long format from a workbook equal ratings.csv', async () => {
    const factors = loadCriteria(criteriaTwin, 'criteria.csv');
    const rows = [
      ['account', 'factor', 'score', 'rater', 'competitor'],
      ['00601', 'Fit', 7, 'Ana', null],
      ['00601', 'Quality', 6.5, 'Ana', 'Polypak'],
      ['00602', 'fit', { formula: '2+3', result: 5 }, 'Ben', null],
    ];
    const f = await tableFile(rows, 'r.xlsx', 'ratings');
    const fromSheet = readRatingsTable(f, { factors });
    const fromCsv = readRatings('account,factor,score,rater,competitor\n00601,Fit,7,Ana,\n00601,Quality,6.5,Ana,Polypak\n00602,fit,5,Ben,\n', { file: 'ratings.csv', factors });
    expect(fromSheet.set.groups()).toEqual(fromCsv.set.groups());
    expect(fromSheet.problems.size).toBe(0);
  });

  it('an off-scale rating names its cell', async () => {
    const factors = loadCriteria(criteriaTwin, 'criteria.csv');
    const f = await tableFile([['account', 'factor', 'score'], ['A', 'Fit', 12], ['A', 'Quality', true]], 'r.xlsx', 'ratings');
    const parsed = readRatingsTable(f, { factors });
    const mapped = parsed.problems.items.map(f.place);
    expect(mapped.map((p) => `${p.cell} ${p.field}: ${p.message}`)).toEqual([
      'Ratings!C2 score: 12 is outside the scale 1..10 of "Fit"',
      'Ratings!C3 score: the cell holds the logical value TRUE, not a number',
    ]);
  });
});
