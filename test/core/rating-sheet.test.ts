/** The rating sheet's layout: raters' files, the rated factors, the score columns. */
import { describe, expect, it } from 'vitest';
import { ratedFactors, raterFileName, scoreColumns } from '../../src/core/rating-sheet.js';
import { loadCriteria } from '../../src/load/criteria.js';

const factors = loadCriteria(
  'factor,axis,weight,min,max,normalize,direction,description\n' +
    'Spend,attractiveness,3,0,100,minmax,higher,Money\n' +
    'Fit,attractiveness,2,1,10,none,higher,How well we fit\n' +
    'Cost,attractiveness,1,1,5,none,lower,\n' +
    'Quality,strength,2,1,10,none,higher,As the customer sees it\n' +
    'Share,strength,1,0,100,bands:10;50,higher,\n',
  'criteria.csv',
);

describe('raters', () => {
  it('one file per rater, named after them, safe on every file system', () => {
    expect(raterFileName('Ana')).toBe('Ana.xlsx');
    expect(raterFileName('Siti Nurhaliza')).toBe('Siti Nurhaliza.xlsx');
    expect(raterFileName('José/Ops: QA?')).toBe('José_Ops_ QA_.xlsx');
    expect(raterFileName('..')).toBe('rater.xlsx');
  });
});

describe('what is rated', () => {
  it('by default the factors scored on their own scale (normalize none)', () => {
    expect(ratedFactors(factors, []).map((f) => f.factor)).toEqual(['Fit', 'Cost', 'Quality']);
  });

  it('--factors names them (any case); measured factors are refused', () => {
    expect(ratedFactors(factors, ['quality']).map((f) => f.factor)).toEqual(['Quality']);
    expect(() => ratedFactors(factors, ['Spend'])).toThrow('--factors: "Spend" is normalised with minmax: it is measured from data, not rated on a scale');
    expect(() => ratedFactors(factors, ['Nope'])).toThrow('--factors: "Nope" is not a factor of the criteria');
  });

  it('a column per factor, and per competitor on strength factors, side by side', () => {
    const cols = scoreColumns(ratedFactors(factors, []), ['Polypak', 'Adhesa']);
    expect(cols.map((c) => [c.header, c.factor, c.competitor])).toEqual([
      ['Fit', 'Fit', null],
      ['Cost', 'Cost', null],
      ['Quality', 'Quality', null],
      ['Quality (Polypak)', 'Quality', 'Polypak'],
      ['Quality (Adhesa)', 'Quality', 'Adhesa'],
    ]);
  });

  it('two columns with one header are refused', () => {
    const odd = loadCriteria('factor,axis,weight\nA,attractiveness,1\nQ,strength,1\nQ (X),strength,1\n', 'c.csv');
    expect(() => scoreColumns(odd, ['X'])).toThrow('Two columns of the sheet would both be headed "Q (X)"');
  });
});
