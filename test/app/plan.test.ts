/** app/plan.ts: what a session replay does with the flags given on top, and the review's new flags. */
import { describe, expect, test } from 'vitest';
import { planReview, planRun, replayDecisions } from '../../src/app/plan.js';
import { UsageError } from '../../src/core/errors.js';
import { quietIo, replayPlan, savedDecisions } from '../helpers/replay-plan.js';

const io = quietIo;

const plan = replayPlan;
const saved = savedDecisions;

const usage = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return e.lines();
    throw e;
  }
  throw new Error('no usage error');
};

describe('replayDecisions', () => {
  test('no flags on top: the session decides everything, the orientation included', () => {
    const r = replayDecisions(plan({}), saved, 's.json');
    expect(r.method).toEqual(saved.method);
    expect(r.strengthAxis).toBe('right');
    expect(r.record).toEqual({ file: 's.json', flags: {}, overridden: [] });
    expect(r.warnings).toEqual([]);
  });

  test('flags that apply on top are applied and recorded as given', () => {
    const r = replayDecisions(plan({ capacity: '5', stability: '300', seed: '7', strengthAxis: 'left', top: '10', format: 'json', output: 'out.json' }), saved, 's.json');
    expect(r.method.capacity).toBe(5);
    expect(r.strengthAxis).toBe('left');
    expect(r.record.flags).toEqual({ '--capacity': '5', '--stability': '300', '--seed': '7', '--format': 'json', '-o': 'out.json', '--top': '10', '--strength-axis': 'left' });
  });

  test('flags that contradict a team decision are one usage error naming the session values; a flag repeating the decision is none', () => {
    expect(usage(() => replayDecisions(plan({ split: 'midpoint', segment: ['Food'], sort: 'strength' }), saved, 's.json'))).toEqual([
      "--split midpoint contradicts the team's decision in s.json: the boundaries of step 6 are median.",
      "--segment Food contradicts the team's decision in s.json: the segments of step 5 are Retail.",
      "--sort strength contradicts the team's decision in s.json: the ranking is quadrant.",
      'A replay scores with the decisions the team saved. Drop the flag to replay them, add --override-session to apply it anyway (the result records it), or run the workshop again to change the decision.',
    ]);
    expect(usage(() => replayDecisions(plan({ criteria: 'other.csv' }), saved, 's.json'))).toContain("--criteria other.csv contradicts the team's decision in s.json: the criteria of steps 7 and 8 are the session's agreed criteria (2 factors).");
    expect(replayDecisions(plan({ split: 'median', segment: ['retail'], strength: 'absolute' }), saved, 's.json').record.overridden).toEqual([]);
  });

  test('--override-session applies them, with a warning each, recorded as overridden', () => {
    const r = replayDecisions(plan({ split: '60,45', missing: 'renormalize', criteria: 'other.csv', overrideSession: true }), saved, 's.json');
    expect(r.method.split).toEqual({ rule: 'fixed', attractiveness: 60, strength: 45 });
    expect(r.method.missing).toBe('renormalize');
    expect(r.criteria).toBe('other.csv');
    expect(r.record.overridden).toEqual([
      { flag: '--split', session: 'median', value: '60,45' },
      { flag: '--criteria', session: "the session's agreed criteria (2 factors)", value: 'other.csv' },
      { flag: '--missing', session: 'error', value: 'renormalize' },
    ]);
    expect(r.warnings[0]).toBe("--split 60,45 overrides the team's decision saved in s.json (median), as --override-session asks.");
  });

  test('--override-session outside a replay is a usage error', () => {
    expect(() => planRun('customers.csv', { format: 'json', missing: 'error', split: 'midpoint', sort: 'quadrant', strengthAxis: 'left', top: '200', interactive: false, color: false, overrideSession: true }, io)).toThrow(
      '--override-session only works on a session replay',
    );
  });
});

describe('planReview', () => {
  const flags = { format: 'markdown', color: false };
  test('-o - is standard output; --quiet prints the report only to an explicit -o; --save-result - needs the report elsewhere', () => {
    expect(planReview(['a.json', 'b.json'], { ...flags, output: '-' }).output.path).toBeUndefined();
    expect(planReview(['a.json', 'b.json'], { ...flags, quiet: true }).stdout).toEqual({ report: false, explicit: false });
    expect(planReview(['a.json', 'b.json'], { ...flags, quiet: true, output: '-' }).stdout).toEqual({ report: true, explicit: true });
    expect(() => planReview(['a.json'], { ...flags, customers: 'q.csv', saveResult: '-' })).toThrow('--save-result - writes the result to standard output, and so would the report');
    expect(planReview(['a.json'], { ...flags, customers: 'q.csv', saveResult: '-', output: 'r.md' }).saveResult).toBe('-');
  });
  test('--top is a whole number of at least 1; --ratings needs --customers', () => {
    expect(planReview(['a.json', 'b.json'], { ...flags, top: '25' }).top).toBe(25);
    expect(planReview(['a.json', 'b.json'], flags).top).toBeNull();
    expect(() => planReview(['a.json', 'b.json'], { ...flags, top: '0' })).toThrow('--top "0" must be a whole number of at least 1.');
    expect(() => planReview(['a.json', 'b.json'], { ...flags, ratings: 'r.csv' })).toThrow('--ratings only works with --customers.');
  });
});
