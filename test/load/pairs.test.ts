import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { loadPairs, parseSaatyValue } from '../../src/load/pairs.js';
import { makeFactor } from '../helpers/portfolio.js';

const factors = [
  makeFactor('Product quality', 'strength', 30),
  makeFactor('Delivery', 'strength', 20),
  makeFactor('Price', 'strength', 10),
  makeFactor('Spend', 'attractiveness', 50),
];

function problems(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).lines();
  }
  throw new Error('expected an InputError');
}

describe('parseSaatyValue', () => {
  it('reads numbers and fractions', () => {
    expect(parseSaatyValue('3', false)).toBe(3);
    expect(parseSaatyValue(' 1/3 ', false)).toBe(1 / 3);
    expect(parseSaatyValue('1 / 9', false)).toBe(1 / 9);
    expect(parseSaatyValue('0.5', false)).toBe(0.5);
    expect(parseSaatyValue('0,5', true)).toBe(0.5);
    expect(parseSaatyValue('2.5/5', false)).toBe(0.5);
  });
  it('gives NaN for anything else', () => {
    for (const bad of ['', 'three', '1/0', '1/', '/3', '0,5', '1/2/3']) expect(parseSaatyValue(bad, false)).toBeNaN();
  });
});

describe('loadPairs', () => {
  it('reads a,b,value lines with a header, matching names case-insensitively', () => {
    const text = 'a,b,value\nproduct QUALITY,Delivery,2\nProduct quality,Price,1/3\nDelivery,Price,0.5\n';
    expect(loadPairs(text, 'pairs.csv', undefined, factors, 'strength')).toEqual([
      { a: 'Product quality', b: 'Delivery', value: 2, line: 2 },
      { a: 'Product quality', b: 'Price', value: 1 / 3, line: 3 },
      { a: 'Delivery', b: 'Price', value: 0.5, line: 4 },
    ]);
  });

  it('needs no header; takes semicolons with decimal commas; reads named columns in any order', () => {
    expect(loadPairs('Delivery;Price;0,5\r\n', 'p.csv', undefined, factors, 'strength')).toEqual([{ a: 'Delivery', b: 'Price', value: 0.5, line: 1 }]);
    expect(loadPairs('value,note,a,b\n3,why not,Delivery,Price\n', 'p.csv', undefined, factors, 'strength')).toEqual([
      { a: 'Delivery', b: 'Price', value: 3, line: 2 },
    ]);
  });

  it('names every bad line: unknown factor, the other axis, a bad value, too few fields', () => {
    const text = 'a,b,value\nQuality,Price,3\nSpend,Price,2\nDelivery,Price,lots\nDelivery\n';
    expect(problems(() => loadPairs(text, 'pairs.csv', undefined, factors, 'strength'))).toEqual([
      'pairs.csv, line 2, field "a": "Quality" is not a factor in the criteria.',
      'pairs.csv, line 3, field "a": "Spend" is on the attractiveness axis; compare the strength factors only.',
      'pairs.csv, line 4, field "value": "lots" is not a comparison; write a number from 1/9 to 9 such as 3, 0.5 or 1/3.',
      'pairs.csv, line 5: a comparison needs three fields: a,b,value (e.g. Quality,Price,3).',
    ]);
  });

  it('refuses an empty file', () => {
    expect(problems(() => loadPairs('\n', 'pairs.csv', undefined, factors, 'strength'))[0]).toMatch(/^pairs\.csv: the file is empty/);
  });
});
