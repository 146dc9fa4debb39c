/**
 * The pairwise comparisons file of `kam weights --pairs FILE`: one line `a,b,value` per pair of
 * factors, value = how much more important a is than b on Saaty's scale (1/9..9), written as a
 * number (3, 0.5) or a fraction (1/3). The header line `a,b,value` is optional; factor names
 * are matched case-insensitively. Reciprocals are implied, so each pair is needed once.
 */
import type { Comparison } from '../core/ahp.js';
import { InputError, ProblemList } from '../core/errors.js';
import type { Axis, Factor } from '../core/types.js';
import { headerKey, readCsv, sniffDelimiter, stripBom, type Delimiter } from './csv-reader.js';
import { INVALID, parseNumberCell } from './numbers.js';
import { t as msg } from '../i18n/index.js';

/** A comparison value: a number or a fraction `p/q`; NaN when it is neither. */
export function parseSaatyValue(cell: string, decimalComma: boolean): number {
  const m = /^\s*([^/]+)\/([^/]+)$/.exec(cell);
  if (m) {
    const p = parseNumberCell(m[1], decimalComma);
    const q = parseNumberCell(m[2], decimalComma);
    return Number.isFinite(p) && Number.isFinite(q) && q !== 0 ? p / q : Number.NaN;
  }
  const v = parseNumberCell(cell, decimalComma);
  return v === INVALID ? Number.NaN : v;
}

export function loadPairs(text: string, file: string, delimiterOverride: Delimiter | undefined, factors: readonly Factor[], axis: Axis): Comparison[] {
  const src = stripBom(text);
  if (src.trim() === '') throw new InputError({ file, message: msg('load.pairs.empty') });
  const delimiter = delimiterOverride ?? sniffDelimiter(src);
  const decimalComma = delimiter !== ',';
  const byName = new Map(factors.map((f) => [headerKey(f.factor), f]));
  const problems = new ProblemList();
  const out: Comparison[] = [];
  let columns: [number, number, number] = [0, 1, 2];
  let first = true;
  readCsv(src, delimiter, file, (fields, line) => {
    if (fields.every((f) => f.trim() === '')) return;
    if (first) {
      first = false;
      if (fields.length >= 3 && Number.isNaN(parseSaatyValue(fields[2], decimalComma))) {
        const keys = fields.map(headerKey);
        const named = ['a', 'b', 'value'].map((k) => keys.indexOf(k));
        if (named.every((i) => i >= 0)) columns = named as [number, number, number];
        return; // a header line
      }
    }
    if (fields.length < 3) {
      problems.add({ file, line, message: msg('load.pairs.three-fields') });
      return;
    }
    const [a, b] = [fields[columns[0]].trim(), fields[columns[1]].trim()].map((name, k) => {
      const f = byName.get(headerKey(name));
      const field = k === 0 ? 'a' : 'b';
      if (f === undefined) problems.add({ file, line, field, message: msg('load.pairs.not-a-factor', { factor: name }) });
      else if (f.axis !== axis) problems.add({ file, line, field, message: msg('load.pairs.other-axis', { factor: f.factor, axis: f.axis, compare: axis }) });
      return f?.factor ?? name;
    });
    const raw = fields[columns[2]].trim();
    const value = parseSaatyValue(raw, decimalComma);
    if (Number.isNaN(value)) {
      problems.add({ file, line, field: 'value', message: msg('load.pairs.not-a-comparison', { value: raw }) });
      return;
    }
    out.push({ a, b, value, line });
  });
  problems.throwIfAny();
  return out;
}
