/**
 * Rows rendered once in file order and written in rank order give exactly the rows in rank
 * order, each after its prefix: whatever the bands, the buffers a band needs, and rows larger
 * than a buffer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteOut, writeText } from '../../src/render/byte-rows.js';
import { writeRanked } from '../../src/render/ranked-rows.js';
import { stringSink } from '../../src/render/sink.js';

describe('writeRanked', () => {
  it('is each prefix and row in rank order, each row rendered once', () => {
    const cell = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constant('x'.repeat(5000)));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 120 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 16, max: 6000 }), fc.integer({ min: 1, max: 300 }), (rows, seed, bandBytes, rowBytes) => {
        const n = rows.length;
        // A shuffled order.
        const order = Uint32Array.from(rows, (_, i) => i);
        let x = seed;
        for (let i = n - 1; i > 0; i--) {
          x = (x * 1103515245 + 12345) % 2 ** 31;
          const j = x % (i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        const rendered: number[] = [];
        const { sink, text } = stringSink();
        const out = new ByteOut(sink);
        writeRanked(
          out,
          order,
          {
            rowBytes,
            room: (p) => 3 * rows[p].length + 1,
            render: (buf, at, p) => {
              rendered.push(p);
              at = writeText(buf, at, rows[p]);
              buf[at++] = 10;
              return at;
            },
            prefixRoom: 12,
            prefix: (buf, at, r) => writeText(buf, at, `${r + 1}:`),
          },
          bandBytes,
        );
        out.flush();
        expect(text()).toBe(Array.from(order, (p, r) => `${r + 1}:${rows[p]}\n`).join(''));
        expect([...rendered].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
      }),
      { numRuns: 300 },
    );
  });
});
