/** `--fail-on` parsing and the three gates, on the last two snapshots. */
import { say } from '../../src/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { parseGates } from '../../src/core/gates.js';
import { buildReview } from '../../src/core/review.js';
import { ctx, snap } from '../helpers/snapshots.js';

/** As the JSON documents hold it: a core message as its English text. */
const json = <T>(x: T): unknown => JSON.parse(JSON.stringify(x));

describe('parseGates', () => {
  it('takes repeated and comma-separated gates, once each', () => {
    expect(parseGates(['demotion,drop:10', 'over-capacity', 'DEMOTION', ' drop:2.5 '])).toEqual([
      { kind: 'demotion' },
      { kind: 'drop', points: 10 },
      { kind: 'over-capacity' },
      { kind: 'drop', points: 2.5 },
    ]);
    expect(parseGates([])).toEqual([]);
  });

  it.each(['demote', 'drop', 'drop:', 'drop:0', 'drop:-5', 'drop:ten', 'capacity', ','])('refuses %j as a usage error', (spec) => {
    expect(() => parseGates([spec])).toThrow(UsageError);
  });

  it('names the gates it knows in the message', () => {
    expect(() => parseGates(['sideways'])).toThrow('--fail-on "sideways" is not a gate; use demotion, drop:N (N points, e.g. drop:10), over-capacity or method-change.');
  });
});

describe('gates', () => {
  // x: selected key → maintenance (demotion; attractiveness 70 → 45 = fell 25).
  // y: selected key → key-development (still a key quadrant: no demotion; strength 60 → 40 = fell 20).
  // z: added by the team while in maintenance, still maintenance: never left the key quadrants.
  const prev = snap('q1.json', [
    ['x', 70, 60, 'key', true],
    ['y', 65, 60, 'key', true],
    ['z', 40, 70, 'maintenance', true],
  ]);
  const cur = snap('q2.json', [
    ['y', 65, 40, 'key-development', true],
    ['x', 45, 60, 'maintenance', false],
    ['z', 40, 70, 'maintenance', true],
  ], 1);
  const violations = (specs: string[]) => buildReview([prev, cur], parseGates(specs), ctx).gates;

  it('demotion: a selected account that left the key quadrants', () => {
    expect(json(violations(['demotion']))).toEqual({
      checked: ['demotion'],
      passed: false,
      violations: [{ gate: 'demotion', id: 'x', message: 'demotion: x x Ltd was selected in q1.json and is now maintenance (key → maintenance).' }],
    });
  });

  it('drop:N fires at exactly N points and above, per axis', () => {
    expect(violations(['drop:20']).violations.map((v) => say(v.message))).toEqual([
      'drop:20: y y Ltd: strength fell 20.0 points (60.0 → 40.0).',
      'drop:20: x x Ltd: attractiveness fell 25.0 points (70.0 → 45.0).',
    ]);
    expect(violations(['drop:25']).violations.map((v) => v.id)).toEqual(['x']);
    expect(violations(['drop:25.1']).passed).toBe(true);
  });

  it('over-capacity: more selected than the current capacity', () => {
    // Current: y and z selected, capacity 1.
    expect(json(violations(['over-capacity']).violations)).toEqual([{ gate: 'over-capacity', id: null, message: 'over-capacity: 2 accounts are selected in q2.json but the capacity is 1.' }]);
    const within = buildReview([prev, snap('q2.json', [['y', 65, 40, 'key-development', true]], 1)], parseGates(['over-capacity']), ctx);
    expect(within.gates.passed).toBe(true);
  });

  it('without gates nothing is checked and the review passes', () => {
    expect(violations([])).toEqual({ checked: [], passed: true, violations: [] });
  });

  it('compares only the last two snapshots', () => {
    const q0 = snap('q0.json', [['x', 100, 100, 'key', true]]);
    const doc = buildReview([q0, cur, cur], parseGates(['demotion', 'drop:1']), ctx);
    expect(doc.gates.passed).toBe(true);
  });
});
