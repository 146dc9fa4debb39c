/**
 * Numbers at the edges of a double: weights whose sum overflows, a weight of 1e-320, scales
 * whose max − min overflows, revenues whose sum overflows. Scores stay exact (the same as the
 * same portfolio at ordinary magnitudes), and no output ever holds NaN, Infinity or a null where
 * kam/result@1 promises a number (the JSON is checked against the schema).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD, evaluate } from '../../src/core/engine.js';
import { buildResult } from '../../src/core/result.js';
import { RESULT_FORMATS } from '../../src/render/formats.js';
import { stringSink } from '../../src/render/sink.js';
import { plainPalette } from '../../src/render/style.js';
import { makeFactor, makePortfolio } from '../helpers/portfolio.js';
import { assertKamDocument } from '../helpers/schemas.js';

const ctx = { generatedAt: '2026-01-01T00:00:00.000Z', kamVersion: '0.0.0', inputs: { customers: { path: 'c.csv', sha256: '0'.repeat(64) } } };
const options = { width: 80, palette: plainPalette, top: 50, strengthAxis: 'left' as const, picture: { bubble: 'revenue' as const, pngWidth: 1920 } };

/** Every format of kam select but the pictures, written in full. */
async function outputs(doc: Parameters<Awaited<ReturnType<(typeof RESULT_FORMATS)['json']['load']>>>[1]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of ['json', 'csv', 'markdown', 'table'] as const) {
    const s = stringSink();
    (await RESULT_FORMATS[f].load())(s.sink, doc, options);
    out[f] = s.text();
  }
  return out;
}

const scores = (ev: ReturnType<typeof evaluate>) => Array.from(ev.order, (p) => [ev.attractiveness[p], ev.strength[p], ev.quadrant[p]]);

describe('numbers at the edges', () => {
  it('scaling every weight of an axis by a power of two changes no score, down to 1e-320 and up to 1e307', () => {
    const pf = makePortfolio({ ids: ['A', 'B', 'C'], values: { a1: [3, 7, 9], a2: [8, 2, 5], s1: [4, 6, 1] } });
    const at = (w1: number, w2: number, ws: number) => [makeFactor('a1', 'attractiveness', w1), makeFactor('a2', 'attractiveness', w2), makeFactor('s1', 'strength', ws)];
    const base = evaluate(pf, at(3, 1, 1), DEFAULT_METHOD);
    for (const k of [-1063, -1030, -400, 0, 400, 1018]) {
      const ev = evaluate(pf, at(3 * 2 ** k, 2 ** k, 2 ** k), DEFAULT_METHOD);
      expect(scores(ev)).toEqual(scores(base));
    }
    // 1e308 + 1e308 overflows: the weights' shares are still 50/50.
    const big = evaluate(pf, at(1e308, 1e308, 1e308), DEFAULT_METHOD);
    expect(scores(big)).toEqual(scores(evaluate(pf, at(1, 1, 1), DEFAULT_METHOD)));
    const r = buildResult(pf, big, ctx);
    expect(r.factors.map((f) => f.weightPct)).toEqual([50, 50, 100]);
  });

  it('a scale whose max − min overflows scores the values where they stand on it', () => {
    const pf = makePortfolio({ ids: ['A', 'B', 'C'], values: { a: [-1e308, 0, 1e308], s: [5, 5, 5] } });
    const ev = evaluate(pf, [makeFactor('a', 'attractiveness', 1, { min: -1.5e308, max: 1.5e308 }), makeFactor('s', 'strength', 1)], DEFAULT_METHOD);
    const byId = (id: string) => ev.attractiveness[pf.ids.indexOf(id)];
    expect(byId('B')).toBe(50);
    expect(byId('A')).toBeCloseTo(100 * (0.5 / 3), 9);
    expect(byId('C')).toBeCloseTo(100 * (2.5 / 3), 9);
    const mm = evaluate(pf, [makeFactor('a', 'attractiveness', 1, { normalize: { kind: 'minmax' } }), makeFactor('s', 'strength', 1)], DEFAULT_METHOD);
    expect(Array.from(mm.attractiveness)).toEqual([0, 50, 100]);
  });

  it('revenues whose sum overflows still give the Pareto classes of their shares', () => {
    const ids = ['A', 'B', 'C', 'D', 'E'];
    const values = { a: [5, 5, 5, 5, 5], s: [5, 5, 5, 5, 5] };
    const f = [makeFactor('a', 'attractiveness', 1), makeFactor('s', 'strength', 1)];
    const small = evaluate(makePortfolio({ ids, values, revenue: [70, 20, 5, 3, 2] }), f, DEFAULT_METHOD);
    const huge = evaluate(makePortfolio({ ids, values, revenue: [70e306, 20e306, 5e306, 3e306, 2e306] }), f, DEFAULT_METHOD);
    expect(Array.from(huge.pareto!.cls)).toEqual(Array.from(small.pareto!.cls));
    expect(huge.pareto!.top20SharePct).toBeCloseTo(70, 9);
  });

  it('property: extreme weights, scales and revenues never put NaN, Infinity or null where a number is promised', async () => {
    const magnitude = fc.constantFrom(1e-320, 1e-300, 1e-5, 1, 1e6, 1e300, 1e307, 1.7e308);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 }),
        magnitude,
        magnitude,
        magnitude,
        fc.constantFrom('none', 'minmax', 'percentile'),
        async (rows, wScale, xScale, revScale, kind) => {
          const ids = rows.map((_, i) => `K${i}`);
          const pf = makePortfolio({
            ids,
            values: { a: rows.map((r) => r[0] * xScale), s: rows.map((r) => r[1] * xScale) },
            revenue: rows.map((r) => r[2] * revScale),
          });
          const factors = [
            makeFactor('a', 'attractiveness', wScale, { min: 0, max: xScale, normalize: { kind } as never }),
            makeFactor('s', 'strength', wScale, { min: 0, max: xScale }),
          ];
          const ev = evaluate(pf, factors, DEFAULT_METHOD);
          for (let p = 0; p < ev.order.length; p++) {
            expect(Number.isFinite(ev.attractiveness[p]) && ev.attractiveness[p] >= 0 && ev.attractiveness[p] <= 100).toBe(true);
            expect(Number.isFinite(ev.strength[p]) && ev.strength[p] >= 0 && ev.strength[p] <= 100).toBe(true);
          }
          const out = await outputs({ portfolio: pf, ev, ctx });
          const doc = JSON.parse(out.json) as unknown;
          expect(assertKamDocument(doc, 'the JSON result')).toBe('kam/result@1');
          for (const text of Object.values(out)) expect(text).not.toMatch(/\bNaN\b|\bInfinity\b/);
        },
      ),
      { numRuns: 100 },
    );
  });
});
