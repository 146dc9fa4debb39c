/** METHOD.md §2, number cells: decimal point, decimal comma with `;`/tab only, no thousands, missing tokens. */
import { describe, expect, it } from 'vitest';
import { INVALID, numberProblem, parseNumberCell } from '../../src/load/numbers.js';

const num = (cell: string, decimalComma = false): number => parseNumberCell(cell, decimalComma);

describe('plain numbers', () => {
  it('integers, decimals, signs, exponents, spaces around', () => {
    expect(num('7')).toBe(7);
    expect(num('7.5')).toBe(7.5);
    expect(num('-3')).toBe(-3);
    expect(num('+3')).toBe(3);
    expect(num('.5')).toBe(0.5);
    expect(num('5.')).toBe(5);
    expect(num('1e3')).toBe(1000);
    expect(num('2.5E-2')).toBe(0.025);
    expect(num('1e+2')).toBe(100);
    expect(num(' 8 ')).toBe(8);
    expect(num('\t8\t')).toBe(8);
    expect(num('00601')).toBe(601);
    expect(num('1200000')).toBe(1200000);
  });

  it('a decimal point is accepted in every file', () => {
    expect(num('7.5', true)).toBe(7.5);
  });
});

describe('decimal comma', () => {
  it('accepted when the delimiter is ; or tab (decimalComma = true)', () => {
    expect(num('7,5', true)).toBe(7.5);
    expect(num('-0,25', true)).toBe(-0.25);
    expect(num(',5', true)).toBe(0.5);
    expect(num('1,5e3', true)).toBe(1500);
  });

  it('rejected in a comma file, with a message that says why', () => {
    expect(num('7,5', false)).toBe(INVALID);
    expect(numberProblem('7,5', false)).toContain('decimal comma');
  });
});

describe('thousands separators are an error, not a guess', () => {
  it.each([
    ['1.234,5', true],
    ['1.234,5', false],
    ['1,234.5', true],
    ['1,234.5', false],
    ['1 234', true],
    ['1 234', false],
    ['1.234.567', false],
    ['1,234,567', true],
    ["1'234", false],
    ['1\u00a0234', true],
  ] as const)('%j (decimal comma %s)', (cell, decimalComma) => {
    expect(num(cell, decimalComma)).toBe(INVALID);
  });

  it('the message names thousands separators', () => {
    expect(numberProblem('1.234,5', true)).toContain('thousands separators');
    expect(numberProblem('1,234.5', false)).toContain('thousands separators');
    expect(numberProblem('1 234', true)).toContain('thousands separators');
    expect(numberProblem('1.234.567', false)).toContain('thousands separators');
  });

  it('a single comma followed by three digits in a ; file is a decimal comma (1,234 = 1.234)', () => {
    // METHOD.md: a decimal comma is accepted with ; and tab; "1,234" cannot be told apart, so it is decimal.
    expect(num('1,234', true)).toBe(1.234);
    expect(num('1.234', false)).toBe(1.234);
  });
});

describe('not finite, not numbers', () => {
  it.each(['NaN', 'nan', 'Infinity', '-Infinity', 'inf', '1e400', '-1e999'])('%s is rejected', (cell) => {
    expect(num(cell)).toBe(INVALID);
    expect(num(cell, true)).toBe(INVALID);
  });

  it('the message for NaN and Infinity says "not a finite number"', () => {
    expect(numberProblem('NaN', false)).toContain('not a finite number');
    expect(numberProblem('Infinity', false)).toContain('not a finite number');
  });

  it.each(['abc', '7x', '0x1A', '1e', '1e+', '--1', '+', '1-2', '€5', '5%', '١٢'])('%j is rejected', (cell) => {
    expect(num(cell)).toBe(INVALID);
    expect(numberProblem(cell, false)).toContain('is not a number');
  });
});

describe('missing', () => {
  it.each(['', '   ', 'NA', 'N/A', 'n/a', '-', ' NA ', ' - '])('%j means missing (NaN)', (cell) => {
    expect(Number.isNaN(num(cell))).toBe(true);
    expect(Number.isNaN(num(cell, true))).toBe(true);
  });

  it('other spellings are not missing but invalid (only the listed tokens are)', () => {
    for (const cell of ['na', 'none', 'null', 'n.a.', '?']) {
      expect(num(cell)).toBe(INVALID);
    }
  });
});

describe('invisible spaces', () => {
  it('a no-break space after a number is named, not called "too large"', async () => {
    const { numberProblem, parseNumberCell, INVALID } = await import('../../src/load/numbers.js');
    expect(parseNumberCell('12\u00a0', false)).toBe(INVALID);
    expect(numberProblem('12\u00a0', false)).toBe('"12" holds an invisible space (U+00A0, often copied from a spreadsheet or a web page); remove it so the number can be read');
    expect(numberProblem('\u202f7', true)).toContain('U+202F');
    // A no-break space between groups of three is a thousands separator, and said so.
    expect(numberProblem('1\u00a0234\u00a0567', false)).toContain('thousands separators');
  });
});
