/** The shared table reader: header checks, ragged rows, delimiter choice and number rules. */
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../src/core/errors.js';
import type { Delimiter } from '../../src/load/csv-reader.js';
import { readTable, type CsvTable } from '../../src/load/table.js';
import { expectInputError } from '../helpers/portfolio.js';

function load(text: string, delimiter?: Delimiter) {
  const problems = new ProblemList();
  const rows: Array<[string[], number]> = [];
  const table: CsvTable = readTable(text, 't.csv', delimiter, problems, (fields, line) => rows.push([fields, line]));
  return { table, rows, problems: problems.items };
}

describe('header', () => {
  it('trimmed names, case-insensitive column map', () => {
    const { table } = load(' ID , Spend Volume ,name\n1,2,3\n');
    expect(table.headers).toEqual(['ID', 'Spend Volume', 'name']);
    expect([...table.columns]).toEqual([
      ['id', 0],
      ['spend volume', 1],
      ['name', 2],
    ]);
  });

  it('an empty header name is an InputError naming the column', () => {
    const err = expectInputError(() => load('id,,name\n1,2,3'));
    expect(err.problems).toEqual([expect.objectContaining({ file: 't.csv', line: 1, field: 'column 2' })]);
    expect(err.message).toContain('empty');
  });

  it('a duplicate header (after trimming and ignoring case) is an InputError naming both columns', () => {
    const err = expectInputError(() => load('id,Spend, spend \n1,2,3'));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ file: 't.csv', line: 1, field: 'spend' });
    expect(err.problems[0].message).toContain('columns 2 and 3');
  });

  it('empty and duplicate headers come together', () => {
    const err = expectInputError(() => load('id,,x,X,ID\n'));
    expect(err.problems).toHaveLength(3);
  });

  it('an empty file, or one with only a BOM and blank lines, is an InputError', () => {
    for (const text of ['', '\uFEFF', '\n\n', '  \r\n']) {
      const err = expectInputError(() => load(text));
      expect(err.problems[0].file).toBe('t.csv');
      expect(err.message).toContain('empty');
    }
  });

  it('the header need not be on line 1', () => {
    const { rows } = load('\n\nid,x\n1,2\n');
    expect(rows).toEqual([[['1', '2'], 4]]);
  });
});

describe('rows', () => {
  it('ragged rows are listed together, each with its line', () => {
    const { rows, problems } = load('id,a,b\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n13\n');
    expect(rows.map(([, line]) => line)).toEqual([2, 5]);
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['t.csv', 3],
      ['t.csv', 4],
      ['t.csv', 6],
    ]);
    expect(problems[0].message).toContain('2 fields but the header has 3');
  });

  it('a line of spaces is skipped, not ragged', () => {
    const { rows, problems } = load('id,a\n1,2\n   \n3,4\n');
    expect(problems).toEqual([]);
    expect(rows.map(([, line]) => line)).toEqual([2, 4]);
  });

  it('line numbers after a quoted multi-line cell stay right', () => {
    const { rows } = load('id,note\n1,"a\nb\nc"\n2,x\n');
    expect(rows).toEqual([
      [['1', 'a\nb\nc'], 2],
      [['2', 'x'], 5],
    ]);
  });
});

describe('delimiter and decimal comma', () => {
  it('sniffed: comma → no decimal comma; semicolon and tab → decimal comma', () => {
    expect(load('a,b\n').table).toMatchObject({ delimiter: ',', decimalComma: false });
    expect(load('a;b\n').table).toMatchObject({ delimiter: ';', decimalComma: true });
    expect(load('a\tb\n').table).toMatchObject({ delimiter: '\t', decimalComma: true });
  });

  it('--delimiter overrides the sniffing', () => {
    const { table, rows } = load('a;b,c\n1;2,3\n', ',');
    expect(table.headers).toEqual(['a;b', 'c']);
    expect(rows).toEqual([[['1;2', '3'], 2]]);
  });

  it('a BOM before the header', () => {
    expect(load('\uFEFFid;x\n1;2').table.headers).toEqual(['id', 'x']);
  });
});
