/** The packed native sort ranks exactly as the plain comparator of METHOD.md §3, ties included. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round9 } from '../../src/core/classify.js';
import { rankOrder } from '../../src/core/rank.js';
import type { SortKey } from '../../src/core/types.js';

function reference(ids: string[], a: number[], s: number[], q: number[], sort: SortKey): number[] {
  const A = a.map(round9);
  const S = s.map(round9);
  const byKey = (x: number, y: number): number => (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0);
  const cmp =
    sort === 'quadrant'
      ? (x: number, y: number) => q[x] - q[y] || A[y] - A[x] || S[y] - S[x] || byKey(x, y)
      : sort === 'attractiveness'
        ? (x: number, y: number) => A[y] - A[x] || S[y] - S[x] || byKey(x, y)
        : (x: number, y: number) => S[y] - S[x] || A[y] - A[x] || byKey(x, y);
  return ids.map((_, i) => i).sort(cmp);
}

const score = fc.oneof(fc.integer({ min: 0, max: 4 }).map((k) => k * 25), fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(49.99999999999999), fc.constant(50));

describe('rankOrder', () => {
  it('equals the comparator ranking for every sort key', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(score, score, fc.integer({ min: 0, max: 3 })), { minLength: 60, maxLength: 60 }),
        fc.constantFrom<SortKey>('quadrant', 'attractiveness', 'strength'),
        (ids, rows, sort) => {
          const n = ids.length;
          const a = rows.slice(0, n).map((r) => r[0]);
          const s = rows.slice(0, n).map((r) => r[1]);
          const q = rows.slice(0, n).map((r) => r[2]);
          const order = rankOrder(
            { ids, scope: Uint32Array.from(ids, (_, i) => i), attractiveness: Float64Array.from(a), strength: Float64Array.from(s), quadrant: Uint8Array.from(q) },
            sort,
          );
          expect(Array.from(order)).toEqual(reference(ids, a, s, q, sort));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
