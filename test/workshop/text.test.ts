/** The workshop's small pure helpers: dates, bars, the Pareto curve, points. */
import { describe, expect, test } from 'vitest';
import { criteriaCsv } from '../../src/workshop/outputs.js';
import { addMonths, barChart, isIsoDate, money, paretoCurve } from '../../src/workshop/text.js';
import { loadCriteria } from '../../src/load/criteria.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/run-kam.js';

describe('dates', () => {
  test('three months on, clamped to the month end', () => {
    expect(addMonths(new Date('2026-11-18T11:00:00Z'), 3)).toBe('2027-02-18');
    expect(addMonths(new Date('2026-11-30T00:00:00Z'), 3)).toBe('2027-02-28');
    expect(addMonths(new Date('2027-11-30T00:00:00Z'), 3)).toBe('2028-02-29');
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('27-2-1')).toBe(false);
  });
});

describe('text graphics', () => {
  test('money in k, M and bn', () => {
    expect([money(950), money(45_600), money(1_234_567), money(2.5e9)]).toEqual(['950', '45.6 k', '1.23 M', '2.50 bn']);
  });

  test('bars are proportional to the largest value', () => {
    // width 40: label 5 + series 9 + 14 → 12 cells for the largest value; 6 for half of it.
    const lines = barChart([{ label: 'a', values: [10, 5] }], ['revenue', 'potential'], 40);
    expect(lines).toEqual(['a     revenue   ████████████ 10', '      potential ██████ 5']);
  });

  test('the Pareto curve runs from the first account\'s share to 100 %', () => {
    const lines = paretoCurve([50, 30, 20], 80, 4);
    expect(lines[0]).toMatch(/^ 100 % ┼/);
    expect(lines.at(-1)).toContain('(3 accounts)');
    expect(paretoCurve([0, 0], 80)).toEqual([]);
  });
});

describe('criteria written back', () => {
  test('criteria.csv round-trips through the loader', () => {
    const text = readFileSync(join(ROOT, 'examples/criteria.csv'), 'utf8');
    const factors = loadCriteria(text, 'criteria.csv');
    expect(loadCriteria(criteriaCsv(factors), 'again.csv')).toEqual(factors);
  });
});
