/** METHOD.md §4, the kam/result@1 object: keys and their order, weightPct, realisticWeightPct. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { buildResult, factorRecords, realisticWeightPct, RESULT_SCHEMA } from '../../src/core/result.js';
import { makeFactor, makeMethod, makePortfolio } from '../helpers/portfolio.js';

/** True when `keys` contains `expected` in that order (fields may be added, never reordered). */
function inOrder(keys: string[], expected: string[]): boolean {
  let i = 0;
  for (const k of keys) if (k === expected[i]) i++;
  return i === expected.length;
}

const portfolio = makePortfolio({
  ids: ['C001', 'C002', 'C003'],
  names: ['Alpha', 'Beta', 'Gamma'],
  segments: ['Retail', 'Retail', 'Pharma'],
  revenue: [1200000, 300000, 0],
  values: { Spend: [10, 4, 1], Fit: [7, 10, 1], Rating: [10, 1, 4] },
});
const factors = [
  makeFactor('Spend', 'attractiveness', 30),
  makeFactor('Fit', 'attractiveness', 10, { kind: 'realistic', description: 'fit with our resources' }),
  makeFactor('Rating', 'strength', 2, { normalize: { kind: 'bands', thresholds: [3, 6.5] } }),
];
const ctx = { generatedAt: '2026-11-23T10:00:00.000Z', inputs: { customers: { path: 'customers.csv', sha256: 'abc' } }, kamVersion: '0.1.0' };
const result = buildResult(portfolio, evaluate(portfolio, factors, makeMethod({ capacity: 1 })), ctx);

describe('shape', () => {
  it('top-level keys in the order of METHOD.md §4', () => {
    expect(result.schema).toBe('kam/result@1');
    expect(RESULT_SCHEMA).toBe('kam/result@1');
    expect(inOrder(Object.keys(result), ['schema', 'generatedAt', 'inputs', 'method', 'factors', 'accounts', 'summary', 'warnings'])).toBe(true);
    expect(result.generatedAt).toBe(ctx.generatedAt);
    expect(result.inputs).toEqual(ctx.inputs);
  });

  it('method', () => {
    expect(inOrder(Object.keys(result.method), ['strength', 'missing', 'sort', 'split', 'capacity'])).toBe(true);
    expect(result.method).toMatchObject({
      strength: 'absolute',
      missing: 'error',
      sort: 'quadrant',
      split: { rule: 'midpoint', attractiveness: 50, strength: 50 },
      capacity: 1,
    });
    expect(Object.keys(result.method.split)).toEqual(['rule', 'attractiveness', 'strength']);
  });

  it('factors, with weightPct of the axis total', () => {
    const keys = ['factor', 'axis', 'weight', 'weightPct', 'min', 'max', 'direction', 'normalize', 'kind'];
    for (const f of result.factors) expect(inOrder(Object.keys(f), keys)).toBe(true);
    // attractiveness total 40: 30 → 75 %, 10 → 25 %; strength total 2: 2 → 100 %
    expect(result.factors.map((f) => [f.factor, f.weight, f.weightPct])).toEqual([
      ['Spend', 30, 75],
      ['Fit', 10, 25],
      ['Rating', 2, 100],
    ]);
    expect(result.factors[0]).toMatchObject({ min: 1, max: 10, direction: 'higher', normalize: 'none', kind: 'pure' });
    expect(result.factors[1]).toMatchObject({ kind: 'realistic', description: 'fit with our resources' });
    expect(result.factors[2].normalize).toBe('bands:3;6.5');
  });

  it('accounts in rank order with full-precision scores', () => {
    const keys = ['rank', 'id', 'name', 'attractiveness', 'strength', 'quadrant', 'selected', 'segment', 'revenue', 'pareto', 'coverage'];
    for (const a of result.accounts) expect(inOrder(Object.keys(a), keys)).toBe(true);
    expect(result.accounts.map((a) => a.rank)).toEqual([1, 2, 3]);
    const [first, second, third] = result.accounts;
    // C001: Spend u 1, Fit u 6/9 → 100 × (30 + 10·2/3)/40 = 91.666…; Rating 10 ≥ 6.5 → band 2/2 → 100
    expect(first).toMatchObject({ id: 'C001', name: 'Alpha', quadrant: 'key', selected: true, segment: 'Retail', revenue: 1200000, pareto: 'A' });
    expect(first.attractiveness).toBeCloseTo(275 / 3, 12);
    expect(first.attractiveness).not.toBe(Math.round(first.attractiveness * 100) / 100);
    expect(first.strength).toBe(100);
    expect(first.coverage).toEqual({ attractiveness: 1, strength: 1 });
    // C002: Spend u 3/9, Fit u 1 → 100 × (10 + 10)/40 = 50 → high; Rating 1 → band 0 → 0 → key-development
    expect(second).toMatchObject({ id: 'C002', quadrant: 'key-development', selected: false });
    expect(second.attractiveness).toBeCloseTo(50, 12);
    // C003: 0 on attractiveness; Rating 4 → band 1/2 → 50 → maintenance; revenue 0 → before 100 % → C
    expect(third).toMatchObject({ id: 'C003', quadrant: 'maintenance', pareto: 'C', revenue: 0 });
    expect(third.strength).toBe(50);
  });

  it('summary', () => {
    const keys = ['accounts', 'quadrants', 'selected', 'realisticWeightPct', 'top20RevenueSharePct'];
    expect(inOrder(Object.keys(result.summary), keys)).toBe(true);
    expect(Object.keys(result.summary.quadrants)).toEqual(['key', 'key-development', 'maintenance', 'opportunistic']);
    expect(result.summary).toMatchObject({
      accounts: 3,
      quadrants: { key: 1, 'key-development': 1, maintenance: 1, opportunistic: 0 },
      selected: 1,
      realisticWeightPct: 25, // 10 of the attractiveness total 40
    });
    // n = 3 → top ⌈3/5⌉ = 1 account: 1 200 000 of 1 500 000 = 80 %
    expect(result.summary.top20RevenueSharePct).toBeCloseTo(80, 12);
  });

  it('warnings carry the capacity cut', () => {
    expect(result.warnings.some((w) => w.includes('capacity is 1'))).toBe(true);
  });

  it('survives JSON round-trip unchanged (no NaN, no typed arrays)', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('no revenue → pareto and top20RevenueSharePct are null', () => {
    const p = makePortfolio({ ids: ['A'], values: { Spend: [5], Fit: [5], Rating: [5] } });
    const r = buildResult(p, evaluate(p, factors, makeMethod()), ctx);
    expect(r.accounts[0].pareto).toBeNull();
    expect(r.accounts[0].revenue).toBeNull();
    expect(r.summary.top20RevenueSharePct).toBeNull();
  });
});

describe('realisticWeightPct and weightPct', () => {
  it('counts only attractiveness factors', () => {
    const fs = [
      makeFactor('a', 'attractiveness', 30),
      makeFactor('b', 'attractiveness', 10, { kind: 'realistic' }),
      makeFactor('c', 'attractiveness', 10, { kind: 'realistic' }),
      makeFactor('s', 'strength', 50, { kind: 'realistic' }),
    ];
    // 20 of 50 = 40 %; the strength factor's tag plays no part
    expect(realisticWeightPct(fs)).toBe(40);
    expect(realisticWeightPct(fs.slice(0, 1))).toBe(0);
  });

  it('weights 1 and 3 are reported as 25 % and 75 %', () => {
    const recs = factorRecords([makeFactor('a', 'attractiveness', 1), makeFactor('b', 'attractiveness', 3), makeFactor('s', 'strength', 7)]);
    expect(recs.map((r) => r.weightPct)).toEqual([25, 75, 100]);
  });
});
