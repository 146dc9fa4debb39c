/**
 * The previous quarter's decisions (criteria, split rule, capacity, overrides…) read back from
 * a kam/result@1 file (`factors`, `method`) or a kam/session@1 file (`criteria`, `method`), so
 * `kam review --customers` can score the new quarter's data exactly as the team decided.
 */
import type { Method } from '../core/engine.js';
import { InputError } from '../core/errors.js';
import type { Override, SplitSpec } from '../core/types.js';
import { factorsFromRecords, type SavedFactor } from '../load/criteria.js';
import type { Factor } from '../core/types.js';
import { FieldReader, type Json } from './fields.js';
import type { KamDocument } from './snapshot.js';

export interface Decisions {
  factors: Factor[];
  method: Method;
}

export function decisionsOf(d: KamDocument): Decisions {
  const listField = d.kind === 'session' ? 'criteria' : 'factors';
  const rawFactors = d.doc[listField];
  const rawMethod = d.doc.method;
  if (d.kind === 'session' && (rawFactors === null || rawFactors === undefined)) {
    throw new InputError({ file: d.file, message: 'the session has no criteria yet, so there are no decisions to score the new data with' });
  }
  if (d.kind === 'session' && (rawMethod === null || rawMethod === undefined)) {
    throw new InputError({ file: d.file, message: 'the session has no method decisions yet (split, capacity), so there are no decisions to score the new data with' });
  }
  const r = new FieldReader(d.file);
  const records = r.array(rawFactors, listField).map((f, i) => savedFactor(r, f, `${listField}[${i}]`));
  const method = methodOf(r, rawMethod);
  r.done();
  return { factors: factorsFromRecords(records, d.file, listField), method };
}

function savedFactor(r: FieldReader, v: Json, at: string): SavedFactor {
  const o = r.object(v, at) ?? {};
  const opt = <T>(key: string, fallback: T, read: (x: Json, field: string) => T): T =>
    o[key] === undefined || o[key] === null ? fallback : read(o[key], `${at}.${key}`);
  return {
    factor: r.string(o.factor, `${at}.factor`),
    axis: r.oneOf(o.axis, `${at}.axis`, ['attractiveness', 'strength'] as const),
    weight: r.number(o.weight, `${at}.weight`),
    min: opt('min', 1, (x, f) => r.number(x, f)),
    max: opt('max', 10, (x, f) => r.number(x, f)),
    direction: opt('direction', 'higher', (x, f) => r.oneOf(x, f, ['higher', 'lower'] as const)),
    normalize: opt('normalize', 'none', (x, f) => r.string(x, f)),
    kind: opt('kind', 'pure', (x, f) => r.oneOf(x, f, ['pure', 'realistic'] as const)),
    description: opt('description', '', (x, f) => r.string(x, f)),
  };
}

function methodOf(r: FieldReader, v: Json): Method {
  const m = r.object(v, 'method') ?? {};
  const split = r.object(m.split, 'method.split') ?? {};
  const rule = r.oneOf(split.rule, 'method.split.rule', ['midpoint', 'median', 'mean', 'fixed'] as const);
  // The rule is the decision: median and mean are re-derived from the new data; fixed keeps its numbers.
  const splitSpec: SplitSpec =
    rule === 'fixed'
      ? { rule, attractiveness: boundary(r, split.attractiveness, 'method.split.attractiveness'), strength: boundary(r, split.strength, 'method.split.strength') }
      : { rule };
  const capacity = r.numberOrNull(m.capacity, 'method.capacity');
  if (capacity !== null && !(Number.isInteger(capacity) && capacity >= 0)) {
    r.problems.add({ file: r.file, field: 'method.capacity', message: `${capacity} is not a whole number of accounts` });
  }
  const overrides = m.overrides === undefined || m.overrides === null ? [] : r.array(m.overrides, 'method.overrides');
  return {
    missing: r.oneOf(m.missing, 'method.missing', ['error', 'renormalize', 'midpoint'] as const),
    split: splitSpec,
    sort: r.oneOf(m.sort, 'method.sort', ['quadrant', 'attractiveness', 'strength'] as const),
    capacity,
    strength: m.strength === undefined || m.strength === null ? undefined : r.oneOf(m.strength, 'method.strength', ['absolute', 'relative'] as const),
    segments: r.stringListOrNull(m.segments, 'method.segments'),
    overrides: overrides.map((o, i): Override => {
      const at = `method.overrides[${i}]`;
      const x = r.object(o, at) ?? {};
      return { id: r.string(x.id, `${at}.id`), action: r.oneOf(x.action, `${at}.action`, ['add', 'remove'] as const), reason: r.string(x.reason, `${at}.reason`) };
    }),
  };
}

function boundary(r: FieldReader, v: Json, field: string): number {
  const x = r.number(v, field);
  if (x === x && !(x >= 0 && x <= 100)) r.problems.add({ file: r.file, field, message: `the boundary ${x} is not between 0 and 100` });
  return x;
}
