/** The byte writers give exactly the text of String() and of round9. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeFixed9, writeInt, writeNumber } from '../../src/render/byte-rows.js';
import { round9 } from '../../src/core/classify.js';

const buf = Buffer.alloc(64);
const text = (write: (b: Buffer) => number): string => buf.toString('utf8', 0, write(buf));
const fixed9s = (x: number): string => text((b) => writeFixed9(b, 0, x));

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

  it('writeInt is String', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(text((b) => writeInt(b, 0, n))).toBe(String(n));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('writeFixed9', () => {
  it('hand-picked scores', () => {
    expect(fixed9s(79.56749435521527)).toBe('79.567494355');
    expect(fixed9s(50)).toBe('50');
    expect(fixed9s(100)).toBe('100');
    expect(fixed9s(0)).toBe('0');
    expect(fixed9s(0.1 + 0.2)).toBe('0.3');
    expect(fixed9s(49.99999999999999)).toBe('50');
    expect(fixed9s(12.5)).toBe('12.5');
    expect(fixed9s(0.000000001)).toBe('0.000000001');
  });

  it('is round9(x), written as String writes it but never in exponent notation', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), (x) => {
        const text = fixed9s(x);
        expect(Number(text)).toBe(round9(x) === 0 ? 0 : round9(x));
        expect(text).not.toMatch(/e/);
        if (Math.abs(round9(x)) >= 1e-6) expect(text).toBe(String(round9(x)));
      }),
      { numRuns: 20000 },
    );
  });
});
