/** The brief's review date per language: ISO in English as before, in words in Indonesian. */
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/index.js';
import { reviewDate } from '../../src/workshop/outputs.js';

describe('the next review date in the brief', () => {
  afterEach(() => useLanguage('en'));
  it('English keeps the ISO date; Indonesian writes the day as Intl id-ID does', () => {
    expect(reviewDate('2027-03-04')).toBe('2027-03-04');
    useLanguage('id');
    expect(reviewDate('2027-03-04')).toBe('Kamis, 04 Maret 2027');
    expect(reviewDate('not a date')).toBe('not a date');
  });
});
