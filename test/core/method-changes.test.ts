/** core/method-changes.ts: every difference of method between two snapshots, worded once. */
import { say } from '../../src/i18n/index.js';
import { describe, expect, test } from 'vitest';
import { methodChanges, rescorable, type SnapshotMethod } from '../../src/core/method-changes.js';

/** As the JSON documents hold it: a core message as its English text. */
const json = <T>(x: T): unknown => JSON.parse(JSON.stringify(x));

const base: SnapshotMethod = {
  strength: 'relative',
  missing: 'error',
  sort: 'quadrant',
  split: { rule: 'midpoint', attractiveness: 50, strength: 50 },
  capacity: 8,
  segments: null,
  overrides: [],
  aggregate: 'median',
  factors: [
    { factor: 'Spend', axis: 'attractiveness', weight: 60, weightPct: 60, min: 1, max: 10, direction: 'higher', normalize: 'minmax', kind: 'pure' },
    { factor: 'Fit', axis: 'attractiveness', weight: 40, weightPct: 40, min: 1, max: 10, direction: 'higher', normalize: 'none', kind: 'realistic' },
    { factor: 'Quality', axis: 'strength', weight: 1, weightPct: 100, min: 1, max: 10, direction: 'higher', normalize: 'none', kind: 'pure' },
  ],
  ratings: { path: 'ratings.csv', sha256: 'a' },
  kamVersion: '0.1.0',
};

const with_ = (m: Partial<SnapshotMethod>): SnapshotMethod => ({ ...base, ...m });

describe('methodChanges', () => {
  test('the same method (and the same data-driven median boundaries, other ratings data, weights scaled alike) is no change', () => {
    expect(methodChanges(base, base)).toEqual([]);
    const median = with_({ split: { rule: 'median', attractiveness: 51.2, strength: 48 } });
    expect(methodChanges(median, { ...median, split: { rule: 'median', attractiveness: 47, strength: 50.5 } })).toEqual([]);
    expect(methodChanges(base, with_({ ratings: { path: '../q1/ratings.csv', sha256: 'b' } }))).toEqual([]);
    const doubled = base.factors.map((f) => ({ ...f, weight: f.weight * 2 }));
    expect(methodChanges(base, with_({ factors: doubled }))).toEqual([]);
  });

  test('a weight: the raw weight and its share of the axis, before and after', () => {
    const factors = [{ ...base.factors[0], weight: 80, weightPct: 66.66666666666667 }, { ...base.factors[1], weightPct: 33.333333333333336 }, base.factors[2]];
    expect(json(methodChanges(base, with_({ factors })))).toEqual([
      { aspect: 'weight', factor: 'Spend', previous: '60.0 %', current: '66.7 %', message: 'the weight of "Spend" (attractiveness): 60 (60.0 %) → 80 (66.7 %)' },
    ]);
  });

  test('every aspect, in the order of the list', () => {
    const now = with_({
      kamVersion: '0.2.0',
      strength: 'absolute',
      split: { rule: 'fixed', attractiveness: 60, strength: 45 },
      factors: [
        { ...base.factors[0], normalize: 'percentile', direction: 'lower', max: 5 },
        { ...base.factors[2], axis: 'strength' },
        { factor: 'Support', axis: 'strength', weight: 1, weightPct: 50, min: 1, max: 10, direction: 'higher', normalize: 'none', kind: 'pure' },
      ],
      segments: ['Retail', 'Food'],
      capacity: 10,
      overrides: [{ id: 'C9', action: 'add', reason: 'launch partner' }],
      ratings: null,
      missing: 'renormalize',
      sort: 'strength',
    });
    expect(methodChanges(base, now).map((c) => say(c.message))).toEqual([
      'kam version: 0.1.0 → 0.2.0',
      'relative strength: relative → absolute',
      'boundaries: midpoint rule → fixed at 60 attractiveness, 45 strength',
      'factor "Fit" removed (was attractiveness, 40.0 % of the axis)',
      'factor "Support" added (strength, 50.0 % of the axis)',
      'the scale of "Spend": 1..10 → 1..5',
      'the direction of "Spend": higher → lower',
      'the normalisation of "Spend": minmax → percentile',
      'segments in scope: all → Food, Retail',
      'capacity: 8 → 10',
      'the team\'s override "add C9" (launch partner) is new',
      'team ratings: applied (ratings.csv) → not applied',
      'missing values: error → renormalize',
      'ranking: quadrant → strength',
    ]);
  });

  test('rescorable: only a change of kam version cannot be told apart by rescoring with this kam', () => {
    expect(rescorable(methodChanges(base, with_({ kamVersion: '0.2.0' })))).toBe(false);
    expect(rescorable(methodChanges(base, with_({ capacity: 9 })))).toBe(true);
    expect(rescorable([])).toBe(false);
  });
});
