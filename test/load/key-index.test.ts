/** KeyIndex answers exactly as a Map of first rows would, through growth and collisions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex, UniqueKeys } from '../../src/load/key-index.js';

describe('KeyIndex', () => {
  it('finds the first row of a repeated key and records new ones', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 3000 }), (keys) => {
        const rows: string[] = [];
        const index = new KeyIndex((r) => rows[r]);
        const map = new Map<string, number>();
        for (const k of keys) {
          const found = index.addOrFind(k, rows.length);
          expect(found).toBe(map.get(k) ?? -1);
          if (found === -1) {
            map.set(k, rows.length);
            rows.push(k);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('UniqueKeys', () => {
  it('answers as a Map would, whether keys come sorted, then not, or never sorted', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 }), fc.nat({ max: 300 }), (keys, sortedPrefix) => {
        // A sorted run first (as in a sorted export), then the rest in any order.
        const head = [...new Set(keys.slice(0, sortedPrefix))].sort();
        const all = [...head, ...keys.slice(sortedPrefix)];
        const rows: string[] = [];
        const unique = new UniqueKeys((r) => rows[r], 16);
        const map = new Map<string, number>();
        for (const k of all) {
          const found = unique.addOrFind(k, rows.length);
          expect(found).toBe(map.get(k) ?? -1);
          if (found === -1) {
            map.set(k, rows.length);
            rows.push(k);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
