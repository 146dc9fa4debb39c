/**
 * Where a JSON text goes wrong (src/load/json-syntax.ts): hand-placed errors with their line and
 * column, and, as a property, the scan agrees with JSON.parse on which texts are JSON.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError, jsonSyntaxProblem } from '../../src/load/json-syntax.js';
import { useLanguage } from '../../src/i18n/index.js';

const parses = (s: string): boolean => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

describe('the first place a text stops being JSON', () => {
  it('finds the offending character, or the end', () => {
    expect(jsonSyntaxError('{"a": [1, 2], "b": null}')).toBeNull();
    expect(jsonSyntaxError(' 12.5e-3 ')).toBeNull();
    expect(jsonSyntaxError('[1,]')).toEqual({ at: 3, ended: false });
    expect(jsonSyntaxError('{"a":1}x')).toEqual({ at: 7, ended: false });
    expect(jsonSyntaxError('{"schema":"kam/se')).toEqual({ at: 17, ended: true });
    expect(jsonSyntaxError('{"a" 1}')).toEqual({ at: 5, ended: false });
    expect(jsonSyntaxError('{"a":tru}')).toEqual({ at: 8, ended: false });
    expect(jsonSyntaxError('"\\x"')).toEqual({ at: 2, ended: false });
    expect(jsonSyntaxError('"\\u12G4"')).toEqual({ at: 5, ended: false });
    expect(jsonSyntaxError('01')).toEqual({ at: 1, ended: false });
    expect(jsonSyntaxError('')).toEqual({ at: 0, ended: true });
    expect(jsonSyntaxError('['.repeat(200_000))).toEqual({ at: 200_000, ended: true });
  });

  it('says it with a line and a column, in the run\'s language', () => {
    const text = '{\n  "a": 1,\n  "b": ]\n}';
    expect(jsonSyntaxProblem(text, new Error('x'))).toBe('unexpected "]" at line 3, column 8');
    expect(jsonSyntaxProblem('{"a":', new Error('x'))).toBe('it ends before the JSON is complete');
    useLanguage('id');
    try {
      expect(jsonSyntaxProblem(text, new Error('x'))).toBe('"]" tidak terduga di baris 3, kolom 8');
      expect(jsonSyntaxProblem('{"a":', new Error('x'))).toBe('teks berakhir sebelum JSON-nya lengkap');
    } finally {
      useLanguage('en');
    }
  });

  it('agrees with JSON.parse on which texts are JSON', () => {
    const tokens = ['{', '}', '[', ']', ',', ':', '"', '"a"', '\\', '\\u00e9', '1', '-', '0', '.5', 'e3', 'E+', 'true', 'tru', 'null', 'false', ' ', '\n', '\t', 'x', '\u0001', 'é'];
    const noise = fc.array(fc.constantFrom(...tokens), { maxLength: 30 }).map((t) => t.join(''));
    const real = fc.json().chain((j) => fc.tuple(fc.constant(j), fc.nat({ max: j.length }), fc.constantFrom('', ',', '}', ']', '"', ' '))).map(([j, at, ins]) => j.slice(0, at) + ins + j.slice(at));
    fc.assert(
      fc.property(fc.oneof(noise, real, fc.json()), (s) => {
        expect(jsonSyntaxError(s) === null).toBe(parses(s));
      }),
      { numRuns: 3000 },
    );
  });
});
