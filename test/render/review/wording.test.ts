/** Deltas with arrows, sparklines, quadrant trails and the account history chart. */
import { describe, expect, it, test } from 'vitest';
import { buildReview, movementOf, type AccountPoint } from '../../../src/core/review.js';
import { say } from '../../../src/i18n/index.js';
import { historyChart } from '../../../src/render/review/history-chart.js';
import { delta, movementMessages, quadrantTrail, sparkline } from '../../../src/render/review/wording.js';
import { snap } from '../../helpers/snapshots.js';

const movementSentences = (doc: Parameters<typeof movementOf>[0]): string[] => movementMessages(movementOf(doc)).map((m) => say(m, 'en'));

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

describe('movementMessages (the workshop\'s step 10), in English', () => {
  test('quadrant changes, new selections, releases, arrivals and departures', () => {
    const before = snap('before', [['A', 80, 80, 'key', true], ['B', 40, 60, 'maintenance', false], ['C', 70, 70, 'key', true], ['D', 10, 10, 'opportunistic', false]]);
    const after = snap('after', [['B', 60, 40, 'key-development', true], ['A', 80, 80, 'key', true], ['C', 40, 60, 'maintenance', false], ['E', 90, 90, 'key', true]]);
    const named = (s: ReturnType<typeof snap>) => ({ ...s, accounts: s.accounts.map((a) => ({ ...a, name: a.id })) });
    const review = (x: ReturnType<typeof snap>, y: ReturnType<typeof snap>) => buildReview([named(x), named(y)], [], { generatedAt: '', kamVersion: '' });
    expect(movementSentences(review(before, after))).toEqual([
      'B: maintenance → key-development; newly selected',
      'C: key → maintenance; released from key-account resources',
      'E: new, now key (selected)',
      'D: no longer in the portfolio',
    ]);
    expect(movementSentences(review(after, after))).toEqual([]);
  });
});
