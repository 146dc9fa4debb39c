/**
 * Keys as bytes: ByteKeys answers exactly as a Map of first rows would (sorted, then not, or
 * never sorted; through growth and collisions), and compareUtf8 orders UTF-8 bytes exactly as
 * JavaScript orders the decoded strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteCells, ByteKeys, compareUtf8 } from '../../src/load/key-index.js';

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
/** Text from every range that orders differently in UTF-8 and UTF-16, and plain letters. */
const char = fc.constantFrom('a', 'b', 'A', 'é', 'ÿ', 'Ā', '中', '\ud7ff', '\ue000', '\uef00', '\uf000', '\uffff', '😀', '𝄞', '\u{10ffff}');
const text = fc.array(char, { maxLength: 4 }).map((cs) => cs.join(''));

describe('compareUtf8', () => {
  it('orders as the decoded strings compare (code units), supplementary characters included', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const x = utf8(a);
        const y = utf8(b);
        const plain = a < b ? -1 : a > b ? 1 : 0;
        expect(Math.sign(compareUtf8(x, 0, x.length, y, 0, y.length))).toBe(plain);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ByteKeys', () => {
  it('answers as a Map would, whether keys come sorted, then not, or never sorted', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.string({ maxLength: 3 })), { maxLength: 3000 }), fc.nat({ max: 3000 }), fc.integer({ min: 1, max: 2 }), (keys, sortedPrefix, stride) => {
        const head = [...new Set(keys.slice(0, sortedPrefix))].sort();
        const all = [...head, ...keys.slice(sortedPrefix)];
        const cells = new ByteCells(4, 2);
        const unique = new ByteKeys(cells, stride, 16);
        const map = new Map<string, number>();
        let rows = 0;
        let ascending = true;
        let last: string | null = null;
        for (const k of all) {
          const b = utf8(k);
          const found = unique.addOrFind(b, 0, b.length);
          expect(found).toBe(map.get(k) ?? -1);
          if (found === -1) {
            ascending &&= last === null || last < k;
            last = k;
            map.set(k, rows++);
            cells.push(b, 0, b.length);
            if (stride === 2) cells.push(utf8('name'), 0, 4);
          } else ascending = false;
          expect(unique.ascending).toBe(ascending);
        }
        const done = cells.finish();
        expect(done.at.length).toBe(rows * stride + 1);
      }),
      { numRuns: 300 },
    );
  });
});
