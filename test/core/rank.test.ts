/** METHOD.md §3, ranking: quadrant, attractiveness ↓, strength ↓, key ↑ (code units); 9-decimal ties. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { rankOrder } from '../../src/core/rank.js';
import type { SortKey } from '../../src/core/types.js';
import { makeFactor, makeMethod, makePortfolio, rankedIds } from '../helpers/portfolio.js';

interface Row {
  id: string;
  a: number;
  s: number;
  q: number;
}

function rank(rows: Row[], sort: SortKey): string[] {
  const order = rankOrder(
    {
      idOf: (p) => rows[p].id,
      attractiveness: Float64Array.from(rows, (r) => r.a),
      strength: Float64Array.from(rows, (r) => r.s),
      quadrant: Uint8Array.from(rows, (r) => r.q),
    },
    sort,
  );
  return Array.from(order, (p) => rows[p].id);
}

describe('--sort quadrant (default)', () => {
  it('quadrant first, in the order key, key-development, maintenance, opportunistic', () => {
    const rows: Row[] = [
      { id: 'opp', a: 10, s: 10, q: 3 },
      { id: 'main', a: 20, s: 90, q: 2 },
      { id: 'kd', a: 60, s: 5, q: 1 },
      { id: 'key', a: 51, s: 51, q: 0 },
    ];
    // key-development's 60 does not beat key's 51: the quadrant decides first
    expect(rank(rows, 'quadrant')).toEqual(['key', 'kd', 'main', 'opp']);
  });

  it('then attractiveness descending, then strength descending', () => {
    const rows: Row[] = [
      { id: 'A', a: 70, s: 60, q: 0 },
      { id: 'B', a: 90, s: 55, q: 0 },
      { id: 'C', a: 70, s: 80, q: 0 },
    ];
    expect(rank(rows, 'quadrant')).toEqual(['B', 'C', 'A']);
  });

  it('equal scores: key ascending in code-unit order ("B" < "a", "C10" < "C9")', () => {
    const ids = ['a', 'C9', 'B', 'C10', 'b', 'Ä', 'A'];
    const rows = ids.map((id) => ({ id, a: 70, s: 70, q: 0 }));
    // code units: A 65, B 66, C 67 ('1' 49 < '9' 57), a 97, b 98, Ä 196
    expect(rank(rows, 'quadrant')).toEqual(['A', 'B', 'C10', 'C9', 'a', 'b', 'Ä']);
  });

  it('scores equal after rounding to 9 decimals are ties (noise never reorders)', () => {
    const rows: Row[] = [
      { id: 'Z', a: 50.00000000000001, s: 40, q: 1 },
      { id: 'Y', a: 50, s: 40.00000000000001, q: 1 },
      { id: 'X', a: 49.99999999999999, s: 39.99999999999999, q: 1 },
    ];
    expect(rank(rows, 'quadrant')).toEqual(['X', 'Y', 'Z']);
  });

  it('a real difference of 1e-6 still counts', () => {
    const rows: Row[] = [
      { id: 'A', a: 50, s: 40, q: 0 },
      { id: 'B', a: 50.000001, s: 40, q: 0 },
    ];
    expect(rank(rows, 'quadrant')).toEqual(['B', 'A']);
  });
});

describe('--sort attractiveness and strength', () => {
  const rows: Row[] = [
    { id: 'k', a: 60, s: 60, q: 0 },
    { id: 'kd', a: 90, s: 10, q: 1 },
    { id: 'm', a: 40, s: 95, q: 2 },
    { id: 'o', a: 40, s: 30, q: 3 },
    { id: 'b', a: 60, s: 60, q: 0 },
    { id: 'T', a: 60, s: 60, q: 0 },
  ];

  it('attractiveness: ignores the quadrant; then strength, then key', () => {
    // 90 kd; 60: T, b, k tie on strength 60 → key order T < b < k; 40: m (95) before o (30)
    expect(rank(rows, 'attractiveness')).toEqual(['kd', 'T', 'b', 'k', 'm', 'o']);
  });

  it('strength: then attractiveness, then key', () => {
    // 95 m; 60 T, b, k; 30 o; 10 kd
    expect(rank(rows, 'strength')).toEqual(['m', 'T', 'b', 'k', 'o', 'kd']);
  });

  it('strength ties broken by attractiveness descending', () => {
    const r: Row[] = [
      { id: 'A', a: 10, s: 50, q: 2 },
      { id: 'B', a: 80, s: 50, q: 0 },
    ];
    expect(rank(r, 'strength')).toEqual(['B', 'A']);
  });

  it('noise-level ties under attractiveness and strength go to the key', () => {
    const r: Row[] = [
      { id: 'b', a: 0.30000000000000004 * 100, s: 20, q: 3 },
      { id: 'a', a: 30, s: 20.000000000000004, q: 3 },
    ];
    expect(rank(r, 'attractiveness')).toEqual(['a', 'b']);
    expect(rank(r, 'strength')).toEqual(['a', 'b']);
  });
});

describe('through the engine', () => {
  it('rank is 1-based and follows the rules', () => {
    const p = makePortfolio({ ids: ['C9', 'C10', 'B', 'a'], values: { A: [7, 7, 7, 7], S: [4, 4, 4, 4] } });
    const factors = [makeFactor('A', 'attractiveness', 1), makeFactor('S', 'strength', 1)];
    for (const sort of ['quadrant', 'attractiveness', 'strength'] as const) {
      expect(rankedIds(p, evaluate(p, factors, makeMethod({ sort })))).toEqual(['B', 'C10', 'C9', 'a']);
    }
  });
});
