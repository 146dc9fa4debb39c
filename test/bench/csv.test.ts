// The benchmark's own small CSV reader (it checks kam's output, so it must not be kam's reader).
import { describe, expect, it } from 'vitest';
import { forEachRecord, readObjects, records } from '../../bench/lib/csv.mjs';

describe('records', () => {
  it('splits plain and quoted fields, with "" escapes, embedded commas and line breaks', () => {
    const text = 'a,b,c\n1,"x, y",3\n"he said ""hi""","two\nlines",\n';
    expect([...records(text)]).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', '3'],
      ['he said "hi"', 'two\nlines', ''],
    ]);
  });
  it('reads CRLF, a BOM, and a last line without a line break', () => {
    expect([...records('\uFEFFa,b\r\n1,2')]).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('takes another delimiter', () => {
    expect([...records('a;b\n1,5;2\n', ';')]).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });
  it('refuses an unterminated quote and text after a closing quote', () => {
    expect(() => [...records('a\n"open\n')]).toThrow(/unterminated/);
    expect(() => [...records('"a"b\n')]).toThrow(/after a quoted field/);
  });
});

describe('forEachRecord and readObjects', () => {
  it('counts records and maps rows to the header (trimmed), empty for a short row', () => {
    const seen: number[] = [];
    expect(forEachRecord('h\n1\n2\n', (_f, r) => seen.push(r))).toBe(3);
    expect(seen).toEqual([0, 1, 2]);
    expect(readObjects(' factor ,weight\nA,5\nB\n')).toEqual([
      { factor: 'A', weight: '5' },
      { factor: 'B', weight: '' },
    ]);
  });
});
