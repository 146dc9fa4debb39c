// Verdicts of the benchmark's targets: met, or missed by how much (hand-computed).
import { describe, expect, it } from 'vitest';
import { atMost, holds, info, notRun } from '../../bench/lib/targets.mjs';

describe('atMost', () => {
  it('meets a target at or under the limit and says how much is to spare', () => {
    expect(atMost(0.9, 0.9, '×')).toEqual({ ok: true, target: '≤ 0.9×', verdict: 'met (0.0 % to spare)' });
    expect(atMost(300, 400, ' MB')).toEqual({ ok: true, target: '≤ 400 MB', verdict: 'met (25 % to spare)' });
  });
  it('says by how much a miss is over the limit and how much less is needed', () => {
    // 1.2 against ≤ 0.9: 33 % over; it must become 25 % smaller (0.9 / 1.2 = 0.75).
    expect(atMost(1.2, 0.9, '×')).toEqual({ ok: false, target: '≤ 0.9×', verdict: 'MISSED by 33 % (needs 25 % less)' });
    // 2.2 against ≤ 2: 10 % over; 9.1 % less.
    expect(atMost(2.2, 2).verdict).toBe('MISSED by 10 % (needs 9.1 % less)');
  });
  it('does not call a figure that was not measured met', () => {
    expect(atMost(Number.NaN, 400, ' MB')).toEqual({ ok: false, target: '≤ 400 MB', verdict: 'not measured' });
  });
});

describe('holds, info, notRun', () => {
  it('turns a yes/no check into a verdict naming what failed', () => {
    expect(holds(true)).toEqual({ ok: true, target: 'identical', verdict: 'met' });
    expect(holds(false, 'row 3 differs')).toEqual({ ok: false, target: 'identical', verdict: 'MISSED: row 3 differs' });
  });
  it('marks figures held to nothing and targets this run skipped as neither met nor missed', () => {
    expect(info.ok).toBeNull();
    expect(notRun('≤ 1,536 MB', '--quick')).toEqual({ ok: null, target: '≤ 1,536 MB', verdict: 'not run: --quick' });
  });
});
