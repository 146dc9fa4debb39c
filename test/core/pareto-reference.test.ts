/** Pareto classes against the rule written plainly: sort by revenue desc, then key; share before. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round9 } from '../../src/core/classify.js';
import { pareto, PARETO_CLASSES } from '../../src/core/pareto.js';

function reference(revenue: number[], ids: string[]): string[] {
  const rev = revenue.map((r) => (Number.isNaN(r) ? 0 : r));
  const total = rev.reduce((a, b) => a + b, 0);
  const order = rev.map((_, i) => i).sort((x, y) => rev[y] - rev[x] || (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0));
  const cls: string[] = new Array(rev.length);
  let before = 0;
  for (const p of order) {
    const share = round9((100 * before) / total);
    cls[p] = share < 80 ? 'A' : share < 95 ? 'B' : 'C';
    before += rev[p];
  }
  return cls;
}

describe('pareto', () => {
  it('matches the plain rule, with many ties across the class lines', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(Number.NaN), fc.constant(-0), fc.integer({ min: -3, max: 5 }).map((x) => x / 4)), { minLength: 40, maxLength: 40 }),
        (ids, pool) => {
          const revenue = ids.map((_, i) => pool[i]);
          const out = pareto(Float64Array.from(revenue), (p) => ids[p]);
          const total = revenue.reduce((t, r) => t + (Number.isNaN(r) ? 0 : r), 0);
          if (!out) {
            expect(total > 0).toBe(false);
            return;
          }
          expect(Array.from(out.cls, (c) => PARETO_CLASSES[c])).toEqual(reference(revenue, ids));
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('matches the plain rule with keys in file order (no key compared) and with many equal revenues', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(Number.NaN), fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom(1e6, 1e6 + 2 ** -29, 7.25)), { minLength: 300, maxLength: 300 }),
        fc.boolean(),
        (raw, pool, told) => {
          const ids = [...raw].sort();
          const revenue = ids.map((_, i) => pool[i]);
          const idOf = told
            ? () => {
                throw new Error('a key was compared');
              }
            : (p: number) => ids[p];
          const out = pareto(Float64Array.from(revenue), idOf, undefined, told);
          if (!out) return;
          expect(Array.from(out.cls, (c) => PARETO_CLASSES[c])).toEqual(reference(revenue, ids));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
