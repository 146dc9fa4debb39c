/** Percentile u by average rank, on both lookup paths: few distinct values (a table), many (a search). */
import { describe, expect, it } from 'vitest';
import { normalizeFactor } from '../../src/core/normalize/index.js';
import { makeFactor } from '../helpers/portfolio.js';

/** The definition, directly: u = (r − 1)/(n − 1), r the ascending rank with ties averaged. */
function reference(values: number[]): number[] {
  const present = values.filter((x) => !Number.isNaN(x));
  const n = present.length;
  return values.map((x) => {
    if (Number.isNaN(x)) return Number.NaN;
    if (n === 1) return 0.5;
    const below = present.filter((y) => y < x).length;
    const equal = present.filter((y) => y === x).length;
    const averageRank = below + (equal + 1) / 2;
    return (averageRank - 1) / (n - 1);
  });
}

function run(values: number[]): number[] {
  const raw = Float64Array.from(values);
  const scope = Uint32Array.from(values, (_, i) => i);
  const f = makeFactor('F', 'attractiveness', 1, { normalize: { kind: 'percentile' } });
  return Array.from(normalizeFactor(raw, scope, f, { outOfRange: () => {}, warn: () => {} }));
}

describe('percentile', () => {
  it('few distinct values, ties and missing cells', () => {
    const values = [3, 1, 3, Number.NaN, 2, 3, 1, 0, -0];
    expect(run(values)).toEqual(reference(values));
  });

  it('more than 65,536 distinct values (the binary-search path), with ties', () => {
    const values = Array.from({ length: 70_000 }, (_, i) => (i % 10 === 0 ? 5 : (i * 7919) % 100_003));
    const got = run(values);
    // Check a sample against the definition (the full reference is quadratic).
    const sorted = [...values].sort((a, b) => a - b);
    for (let i = 0; i < values.length; i += 997) {
      const x = values[i];
      const first = sorted.indexOf(x);
      const last = sorted.lastIndexOf(x);
      expect(got[i]).toBe((first + last) / 2 / (values.length - 1));
    }
  });
});
