/** load/encoding.ts: what kam reads as text, what it converts and what it refuses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { decodeText, utf8Chunks } from '../../src/load/encoding.js';

const joined = (chunks: Iterable<Uint8Array>): string => Buffer.concat([...chunks]).toString('utf8');
/** `b` cut into pieces at the given points. */
function split(b: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (b.length + 1)))].sort((x, y) => x - y);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of [...points, b.length]) {
    out.push(b.subarray(from, p));
    from = p;
  }
  return out;
}
function problem(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).message;
  }
  throw new Error('no error');
}

describe('UTF-8', () => {
  it('passes through with or without a BOM (the BOM is dropped from whole-file text)', () => {
    expect(decodeText(Buffer.from('a,b\n'), 'x.csv')).toBe('a,b\n');
    expect(decodeText(Buffer.from('\ufeffa,b\n'), 'x.csv')).toBe('a,b\n');
  });

  it('property: valid UTF-8 cut into chunks anywhere (even inside a character) comes through unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const b = Buffer.from(text, 'utf8');
        expect(joined(utf8Chunks(split(b, cuts), 'x.csv'))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('property: invalid UTF-8 is refused wherever the chunks are cut, naming the same line', () => {
    fc.assert(
      fc.property(fc.nat({ max: 5 }), fc.array(fc.nat(), { maxLength: 6 }), (linesBefore, cuts) => {
        const b = Buffer.concat([Buffer.from('id,name\n'.repeat(linesBefore + 1)), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]);
        expect(problem(() => [...utf8Chunks(split(b, cuts), 'x.csv')])).toContain(`x.csv, line ${linesBefore + 2}: the file is not UTF-8 (byte 0xE9`);
      }),
      { numRuns: 200 },
    );
  });

  it('a sequence left open at the end of the file is refused', () => {
    expect(problem(() => decodeText(Buffer.from([0x61, 0xe2, 0x82]), 'x.csv'))).toContain('x.csv, line 1: the file is not UTF-8');
  });
});

describe('UTF-16 with a byte-order mark is converted', () => {
  it.each(['utf16le', 'utf16be'] as const)('%s, cut anywhere', (enc) => {
    const text = 'id,name\nC1,Zürich 東京 😀\n';
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    const bytes = enc === 'utf16le' ? le : Buffer.from(le).swap16();
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 6 }), (cuts) => {
        expect(joined(utf8Chunks(split(bytes, cuts), 'x.csv'))).toBe(text);
      }),
    );
    expect(decodeText(bytes, 'x.csv')).toBe(text);
  });

  it('an unpaired surrogate is refused', () => {
    const b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(problem(() => decodeText(b, 'x.csv'))).toContain('starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text');
  });
});

describe('refused with a clear sentence', () => {
  it('Windows-1252, with the iconv command (file names quoted for the shell)', () => {
    const b = Buffer.from('id,name\nC1,Caf\xe9\n', 'latin1');
    expect(problem(() => decodeText(b, 'my data.csv'))).toBe(
      `my data.csv, line 2: the file is not UTF-8 (byte 0xE9 looks like Windows-1252, as Excel saves "CSV" on Windows); convert it to UTF-8 first (iconv -f WINDOWS-1252 -t UTF-8 'my data.csv' > 'my data-utf8.csv').`,
    );
    expect(problem(() => decodeText(b, 'standard input'))).toContain('(iconv -f WINDOWS-1252 -t UTF-8 < in.csv > out.csv)');
  });
  it('binary data, workbooks, UTF-16 without a BOM', () => {
    expect(problem(() => decodeText(Buffer.from([1, 2, 0, 3]), 'b.csv'))).toContain('b.csv: this is not a text file: it contains NUL bytes');
    expect(problem(() => decodeText(Buffer.from('PK\x03\x04rest', 'latin1'), 'a.xlsx'))).toContain('Excel workbook (.xlsx)');
    expect(problem(() => decodeText(Buffer.from('id,name\n', 'utf16le'), 'w.csv'))).toContain('UTF-16LE text without a byte-order mark');
    expect(problem(() => decodeText(Buffer.from('id,name\n', 'utf16le').swap16(), 'w.csv'))).toContain('UTF-16BE text without a byte-order mark');
  });
});
