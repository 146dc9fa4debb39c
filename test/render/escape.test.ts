/** Escaping helpers: the formula guard and CSV quoting. */
import { describe, expect, it } from 'vitest';
import { csvText, isFormulaLike } from '../../src/render/escape.js';

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
