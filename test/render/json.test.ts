/** The streamed JSON is the same document as buildResult, account lines included. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, DEFAULT_METHOD } from '../../src/core/engine.js';
import { accountRecord, buildResult, type ResultContext } from '../../src/core/result.js';
import type { Factor, Portfolio } from '../../src/core/types.js';
import { writeResultJson } from '../../src/render/json.js';
import { stringSink } from '../../src/render/sink.js';

const ctx: ResultContext = { generatedAt: '2026-11-23T10:00:00.000Z', kamVersion: '0.0.0', inputs: { customers: { path: 'c.csv', sha256: 'x' } } };
const factor = (name: string, axis: Factor['axis']): Factor => ({
  factor: name, axis, weight: 1, min: 0, max: 10, direction: 'higher', normalize: { kind: 'none' }, kind: 'pure', description: '',
});

function portfolio(rows: Array<{ id: string; name: string; seg: string; a: number; s: number; rev: number }>, withRevenue: boolean): Portfolio {
  return {
    source: 'c.csv', n: rows.length, ids: rows.map((r) => r.id), names: rows.map((r) => r.name),
    segments: rows.map((r) => r.seg), channels: null,
    revenue: withRevenue ? Float64Array.from(rows, (r) => r.rev) : null, potential: null,
    lines: Int32Array.from(rows, (_, i) => i + 2),
    values: new Map([['A', Float64Array.from(rows, (r) => r.a)], ['S', Float64Array.from(rows, (r) => r.s)]]),
    headers: ['id', 'name', 'segment', 'A', 'S'],
  };
}

const row = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  name: fc.string({ unit: 'binary', maxLength: 12 }),
  seg: fc.string({ unit: 'binary', maxLength: 4 }),
  a: fc.integer({ min: 0, max: 100 }).map((x) => x / 10),
  s: fc.double({ min: 0, max: 10, noNaN: true }),
  rev: fc.oneof(fc.constant(Number.NaN), fc.double({ min: 0, max: 1e9, noNaN: true })),
});

describe('json', () => {
  it('each account line is JSON.stringify(accountRecord) and the stream parses to buildResult', () => {
    fc.assert(
      fc.property(fc.uniqueArray(row, { minLength: 1, maxLength: 12, selector: (r) => r.id }), fc.boolean(), (rows, withRevenue) => {
        const pf = portfolio(rows, withRevenue);
        const ev = evaluate(pf, [factor('A', 'attractiveness'), factor('S', 'strength')], DEFAULT_METHOD);
        const { sink, text } = stringSink();
        writeResultJson(sink, { portfolio: pf, ev, ctx });
        // Each account stands on a line of its own, exactly as JSON.stringify writes its record.
        const lines = text().split('\n');
        const first = lines.indexOf('  "accounts": [');
        for (let r = 0; r < rows.length; r++) {
          expect(lines[first + 1 + r].replace(/^ {4}/, '').replace(/,$/, '')).toBe(JSON.stringify(accountRecord(pf, ev, r)));
        }
        expect(JSON.parse(text())).toEqual(JSON.parse(JSON.stringify(buildResult(pf, ev, ctx))));
      }),
    );
  });
});
