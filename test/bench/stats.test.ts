// The benchmark's statistics: medians, paired ratios, alternating rounds (no timing here).
import { describe, expect, it } from 'vitest';
import { alternate, median, pairedRatio, perAccountSpread } from '../../bench/lib/stats.mjs';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([5])).toBe(5);
    expect(median([9, 1, 1, 8, 7])).toBe(7);
  });
  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('does not reorder the caller\'s list', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/nothing/);
  });
});

describe('pairedRatio', () => {
  it('divides round by round and summarises by the median of the ratios', () => {
    // A slow second round (both sides doubled) leaves its ratio at 0.5.
    const r = pairedRatio([1, 2, 1.5], [2, 4, 2]);
    expect(r.ratios).toEqual([0.5, 0.5, 0.75]);
    expect(r.median).toBe(0.5);
    expect(r.min).toBe(0.5);
    expect(r.max).toBe(0.75);
  });
  it('is not the ratio of the medians', () => {
    // medians 2 / 2 = 1, but every pair says 0.5 or 2: the paired median is 2.
    expect(pairedRatio([1, 4, 6], [2, 2, 3]).median).toBe(2);
  });
  it('needs as many rounds on both sides', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow(/as many rounds/);
    expect(() => pairedRatio([], [])).toThrow(/no rounds/);
  });
});

describe('alternate', () => {
  it('runs every function once per round, rotating who goes first, and keeps results per function', () => {
    const calls: string[] = [];
    const fns = ['a', 'b', 'c'].map((name) => (round: number) => {
      calls.push(`${name}${round}`);
      return `${name}${round}`;
    });
    const out = alternate(3, fns);
    expect(out).toEqual([
      ['a0', 'a1', 'a2'],
      ['b0', 'b1', 'b2'],
      ['c0', 'c1', 'c2'],
    ]);
    expect(calls).toEqual(['a0', 'b0', 'c0', 'b1', 'c1', 'a1', 'c2', 'a2', 'b2']);
  });
});

describe('perAccountSpread', () => {
  it('takes the fixed cost of a run off before dividing by the accounts', () => {
    // 0.5 s of start-up (a 1,000-account run); then 2 µs an account up to 1M, 3 µs at 10M.
    const r = perAccountSpread(
      [
        [101_000, 0.5 + 0.2],
        [1_001_000, 0.5 + 2],
        [10_001_000, 0.5 + 30],
      ],
      0.5,
      1000,
    );
    expect(r.perAccount.map(([, us]) => Number(us.toFixed(6)))).toEqual([2, 2, 3]);
    expect(r.slowest[0]).toBe(10_001_000);
    expect(r.spread).toBeCloseTo(1.5, 9);
  });
  it('never goes below zero for a size faster than the fixed cost, and needs two sizes', () => {
    expect(perAccountSpread([[2000, 0.1], [3000, 0.7]], 0.5, 1000).perAccount[0][1]).toBe(0);
    expect(() => perAccountSpread([[2000, 1]], 0.5, 1000)).toThrow(/two sizes/);
  });
});
