/** parseNumberBytes against an independent reference: the grammar as a regex, values by Number(). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVALID, MISSING, parseNumberBytes } from '../../src/load/number-bytes.js';

function reference(cell: string, decimalComma: boolean): number {
  const t = cell.replace(/^[ \t]+|[ \t]+$/g, '');
  if (t === '' || t === 'NA' || t === 'N/A' || t === 'n/a' || t === '-') return MISSING;
  const sep = decimalComma ? '[.,]' : '\\.';
  const grammar = new RegExp(`^[+-]?(\\d+(${sep}\\d*)?|${sep}\\d+)([eE][+-]?\\d+)?$`);
  if (!grammar.test(t)) return INVALID;
  const v = Number(t.replace(',', '.'));
  return Number.isFinite(v) ? v : INVALID;
}

const parse = (s: string, dc: boolean): number => {
  const b = Buffer.from(s, 'utf8');
  return parseNumberBytes(b, 0, b.length, dc);
};

describe('parseNumberBytes', () => {
  it('hand-picked cells', () => {
    expect(parse('7.5', false)).toBe(7.5);
    expect(parse('7,5', true)).toBe(7.5);
    expect(parse('7,5', false)).toBe(INVALID);
    expect(parse(' -12 ', false)).toBe(-12);
    expect(parse('00601', false)).toBe(601);
    expect(parse('1.234,5', true)).toBe(INVALID); // thousands separator
    expect(parse('1 234', false)).toBe(INVALID);
    expect(parse('1e3', false)).toBe(1000);
    expect(parse('1e999', false)).toBe(INVALID);
    expect(parse('NaN', false)).toBe(INVALID);
    expect(parse('Infinity', false)).toBe(INVALID);
    expect(Number.isNaN(parse('N/A', false))).toBe(true);
    expect(Number.isNaN(parse('-', false))).toBe(true);
    expect(parse('+', false)).toBe(INVALID);
    expect(parse('0.1', false)).toBe(0.1);
    expect(parse('123456789012345678901234567890', false)).toBe(1.2345678901234568e29);
    expect(parse('0.30000000000000004', false)).toBe(0.30000000000000004);
  });

  it('agrees with the reference on arbitrary cells (Object.is, so -0 and NaN count)', () => {
    const cell = fc.stringMatching(/^[ \t]?[+-]?[0-9]{0,18}[.,]?[0-9]{0,24}([eE][+-]?[0-9]{0,3})?[ \t]?$/);
    const noise = fc.constantFrom('NA', 'N/A', 'n/a', '-', '', ' ', 'na', '1.2.3', '1,2,3', '--1', '.', ',', 'e5', '1e', '٣', 'x1');
    fc.assert(
      fc.property(fc.oneof(cell, noise), fc.boolean(), (s, dc) => {
        expect(Object.is(parse(s, dc), reference(s, dc)), `${JSON.stringify(s)} dc=${dc}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('is exact for random decimals with up to 15 significant digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_999 }), fc.integer({ min: 0, max: 22 }), (m, k) => {
        const text = k === 0 ? String(m) : `${String(m).padStart(k + 1, '0').slice(0, -k)}.${String(m).padStart(k + 1, '0').slice(-k)}`;
        expect(parse(text, false)).toBe(Number(text));
      }),
      { numRuns: 5000 },
    );
  });
});
