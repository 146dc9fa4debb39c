/**
 * The deep shape check of a kam/session@1 document: every field a replay, a resume, the brief
 * or --compare reads is checked for its type and allowed values, so a hand-edited or corrupt
 * session is one clear input error instead of a crash halfway through. Returns the paths of
 * the bad fields (`criteria[2].weight`), none when the session is sound.
 */
import { parseNormalizeText } from '../load/criteria.js';

/** null when the value is sound; otherwise where it is bad, relative to it ('' for the value itself). */
type Check = (v: unknown) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const test = (ok: (v: unknown) => boolean): Check => (v) => (ok(v) ? null : '');
const str = test((v) => typeof v === 'string');
const num = test((v) => typeof v === 'number' && Number.isFinite(v));
const bool = test((v) => typeof v === 'boolean');
const count = test((v) => Number.isInteger(v) && (v as number) >= 0);
const oneOf = (...values: string[]): Check => test((v) => typeof v === 'string' && values.includes(v));
const nullOr = (c: Check): Check => (v) => (v === null ? null : c(v));
const arrayOf = (c: Check): Check => (v) => {
  if (!Array.isArray(v)) return '';
  for (let i = 0; i < v.length; i++) {
    const bad = c(v[i]);
    if (bad !== null) return `[${i}]${bad}`;
  }
  return null;
};

/** Checks the fields of an object; a missing optional key (`?` suffix) is fine. */
function shape(fields: Record<string, Check>, whole?: (v: Record<string, unknown>) => string | null): Check {
  return (v) => {
    if (!isObject(v)) return '';
    for (const [key, check] of Object.entries(fields)) {
      const optional = key.endsWith('?');
      const name = optional ? key.slice(0, -1) : key;
      if (optional && v[name] === undefined) continue;
      const bad = check(v[name]);
      if (bad !== null) return `.${name}${bad}`;
    }
    return whole ? whole(v) : null;
  };
}

const normalizeText: Check = (v) => {
  if (typeof v !== 'string') return '';
  let ok = true;
  parseNormalizeText(v, false, () => (ok = false));
  return ok ? null : '';
};

const factorRecord = shape(
  {
    factor: test((x) => typeof x === 'string' && x.trim() !== ''),
    axis: oneOf('attractiveness', 'strength'),
    weight: test((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0),
    'weightPct?': num,
    min: num,
    max: num,
    direction: oneOf('higher', 'lower'),
    normalize: normalizeText,
    kind: oneOf('pure', 'realistic'),
    'description?': str,
  },
  (v) => ((v.max as number) > (v.min as number) ? null : '.max'),
);

const override = shape({ id: str, action: oneOf('add', 'remove'), reason: str });

const split = shape({ rule: oneOf('midpoint', 'median', 'mean', 'fixed') }, (v) =>
  v.rule === 'fixed' ? shape({ attractiveness: num, strength: num })(v) : null,
);

const method = shape({
  strength: oneOf('absolute', 'relative'),
  missing: oneOf('error', 'renormalize', 'midpoint'),
  sort: oneOf('quadrant', 'attractiveness', 'strength'),
  split,
  capacity: nullOr(count),
  segments: nullOr(arrayOf(str)),
  overrides: arrayOf(override),
});

const QUADRANT_KEYS = ['key', 'key-development', 'maintenance', 'opportunistic'];

const answers = shape({
  'objectives?': shape({ chosen: arrayOf(str), own: arrayOf(str), smart: str }),
  'resources?': shape({ managers: num, accountsEach: num, capacity: count, salesModes: shape(Object.fromEntries(QUADRANT_KEYS.map((q) => [q, str]))) }),
  'team?': shape({ members: arrayOf(shape({ name: str, role: str })) }),
  'market?': shape({ shown: bool, note: str }),
  'segmentation?': shape({ segments: nullOr(arrayOf(str)) }),
  'kaism?': shape({ split: str, strengthAxis: oneOf('left', 'right') }),
  'attractiveness?': shape({ factors: arrayOf(factorRecord) }),
  'strength?': shape({ factors: arrayOf(factorRecord) }),
  'selection?': shape({ overrides: arrayOf(override), outputBase: nullOr(str), written: arrayOf(str) }),
  'review?': shape({ nextReview: str, compare: nullOr(str), moved: arrayOf(str), criteriaWrittenTo: nullOr(str) }),
});

const inputFile = shape({ path: str, sha256: str });
const account = shape({ id: str, name: str, quadrant: oneOf(...QUADRANT_KEYS), selected: bool });

const session = shape({
  inputs: shape({ customers: inputFile, 'criteria?': nullOr(inputFile) }),
  answers,
  criteria: nullOr(arrayOf(factorRecord)),
  method: nullOr(method),
  result: nullOr(shape({ accounts: arrayOf(account) })),
});

/** The first bad field of a session whose top level is sound (`criteria[2].weight`), or null. */
export function sessionShapeProblem(doc: Record<string, unknown>): string | null {
  const bad = session(doc);
  return bad === null ? null : bad.slice(1);
}

/** Whether a kam/result@1 document's accounts have what a comparison reads (id, name, quadrant, selected). */
export function resultAccountsSound(doc: unknown): boolean {
  return shape({ accounts: arrayOf(account) })(doc) === null;
}
