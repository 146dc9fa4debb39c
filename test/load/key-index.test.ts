/** KeyIndex answers exactly as a Map of first rows would, through growth and collisions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../src/load/key-index.js';

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
