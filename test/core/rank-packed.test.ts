/**
 * The packed native sorts rank exactly as the plain comparator of METHOD.md §3, ties included:
 * the lead sort with the second packed sort in its runs, with keys in file order (no key is
 * compared) and with keys in any order (only accounts equal in every score compare keys).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round9 } from '../../src/core/classify.js';
import { keysAscend, rankOrder } from '../../src/core/rank.js';
import { descendingLead, descendingRest, PackedScratch, sortByLead } from '../../src/core/sort.js';
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
/** Whole-number scores on a 1-10 scale averaged: few distinct values, many ties on both axes. */
const tieScore = fc.oneof(fc.integer({ min: 0, max: 6 }).map((k) => (100 * k) / 6), fc.constant(50), fc.constant(50.0000000001));
/** Outside 0..100 (not a score kam makes): the packing refuses it and the plain rule ranks. */
const oddScore = fc.oneof(score, fc.constant(-1), fc.constant(150), fc.constant(1e12));

function ranked(ids: string[], rows: Array<[number, number, number]>, sort: SortKey, keysAscending?: boolean): number[] {
  const n = ids.length;
  return Array.from(
    rankOrder(
      {
        idOf: (p) => ids[p],
        keysAscending,
        attractiveness: Float64Array.from(rows.slice(0, n), (r) => r[0]),
        strength: Float64Array.from(rows.slice(0, n), (r) => r[1]),
        quadrant: Uint8Array.from(rows.slice(0, n), (r) => r[2]),
      },
      sort,
    ),
  );
}

const sorts = fc.constantFrom<SortKey>('quadrant', 'attractiveness', 'strength');
const rowsOf = (s: fc.Arbitrary<number>, n: number) => fc.array(fc.tuple(s, s, fc.integer({ min: 0, max: 3 })), { minLength: n, maxLength: n });

describe('rankOrder', () => {
  it('equals the comparator ranking for every sort key (keys in any order)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 60 }), rowsOf(score, 60), sorts, (ids, rows, sort) => {
        const plain = reference(ids, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), sort);
        expect(ranked(ids, rows, sort)).toEqual(plain);
        expect(ranked(ids, rows, sort, false)).toEqual(plain);
      }),
      { numRuns: 1000 },
    );
  });

  it('equals it with keys in file order, ties on both scores, no key compared', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 300 }), rowsOf(fc.oneof(tieScore, score), 300), sorts, (raw, rows, sort) => {
        const ids = [...raw].sort();
        const plain = reference(ids, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), sort);
        // The order of positions decides ties: a key lookup would be a mistake, so there is none.
        const order = rankOrder(
          {
            idOf: () => {
              throw new Error('a key was compared');
            },
            keysAscending: true,
            attractiveness: Float64Array.from(rows.slice(0, ids.length), (r) => r[0]),
            strength: Float64Array.from(rows.slice(0, ids.length), (r) => r[1]),
            quadrant: Uint8Array.from(rows.slice(0, ids.length), (r) => r[2]),
          },
          sort,
        );
        expect(Array.from(order)).toEqual(plain);
        // The same without being told: checked from the keys.
        expect(ranked(ids, rows, sort)).toEqual(plain);
      }),
      { numRuns: 500 },
    );
  });

  it('equals it with keys out of order and many full ties (keys compared only there)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 300 }), rowsOf(tieScore, 300), sorts, (ids, rows, sort) => {
        expect(ranked(ids, rows, sort)).toEqual(reference(ids, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), sort));
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to the plain rule for values the packing cannot hold', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 40 }), rowsOf(oddScore, 40), sorts, fc.boolean(), (raw, rows, sort, sorted) => {
        const ids = sorted ? [...raw].sort() : raw;
        expect(ranked(ids, rows, sort, sorted ? true : undefined)).toEqual(reference(ids, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), sort));
      }),
      { numRuns: 500 },
    );
  });
});

describe('keysAscend', () => {
  it('is true exactly when every key is below the next in code-unit order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 8 }), (ids) => {
        const plain = ids.every((id, i) => i === 0 || ids[i - 1] < id);
        expect(keysAscend(ids.length, (p) => ids[p])).toBe(plain);
      }),
    );
  });
});

describe('sortByLead', () => {
  it('is a stable sort by the lead, runs of equal leads handed on', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 ** 40 - 1 })), { maxLength: 200 }), fc.boolean(), (leads, shared) => {
        const positions = Uint32Array.from(leads, (_, i) => leads.length - 1 - i);
        const before = Array.from(positions);
        const runs: number[][] = [];
        const ok = sortByLead(positions, (p) => leads[p], (run) => void runs.push(Array.from(run)), shared ? new PackedScratch() : undefined);
        expect(ok).toBe(true);
        const plain = [...before].sort((x, y) => leads[x] - leads[y] || before.indexOf(x) - before.indexOf(y));
        expect(Array.from(positions)).toEqual(plain);
        const plainRuns: number[][] = [];
        for (let i = 0; i < plain.length; ) {
          let j = i + 1;
          while (j < plain.length && leads[plain[j]] === leads[plain[i]]) j++;
          if (j - i > 1) plainRuns.push(plain.slice(i, j));
          i = j;
        }
        expect(runs).toEqual(plainRuns);
      }),
    );
  });

  it('refuses a lead it cannot pack, leaving the positions as they were', () => {
    for (const bad of [-1, 2 ** 40, 0.5, Number.NaN]) {
      const positions = Uint32Array.from([2, 0, 1]);
      expect(sortByLead(positions, (p) => (p === 0 ? bad : p))).toBe(false);
      expect(Array.from(positions)).toEqual([2, 0, 1]);
    }
  });

  it('orders non-negative doubles completely with descendingLead then descendingRest', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: 0, max: 1e15, noNaN: true }), fc.constantFrom(0, 1, 1 + 2 ** -52, 2 ** -1074)), { maxLength: 100 }), (xs) => {
        const positions = Uint32Array.from(xs, (_, i) => i);
        sortByLead(positions, (p) => descendingLead(xs[p] + 0), (run) => void sortByLead(run, (p) => descendingRest(xs[p] + 0)));
        const plain = xs.map((_, i) => i).sort((x, y) => xs[y] - xs[x] || x - y);
        expect(Array.from(positions)).toEqual(plain);
      }),
    );
  });
});
