/** load/encoding.ts: what kam reads as text, what it converts and what it refuses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { decodeText, decodeWindows1252, encodeText, readEncoding, refuseBinaryHead, utf8Chunks } from '../../src/load/encoding.js';

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
        expect(problem(() => [...utf8Chunks(split(b, cuts), 'x.csv')])).toContain(`x.csv, line ${linesBefore + 2}: the text is not valid UTF-8 (byte 0xE9`);
      }),
      { numRuns: 200 },
    );
  });

  it('a sequence left open at the end of the file is refused', () => {
    expect(problem(() => decodeText(Buffer.from([0x61, 0xe2, 0x82]), 'x.csv'))).toContain('x.csv, line 1: the text is not valid UTF-8');
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
    expect(problem(() => decodeText(b, 'x.csv'))).toBe('x.csv, line 1: the text is not valid UTF-16LE (a high surrogate 0xD800 without its low surrogate), though the file starts with a UTF-16LE byte-order mark.');
  });
});

describe('refused with a clear sentence', () => {
  it('Windows-1252 read as UTF-8 (the default): the line, the byte and the flag that reads it', () => {
    const b = Buffer.from('id,name\nC1,Caf\xe9\n', 'latin1');
    expect(problem(() => decodeText(b, 'my data.csv'))).toBe(
      'my data.csv, line 2: the text is not valid UTF-8 (byte 0xE9); if the file is Windows-1252 or Latin-1 (as Excel saves "CSV" on Windows), add --encoding windows-1252.',
    );
    expect(problem(() => decodeText(b, 'standard input', 'utf-8'))).toContain('standard input, line 2: the text is not valid UTF-8 (byte 0xE9); if the file');
  });
  it('a kam JSON document (always UTF-8) names no flag that would not help', () => {
    const b = Buffer.from('{"a":"Caf\xe9"}', 'latin1');
    expect(problem(() => decodeText(b, 's.json', 'json'))).toBe(
      "s.json, line 1: the text is not valid UTF-8 (byte 0xE9); kam's JSON files (sessions, results) are always UTF-8; --encoding is for CSV inputs.",
    );
    expect(problem(() => decodeText(Buffer.from('{"schema":"kam/session@1"}', 'utf16le'), 's.json', 'json'))).toContain("UTF-16 text without a byte-order mark; kam's JSON files (sessions, results) are UTF-8");
  });
  it('a UTF-8 BOM decides: invalid bytes after it are invalid UTF-8, whatever --encoding says', () => {
    const b = Buffer.from('\xef\xbb\xbfid\nCaf\xe9\n', 'latin1');
    expect(problem(() => decodeText(b, 'x.csv', 'windows-1252'))).toBe(
      'x.csv, line 2: the text is not valid UTF-8 (byte 0xE9); the file starts with a UTF-8 byte-order mark, so it is read as UTF-8 whatever --encoding says.',
    );
  });
  it('binary data, workbooks, UTF-16 without a BOM', () => {
    expect(problem(() => decodeText(Buffer.from([1, 2, 0, 3]), 'b.csv'))).toContain('b.csv: this is not a text file: it contains NUL bytes');
    expect(problem(() => decodeText(Buffer.from('PK\x03\x04rest', 'latin1'), 'a.xlsx'))).toContain('Excel workbook (.xlsx)');
    expect(problem(() => decodeText(Buffer.from('id,name\n', 'utf16le'), 'w.csv'))).toBe('w.csv: the file looks like UTF-16 text without a byte-order mark; add --encoding utf-16 to read it.');
    expect(problem(() => decodeText(Buffer.from('id,name\n', 'utf16le').swap16(), 'w.csv'))).toContain('UTF-16 big-endian text without a byte-order mark');
  });
});

/** Windows-1252's bytes 0x80-0x9F as the WHATWG index (and Microsoft's table) give them; undefined bytes left out. */
const CP1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
  0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/** Every string Windows-1252 can hold (no NUL, none of its five undefined bytes). */
const cp1252Text = fc
  .array(fc.oneof(fc.integer({ min: 1, max: 0x7f }), fc.integer({ min: 0xa0, max: 0xff }), fc.constantFrom(...Object.keys(CP1252_HIGH).map(Number))), { maxLength: 300 })
  .map((bytes) => bytes.map((b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b] : String.fromCharCode(b))).join(''));

describe('--encoding windows-1252 and latin1', () => {
  it('bytes 0x80-0x9F are the Windows-1252 characters (not the C1 controls Node 20 TextDecoder gives), the rest is Latin-1', () => {
    for (const [byte, ch] of Object.entries(CP1252_HIGH)) expect(decodeWindows1252(Uint8Array.of(Number(byte)))).toBe(ch);
    expect(decodeWindows1252(Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0xa0, 0xff))).toBe('Café € \u00a0ÿ');
  });

  it('a Windows-1252 export reads as the same text with either flag, and the same as its UTF-8 twin', () => {
    const bytes = Buffer.from([...Buffer.from('id,name\nC1,'), 0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9, 0x20, 0x93, 0x80, 0x94, 0x0a]);
    expect(decodeText(bytes, 'x.csv', 'windows-1252')).toBe('id,name\nC1,Société “€”\n');
    expect(decodeText(bytes, 'x.csv', 'latin1')).toBe('id,name\nC1,Société “€”\n');
    expect(decodeText(Buffer.from('id,name\nC1,Société “€”\n'), 'x.csv')).toBe('id,name\nC1,Société “€”\n');
  });

  it.each([0x81, 0x8d, 0x8f, 0x90, 0x9d])('byte 0x%s, which Windows-1252 leaves undefined, is refused with its line', (byte) => {
    const b = Buffer.from([...Buffer.from('id,name\nC1,x\nC2,'), byte, 0x0a]);
    expect(problem(() => decodeText(b, 'x.csv', 'windows-1252'))).toBe(
      `x.csv, line 3: byte 0x${byte.toString(16).toUpperCase()} is not a character in Windows-1252, so the file is in another encoding; try --encoding utf-8 or --encoding utf-16.`,
    );
    expect(problem(() => decodeText(b, 'x.csv', 'latin1'))).toContain(`x.csv, line 3: byte 0x${byte.toString(16).toUpperCase()} is not a character in Latin-1 as kam reads it`);
  });

  it('NUL bytes are binary data whatever the flag', () => {
    expect(problem(() => decodeText(Buffer.from([0x61, 0x00, 0x62]), 'b.csv', 'windows-1252'))).toContain('b.csv: this is not a text file: it contains NUL bytes');
  });

  it('property: any text Windows-1252 holds round-trips through its bytes, cut into chunks anywhere', () => {
    fc.assert(
      fc.property(cp1252Text, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const bytes = encodeText(text, 'windows-1252', 'x.csv');
        expect(bytes.length).toBe(text.length);
        expect(joined(utf8Chunks(split(bytes, cuts), 'x.csv', 'windows-1252'))).toBe(text);
        expect(joined(utf8Chunks(split(bytes, cuts), 'x.csv', 'latin1'))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('a character Windows-1252 cannot hold is not written as something else', () => {
    expect(() => encodeText('Zürich 東京', 'windows-1252', 'c.csv')).toThrow('c.csv: the character U+6771 cannot be written in Windows-1252');
  });
});

describe('--encoding utf-16', () => {
  it('without a BOM: little-endian, cut anywhere (even inside a surrogate pair); with one, the BOM decides', () => {
    const text = 'id,name\nC1,Zürich 東京 😀\n';
    const le = Buffer.from(text, 'utf16le');
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 8 }), (cuts) => {
        expect(joined(utf8Chunks(split(le, cuts), 'x.csv', 'utf-16'))).toBe(text);
      }),
      { numRuns: 200 },
    );
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
    expect(decodeText(be, 'x.csv', 'utf-16')).toBe(text);
    expect(decodeText(be, 'x.csv', 'windows-1252')).toBe(text);
  });

  it('property: any string of whole characters round-trips, cut into chunks anywhere', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.array(fc.nat(), { maxLength: 8 }), (s, cuts) => {
        const text = `id,name\n${s.replace(/\0/g, '')}`;
        expect(joined(utf8Chunks(split(Buffer.from(text, 'utf16le'), cuts), 'x.csv', 'utf-16'))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('refused with the line: an unpaired surrogate, a low surrogate alone, half a character at the end, NUL characters', () => {
    const lines = Buffer.from('id,name\nC1,a\n', 'utf16le');
    const at3 = (units: number[]): Buffer => Buffer.concat([lines, Buffer.from(Uint16Array.from(units).buffer)]);
    expect(problem(() => decodeText(at3([0x43, 0xd83d, 0x41]), 'x.csv', 'utf-16'))).toBe(
      'x.csv, line 3: the text is not valid UTF-16LE (a high surrogate 0xD83D without its low surrogate); is the file really UTF-16? without --encoding utf-16 kam reads UTF-8.',
    );
    expect(problem(() => decodeText(at3([0xde00]), 'x.csv', 'utf-16'))).toContain('x.csv, line 3: the text is not valid UTF-16LE (a low surrogate 0xDE00 without its high surrogate)');
    expect(problem(() => decodeText(at3([0xd83d]), 'x.csv', 'utf-16'))).toContain('the file ends with a high surrogate 0xD83D without its low surrogate');
    expect(problem(() => decodeText(Buffer.concat([lines, Buffer.from([0x41])]), 'x.csv', 'utf-16'))).toContain('line 3: the text is not valid UTF-16LE (the file ends in the middle of a character');
    expect(problem(() => decodeText(at3([0x41, 0]), 'x.csv', 'utf-16'))).toBe('x.csv, line 3: this is not a text file: it contains NUL characters (binary data, not CSV).');
  });

  it('an endless stream of zeros stops in its first bytes', () => {
    expect(() => refuseBinaryHead(new Uint8Array(1 << 16), '/dev/zero', 'utf-16')).toThrow('/dev/zero, line 1: this is not a text file: it contains NUL characters');
  });

  it('big-endian without a BOM is refused, not read as little-endian garbage', () => {
    expect(problem(() => decodeText(Buffer.from('id,name\nC1,a\n', 'utf16le').swap16(), 'x.csv', 'utf-16'))).toContain('UTF-16 big-endian text without a byte-order mark');
  });

  it('a file with no zero byte in its header is not UTF-16: ASCII reads as itself (the criteria beside a UTF-16 export), anything else is refused', () => {
    expect(decodeText(Buffer.from('factor,axis\nSpend,attractiveness\n'), 'c.csv', 'utf-16')).toBe('factor,axis\nSpend,attractiveness\n');
    expect(problem(() => decodeText(Buffer.from('factor,axis\nQualité,strength\n'), 'c.csv', 'utf-16'))).toContain('c.csv, line 2: byte 0xC3 is not ASCII, and the file is not UTF-16');
  });
});

describe('readEncoding and encodeText: kam weights writes a file back as it was read', () => {
  it('the BOM decides, else the flag (latin1 is Windows-1252)', () => {
    expect(readEncoding(Buffer.from('abc'))).toBe('utf-8');
    expect(readEncoding(Buffer.from('abc'), 'latin1')).toBe('windows-1252');
    expect(readEncoding(Buffer.from('abc', 'utf16le'), 'utf-16')).toBe('utf-16le');
    // ASCII under --encoding utf-16 (no zero byte: not UTF-16) is read, and written back, as ASCII.
    expect(readEncoding(Buffer.from('abc'), 'utf-16')).toBe('utf-8');
    expect(readEncoding(Buffer.from([0xfe, 0xff, 0, 0x61]), 'windows-1252')).toBe('utf-16be');
    expect(readEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'utf-16')).toBe('utf-8');
  });
  it('hand-computed bytes', () => {
    expect([...encodeText('\ufeffé€', 'utf-16le', 'c.csv')]).toEqual([0xff, 0xfe, 0xe9, 0x00, 0xac, 0x20]);
    expect([...encodeText('\ufeffé€', 'utf-16be', 'c.csv')]).toEqual([0xfe, 0xff, 0x00, 0xe9, 0x20, 0xac]);
    expect([...encodeText('é€', 'windows-1252', 'c.csv')]).toEqual([0xe9, 0x80]);
    expect([...encodeText('é€', 'utf-8', 'c.csv')]).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac]);
  });
});
