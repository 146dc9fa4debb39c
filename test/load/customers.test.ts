/** METHOD.md §2, customers.csv: keys, names, optional columns, factor columns, numbers, problems. */
import { describe, expect, it } from 'vitest';
import { loadCustomers, type CustomersOptions } from '../../src/load/customers.js';
import { expectInputError } from '../helpers/portfolio.js';

const load = (text: string, factors: string[] = ['Spend', 'Fit'], more: Partial<CustomersOptions> = {}) =>
  loadCustomers(text, { file: 'customers.csv', factors, ...more });

const col = (a: Float64Array | null | undefined): Array<number | null> => Array.from(a ?? [], (x) => (Number.isNaN(x) ? null : x));

describe('columns', () => {
  it('reads keys, names, optional columns and factors column-wise', () => {
    const p = load(
      'id,name,segment,channel,revenue,potential,Spend,Fit\n' +
        'C1,Alpha,Retail,Direct,1200000,2000000,8,7\n' +
        'C2,,Pharma,Web,0,500,3,9.5\n',
    );
    expect(p).toMatchObject({ source: 'customers.csv', n: 2, ids: ['C1', 'C2'], names: ['Alpha', 'C2'] });
    expect(p.segments).toEqual(['Retail', 'Pharma']);
    expect(p.channels).toEqual(['Direct', 'Web']);
    expect(col(p.revenue)).toEqual([1200000, 0]);
    expect(col(p.potential)).toEqual([2000000, 500]);
    expect(col(p.values.get('Spend'))).toEqual([8, 3]);
    expect(col(p.values.get('Fit'))).toEqual([7, 9.5]);
    expect(Array.from(p.lines)).toEqual([2, 3]);
    expect(p.headers).toEqual(['id', 'name', 'segment', 'channel', 'revenue', 'potential', 'Spend', 'Fit']);
  });

  it('optional columns absent → null', () => {
    const p = load('id,Spend,Fit\nA,1,2\n');
    expect(p).toMatchObject({ segments: null, channels: null, revenue: null, potential: null });
  });

  it('ids like 00601 stay strings (and so do other numeric-looking keys)', () => {
    const p = load('id,Spend,Fit\n00601,1,2\n1e3,1,2\n601,1,2\n');
    expect(p.ids).toEqual(['00601', '1e3', '601']);
  });

  it('no id column → the first column is the key', () => {
    const p = load('Account,name,Spend,Fit\nX-1,Ex,1,2\nX-2,,3,4\n');
    expect(p.ids).toEqual(['X-1', 'X-2']);
    expect(p.names).toEqual(['Ex', 'X-2']);
  });

  it('header names matched case-insensitively after trimming', () => {
    const p = load(' ID ;  NAME ; spend ;FIT\nk;n;1;2\n', ['Spend', 'Fit']);
    expect(p.ids).toEqual(['k']);
    expect(p.names).toEqual(['n']);
    expect(col(p.values.get('Spend'))).toEqual([1]);
    expect(col(p.values.get('Fit'))).toEqual([2]);
  });

  it('a factor with spaces and capitals in the criteria matches its column', () => {
    const p = load('id,spend volume\nA,4\n', ['  Spend Volume ']);
    expect(col(p.values.get('  Spend Volume '))).toEqual([4]);
  });

  it('a criteria factor matching no column is an InputError naming the factor and listing the columns', () => {
    const err = expectInputError(() => load('id,Spend,Fitt\nA,1,2\n', ['Spend', 'Fit', 'Risk']));
    expect(err.problems).toHaveLength(2);
    expect(err.problems[0]).toMatchObject({ file: 'customers.csv', line: 1 });
    expect(err.problems[0].message).toContain('"Fit"');
    expect(err.problems[1].message).toContain('"Risk"');
    expect(err.message).toContain('fitt');
  });

  it('a factor another source provides may be absent (all missing)', () => {
    const p = load('id,Spend\nA,1\nB,2\n', ['Spend', 'Fit'], { optional: new Set(['Fit']) });
    expect(col(p.values.get('Fit'))).toEqual([null, null]);
  });
});

describe('keys', () => {
  it('duplicate keys are an InputError naming both lines', () => {
    const err = expectInputError(() => load('id,Spend,Fit\nA,1,2\nB,1,2\nA,3,4\n'));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ file: 'customers.csv', line: 4, field: 'id' });
    expect(err.problems[0].message).toContain('line 2');
  });

  it('keys are compared after trimming, and are case-sensitive', () => {
    expectInputError(() => load('id,Spend,Fit\nA,1,2\n A ,1,2\n'));
    expect(load('id,Spend,Fit\nA,1,2\na,1,2\n').ids).toEqual(['A', 'a']);
  });

  it('an empty key is an InputError', () => {
    const err = expectInputError(() => load('id,Spend,Fit\n,1,2\n'));
    expect(err.problems[0]).toMatchObject({ line: 2, field: 'id' });
  });

  it('a header but no data rows is an InputError', () => {
    expectInputError(() => load('id,Spend,Fit\n'));
  });
});

describe('number cells', () => {
  it('missing tokens become NaN', () => {
    const p = load('id,Spend,Fit\nA,,NA\nB,N/A,n/a\nC,-, \n');
    expect(col(p.values.get('Spend'))).toEqual([null, null, null]);
    expect(col(p.values.get('Fit'))).toEqual([null, null, null]);
  });

  it('decimal comma accepted with ; and tab', () => {
    expect(col(load('id;Spend;Fit;revenue\nA;7,5;1;1234,5\n').values.get('Spend'))).toEqual([7.5]);
    expect(col(load('id;Spend;Fit;revenue\nA;7,5;1;1234,5\n').revenue)).toEqual([1234.5]);
    expect(col(load('id\tSpend\tFit\nA\t7,5\t0,25\n').values.get('Fit'))).toEqual([0.25]);
  });

  it('decimal comma rejected with , (a quoted "7,5")', () => {
    const err = expectInputError(() => load('id,Spend,Fit\nA,"7,5",1\n'));
    expect(err.problems[0]).toMatchObject({ file: 'customers.csv', line: 2, field: 'Spend' });
    expect(err.problems[0].message).toContain('decimal comma');
  });

  it('thousands separators are rejected', () => {
    const err = expectInputError(() => load('id;Spend;Fit;revenue\nA;1;1;1.234,5\nB;1;1;1 234\nC;1;1;"1,234.5"\n'));
    expect(err.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'revenue'],
      [3, 'revenue'],
      [4, 'revenue'],
    ]);
    for (const p of err.problems) expect(p.message).toContain('thousands separators');
  });

  it('NaN and Infinity are rejected', () => {
    const err = expectInputError(() => load('id,Spend,Fit,potential\nA,NaN,Infinity,-Infinity\n'));
    expect(err.problems.map((p) => p.field).sort()).toEqual(['Fit', 'Spend', 'potential']);
    expect(err.problems.every((p) => p.line === 2)).toBe(true);
  });
});

describe('all problems of a file come in one InputError', () => {
  it('bad numbers, ragged rows, duplicate and empty keys together', () => {
    const text = [
      'id,name,Spend,Fit,revenue',
      'A,Alpha,1,2,100', // 2 ok
      'B,Beta,x,2,100', // 3 Spend not a number
      'C,Gamma,1', // 4 ragged
      'A,Again,1,2,100', // 5 duplicate key
      ',Nobody,1,2,100', // 6 empty key
      'D,Delta,1,2,1.000.000', // 7 thousands separators
      'E,"Multi', // 8 quoted name over two lines
      'line",1,2,?', // 9 revenue not a number; reported at line 8
    ].join('\n');
    const err = expectInputError(() => load(text));
    expect(err.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(err.problems.every((p) => p.file === 'customers.csv')).toBe(true);
    expect(err.lines()).toHaveLength(6);
  });
});

describe('an Excel-style export', () => {
  it('BOM, semicolons, CRLF, decimal commas and quoted names', () => {
    const text = '\uFEFFID;Name;Revenue;Spend;Fit\r\n00601;"Müller; Söhne";1234,5;7,5;N/A\r\n00602;"Say ""hi""";0;1;10\r\n';
    const p = load(text);
    expect(p.ids).toEqual(['00601', '00602']);
    expect(p.names).toEqual(['Müller; Söhne', 'Say "hi"']);
    expect(col(p.revenue)).toEqual([1234.5, 0]);
    expect(col(p.values.get('Spend'))).toEqual([7.5, 1]);
    expect(col(p.values.get('Fit'))).toEqual([null, 10]);
    expect(p.headers[0]).toBe('ID');
  });
});

describe('line numbers', () => {
  it('records after an embedded line break keep their real line', () => {
    const p = load('id,name,Spend,Fit\r\nA,"two\r\nlines",1,2\r\n\r\nB,b,3,4\r\n');
    expect(Array.from(p.lines)).toEqual([2, 5]);
    expect(p.names[0]).toBe('two\r\nlines');
  });
});

describe('keys and names as bytes', () => {
  const cellsOf = (p: ReturnType<typeof load>, cell: 0 | 1): string[] =>
    Array.from({ length: p.n }, (_, r) => Buffer.from(p.bytes!.text.subarray(p.bytes!.at[2 * r + cell], p.bytes!.at[2 * r + cell + 1])).toString('utf8'));

  it('holds exactly the bytes of ids and names (trimmed, unquoted; the key for an empty name)', () => {
    const p = load('id,name,segment,Spend,Fit\n C1 ," Müller, ""Söhne"" ",Retail,1,2\nC2,,Pharma,3,4\nC10,\t😀 ,Retail,5,6\n');
    expect(cellsOf(p, 0)).toEqual(p.ids);
    expect(cellsOf(p, 1)).toEqual(p.names);
    expect(p.names).toEqual(['Müller, "Söhne"', 'C2', '😀']);
    expect(Array.from(p.bytes!.segmentOf!, (c) => p.bytes!.segmentValues[c])).toEqual(p.segments);
  });

  it('knows whether the keys ascend in file order (code-unit order)', () => {
    expect(load('id,Spend,Fit\nA,1,2\nB,1,2\nb,1,2\n').keysAscending).toBe(true);
    expect(load('id,Spend,Fit\nB,1,2\nA,1,2\n').keysAscending).toBe(false);
    expect(load('id,Spend,Fit\nC10,1,2\nC9,1,2\n').keysAscending).toBe(true);
    // Above U+FFFF sorts below U+E000–U+FFFF in code units, though not in bytes.
    expect(load('id,Spend,Fit\n😀,1,2\n\uffee,1,2\n').keysAscending).toBe(true);
    expect(load('id,Spend,Fit\n\uffee,1,2\n😀,1,2\n').keysAscending).toBe(false);
  });

  it('finds a repeated key whether or not the keys came sorted', () => {
    expect(expectInputError(() => load('id,Spend,Fit\nA,1,2\nB,1,2\nA,1,2\n')).message).toMatch(/the key "A" is already used on line 2/);
    expect(expectInputError(() => load('id,Spend,Fit\nA,1,2\nB,1,2\nB,1,2\n')).message).toMatch(/the key "B" is already used on line 3/);
  });
});

