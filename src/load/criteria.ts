/** criteria.csv (METHOD.md §2): one validated Factor per row. */
import { ProblemList } from '../core/errors.js';
import { parseNormalize, type Normalize } from '../core/normalize/index.js';
import type { Factor } from '../core/types.js';
import { AXIS, DIRECTION, FACTOR_KIND } from '../core/vocabulary.js';
import type { Delimiter } from './csv-reader.js';
import { INVALID, MISSING, numberProblem, parseNumberCell } from './numbers.js';
import { readTable } from './table.js';
import { t as msg } from '../i18n/index.js';
import { orList } from './wording.js';

const REQUIRED = ['factor', 'axis', 'weight'] as const;

export function loadCriteria(text: string, file: string, delimiter?: Delimiter): Factor[] {
  const problems = new ProblemList();
  const factors: Factor[] = [];
  const seen = new Map<string, number>();
  // Which axes have a weight above 0, counting rows rejected for other reasons, so the axis
  // check can be reported with the row problems (one InputError for the whole file).
  const positive = { attractiveness: false, strength: false };
  const weightUnknown = { attractiveness: false, strength: false };
  let axisUnknown = false;
  let rows = 0;
  const table = readTable(text, file, delimiter, problems, (fields, line, t) => {
    const cell = (name: string): string | undefined => {
      const i = t.columns.get(name);
      return i === undefined ? undefined : fields[i].trim();
    };
    const num = (name: string, fallback: number | null): number | null => {
      const raw = cell(name);
      if (raw === undefined) return fallback;
      const v = parseNumberCell(raw, t.decimalComma);
      if (Number.isNaN(v)) {
        if (fallback === null) problems.add({ file, line, field: name, message: msg('load.criteria.value-required') });
        return fallback;
      }
      if (v === INVALID) {
        problems.add({ file, line, field: name, message: numberProblem(raw, t.decimalComma) });
        return null;
      }
      return v;
    };
    if (fields.every((f) => f.trim() === '')) return;
    if (REQUIRED.some((col) => !t.columns.has(col))) return; // reported once, below
    rows++;
    const name = cell('factor') ?? '';
    if (name === '') {
      axisUnknown = true;
      problems.add({ file, line, field: 'factor', message: msg('load.criteria.factor-empty') });
      return;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      problems.add({ file, line, field: 'factor', message: msg('load.criteria.factor-twice', { factor: name, line: String(seen.get(key)) }) });
      return;
    }
    seen.set(key, line);

    const axis = AXIS.parse(cell('axis') ?? '');
    if (axis === null) {
      problems.add({ file, line, field: 'axis', message: msg('load.criteria.axis', { value: cell('axis') ?? '', list: orList(AXIS.values) }) });
    }
    const weight = num('weight', null);
    if (weight !== null && weight < 0) {
      problems.add({ file, line, field: 'weight', message: msg('load.criteria.weight-negative', { weight: String(weight) }) });
    }
    if (axis === null) axisUnknown = true;
    else if (weight === null) weightUnknown[axis] = true;
    else if (weight > 0) positive[axis] = true;
    const min = num('min', 1);
    const max = num('max', 10);
    if (min !== null && max !== null && !(max > min)) {
      problems.add({ file, line, field: 'max', message: msg('load.criteria.scale-empty', { min: String(min), max: String(max) }) });
    }
    const direction = DIRECTION.parse(cell('direction') || 'higher');
    if (direction === null) {
      problems.add({ file, line, field: 'direction', message: msg('load.criteria.direction', { value: String(cell('direction')), list: orList(DIRECTION.values) }) });
    }
    const kind = FACTOR_KIND.parse(cell('kind') || 'pure');
    if (kind === null) {
      problems.add({ file, line, field: 'kind', message: msg('load.criteria.kind', { value: String(cell('kind')), list: orList(FACTOR_KIND.values) }) });
    }
    const normalize = parseNormalizeText(cell('normalize') || 'none', t.decimalComma, (message) =>
      problems.add({ file, line, field: 'normalize', message }),
    );
    if (axis === null || weight === null || weight < 0 || min === null || max === null || normalize === null) return;
    factors.push({
      factor: name,
      axis,
      weight,
      min,
      max,
      direction: direction ?? 'higher',
      normalize,
      kind: kind ?? 'pure',
      description: cell('description') ?? '',
    });
  });
  for (const col of REQUIRED) {
    if (!table.columns.has(col)) {
      problems.add({ file, line: 1, field: col, message: msg('load.criteria.column-missing', { column: col }) });
    }
  }
  if (problems.size === 0 && factors.length === 0) problems.add({ file, message: msg('load.criteria.no-factors') });
  if (!axisUnknown && rows > 0 && table.columns.has('axis') && table.columns.has('weight')) {
    for (const axis of ['attractiveness', 'strength'] as const) {
      if (!positive[axis] && !weightUnknown[axis]) {
        problems.add({ file, field: 'weight', message: msg('load.criteria.axis-unweighted', { axis }) });
      }
    }
  }
  problems.throwIfAny();
  return factors;
}

/**
 * A `normalize` cell (or a saved factor's `normalize` text) by the registry of kinds, with the
 * file's number rules for parameters such as band thresholds.
 */
export function parseNormalizeText(value: string, decimalComma: boolean, report: (message: string) => void): Normalize | null {
  return parseNormalize(
    value,
    (text) => {
      const t = parseNumberCell(text, decimalComma);
      return Number.isNaN(t) || t === INVALID || t === MISSING ? null : t;
    },
    report,
  );
}
