/** --excel CSV cells: keys as text formulas, numbers in the locale's decimal separator. */
import { describe, expect, it } from 'vitest';
import { SPREADSHEET_LOCALE, SPREADSHEET_SEPARATORS } from '../../src/core/vocabulary.js';
import { keyCell, numberCell } from '../../src/render/csv-excel.js';

describe('keys', () => {
  it('become ="…" text formulas, quoted for CSV', () => {
    expect(keyCell('00601', ',')).toBe('"=""00601"""');
    expect(keyCell('1E5', ';')).toBe('"=""1E5"""');
    expect(keyCell('say "hi"', ',')).toBe('"=""say """"hi"""""""');
  });

  it('a key a formula cannot hold (over 255 characters, a line break) is guarded text instead', () => {
    const long = 'K'.repeat(256);
    expect(keyCell(long, ',')).toBe(long);
    expect(keyCell('=cmd\nx', ';')).toBe(`"'=cmd\nx"`);
  });
});

describe('numbers', () => {
  it('scores to 9 decimals as the default CSV, with the decimal separator of the locale', () => {
    expect(numberCell(79.56749435512345, '.', true)).toBe('79.567494355');
    expect(numberCell(79.56749435512345, ',', true)).toBe('79,567494355');
    expect(numberCell(50, ',', true)).toBe('50');
    expect(numberCell(0.5, ',', false)).toBe('0,5');
  });

  it('the locales: a vocabulary, with their separators', () => {
    expect(SPREADSHEET_LOCALE.values).toEqual(['en', 'id', 'de']);
    expect(SPREADSHEET_LOCALE.parse(' ID ')).toBe('id');
    expect(SPREADSHEET_LOCALE.help.de).toBe('German: ";" between fields, "," in numbers');
    expect(Object.fromEntries(Object.entries(SPREADSHEET_SEPARATORS).map(([k, v]) => [k, [v.delimiter, v.decimal]]))).toEqual({ en: [',', '.'], id: [';', ','], de: [';', ','] });
  });
});
