/** The previous decisions read back from a result or a session, for `kam review --customers`. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { decisionsOf } from '../../src/load/saved.js';
import { parseKamDocument } from '../../src/load/snapshot.js';

const factors = [
  { factor: 'Spend', axis: 'attractiveness', weight: 30, weightPct: 60, min: 0, max: 100, direction: 'higher', normalize: 'bands:10;20.5', kind: 'realistic', description: 'd' },
  { factor: 'Cost', axis: 'attractiveness', weight: 20, weightPct: 40, min: 1, max: 5, direction: 'lower', normalize: 'minmax', kind: 'pure', description: '' },
  { factor: 'Quality', axis: 'strength', weight: 1, weightPct: 100, min: 1, max: 10, direction: 'higher', normalize: 'none', kind: 'pure', description: '' },
];
const method = {
  strength: 'absolute',
  missing: 'renormalize',
  sort: 'strength',
  split: { rule: 'median', attractiveness: 61.5, strength: 48 },
  capacity: 6,
  segments: ['Food'],
  overrides: [{ id: 'C9', action: 'remove', reason: 'credit risk', applied: true }],
};
const doc = (d: Record<string, unknown>, file = 'prev.json') => parseKamDocument(JSON.stringify(d), file);
const problems = (d: Record<string, unknown>, file = 'prev.json'): string[] => {
  try {
    decisionsOf(doc(d, file));
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).lines();
  }
  throw new Error('expected an InputError');
};

describe('decisionsOf', () => {
  it('turns result factor records back into Factors, normalize text and all', () => {
    const { factors: f } = decisionsOf(doc({ schema: 'kam/result@1', factors, method }));
    expect(f).toEqual([
      { factor: 'Spend', axis: 'attractiveness', weight: 30, min: 0, max: 100, direction: 'higher', normalize: { kind: 'bands', thresholds: [10, 20.5] }, kind: 'realistic', description: 'd' },
      { factor: 'Cost', axis: 'attractiveness', weight: 20, min: 1, max: 5, direction: 'lower', normalize: { kind: 'minmax' }, kind: 'pure', description: '' },
      { factor: 'Quality', axis: 'strength', weight: 1, min: 1, max: 10, direction: 'higher', normalize: { kind: 'none' }, kind: 'pure', description: '' },
    ]);
  });

  it('keeps the split rule, not the numbers, for median and mean; the numbers for fixed', () => {
    expect(decisionsOf(doc({ schema: 'kam/result@1', factors, method })).method).toEqual({
      missing: 'renormalize',
      split: { rule: 'median' },
      sort: 'strength',
      capacity: 6,
      strength: 'absolute',
      segments: ['Food'],
      overrides: [{ id: 'C9', action: 'remove', reason: 'credit risk' }],
    });
    const fixed = { ...method, split: { rule: 'fixed', attractiveness: 60, strength: 45 } };
    expect(decisionsOf(doc({ schema: 'kam/result@1', factors, method: fixed })).method.split).toEqual({ rule: 'fixed', attractiveness: 60, strength: 45 });
  });

  it("reads a session's criteria and method (split numbers only for fixed)", () => {
    const session = { schema: 'kam/session@1', criteria: factors, method: { ...method, split: { rule: 'mean' }, overrides: [] }, result: null };
    const d = decisionsOf(doc(session, 's.json'));
    expect(d.factors.map((f) => f.factor)).toEqual(['Spend', 'Cost', 'Quality']);
    expect(d.method.split).toEqual({ rule: 'mean' });
  });

  it('explains a session without decisions', () => {
    expect(problems({ schema: 'kam/session@1', criteria: null, method, result: null }, 's.json')).toEqual([
      's.json: the session has no criteria yet, so there are no decisions to score the new data with.',
    ]);
    expect(problems({ schema: 'kam/session@1', criteria: factors, method: null, result: null }, 's.json')[0]).toContain('no method decisions yet');
  });

  it('names each bad field by its path', () => {
    const bad = [{ ...factors[0], normalize: 'bands:20;10', axis: 'depth' }, { ...factors[2], weight: -1 }];
    expect(problems({ schema: 'kam/result@1', factors: bad, method: { ...method, split: { rule: 'fixed', attractiveness: 120, strength: 40 }, capacity: 2.5 } })).toEqual([
      'prev.json, field "factors[0].axis": "depth" is not one of attractiveness, strength.',
      'prev.json, field "factors[0].normalize": the band thresholds must increase (20 then 10).',
      'prev.json, field "factors[1].weight": the weight -1 is negative; weights are 0 or more.',
      'prev.json, field "method.split.attractiveness": the boundary 120 is not between 0 and 100.',
      'prev.json, field "method.capacity": 2.5 is not a whole number of accounts.',
    ]);
    expect(problems({ schema: 'kam/result@1', factors: [factors[0], { ...factors[2], weight: -1 }], method })).toEqual([
      'prev.json, field "factors[1].weight": the weight -1 is negative; weights are 0 or more.',
    ]);
    expect(problems({ schema: 'kam/result@1', factors: [{ ...factors[0], normalize: 'bands:20;10' }, factors[2]], method })).toEqual([
      'prev.json, field "factors[0].normalize": the band thresholds must increase (20 then 10).',
    ]);
    expect(problems({ schema: 'kam/result@1', factors: [factors[0]], method })).toEqual([
      'prev.json, field "factors": the strength axis needs at least one factor with a weight above 0.',
    ]);
  });
});
