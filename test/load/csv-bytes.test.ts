/** The byte scanner gives the same records and lines however a file is cut into chunks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner, fieldRaw, type FieldView } from '../../src/load/csv-bytes.js';

function scan(chunks: Uint8Array[], delimiter = ','): Array<[string[], number]> {
  const out: Array<[string[], number]> = [];
  const s = new CsvScanner(delimiter.charCodeAt(0), 'f.csv', (v: FieldView, line) => {
    out.push([Array.from({ length: v.count }, (_, i) => fieldRaw(v, i)), line]);
  });
  // Like the file reader, hand every chunk over in one reused buffer.
  const shared = Buffer.alloc(Math.max(1, ...chunks.map((c) => c.length)));
  for (const c of chunks) {
    shared.set(c);
    s.push(shared.subarray(0, c.length));
    shared.fill(0x23);
  }
  s.end();
  return out;
}

function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let prev = 0;
  for (const p of at) {
    chunks.push(bytes.subarray(prev, p));
    prev = p;
  }
  chunks.push(bytes.subarray(prev));
  return chunks;
}

describe('CsvScanner', () => {
  it('chunk boundaries change nothing (CRLF split, quotes split, multi-byte characters split)', () => {
    const cell = fc.stringMatching(/^[a-zé€"\r\n ,;]{0,6}$/);
    const quoteCell = (c: string): string => (/[",;\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, eol, bom, points) => {
          const text = (bom ? '\ufeff' : '') + rows.map((r) => r.map(quoteCell).join(',')).join(eol) + eol;
          const bytes = Buffer.from(text, 'utf8');
          expect(scan(cut(bytes, points))).toEqual(scan([bytes]));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts lines of records that span lines, and of lone CRs', () => {
    const r = scan([Buffer.from('a,b\r\n"x\r\ny",z\rc,d\n\nlast,1')]);
    expect(r).toEqual([
      [['a', 'b'], 1],
      [['x\r\ny', 'z'], 2],
      [['c', 'd'], 4],
      [['last', '1'], 6],
    ]);
  });
});
