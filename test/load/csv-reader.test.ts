/** METHOD.md §2, the CSV reader: sniffing, BOM, line endings, RFC 4180 quoting, line numbers. */
import { describe, expect, it } from 'vitest';
import { headerKey, parseDelimiterName, readCsv, sniffDelimiter, stripBom, type Delimiter } from '../../src/load/csv-reader.js';
import { expectInputError } from '../helpers/portfolio.js';

/** Every record with the line where it starts. */
function read(text: string, delimiter: Delimiter = ','): Array<[string[], number]> {
  const out: Array<[string[], number]> = [];
  readCsv(text, delimiter, 'f.csv', (fields, line) => out.push([fields, line]));
  return out;
}

describe('sniffDelimiter (from the header line)', () => {
  it('comma, semicolon, tab', () => {
    expect(sniffDelimiter('id,name,Spend\n1,2,3')).toBe(',');
    expect(sniffDelimiter('id;name;Spend\n1;2;3')).toBe(';');
    expect(sniffDelimiter('id\tname\tSpend\n1\t2\t3')).toBe('\t');
  });

  it('ignores delimiters inside a quoted header name', () => {
    // two commas inside quotes, one real semicolon
    expect(sniffDelimiter('"Spend, volume, EUR";id\n1;2')).toBe(';');
    // semicolons inside quotes, real tabs
    expect(sniffDelimiter('"a;b;c"\t"d;e"\tf\n')).toBe('\t');
    // a comma file whose header mentions semicolons
    expect(sniffDelimiter('id,"cost; to serve","fit; resources"\n1,2,3')).toBe(',');
  });

  it('looks only at the header line (LF, CRLF or CR)', () => {
    expect(sniffDelimiter('a,b\n1;2;3;4;5')).toBe(',');
    expect(sniffDelimiter('a;b\r\n1,2,3,4')).toBe(';');
    expect(sniffDelimiter('a\tb\r1,2,3,4')).toBe('\t');
  });

  it('a quote inside an unquoted header name is text, as the reader treats it', () => {
    // `Pipe 5"` is not a quoted field; it must not hide the semicolons after it
    expect(sniffDelimiter('Pipe 5";id;x\n1;2;3')).toBe(';');
    expect(sniffDelimiter('id\tSize 12"\tx\ty\n')).toBe('\t');
    // a doubled quote inside a quoted name does not end it
    expect(sniffDelimiter('"a ""b, c"" d";e\n')).toBe(';');
  });

  it('a quoted header name over two lines is still part of the header', () => {
    expect(sniffDelimiter('"Spend\nvolume";id;x\n1,2,3,4,5')).toBe(';');
  });

  it('ties go to comma, then semicolon; none at all means comma', () => {
    expect(sniffDelimiter('a,b;c')).toBe(',');
    expect(sniffDelimiter('a;b\tc')).toBe(';');
    expect(sniffDelimiter('id\n1')).toBe(',');
  });

  it('a BOM does not get in the way', () => {
    expect(sniffDelimiter(stripBom('\uFEFFid;name'))).toBe(';');
    expect(sniffDelimiter('\uFEFFid;name')).toBe(';');
    // the BOM must not make the quote look like text in the middle of a field
    expect(sniffDelimiter('\uFEFF"a;b;c",d')).toBe(',');
  });
});

describe('BOM', () => {
  it('is stripped, so the first header is "id" and not "\\uFEFFid"', () => {
    expect(read('\uFEFFid,name\n1,x')).toEqual([
      [['id', 'name'], 1],
      [['1', 'x'], 2],
    ]);
    expect(read('\uFEFF"id",name')).toEqual([[['id', 'name'], 1]]);
  });
  it('only a leading BOM is special', () => {
    expect(read('a,\uFEFFb')).toEqual([[['a', '\uFEFFb'], 1]]);
  });
});

describe('line endings', () => {
  it('LF, CRLF and CR', () => {
    const want = [
      [['a', 'b'], 1],
      [['c', 'd'], 2],
    ];
    expect(read('a,b\nc,d\n')).toEqual(want);
    expect(read('a,b\r\nc,d\r\n')).toEqual(want);
    expect(read('a,b\rc,d\r')).toEqual(want);
    expect(read('a,b\nc,d')).toEqual(want);
  });

  it('mixed in one file', () => {
    expect(read('a\r\nb\nc\rd\r\ne').map(([f, l]) => [f[0], l])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
      ['e', 5],
    ]);
  });

  it('empty lines are skipped but counted', () => {
    expect(read('a\n\nb\r\n\r\nc\r\rd\n').map(([f, l]) => [f[0], l])).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 5],
      ['d', 7],
    ]);
  });

  it('a line of spaces is a record (the table loader decides)', () => {
    expect(read('a\n  \nb')).toEqual([
      [['a'], 1],
      [['  '], 2],
      [['b'], 3],
    ]);
  });
});

describe('quoted fields', () => {
  it('doubled quotes, delimiters and empty quoted fields', () => {
    expect(read('"say ""hi""","a,b",""\n')).toEqual([[['say "hi"', 'a,b', ''], 1]]);
    expect(read('"x;y";"";z', ';')).toEqual([[['x;y', '', 'z'], 1]]);
    expect(read('"a\tb"\tc', '\t')).toEqual([[['a\tb', 'c'], 1]]);
  });

  it('a quote inside an unquoted field is kept as it is', () => {
    expect(read('5" pipe,x\n')).toEqual([[['5" pipe', 'x'], 1]]);
  });

  it('embedded line breaks are kept and the lines of the FOLLOWING records stay right', () => {
    const text = 'id,note\n1,"two\nlines"\n2,"three\r\nlines\rhere"\n3,x\n';
    expect(read(text)).toEqual([
      [['id', 'note'], 1],
      [['1', 'two\nlines'], 2],
      [['2', 'three\r\nlines\rhere'], 4],
      [['3', 'x'], 7],
    ]);
  });

  it('CRLF file with a quoted CRLF', () => {
    expect(read('h\r\n"a\r\nb"\r\nc\r\n')).toEqual([
      [['h'], 1],
      [['a\r\nb'], 2],
      [['c'], 4],
    ]);
  });

  it('a quoted record at the end without a line break', () => {
    expect(read('a\n"b"')).toEqual([
      [['a'], 1],
      [['b'], 2],
    ]);
  });

  it('a trailing delimiter gives a trailing empty field', () => {
    expect(read('a,"b",\n')).toEqual([[['a', 'b', ''], 1]]);
    expect(read('a,b,\n')).toEqual([[['a', 'b', ''], 1]]);
  });

  it('unclosed quote → InputError with the line where it opened', () => {
    const err = expectInputError(() => read('id,note\n1,ok\n2,"never closed\n3,x\n4,y\n'));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ file: 'f.csv', line: 3 });
    expect(err.message).toMatch(/^f\.csv, line 3: .*never closed/);
  });

  it('unclosed quote after an embedded line break points at the opening line', () => {
    const err = expectInputError(() => read('a\n"b\nc"\n"d\ne\nf'));
    expect(err.problems[0].line).toBe(4);
  });

  it('text after a closing quote → InputError with line and column', () => {
    const err = expectInputError(() => read('a,b\n"x"y,z\n'));
    expect(err.problems[0]).toMatchObject({ file: 'f.csv', line: 2, field: 'column 1' });
  });
});

describe('small helpers', () => {
  it('parseDelimiterName', () => {
    expect(parseDelimiterName(',')).toBe(',');
    expect(parseDelimiterName('COMMA')).toBe(',');
    expect(parseDelimiterName('semicolon')).toBe(';');
    expect(parseDelimiterName(';')).toBe(';');
    expect(parseDelimiterName('tab')).toBe('\t');
    expect(parseDelimiterName('\\t')).toBe('\t');
    expect(parseDelimiterName('\t')).toBe('\t');
    expect(parseDelimiterName('|')).toBeNull();
  });

  it('headerKey trims spaces and ignores case', () => {
    expect(headerKey('  Spend Volume ')).toBe('spend volume');
    expect(headerKey('ID')).toBe('id');
  });
});
