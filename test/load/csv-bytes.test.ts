/** The byte scanner gives the same records and lines however a file is cut into chunks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner, fieldRaw, type FieldView } from '../../src/load/csv-bytes.js';
import { parseNumberBytes } from '../../src/load/number-bytes.js';

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

  it('numbers parsed during the scan equal parseNumberBytes of the same bytes, however the file is cut', () => {
    const digits = fc.stringMatching(/^[0-9]{1,18}$/);
    const cell = fc.oneof(
      digits,
      fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`),
      fc.tuple(digits, digits).map(([a, b]) => `${a},${b}`),
      fc.stringMatching(/^[-+ 0-9.,eE]{0,7}$/),
      fc.constantFrom('', 'NA', 'n/a', '-', '"7"', '"1,5"', '5.', '.5', '1e3', ' 4', '4 ', '00012', '0.000000000000001'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, delimiter, eol, points) => {
          const dc = delimiter !== ',';
          const quote = (c: string): string => (c.includes(delimiter) && !c.startsWith('"') ? `"${c}"` : c);
          const text = `a${delimiter}b${delimiter}c${eol}${rows.map((r) => r.map(quote).join(delimiter)).join(eol)}${eol}`;
          const bytes = Buffer.from(text, 'utf8');
          const seen: Array<Array<number | null>> = [];
          // A record with a quoted field is unquoted first, and its numbers parsed afterwards.
          const plainRows = rows.map((r) => !r.map(quote).some((c) => c.startsWith('"')));
          let header = true;
          const s = new CsvScanner(delimiter.charCodeAt(0), 'f.csv', (v: FieldView) => {
            if (header) {
              header = false;
              s.numericColumns([0, 2], dc);
              return;
            }
            const row: Array<number | null> = [];
            for (let i = 0; i < v.count; i++) {
              const fast = v.numbers[i];
              if (i === 1 || fast !== fast) row.push(null);
              else {
                // What the scan parsed is what the full parser gives for the field's bytes.
                expect(Object.is(fast, parseNumberBytes(v.buf, v.starts[i], v.ends[i], dc))).toBe(true);
                row.push(fast);
              }
              const raw = fieldRaw(v, i);
              // A plain decimal of up to 15 digits is always parsed by the scan.
              if (i !== 1 && plainRows[seen.length] && /^[0-9]+([.,][0-9]+)?$/.test(raw) && raw.replace(/[.,]/, '').length <= 15 && (dc || !raw.includes(','))) expect(fast === fast).toBe(true);
              // A column not asked for is never parsed.
              if (i === 1) expect(fast !== fast).toBe(true);
            }
            seen.push(row);
          });
          for (const c of cut(bytes, points)) s.push(Uint8Array.from(c));
          s.end();
          expect(seen.length).toBe(rows.length);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
