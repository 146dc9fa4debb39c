/**
 * Keys and names go from the input's bytes straight to the CSV and JSON outputs: the same bytes
 * as the rule written on strings (csvText, jsonString of the decoded text) for any text a file
 * can hold — commas, quotes, formulas, line breaks, control characters, any script, emoji.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METHOD, evaluate } from '../../src/core/engine.js';
import type { ResultContext } from '../../src/core/result.js';
import type { Factor, Portfolio } from '../../src/core/types.js';
import { loadCustomers } from '../../src/load/customers.js';
import { writeResultCsv } from '../../src/render/csv.js';
import { writeResultJson } from '../../src/render/json.js';
import type { Sink } from '../../src/render/sink.js';

const ctx: ResultContext = { generatedAt: '2026-12-01T00:00:00.000Z', kamVersion: '0.0.0', inputs: { customers: { path: 'c.csv', sha256: 'x' } } };
const factor = (name: string, axis: Factor['axis']): Factor => ({ factor: name, axis, weight: 1, min: 0, max: 10, direction: 'higher', normalize: { kind: 'none' }, kind: 'pure', description: '' });
const factors = [factor('A', 'attractiveness'), factor('S', 'strength')];

/** The same accounts as plain strings, with no bytes to copy: the writers' string rule. */
function asStrings(p: Portfolio): Portfolio {
  return { ...p, ids: [...p.ids], names: [...p.names], segments: p.segments ? [...p.segments] : null, bytes: undefined, keysAscending: undefined };
}

function bytesOf(write: (out: Sink) => void): Buffer {
  const parts: Buffer[] = [];
  write((c) => parts.push(Buffer.from(typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
  return Buffer.concat(parts);
}

const char = fc.constantFrom('a', 'Z', '0', ' ', ',', '"', '=', '+', '-', '@', '\t', '\r', '\n', '\\', '\u0001', '\u007f', 'é', 'ß', '中', '\u2028', '\ufeff', '😀', '\u{10ffff}', ';');
const text = fc.array(char, { maxLength: 6 }).map((cs) => cs.join(''));
const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;

describe('the byte path of the CSV and JSON writers', () => {
  it('writes what the string rule writes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(text, text, fc.constantFrom('Retail', 'Pharma & co', '=x', 'Ü, "q"', ''), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })), {
          minLength: 1,
          maxLength: 25,
          selector: (r) => r[0].replace(/^[ \t]+|[ \t]+$/g, ''),
        }),
        fc.boolean(),
        (rows, sorted) => {
          const kept = rows.filter((r) => r[0].replace(/^[ \t]+|[ \t]+$/g, '') !== '');
          if (kept.length === 0) return;
          if (sorted) kept.sort((x, y) => (x[0].trim() < y[0].trim() ? -1 : 1));
          const csv = `id,name,segment,revenue,A,S\n${kept.map(([id, name, seg, a, s], i) => [quoted(id), quoted(name), quoted(seg), i * 10, a, s].join(',')).join('\n')}\n`;
          let pf: Portfolio;
          try {
            pf = loadCustomers(csv, { file: 'c.csv', factors: ['A', 'S'] });
          } catch {
            return; // keys equal after trimming: refused, nothing to write
          }
          expect(pf.bytes).toBeDefined();
          const ev = evaluate(pf, factors, DEFAULT_METHOD);
          const plain = asStrings(pf);
          const evPlain = evaluate(plain, factors, DEFAULT_METHOD);
          expect(Array.from(ev.order)).toEqual(Array.from(evPlain.order));
          expect(bytesOf((o) => writeResultCsv(o, { portfolio: pf, ev, ctx })).equals(bytesOf((o) => writeResultCsv(o, { portfolio: plain, ev: evPlain, ctx })))).toBe(true);
          expect(bytesOf((o) => writeResultJson(o, { portfolio: pf, ev, ctx })).equals(bytesOf((o) => writeResultJson(o, { portfolio: plain, ev: evPlain, ctx })))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('makes no string of a key or a name for a CSV or JSON run of a file sorted by key', () => {
    const pf = loadCustomers('id,name,segment,A,S\nC1,Alpha,Retail,1,2\nC2,"Beta, Inc",Pharma,3,4\nC3,,Retail,5,6\n', { file: 'c.csv', factors: ['A', 'S'] });
    expect(pf.keysAscending).toBe(true);
    const ev = evaluate(pf, factors, DEFAULT_METHOD);
    const csv = bytesOf((o) => writeResultCsv(o, { portfolio: pf, ev, ctx }));
    bytesOf((o) => writeResultJson(o, { portfolio: pf, ev, ctx }));
    // The text columns are still unmade (an accessor, not yet a value).
    for (const key of ['ids', 'names', 'segments'] as const) expect(Object.getOwnPropertyDescriptor(pf, key)?.get).toBeDefined();
    expect(csv.toString()).toContain(',"Beta, Inc",');
    expect(pf.names).toEqual(['Alpha', 'Beta, Inc', 'C3']);
    expect(Object.getOwnPropertyDescriptor(pf, 'names')?.value).toEqual(['Alpha', 'Beta, Inc', 'C3']);
  });
});
