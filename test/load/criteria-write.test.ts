import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { loadCriteria } from '../../src/load/criteria.js';
import { rewriteWeights } from '../../src/load/criteria-write.js';

const criteria = [
  'factor,axis,weight,min,max,description',
  'Spend,attractiveness,30,1,10,"Spend, all suppliers"',
  'Quality,strength,60,1,10,"The ""real"" quality"',
  'Price,strength,40,1,5,',
  '',
].join('\n');

describe('rewriteWeights', () => {
  it('changes only the weight cells named, keeping every other row and cell', () => {
    const out = rewriteWeights(criteria, 'c.csv', undefined, new Map([['quality', '75.00'], ['Price', '25.00']]));
    expect(out).toBe(
      [
        'factor,axis,weight,min,max,description',
        'Spend,attractiveness,30,1,10,"Spend, all suppliers"',
        'Quality,strength,75.00,1,10,"The ""real"" quality"',
        'Price,strength,25.00,1,5,',
        '',
      ].join('\n'),
    );
    const loaded = loadCriteria(out, 'c.csv');
    expect(loaded.map((f) => [f.factor, f.weight, f.description])).toEqual([
      ['Spend', 30, 'Spend, all suppliers'],
      ['Quality', 75, 'The "real" quality'],
      ['Price', 25, ''],
    ]);
  });

  it('keeps a BOM, CRLF line endings, the semicolon delimiter and a missing final newline', () => {
    const text = '\ufefffactor;axis;weight\r\nA;strength;1\r\nB;attractiveness;2';
    expect(rewriteWeights(text, 'c.csv', undefined, new Map([['A', '100.00']]))).toBe('\ufefffactor;axis;weight\r\nA;strength;100.00\r\nB;attractiveness;2');
  });

  it('refuses a factor that has no row, changing nothing', () => {
    expect(() => rewriteWeights(criteria, 'c.csv', undefined, new Map([['Delivery', '10']]))).toThrow(InputError);
    expect(() => rewriteWeights(criteria, 'c.csv', undefined, new Map([['Delivery', '10']]))).toThrow('no row for "Delivery"');
  });
});
