/** evaluate(…, { releaseRaw }) scores exactly as the ordinary run and gives the raw columns up. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine.js';
import { makeMethod } from '../helpers/portfolio.js';
import { buildWorld, worldArbitrary } from '../helpers/worlds.js';

describe('releaseRaw', () => {
  it('changes no score, coverage, quadrant or rank, and empties the raw columns', () => {
    fc.assert(
      fc.property(worldArbitrary, (w) => {
        const { portfolio, factors, split, policy, ev } = buildWorld(w, [{ rule: 'midpoint' }, { rule: 'median' }], ['error', 'renormalize', 'midpoint']);
        const released = evaluate(portfolio, factors, makeMethod({ split, missing: policy }), undefined, { releaseRaw: true });
        expect(Array.from(released.attractiveness)).toEqual(Array.from(ev.attractiveness));
        expect(Array.from(released.strength)).toEqual(Array.from(ev.strength));
        expect(Array.from(released.coverage.attractiveness)).toEqual(Array.from(ev.coverage.attractiveness));
        expect(Array.from(released.quadrant)).toEqual(Array.from(ev.quadrant));
        expect(Array.from(released.order)).toEqual(Array.from(ev.order));
        expect(portfolio.values.size).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
