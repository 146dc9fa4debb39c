/** The kam/review@1 document: movements, ordering, deltas, history, release reasons. */
import { say } from '../../src/i18n/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUADRANTS } from '../../src/core/types.js';
import { buildReview } from '../../src/core/review.js';
import { ctx, snap, type Row } from '../helpers/snapshots.js';

// Previous: capacity 3. a (key, selected), b (key, selected), c (key-dev, selected), d (maint), e (opp), g (key-dev, cut).
const q1 = snap('q1.json', [
  ['a', 80, 70, 'key', true],
  ['b', 75, 60, 'key', true],
  ['c', 70, 40, 'key-development', true],
  ['g', 60, 30, 'key-development', false],
  ['d', 45, 80, 'maintenance', false],
  ['e', 20, 20, 'opportunistic', false],
]);
// Current: b falls to maintenance (demoted), d rises to key (entered), e vanishes, n is new,
// c stays key-development but is cut by capacity, a removed by the team.
const q2 = snap(
  'q2.csv',
  [
    ['d', 60, 80, 'key', true],
    ['g', 66, 35, 'key-development', true],
    ['n', 55, 30, 'key-development', true],
    ['c', 52, 40, 'key-development', false],
    ['a', 81, 71, 'key', false],
    ['b', 40, 60, 'maintenance', false],
  ],
  3,
  ['a'],
);

describe('buildReview', () => {
  const doc = buildReview([q1, q2], [], ctx);

  it('names the schema, the compared snapshots and their capacity', () => {
    expect(doc.schema).toBe('kam/review@1');
    expect(doc.generatedAt).toBe(ctx.generatedAt);
    expect(doc.compared).toEqual({ previous: 'q1.json', current: 'q2.csv' });
    expect(doc.snapshots.map((s) => [s.accounts, s.qualifying, s.selected, s.capacity, s.overCapacity])).toEqual([
      [6, 4, 3, null, false],
      [6, 5, 3, 3, false],
    ]);
  });

  it('orders accounts by current rank, then the vanished by key', () => {
    expect(doc.accounts.map((a) => [a.id, a.status])).toEqual([
      ['d', 'continuing'],
      ['g', 'continuing'],
      ['n', 'new'],
      ['c', 'continuing'],
      ['a', 'continuing'],
      ['b', 'continuing'],
      ['e', 'vanished'],
    ]);
  });

  it('lists exactly the movements', () => {
    expect(doc.movements).toEqual({
      entered: ['d', 'g', 'n'],
      left: ['c', 'a', 'b'],
      quadrantChanges: [
        { id: 'd', from: 'maintenance', to: 'key', direction: 'up' },
        { id: 'b', from: 'key', to: 'maintenance', direction: 'down' },
      ],
      new: ['n'],
      vanished: ['e'],
    });
  });

  it('computes deltas current − previous and the rank change previous − current', () => {
    const d = doc.accounts.find((a) => a.id === 'd')!;
    // d: 45 → 60 (+15), 80 → 80 (0), rank 5 → 1 (+4)
    expect(d.change).toEqual({ rank: 4, attractiveness: 15, strength: 0 });
    const b = doc.accounts.find((a) => a.id === 'b')!;
    // b: 75 → 40 (−35), 60 → 60, rank 2 → 6 (−4)
    expect(b.change).toEqual({ rank: -4, attractiveness: -35, strength: 0 });
    expect(doc.accounts.find((a) => a.id === 'n')!.change).toBeNull();
    expect(doc.accounts.find((a) => a.id === 'e')!.current).toBeNull();
  });

  it('gives each release its reason', () => {
    expect(doc.release.map((r) => [r.id, r.reason, r.from, r.to])).toEqual([
      ['c', 'capacity', 'key-development', 'key-development'],
      ['a', 'team', 'key', 'key'],
      ['b', 'demoted', 'key', 'maintenance'],
    ]);
    expect(say(doc.release[0].detail)).toBe('still key-development, ranked 4, beyond the capacity of 3');
  });

  it('a selected account that vanishes is released as vanished', () => {
    const later = snap('q3.csv', [['d', 60, 80, 'key', true]]);
    const r = buildReview([q2, later], [], ctx);
    expect(r.release.map((x) => [x.id, x.reason, x.to])).toEqual([
      ['g', 'vanished', null],
      ['n', 'vanished', null],
    ]);
    expect(r.movements.vanished).toEqual(['a', 'b', 'c', 'g', 'n']);
  });

  it('keeps the history across all snapshots; accounts only in older ones are former', () => {
    const q3 = snap('q3.csv', [['d', 62, 78, 'key', true]]);
    const r = buildReview([q1, q2, q3], [], ctx);
    expect(r.snapshots.map((s) => s.label)).toEqual(['q1.json', 'q2.csv', 'q3.csv']);
    const d = r.accounts[0];
    expect(d.history.map((p) => p && [p.rank, p.attractiveness, p.quadrant])).toEqual([
      [5, 45, 'maintenance'],
      [1, 60, 'key'],
      [1, 62, 'key'],
    ]);
    expect(r.accounts.find((a) => a.id === 'e')).toMatchObject({ status: 'former', history: [expect.anything(), null, null] });
    expect(r.compared).toEqual({ previous: 'q2.csv', current: 'q3.csv' });
  });
});

const quadrantOf = (a: number, s: number) => QUADRANTS[(a >= 50 ? 0 : 2) + (s >= 50 ? 0 : 1)];
const rowsArb = fc
  .uniqueArray(fc.record({ id: fc.constantFrom(...'abcdefghij'), a: fc.integer({ min: 0, max: 100 }), s: fc.integer({ min: 0, max: 100 }), sel: fc.boolean() }), { selector: (r) => r.id, maxLength: 10 })
  .map((rs) => rs.map((r): Row => [r.id, r.a, r.s, quadrantOf(r.a, r.s), r.sel]));

describe('properties', () => {
  it('a snapshot compared with itself has no movements, zero deltas and no release', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const s = snap('x', rows);
        const r = buildReview([s, { ...s, label: 'y' }], [{ kind: 'demotion' }, { kind: 'drop', points: 0.1 }], ctx);
        expect(r.movements).toEqual({ entered: [], left: [], quadrantChanges: [], new: [], vanished: [] });
        expect(r.release).toEqual([]);
        expect(r.gates.violations).toEqual([]);
        for (const a of r.accounts) expect(a.change).toEqual({ rank: 0, attractiveness: 0, strength: 0 });
      }),
    );
  });

  it('every account of either snapshot appears once; entered and left are disjoint and match the selections', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (r1, r2) => {
        const doc = buildReview([snap('p', r1), snap('c', r2)], [], ctx);
        const ids = new Set([...r1, ...r2].map((r) => r[0]));
        expect(doc.accounts.map((a) => a.id).sort()).toEqual([...ids].sort());
        const was = new Set(r1.filter((r) => r[4]).map((r) => r[0]));
        const now = new Set(r2.filter((r) => r[4]).map((r) => r[0]));
        expect(new Set(doc.movements.entered)).toEqual(new Set([...now].filter((id) => !was.has(id))));
        expect(new Set(doc.movements.left)).toEqual(new Set([...was].filter((id) => !now.has(id))));
        expect(doc.release.map((x) => x.id)).toEqual(doc.movements.left);
        // Current accounts first, in rank order.
        const ranks = doc.accounts.filter((a) => a.current).map((a) => a.current!.rank);
        expect(ranks).toEqual(ranks.map((_, i) => i + 1));
      }),
    );
  });
});
