/** Deltas with arrows, sparklines, quadrant trails and the account history chart. */
import { describe, expect, it } from 'vitest';
import { historyChart } from '../../../src/render/review/history-chart.js';
import type { AccountPoint } from '../../../src/core/review.js';
import { delta, quadrantTrail, sparkline } from '../../../src/render/review/wording.js';

const at = (attractiveness: number, quadrant: AccountPoint['quadrant'] = 'key'): AccountPoint => ({ rank: 1, attractiveness, strength: 100 - attractiveness, quadrant, selected: true });

describe('delta', () => {
  it.each([
    [2, '▲ +2.0'],
    [-15, '▼ -15.0'],
    [0, '= 0.0'],
    [0.04, '= 0.0'],
    [-0.04, '= 0.0'],
    [0.05000001, '▲ +0.1'],
  ])('%d → %s', (x, shown) => expect(delta(x)).toBe(shown));
});

describe('trends', () => {
  it('one block per snapshot on the absolute 0..100 scale, · where absent', () => {
    // level = round(score / 100 × 7): 0 → 0 (▁), 50 → 3.5 → 4 (▅), 100 → 7 (█), 30 → 2.1 → 2 (▃)
    const h = [at(0), at(50), null, at(100), at(30)];
    expect(sparkline(h, 'attractiveness')).toBe('▁▅·█▃');
    // strength is 100 − attractiveness: 100, 50, –, 0, 70 → 7, 4, ·, 0, 4.9 → 5
    expect(sparkline(h, 'strength')).toBe('█▅·▁▆');
  });

  it('quadrant trails use one letter per snapshot', () => {
    expect(quadrantTrail([at(1, 'key'), at(1, 'key-development'), null, at(1, 'maintenance'), at(1, 'opportunistic')])).toBe('K D · M O');
  });
});

describe('historyChart', () => {
  it('draws a step per snapshot between the tens around the values, a row per 5 points', () => {
    // 35..70 → axis 30..70 in 8 steps of 5 points: 70, 65, …, 30.
    expect(historyChart([70, 40, 35], 4)).toEqual([
      '   70.0 ┼───╮',
      '   65.0 ┤   │',
      '   60.0 ┤   │',
      '   55.0 ┤   │',
      '   50.0 ┤   │',
      '   45.0 ┤   │',
      '   40.0 ┤   ╰───╮',
      '   35.0 ┤       ╰───',
      '   30.0 ┤',
    ]);
  });

  it('uses a row per 10 points beyond a range of 60', () => {
    const lines = historyChart([5, 95], 2);
    // 5..95 → 0..100 in 10 steps of 10.
    expect(lines.map((l) => l.slice(0, 7).trim())).toEqual(['100.0', '90.0', '80.0', '70.0', '60.0', '50.0', '40.0', '30.0', '20.0', '10.0', '0.0']);
  });
});
