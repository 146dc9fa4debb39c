/** The byte writers give exactly the text of String() and fixed9. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeFixed9, writeInt, writeNumber } from '../../src/render/byte-rows.js';
import { fixed9 } from '../../src/render/escape.js';

const buf = Buffer.alloc(64);
const text = (write: (b: Buffer) => number): string => buf.toString('utf8', 0, write(buf));

describe('byte writers', () => {
  it('writeNumber is String(x) for money, shares, scores, tiny and huge values', () => {
    const money = fc.integer({ min: -1e12, max: 1e12 }).map((c) => c / 100);
    const decimals = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 9 })).map(([m, k]) => m / 10 ** k);
    const any = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.oneof(money, decimals, any, fc.constantFrom(0, -0, 1, 1e-6, 9.99e-7, 2 ** 23, 2 ** 23 - 0.5, 8388607.123456789, 0.1 + 0.2)), (x) => {
        expect(text((b) => writeNumber(b, 0, x))).toBe(String(x));
      }),
      { numRuns: 20000 },
    );
  });

  it('writeFixed9 is fixed9, writeInt is String', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.nat(), (x, n) => {
        expect(text((b) => writeFixed9(b, 0, x))).toBe(fixed9(x));
        expect(text((b) => writeInt(b, 0, n))).toBe(String(n));
      }),
      { numRuns: 20000 },
    );
  });
});
