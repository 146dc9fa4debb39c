/** The workshop's small pure helpers: dates, bars, the Pareto curve, points, movements. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AccountRecord } from '../../src/core/result.js';
import { movements } from '../../src/workshop/compare.js';
import { criteriaCsv } from '../../src/workshop/outputs.js';
import { toPoints } from '../../src/workshop/steps-factors.js';
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

  test('points always add up to 100 and follow the weights\' order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), { minLength: 1, maxLength: 12 }), (w) => {
        const p = toPoints(w);
        expect(p.reduce((a, b) => a + b, 0)).toBe(100);
        for (let i = 0; i < w.length; i++) for (let j = 0; j < w.length; j++) if (w[i] > w[j] + 1e-9) expect(p[i]).toBeGreaterThanOrEqual(p[j]);
      }),
    );
  });
});

describe('criteria written back', () => {
  test('criteria.csv round-trips through the loader', () => {
    const text = readFileSync(join(ROOT, 'examples/criteria.csv'), 'utf8');
    const factors = loadCriteria(text, 'criteria.csv');
    expect(loadCriteria(criteriaCsv(factors), 'again.csv')).toEqual(factors);
  });
});

describe('movements since the last review', () => {
  const acc = (id: string, quadrant: AccountRecord['quadrant'], selected: boolean): AccountRecord => ({
    rank: 0, id, name: id, attractiveness: 0, strength: 0, quadrant, selected, segment: null, revenue: null, pareto: null,
    coverage: { attractiveness: 1, strength: 1 },
  });

  test('quadrant changes, new selections, releases, arrivals and departures', () => {
    const before = { accounts: [acc('A', 'key', true), acc('B', 'maintenance', false), acc('C', 'key', true), acc('D', 'opportunistic', false)] };
    const after = { accounts: [acc('B', 'key-development', true), acc('A', 'key', true), acc('C', 'maintenance', false), acc('E', 'key', true)] };
    expect(movements(before, after)).toEqual([
      'B: maintenance → key-development; newly selected',
      'C: key → maintenance; released from key-account resources',
      'E: new, now key (selected)',
      'D: no longer in the portfolio',
    ]);
    expect(movements(after, after)).toEqual([]);
  });
});
