/**
 * Explain's curves read the sorted column through accessors instead of copying the other
 * accounts' values per account: they must give exactly the steps the plain construction gives
 * (the column without one occurrence of the account's own value).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORMALIZATIONS } from '../../../src/core/normalize/index.js';
import type { Curve } from '../../../src/core/normalize/kind.js';
import { SortedColumn, upperBound } from '../../../src/core/sorted.js';

const f = { factor: 'F', min: 0, max: 10 };

/** The other accounts' values, plainly: the column without one occurrence of `own`. */
function others(sorted: Float64Array, own: number): Float64Array {
  if (own !== own) return sorted;
  const i = sorted.indexOf(own);
  return Float64Array.from([...sorted.subarray(0, i), ...sorted.subarray(i + 1)]);
}

/** A curve as plain arrays, for comparison. */
function flat(c: Curve): unknown {
  if (c.kind !== 'steps') return c.kind === 'continuous' ? { kind: c.kind, a: c.a, b: c.b } : c;
  const j = Array.from({ length: c.count }, (_, k) => k);
  return { kind: 'steps', uBelow: c.uBelow, at: j.map(c.at), uAt: j.map(c.uAt), uBetween: j.map(c.uBetween) };
}

const column = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 25 }).map((xs) => Float64Array.from(xs).sort());

describe('curves read through the sorted column', () => {
  it('percentile: a step at each distinct value of the others, at their average rank', () => {
    fc.assert(
      fc.property(column, fc.nat(), fc.boolean(), (sorted, pick, missing) => {
        const own = missing ? Number.NaN : sorted[pick % sorted.length];
        const o = others(sorted, own);
        let expected: unknown = { kind: 'constant' };
        if (o.length > 0) {
          const at: number[] = [];
          const uAt: number[] = [];
          const uBetween: number[] = [];
          for (let i = 0; i < o.length; ) {
            const end = upperBound(o, o[i]);
            at.push(o[i]);
            uAt.push((i + (end - i) / 2) / o.length);
            uBetween.push(end / o.length);
            i = end;
          }
          expected = { kind: 'steps', uBelow: 0, at, uAt, uBetween };
        }
        expect(flat(NORMALIZATIONS.percentile.curve(f, {}, new SortedColumn(sorted), own))).toEqual(expected);
      }),
    );
  });

  it("minmax: linear between the others' extremes, one step when they are all equal", () => {
    fc.assert(
      fc.property(column, fc.nat(), fc.boolean(), (sorted, pick, missing) => {
        const own = missing ? Number.NaN : sorted[pick % sorted.length];
        const o = others(sorted, own);
        const expected =
          o.length === 0
            ? { kind: 'constant' }
            : o[o.length - 1] > o[0]
              ? { kind: 'continuous', a: o[0], b: o[o.length - 1] }
              : { kind: 'steps', uBelow: 0, at: [o[0]], uAt: [0.5], uBetween: [1] };
        expect(flat(NORMALIZATIONS.minmax.curve(f, {}, new SortedColumn(sorted), own))).toEqual(expected);
      }),
    );
  });
});
