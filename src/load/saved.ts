/**
 * The team's decisions as kam saves them — factor records (a result's `factors`, a session's
 * `criteria` and steps 7–8) and the method (`method` of a result or a session) — read back with
 * the same rules as criteria.csv and the flags they stand for, every bad field one problem named
 * by its JSON path. Replays, reviews and resumed workshops all read saved decisions here.
 */
import type { Method } from '../core/engine.js';
import type { SettledScore } from '../core/ratings.js';
import { InputError } from '../core/errors.js';
import { isBoundary, SPLIT_RULE, type SplitSpec } from '../core/split.js';
import type { Factor, Override } from '../core/types.js';
import { AGGREGATE, AXIS, DIRECTION, FACTOR_KIND, MISSING_POLICY, SORT_KEY, STRENGTH_MODE } from '../core/vocabulary.js';
import { parseNormalizeText } from './criteria.js';
import { FieldReader, isRecord, type Json } from './json-fields.js';
import type { KamDocument } from './snapshot.js';
import { t as msg } from '../i18n/index.js';

export interface Decisions {
  factors: Factor[];
  method: Method;
}

/** The decisions of a kam/result@1 (`factors`, `method`) or kam/session@1 (`criteria`, `method`) document. */
export function decisionsOf(d: KamDocument): Decisions {
  const listField = d.kind === 'session' ? 'criteria' : 'factors';
  const rawFactors = d.doc[listField];
  const rawMethod = d.doc.method;
  if (d.kind === 'session' && (rawFactors === null || rawFactors === undefined)) {
    throw new InputError({ file: d.file, message: msg('load.saved.no-criteria') });
  }
  if (d.kind === 'session' && (rawMethod === null || rawMethod === undefined)) {
    throw new InputError({ file: d.file, message: msg('load.saved.no-method') });
  }
  const r = new FieldReader(d.file);
  const factors = readSavedFactors(r, rawFactors, listField);
  const method = readSavedMethod(r, rawMethod, 'method');
  r.done();
  return { factors, method };
}

/**
 * Saved factor records back into Factors; each axis needs a weight above 0 (`requireAxes`),
 * as in criteria.csv.
 */
export function readSavedFactors(r: FieldReader, value: Json, at: string, requireAxes = true): Factor[] {
  const factors = r.array(value, at).map((f, i) => readSavedFactor(r, f, `${at}[${i}]`));
  // As in criteria.csv: each factor once (names match case-insensitively), so none sits on both axes.
  const seen = new Map<string, number>();
  factors.forEach((f, i) => {
    if (f === null) return;
    const key = f.factor.trim().toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else r.problem(`${at}[${i}].factor`, msg('load.saved.factor-twice', { factor: f.factor, at: `${at}[${first}]` }));
  });
  const complete = factors.filter((f): f is Factor => f !== null);
  if (requireAxes && complete.length === factors.length) {
    for (const axis of AXIS.values) {
      if (!complete.some((f) => f.axis === axis && f.weight > 0)) r.problem(at, msg('load.criteria.axis-unweighted', { axis }));
    }
  }
  return complete;
}

/** One saved factor record (null when a field is bad; the problem is recorded). */
export function readSavedFactor(r: FieldReader, v: Json, at: string): Factor | null {
  const before = r.problems.size;
  const o = r.object(v, at) ?? {};
  const opt = <T>(key: string, fallback: T, read: (x: Json, field: string) => T): T =>
    o[key] === undefined || o[key] === null ? fallback : read(o[key], `${at}.${key}`);
  const factor = r.string(o.factor, `${at}.factor`);
  if (typeof o.factor === 'string' && factor.trim() === '') r.problem(`${at}.factor`, msg('load.criteria.factor-empty'));
  const axis = r.vocabulary(o.axis, `${at}.axis`, AXIS);
  const weight = r.number(o.weight, `${at}.weight`);
  if (weight < 0) r.problem(`${at}.weight`, msg('load.criteria.weight-negative', { weight: String(weight) }));
  const min = opt('min', 1, (x, f) => r.number(x, f));
  const max = opt('max', 10, (x, f) => r.number(x, f));
  if (min === min && max === max && !(max > min)) r.problem(`${at}.max`, msg('load.criteria.scale-empty', { min: String(min), max: String(max) }));
  const direction = opt('direction', 'higher' as const, (x, f) => r.vocabulary(x, f, DIRECTION));
  const normalizeText = opt('normalize', 'none', (x, f) => r.string(x, f));
  const normalize = parseNormalizeText(normalizeText, false, (message) => r.problem(`${at}.normalize`, message));
  const kind = opt('kind', 'pure' as const, (x, f) => r.vocabulary(x, f, FACTOR_KIND));
  const description = opt('description', '', (x, f) => r.string(x, f));
  if (o.weightPct !== undefined) r.number(o.weightPct, `${at}.weightPct`);
  if (r.problems.size > before || normalize === null) return null;
  return { factor, axis, weight, min, max, direction, normalize, kind, description };
}

/** A saved method (`method` of a result or a session) in the engine's vocabulary. */
export function readSavedMethod(r: FieldReader, v: Json, at: string): Method {
  const m = r.object(v, at) ?? {};
  const split = r.object(m.split, `${at}.split`) ?? {};
  const rule = r.vocabulary(split.rule, `${at}.split.rule`, SPLIT_RULE);
  // The rule is the decision: median and mean are re-derived from the new data; fixed keeps its numbers.
  const splitSpec: SplitSpec =
    rule === 'fixed'
      ? { rule, attractiveness: boundary(r, split.attractiveness, `${at}.split.attractiveness`), strength: boundary(r, split.strength, `${at}.split.strength`) }
      : { rule };
  const capacity = r.numberOrNull(m.capacity, `${at}.capacity`);
  if (capacity !== null && capacity === capacity && !(Number.isInteger(capacity) && capacity >= 0)) {
    r.problem(`${at}.capacity`, msg('load.saved.whole-accounts', { value: String(capacity) }));
  }
  const places = m.capacities === undefined || m.capacities === null ? null : r.object(m.capacities, `${at}.capacities`);
  const place = (key: 'key' | 'key-development'): number => {
    const x = r.number(places?.[key], `${at}.capacities.${key}`);
    if (x === x && !(Number.isInteger(x) && x >= 0)) r.problem(`${at}.capacities.${key}`, msg('load.saved.whole-accounts', { value: String(x) }));
    return x;
  };
  const capacities = places ? { key: place('key'), 'key-development': place('key-development') } : null;
  const overrides = m.overrides === undefined || m.overrides === null ? [] : r.array(m.overrides, `${at}.overrides`);
  return {
    missing: r.vocabulary(m.missing, `${at}.missing`, MISSING_POLICY),
    split: splitSpec,
    sort: r.vocabulary(m.sort, `${at}.sort`, SORT_KEY),
    capacity,
    ...(capacities ? { capacities } : {}),
    strength: m.strength === undefined || m.strength === null ? undefined : r.vocabulary(m.strength, `${at}.strength`, STRENGTH_MODE),
    segments: r.stringListOrNull(m.segments, `${at}.segments`),
    overrides: overrides.map((o, i) => readOverride(r, o, `${at}.overrides[${i}]`)),
    ...(m.aggregate === undefined || m.aggregate === null ? {} : { aggregate: r.vocabulary(m.aggregate, `${at}.aggregate`, AGGREGATE) }),
  };
}

export function readOverride(r: FieldReader, v: Json, at: string): Override {
  const x = r.object(v, at) ?? {};
  return { id: r.string(x.id, `${at}.id`), action: r.oneOf(x.action, `${at}.action`, ['add', 'remove'] as const), reason: r.string(x.reason, `${at}.reason`) };
}

function boundary(r: FieldReader, v: Json, field: string): number {
  const x = r.number(v, field);
  if (x === x && !isBoundary(x)) r.problem(field, msg('load.saved.boundary', { value: String(x) }));
  return x;
}

/** The ratings file a result or session recorded (`inputs.ratings.path`), or null when it applied none. */
export function recordedRatings(d: KamDocument): string | null {
  const inputs = d.doc.inputs;
  const ratings = isRecord(inputs) ? inputs.ratings : undefined;
  return isRecord(ratings) && typeof ratings.path === 'string' && ratings.path !== '' ? ratings.path : null;
}

/**
 * The team's settled scores a document carries: a session's answers of steps 7 and 8, or a
 * result's `disagreements[].settled`. Read leniently: a record that is not complete is skipped.
 */
export function savedSettled(d: KamDocument): SettledScore[] {
  const out: SettledScore[] = [];
  const add = (x: Json, score: Json, reason: Json): void => {
    if (!isRecord(x) || typeof x.account !== 'string' || typeof x.factor !== 'string' || typeof score !== 'number' || typeof reason !== 'string') return;
    out.push({ account: x.account, factor: x.factor, competitor: typeof x.competitor === 'string' ? x.competitor : null, score, reason });
  };
  if (d.kind === 'session') {
    const answers = d.doc.answers;
    for (const axis of ['attractiveness', 'strength']) {
      const a = isRecord(answers) ? answers[axis] : undefined;
      const settled = isRecord(a) && Array.isArray(a.settled) ? a.settled : [];
      for (const x of settled) if (isRecord(x)) add(x, x.score, x.reason);
    }
  } else {
    const list = Array.isArray(d.doc.disagreements) ? d.doc.disagreements : [];
    for (const x of list) if (isRecord(x) && isRecord(x.settled)) add(x, x.settled.score, x.settled.reason);
  }
  return out;
}
