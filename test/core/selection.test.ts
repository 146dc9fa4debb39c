/** METHOD.md §3, selection: key quadrants in rank order, capacity, overrides with reasons. */
import { say } from '../../src/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { selectAccounts } from '../../src/core/selection.js';
import type { Override } from '../../src/core/types.js';
import { byId, makeFactor, makeMethod, makePortfolio } from '../helpers/portfolio.js';

// Six accounts; positions 0..5, ranked in the order 4, 0, 1, 2, 3, 5.
const ids = ['k1', 'kd1', 'm1', 'o1', 'k0', 'kd2'];
const quadrant = Uint8Array.from([0, 1, 2, 3, 0, 1]);
const order = Uint32Array.from([4, 0, 1, 5, 2, 3]);
const idOf = (p: number): string => ids[p];
const chosen = (sel: Uint8Array): string[] => Array.from(order, (p) => p).filter((p) => sel[p] === 1).map(idOf);

describe('without capacity', () => {
  it('selects every key and key-development account', () => {
    const out = selectAccounts(order, quadrant, idOf, null, []);
    expect(chosen(out.selected)).toEqual(['k0', 'k1', 'kd1', 'kd2']);
    expect(out).toMatchObject({ qualifying: 4, cut: 0, count: 4, capacity: null, overCapacity: false, warnings: [] });
  });
});

describe('with capacity', () => {
  it('takes the qualifying accounts in rank order up to the capacity and says what was cut', () => {
    const out = selectAccounts(order, quadrant, idOf, 3, []);
    // rank order of qualifying: k0, k1, kd1, kd2 → first 3
    expect(chosen(out.selected)).toEqual(['k0', 'k1', 'kd1']);
    expect(out).toMatchObject({ qualifying: 4, cut: 1, count: 3, overCapacity: false });
    expect(out.warnings).toHaveLength(1);
    expect(say(out.warnings[0])).toContain('capacity is 3');
  });

  it('a capacity at or above the qualifying count cuts nothing', () => {
    for (const capacity of [4, 10]) {
      const out = selectAccounts(order, quadrant, idOf, capacity, []);
      expect(out.count).toBe(4);
      expect(out.warnings).toEqual([]);
    }
  });

  it('capacity 0 selects nobody and says so', () => {
    const out = selectAccounts(order, quadrant, idOf, 0, []);
    expect(out.count).toBe(0);
    expect(out.cut).toBe(4);
    expect(out.warnings).toHaveLength(1);
  });
});

describe('overrides', () => {
  const add = (id: string, reason = 'strategic'): Override => ({ id, action: 'add', reason });
  const remove = (id: string, reason = 'exiting market'): Override => ({ id, action: 'remove', reason });

  it('add and remove after the capacity cut, keeping each reason', () => {
    const out = selectAccounts(order, quadrant, idOf, 3, [add('m1', 'parent company is key'), remove('k1', 'credit risk')]);
    expect(chosen(out.selected)).toEqual(['k0', 'kd1', 'm1']);
    expect(out.overrides).toEqual([
      { id: 'm1', action: 'add', reason: 'parent company is key', applied: true },
      { id: 'k1', action: 'remove', reason: 'credit risk', applied: true },
    ]);
    expect(out.count).toBe(3);
    expect(out.overCapacity).toBe(false);
  });

  it('an add past the capacity is reported as over capacity, not cut', () => {
    const out = selectAccounts(order, quadrant, idOf, 3, [add('o1')]);
    expect(chosen(out.selected)).toEqual(['k0', 'k1', 'kd1', 'o1']);
    expect(out.count).toBe(4);
    expect(out.overCapacity).toBe(true);
    expect(out.warnings.some((w) => say(w).includes('over capacity by 1'))).toBe(true);
  });

  it('an add can bring back an account the capacity cut', () => {
    const out = selectAccounts(order, quadrant, idOf, 3, [add('kd2', 'new contract')]);
    expect(chosen(out.selected)).toContain('kd2');
    expect(out.overCapacity).toBe(true);
  });

  it('an unknown id is a warning and is not applied', () => {
    const out = selectAccounts(order, quadrant, idOf, null, [add('ghost'), remove('K1')]);
    expect(chosen(out.selected)).toEqual(['k0', 'k1', 'kd1', 'kd2']);
    expect(out.overrides.map((o) => o.applied)).toEqual([false, false]);
    expect(out.overrides[0].note).toContain('no such account');
    expect(out.warnings).toHaveLength(2);
    expect(say(out.warnings[0])).toContain('"ghost"');
    expect(say(out.warnings[1])).toContain('"K1"'); // keys are case-sensitive
  });

  it('an override that changes nothing is recorded as not applied, with a note', () => {
    const out = selectAccounts(order, quadrant, idOf, null, [add('k1'), remove('o1')]);
    expect(out.count).toBe(4);
    expect(out.overrides[0]).toMatchObject({ applied: false, note: 'already selected' });
    expect(out.overrides[1]).toMatchObject({ applied: false, note: 'already not selected' });
  });
});

describe('through the engine', () => {
  it('method.capacity and method.overrides', () => {
    const p = makePortfolio({ ids: ['A', 'B', 'C', 'D'], values: { a: [10, 9, 8, 1], s: [10, 9, 8, 10] } });
    const ev = evaluate(
      p,
      [makeFactor('a', 'attractiveness', 1), makeFactor('s', 'strength', 1)],
      makeMethod({ capacity: 2, overrides: [{ id: 'D', action: 'add', reason: 'group account' }] }),
    );
    const got = byId(p, ev);
    expect(['A', 'B', 'C', 'D'].map((id) => got.get(id)!.selected)).toEqual([true, true, false, true]);
    expect(ev.selection.overCapacity).toBe(true);
    expect(ev.warnings.filter((w) => say(w).includes('capacity'))).toHaveLength(2);
  });
});
