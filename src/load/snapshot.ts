/**
 * One review snapshot: a kam/result@1 document, or the result inside a kam/session@1 file,
 * read back into the accounts' positions (rank, scores, quadrant, selected) and the capacity.
 */
import { InputError } from '../core/errors.js';
import type { SnapshotFactor, SnapshotMethod } from '../core/method-changes.js';
import type { DocumentKind, Snapshot, SnapshotAccount } from '../core/review.js';
import { isBoundary, SPLIT_RULE } from '../core/split.js';
import { QUADRANTS } from '../core/types.js';
import { FieldReader, isRecord, type Json } from './json-fields.js';
import { jsonSyntaxProblem } from './json-syntax.js';
import { t as msg } from '../i18n/index.js';

export const READABLE_SCHEMAS = ['kam/result@1', 'kam/session@1'] as const;

export type { DocumentKind } from '../core/review.js';

export interface KamDocument {
  kind: DocumentKind;
  file: string;
  doc: Record<string, Json>;
}

/**
 * Parses a result or session file; refuses unreadable JSON and unknown or future schemas.
 * `reader` names what reads it in messages (`kam review`, `--compare`).
 */
export function parseKamDocument(text: string, file: string, reader = 'kam review'): KamDocument {
  let doc: Json;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    throw new InputError({ file, message: msg('load.snapshot.not-json', { why: jsonSyntaxProblem(body, e), reader }) });
  }
  const schema = isRecord(doc) ? doc.schema : undefined;
  if (!isRecord(doc) || typeof schema !== 'string') {
    throw new InputError({ file, message: msg('load.snapshot.no-schema', { reader }) });
  }
  const m = /^kam\/(result|session)@(\d+)$/.exec(schema);
  if (m && m[2] !== '1') {
    throw new InputError({ file, message: msg('load.snapshot.newer', { schema, readable: msg('load.snapshot.and', { a: READABLE_SCHEMAS[0], b: READABLE_SCHEMAS[1] }) }) });
  }
  if (!m) throw new InputError({ file, message: msg('load.snapshot.unknown-schema', { schema, reader, readable: READABLE_SCHEMAS.join(', ') }) });
  return { kind: m[1] as DocumentKind, file, doc };
}

/** The kam/result@1 document a file holds: itself, or a session's `result`. */
export function resultDocument(d: KamDocument): Record<string, Json> {
  if (d.kind === 'result') return d.doc;
  const result = d.doc.result;
  if (result === null || result === undefined) throw new InputError({ file: d.file, message: msg('load.snapshot.no-result') });
  if (!isRecord(result) || result.schema !== 'kam/result@1') {
    throw new InputError({ file: d.file, field: 'result', message: msg('load.snapshot.result-not-result') });
  }
  return result;
}

/** Reads a kam/result@1 document into a snapshot; every malformed field is one problem. */
export function snapshotFromResult(result: Record<string, Json>, label: string, kind: Snapshot['kind'], file: string): Snapshot {
  const r = new FieldReader(file);
  const prefix = kind === 'session' ? 'result.' : '';
  const method = r.object(result.method, `${prefix}method`) ?? {};
  const split = r.object(method.split, `${prefix}method.split`) ?? {};
  const accounts = r.array(result.accounts, `${prefix}accounts`).map((a, i): SnapshotAccount => {
    const at = `${prefix}accounts[${i}]`;
    const o = r.object(a, at) ?? {};
    const id = r.string(o.id, `${at}.id`);
    return {
      rank: r.count(o.rank, `${at}.rank`),
      id,
      name: o.name === undefined || o.name === null ? id : r.string(o.name, `${at}.name`),
      attractiveness: score(r, o.attractiveness, `${at}.attractiveness`),
      strength: score(r, o.strength, `${at}.strength`),
      quadrant: r.oneOf(o.quadrant, `${at}.quadrant`, QUADRANTS),
      selected: r.boolean(o.selected, `${at}.selected`),
    };
  });
  const overrides = method.overrides === undefined || method.overrides === null ? [] : r.array(method.overrides, `${prefix}method.overrides`);
  const removedByTeam = overrides.filter((o) => isRecord(o) && o.action === 'remove' && o.applied !== false && typeof o.id === 'string').map((o) => (o as { id: string }).id);
  const snapshot: Snapshot = {
    label,
    kind,
    generatedAt: r.string(result.generatedAt, `${prefix}generatedAt`),
    split: {
      rule: r.vocabulary(split.rule, `${prefix}method.split.rule`, SPLIT_RULE),
      attractiveness: boundary(r, split.attractiveness, `${prefix}method.split.attractiveness`),
      strength: boundary(r, split.strength, `${prefix}method.split.strength`),
    },
    capacity: r.numberOrNull(method.capacity, `${prefix}method.capacity`),
    accounts,
    removedByTeam,
  };
  snapshot.method = snapshotMethod(result, snapshot);
  const seen = new Set<string>();
  accounts.forEach((a, i) => {
    if (seen.has(a.id)) r.problems.add({ file, field: `${prefix}accounts[${i}].id`, message: msg('load.snapshot.account-twice', { id: a.id }) });
    seen.add(a.id);
  });
  r.done();
  snapshot.accounts.sort((x, y) => x.rank - y.rank);
  return snapshot;
}

/** A boundary or a score: a number from 0 to 100, as --split and the engine give them. */
function boundary(r: FieldReader, v: Json, field: string): number {
  const x = r.number(v, field);
  if (x === x && !isBoundary(x)) r.problem(field, msg('load.snapshot.boundary', { value: String(x) }));
  return x;
}
const score = boundary;

/**
 * What a result records of its method, read leniently (fields an older result lacks are null,
 * factor records that are not complete are left out): the review compares methods with it.
 */
function snapshotMethod(result: Record<string, Json>, s: Snapshot): SnapshotMethod {
  const method = isRecord(result.method) ? result.method : {};
  const text = (v: Json): string | null => (typeof v === 'string' ? v : null);
  const inputs = isRecord(result.inputs) ? result.inputs : {};
  const ratings = isRecord(inputs.ratings) && typeof inputs.ratings.path === 'string' ? { path: inputs.ratings.path, sha256: text(inputs.ratings.sha256) ?? '' } : null;
  const factors: SnapshotFactor[] = [];
  for (const f of Array.isArray(result.factors) ? result.factors : []) {
    if (!isRecord(f) || typeof f.factor !== 'string' || typeof f.axis !== 'string' || typeof f.weight !== 'number') continue;
    const n = (v: Json, fallback: number): number => (typeof v === 'number' ? v : fallback);
    factors.push({
      factor: f.factor,
      axis: f.axis,
      weight: f.weight,
      weightPct: n(f.weightPct, f.weight),
      min: n(f.min, 1),
      max: n(f.max, 10),
      direction: text(f.direction) ?? 'higher',
      normalize: text(f.normalize) ?? 'none',
      kind: text(f.kind) ?? 'pure',
    });
  }
  const segments = Array.isArray(method.segments) && method.segments.every((x) => typeof x === 'string') ? (method.segments as string[]) : null;
  const overrides = (Array.isArray(method.overrides) ? method.overrides : [])
    .filter((o): o is Record<string, Json> => isRecord(o) && typeof o.id === 'string' && typeof o.action === 'string')
    .map((o) => ({ id: o.id as string, action: o.action as string, reason: text(o.reason) ?? '' }));
  return {
    strength: text(method.strength),
    missing: text(method.missing),
    sort: text(method.sort),
    split: s.split,
    capacity: s.capacity,
    segments,
    overrides,
    aggregate: text(method.aggregate),
    factors,
    ratings,
    kamVersion: text(result.kamVersion),
  };
}

/** A kam file (result or session) as a snapshot labelled with its path. */
export function snapshotFromText(text: string, file: string): { document: KamDocument; snapshot: Snapshot } {
  const document = parseKamDocument(text, file);
  return { document, snapshot: snapshotFromResult(resultDocument(document), file, document.kind, file) };
}
