/** Escaping helpers: the formula guard and CSV quoting; fixed9 against round9. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round9 } from '../../src/core/classify.js';
import { csvText, fixed9, isFormulaLike } from '../../src/render/escape.js';

describe('fixed9', () => {
  it('hand-picked scores', () => {
    expect(fixed9(79.56749435521527)).toBe('79.567494355');
    expect(fixed9(50)).toBe('50');
    expect(fixed9(100)).toBe('100');
    expect(fixed9(0)).toBe('0');
    expect(fixed9(0.1 + 0.2)).toBe('0.3');
    expect(fixed9(49.99999999999999)).toBe('50');
    expect(fixed9(12.5)).toBe('12.5');
    expect(fixed9(0.000000001)).toBe('0.000000001');
  });

  it('is round9(x), written as String writes it but never in exponent notation', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), (x) => {
        const text = fixed9(x);
        expect(Number(text)).toBe(round9(x) === 0 ? 0 : round9(x));
        expect(text).not.toMatch(/e/);
        if (Math.abs(round9(x)) >= 1e-6) expect(text).toBe(String(round9(x)));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('csvText', () => {
  it('guards formulas, also after leading spaces, and quotes when needed', () => {
    expect(csvText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvText('  +1')).toBe("'  +1");
    expect(csvText('@x')).toBe("'@x");
    expect(csvText('\tx')).toBe("'\tx");
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('plain')).toBe('plain');
    expect(isFormulaLike('-5')).toBe(true);
  });
});
