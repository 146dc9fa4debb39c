/** Display numbers per language: English as kam always wrote them, Indonesian as Intl's id-ID writes them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amount, count, fixed, longDate, money, percent, plain } from '../../src/i18n/numbers.js';
import { languageFromEnv, langArgument } from '../../src/i18n/language.js';

describe('numbers per language', () => {
  it('hand-computed', () => {
    expect(fixed(1234567.891, 2, 'id')).toBe('1.234.567,89');
    expect(fixed(1234567.891, 2, 'en')).toBe('1234567.89');
    expect(fixed(-0.04, 1, 'id')).toBe('-0,0');
    expect(count(1234567, 'id')).toBe('1.234.567');
    expect(count(1234567, 'en')).toBe('1,234,567');
    expect(percent(12.345, 1, 'id')).toBe('12,3 %');
    expect(money(1_234_000_000, 'id')).toBe('1,23 M');
    expect(money(4_500_000, 'id')).toBe('4,50 jt');
    expect(money(12_500, 'id')).toBe('12,5 rb');
    expect(money(4_500_000, 'en')).toBe('4.50 M');
    expect(money(1_234_000_000, 'en')).toBe('1.23 bn');
    expect(amount(1234567.4, 'id')).toBe('1.234.567');
    expect(plain(7.5, 'id')).toBe('7,5');
    expect(longDate('2027-02-18', 'id')).toBe('Kamis, 18 Februari 2027');
    expect(longDate('2027-03-04', 'id')).toBe('Kamis, 04 Maret 2027');
    expect(longDate('2027-02-18T10:00:00Z', 'en')).toBe('Thursday, 18 February 2027');
    expect(longDate('2027-02-30', 'id')).toBe('2027-02-30');
  });

  it('Indonesian digits are Intl id-ID digits', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const intl = new Intl.NumberFormat('id-ID', { minimumFractionDigits: d, maximumFractionDigits: d, roundingMode: 'halfExpand' } as Intl.NumberFormatOptions);
        // kam rounds the binary value (toFixed, as in English); Intl rounds the shortest decimal that
        // reads back as it (-565870122396.216 at 4 decimals: toFixed ,2159, Intl ,2160). Compare the
        // digits on the rounded decimal itself: Intl formats a decimal string exactly.
        const rounded = x.toFixed(d) as unknown as number;
        expect(fixed(x, d, 'id').replace(/^-(0(,0*)?)$/, '$1')).toBe(intl.format(rounded).replace(/^-(0(,0*)?)$/, '$1'));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
      expect(count(n, 'id')).toBe(new Intl.NumberFormat('id-ID').format(n));
    }));
  });

  it('dates are Intl id-ID full dates', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(longDate(iso, 'id')).toBe(new Intl.DateTimeFormat('id-ID', { dateStyle: 'full', timeZone: 'UTC' }).format(d));
        expect(longDate(iso, 'en')).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(d));
      }),
    );
  });
});

describe('choosing the language', () => {
  it('KAM_LANG, then LC_ALL, LC_MESSAGES, LANG (the first set decides), else English', () => {
    expect(languageFromEnv({})).toBe('en');
    expect(languageFromEnv({ LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(languageFromEnv({ LANG: 'id' })).toBe('id');
    expect(languageFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'id_ID.UTF-8' })).toBe('id');
    expect(languageFromEnv({ LC_ALL: 'C.UTF-8', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LANG: 'ida_XX' })).toBe('en');
    expect(languageFromEnv({ KAM_LANG: 'id', LANG: 'en_US.UTF-8' })).toBe('id');
    expect(languageFromEnv({ KAM_LANG: 'en', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(languageFromEnv({ KAM_LANG: 'fr', LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(langArgument(['select', 'x.csv', '--lang', 'id'])).toBe('id');
    expect(langArgument(['select', '--lang=en'])).toBe('en');
    expect(langArgument(['select', '--', '--lang', 'id'])).toBeUndefined();
  });
});
