/** METHOD.md §3 through `evaluate`: axis scores, weights, missing-value policies, scope, relative strength. */
import { say } from '../../src/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { evaluate, type CompetitorBest } from '../../src/core/engine.js';
import { PROBLEM_CAP } from '../../src/core/errors.js';
import { byId, expectInputError, makeFactor, makeMethod, makePortfolio, rankedIds } from '../helpers/portfolio.js';

describe('axis score = 100 × Σ wᵢuᵢ / Σ wᵢ', () => {
  const portfolio = makePortfolio({
    ids: ['A', 'B', 'C'],
    values: { X: [10, 1, 4], Y: [1, 10, 7], Z: [10, 1, 5.5] },
  });
  const factorsWith = (wx: number, wy: number) => [
    makeFactor('X', 'attractiveness', wx),
    makeFactor('Y', 'attractiveness', wy),
    makeFactor('Z', 'strength', 5),
  ];

  it('weights 1 and 3', () => {
    const ev = byId(portfolio, evaluate(portfolio, factorsWith(1, 3), makeMethod()));
    // A: u = 1, 0 → 100 × (1·1 + 3·0)/4 = 25
    expect(ev.get('A')!.attractiveness).toBeCloseTo(25, 12);
    // B: u = 0, 1 → 100 × 3/4 = 75
    expect(ev.get('B')!.attractiveness).toBeCloseTo(75, 12);
    // C: u = 3/9, 6/9 → 100 × (1/3 + 3·2/3)/4 = 100 × (7/3)/4 = 58.333…
    expect(ev.get('C')!.attractiveness).toBeCloseTo(175 / 3, 12);
    // strength, one factor: A u = 1 → 100; B 0; C (5.5−1)/9 = 0.5 → 50
    expect(ev.get('A')!.strength).toBe(100);
    expect(ev.get('B')!.strength).toBe(0);
    expect(ev.get('C')!.strength).toBeCloseTo(50, 12);
  });

  it('weights are relative to their axis total: 1,3 ≡ 25,75 ≡ 0.5,1.5', () => {
    const base = evaluate(portfolio, factorsWith(1, 3), makeMethod());
    for (const [wx, wy] of [
      [25, 75],
      [0.5, 1.5],
      [1000, 3000],
    ]) {
      const ev = evaluate(portfolio, factorsWith(wx, wy), makeMethod());
      for (let p = 0; p < 3; p++) expect(ev.attractiveness[p]).toBeCloseTo(base.attractiveness[p], 9);
      expect(Array.from(ev.quadrant)).toEqual(Array.from(base.quadrant));
    }
  });

  it('a perfect account scores exactly 100, whatever the weights (no 100.00000000000001)', () => {
    // Found by the property test: with weights 82 and 0.12029869856576882 and u = 1 on both,
    // (100 × 82.12029869856577) / 82.12029869856577 = 100.00000000000001 in doubles;
    // 100 × (sum / total) = 100 × 1 = 100.
    const p = makePortfolio({ ids: ['TOP'], values: { X: [10], Y: [10], Z: [10] } });
    const fs = [makeFactor('X', 'attractiveness', 82), makeFactor('Y', 'attractiveness', 0.12029869856576882), makeFactor('Z', 'strength', 1)];
    expect(evaluate(p, fs, makeMethod()).attractiveness[0]).toBe(100);
  });

  it('a zero weight leaves the factor out of the score', () => {
    const ev = byId(portfolio, evaluate(portfolio, factorsWith(0, 1), makeMethod()));
    // only Y counts: A u = 0 → 0; B u = 1 → 100
    expect(ev.get('A')!.attractiveness).toBe(0);
    expect(ev.get('B')!.attractiveness).toBe(100);
  });

  it('direction = lower flows through to the axis', () => {
    const factors = [makeFactor('X', 'attractiveness', 1, { direction: 'lower' }), makeFactor('Z', 'strength', 1)];
    const ev = byId(portfolio, evaluate(portfolio, factors, makeMethod()));
    // A: X = 10 → 1 − 1 = 0; B: X = 1 → 1 − 0 = 1 → 100; C: X = 4 → 1 − 3/9 → 66.67
    expect(ev.get('A')!.attractiveness).toBe(0);
    expect(ev.get('B')!.attractiveness).toBe(100);
    expect(ev.get('C')!.attractiveness).toBeCloseTo(200 / 3, 12);
  });
});

describe('missing values', () => {
  // Attractiveness X (w 1), Y (w 3); strength Z (w 2), W (w 2); all on 1..10.
  const portfolio = makePortfolio({
    ids: ['P1', 'P2', 'P3'],
    values: { X: [10, null, 1], Y: [null, 4, 10], Z: [null, 4, 10], W: [7, 4, 1] },
  });
  const factors = [
    makeFactor('X', 'attractiveness', 1),
    makeFactor('Y', 'attractiveness', 3),
    makeFactor('Z', 'strength', 2),
    makeFactor('W', 'strength', 2),
  ];

  it('error (the default) lists every missing cell with file, line and field', () => {
    const err = expectInputError(() => evaluate(portfolio, factors, makeMethod()));
    const cells = err.problems.map((p) => [p.file, p.line, p.field]);
    expect(cells).toHaveLength(3);
    expect(cells).toEqual(
      expect.arrayContaining([
        ['customers.csv', 2, 'Y'],
        ['customers.csv', 2, 'Z'],
        ['customers.csv', 3, 'X'],
      ]),
    );
    // sorted by line
    expect(err.problems.map((p) => p.line)).toEqual([2, 2, 3]);
    expect(err.exitCode).toBe(1);
  });

  it('error: missing cells and out-of-range values come in one InputError, by line', () => {
    const p = makePortfolio({ ids: ['A', 'B', 'C'], values: { X: [null, 5, 11], Z: [5, 0, null] } });
    const err = expectInputError(() => evaluate(p, [makeFactor('X', 'attractiveness', 1), makeFactor('Z', 'strength', 1)], makeMethod()));
    expect(err.problems.map((x) => [x.line, x.field])).toEqual([
      [2, 'X'],
      [3, 'Z'],
      [4, 'X'],
      [4, 'Z'],
    ]);
  });

  it('error lists all of many missing cells (the message caps, the list does not)', () => {
    const n = 25;
    const p = makePortfolio({
      ids: Array.from({ length: n }, (_, i) => `C${i}`),
      values: { X: Array(n).fill(null), Z: Array(n).fill(5) },
    });
    const err = expectInputError(() =>
      evaluate(p, [makeFactor('X', 'attractiveness', 1), makeFactor('Z', 'strength', 1)], makeMethod()),
    );
    expect(err.problems).toHaveLength(25);
    expect(err.problems.map((x) => x.line)).toEqual(Array.from({ length: n }, (_, i) => i + 2));
    const lines = err.lines();
    expect(lines).toHaveLength(PROBLEM_CAP + 1);
    expect(lines[PROBLEM_CAP]).toContain('5 more');
  });

  it('renormalize divides by the weights present and reports coverage', () => {
    const ev = byId(portfolio, evaluate(portfolio, factors, makeMethod({ missing: 'renormalize' })));
    const p1 = ev.get('P1')!;
    // P1 attractiveness: only X (u 1, w 1) → 100 × 1/1 = 100; coverage 1/4
    expect(p1.attractiveness).toBe(100);
    expect(p1.coverage.attractiveness).toBe(0.25);
    // P1 strength: only W (u 6/9, w 2) → 100 × (2·2/3)/2 = 66.67; coverage 2/4
    expect(p1.strength).toBeCloseTo(200 / 3, 12);
    expect(p1.coverage.strength).toBe(0.5);
    const p2 = ev.get('P2')!;
    // P2 attractiveness: only Y (u 3/9) → 33.33; coverage 3/4
    expect(p2.attractiveness).toBeCloseTo(100 / 3, 12);
    expect(p2.coverage.attractiveness).toBe(0.75);
    expect(p2.coverage.strength).toBe(1);
    const p3 = ev.get('P3')!;
    // P3 complete: attractiveness (1·0 + 3·1)/4 = 75; strength (2·1 + 2·0)/4 = 50
    expect(p3.attractiveness).toBeCloseTo(75, 12);
    expect(p3.strength).toBeCloseTo(50, 12);
    expect(p3.coverage).toEqual({ attractiveness: 1, strength: 1 });
  });

  it('midpoint uses u = 0.5 for a missing value', () => {
    const ev = byId(portfolio, evaluate(portfolio, factors, makeMethod({ missing: 'midpoint' })));
    // P1: attractiveness 100 × (1·1 + 3·0.5)/4 = 62.5; strength 100 × (2·0.5 + 2·2/3)/4 = 58.33
    expect(ev.get('P1')!.attractiveness).toBeCloseTo(62.5, 12);
    expect(ev.get('P1')!.strength).toBeCloseTo(175 / 3, 12);
    // P2: attractiveness 100 × (1·0.5 + 3·1/3)/4 = 37.5; strength 100 × (2/3 + 2/3)/4 = 33.33
    expect(ev.get('P2')!.attractiveness).toBeCloseTo(37.5, 12);
    expect(ev.get('P2')!.strength).toBeCloseTo(100 / 3, 12);
    // coverage still says how much was really scored
    expect(ev.get('P1')!.coverage).toEqual({ attractiveness: 0.25, strength: 0.5 });
  });

  it('renormalize: an account with no value on any weighted factor of an axis is an InputError', () => {
    const p = makePortfolio({
      ids: ['OK', 'EMPTY'],
      values: { X: [5, null], Y: [5, null], Q: [5, 5], Z: [5, 5] },
    });
    const fs = [
      makeFactor('X', 'attractiveness', 1),
      makeFactor('Y', 'attractiveness', 2),
      makeFactor('Q', 'attractiveness', 0), // present, but weight 0 does not count
      makeFactor('Z', 'strength', 1),
    ];
    const err = expectInputError(() => evaluate(p, fs, makeMethod({ missing: 'renormalize' })));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ file: 'customers.csv', line: 3 });
    expect(err.problems[0].message).toContain('"EMPTY"');
    expect(err.problems[0].message).toContain('attractiveness');
    // under midpoint the same account scores 50 with coverage 0
    const ev = byId(p, evaluate(p, fs, makeMethod({ missing: 'midpoint' })));
    expect(ev.get('EMPTY')!.attractiveness).toBe(50);
    expect(ev.get('EMPTY')!.coverage.attractiveness).toBe(0);
  });
});

describe('scope (segment filter)', () => {
  const portfolio = makePortfolio({
    ids: ['A', 'B', 'C', 'D'],
    segments: ['Retail', 'Retail', 'Pharma', 'retail'],
    values: { M: [0, 10, 1000, 20], S: [5, 5, 5, 5] },
  });
  const factors = [makeFactor('M', 'attractiveness', 1, { normalize: { kind: 'minmax' } }), makeFactor('S', 'strength', 1)];

  it('keeps the chosen segments (case-insensitively) and scales minmax over them only', () => {
    const ev = evaluate(portfolio, factors, makeMethod({ segments: ['RETAIL'] }));
    const got = byId(portfolio, ev);
    expect([...got.keys()].sort()).toEqual(['A', 'B', 'D']);
    // lo = 0, hi = 20 among A, B, D: B = 10/20 → 50 (C's 1000 is out of scope)
    expect(got.get('B')!.attractiveness).toBe(50);
    expect(got.get('D')!.attractiveness).toBe(100);
  });

  it('a filter matching no account is an InputError', () => {
    expectInputError(() => evaluate(portfolio, factors, makeMethod({ segments: ['Nope'] })));
  });
});

describe('relative strength', () => {
  const portfolio = makePortfolio({ ids: ['A', 'B'], values: { X: [5, 5], Z: [7, 7] } });
  const factors = [makeFactor('X', 'attractiveness', 1), makeFactor('Z', 'strength', 1)];
  // best competitor's u on Z: A 1/3, B none
  const competitors: CompetitorBest = new Map([['Z', Float64Array.from([1 / 3, Number.NaN])]]);

  it('(u_us − u_best + 1)/2, falling back to u_us where no competitor rated', () => {
    const ev = evaluate(portfolio, factors, makeMethod(), competitors);
    expect(ev.method.strength).toBe('relative');
    // A: u_us = 6/9 = 2/3; (2/3 − 1/3 + 1)/2 = 2/3 → 66.67
    expect(ev.strength[0]).toBeCloseTo(200 / 3, 12);
    // B: u_us = 2/3 → 66.67 (fallback)
    expect(ev.strength[1]).toBeCloseTo(200 / 3, 12);
  });

  it('parity with the best competitor is 50', () => {
    const ev = evaluate(portfolio, factors, makeMethod(), new Map([['Z', Float64Array.from([2 / 3, 2 / 3])]]));
    expect(ev.strength[0]).toBeCloseTo(50, 12);
  });

  it('absolute when asked, or when there are no competitor ratings', () => {
    expect(evaluate(portfolio, factors, makeMethod({ strength: 'absolute' }), competitors).strength[0]).toBeCloseTo(200 / 3, 12);
    expect(evaluate(portfolio, factors, makeMethod()).method.strength).toBe('absolute');
  });
});

describe('end to end on a small portfolio', () => {
  it('scores, quadrants, ranks and selection agree', () => {
    const p = makePortfolio({
      ids: ['k1', 'kd', 'm', 'o', 'k2'],
      values: { A: [10, 8, 2, 1, 10], S: [9, 1, 10, 1, 10] },
    });
    const ev = evaluate(p, [makeFactor('A', 'attractiveness', 1), makeFactor('S', 'strength', 1)], makeMethod({ capacity: 2 }));
    // k2 (100,100) before k1 (100, 88.9) in key; kd (77.8, 0) key-development; m maintenance; o opportunistic
    expect(rankedIds(p, ev)).toEqual(['k2', 'k1', 'kd', 'm', 'o']);
    expect(ev.counts).toEqual({ key: 2, 'key-development': 1, maintenance: 1, opportunistic: 1 });
    const got = byId(p, ev);
    expect([...got.values()].filter((a) => a.selected).map((a) => a.id)).toEqual(['k2', 'k1']);
    expect(ev.warnings.some((w) => say(w).includes('capacity is 2'))).toBe(true);
  });
});
