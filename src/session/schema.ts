/**
 * The workshop's saved session, `kam/session@1` (documented in README.md): every answer, the
 * agreed criteria and method, and the result snapshot, so a later run can resume or replay it.
 */
import type { AhpResult } from '../core/ahp.js';
import { InputError } from '../core/errors.js';
import type { FactorRecord, InputFile, KamResult } from '../core/result.js';
import type { Factor, Override, Quadrant, SplitRule } from '../core/types.js';
import { parseNormalizeText } from '../load/criteria.js';
import { sessionShapeProblem } from './check.js';

export const SESSION_SCHEMA = 'kam/session@1';
export const STEP_COUNT = 10;

export interface TeamMember {
  name: string;
  role: string;
}

/** A disagreement the team settled in step 7 or 8: the agreed score replaces the aggregate. */
export interface SettledRecord {
  account: string;
  factor: string;
  /** null: a rating of us; a name: that competitor's rating. */
  competitor: string | null;
  score: number;
  reason: string;
  /** The raters' scores as they stood when the team settled. */
  raters: Array<{ rater: string | null; score: number }>;
}

/**
 * Weights elicited by pairwise comparison (AHP) in step 7 or 8: the comparisons (`a` is `value`
 * times as important as `b`), the figures of `ahp()` (weights in the order of the factors, sum 1)
 * and the points (sum 100) they gave.
 */
export type AhpAnswer = Omit<AhpResult, 'factors'> & {
  comparisons: Array<{ a: string; b: string; value: number }>;
  points: number[];
};

/** Steps 7 and 8: the factors with their weights, the settled disagreements, and the AHP behind the weights when used. */
export interface FactorAnswer {
  factors: FactorRecord[];
  settled?: SettledRecord[];
  ahp?: AhpAnswer;
}

/** Per step, what the team answered (each key is present once the step was started). */
export interface SessionAnswers {
  objectives?: { chosen: string[]; own: string[]; smart: string };
  resources?: { managers: number; accountsEach: number; capacity: number; salesModes: Record<Quadrant, string> };
  team?: { members: TeamMember[] };
  market?: { shown: boolean; note: string };
  segmentation?: { segments: string[] | null };
  kaism?: { split: string; strengthAxis: 'left' | 'right' };
  attractiveness?: FactorAnswer;
  strength?: FactorAnswer;
  selection?: { overrides: Override[]; outputBase: string | null; written: string[] };
  review?: { nextReview: string; compare: string | null; moved: string[]; criteriaWrittenTo: string | null };
}

export interface SessionMethod {
  strength: string;
  missing: string;
  sort: string;
  split: { rule: SplitRule; attractiveness?: number; strength?: number };
  capacity: number | null;
  segments: string[] | null;
  overrides: Override[];
  /** How raters' scores were combined (`median` or `mean`); absent in sessions without it (median). */
  aggregate?: string;
}

export interface Session {
  schema: typeof SESSION_SCHEMA;
  kamVersion: string;
  createdAt: string;
  updatedAt: string;
  /** `ratings`: the ratings file the workshop read (absent or null without one). */
  inputs: { customers: InputFile; criteria: InputFile | null; ratings?: InputFile | null };
  completedSteps: number[];
  answers: SessionAnswers;
  criteria: FactorRecord[] | null;
  method: SessionMethod | null;
  result: KamResult | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const validSettled = (v: unknown): boolean =>
  Array.isArray(v) &&
  v.every(
    (s) =>
      isObject(s) &&
      typeof s.account === 'string' &&
      typeof s.factor === 'string' &&
      (s.competitor === null || typeof s.competitor === 'string') &&
      typeof s.score === 'number' &&
      typeof s.reason === 'string',
  );

/** Parses and checks a session file's text; a newer schema, bad JSON or a wrong shape is an input error. */
export function parseSession(text: string, file: string): Session {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError({ file, message: `the session file is not valid JSON (${(e as Error).message}); it may be truncated or corrupt` });
  }
  if (!isObject(doc)) throw new InputError({ file, message: 'the session file does not hold a kam session (expected a JSON object)' });
  const schema = doc.schema;
  if (typeof schema !== 'string' || !schema.startsWith('kam/session@')) {
    throw new InputError({ file, field: 'schema', message: `this is not a kam session (schema ${JSON.stringify(schema ?? null)}, expected "${SESSION_SCHEMA}")` });
  }
  if (schema !== SESSION_SCHEMA) {
    throw new InputError({ file, field: 'schema', message: `the session uses ${schema}, which this kam (reads ${SESSION_SCHEMA}) does not know; upgrade kam to read it` });
  }
  const problems: string[] = [];
  const need = (key: string, ok: (v: unknown) => boolean): void => {
    if (!ok(doc[key])) problems.push(key);
  };
  need('kamVersion', (v) => typeof v === 'string');
  need('createdAt', (v) => typeof v === 'string');
  need('updatedAt', (v) => typeof v === 'string');
  need('inputs', (v) => isObject(v) && isObject(v.customers));
  need('completedSteps', (v) => Array.isArray(v) && v.every((s) => Number.isInteger(s) && s >= 1 && s <= STEP_COUNT));
  need('answers', (v) => isObject(v) && [v.attractiveness, v.strength].every((a) => !isObject(a) || a.settled === undefined || validSettled(a.settled)));
  need('criteria', (v) => v === null || (Array.isArray(v) && v.every(isObject)));
  need('method', (v) => v === null || (isObject(v) && isObject(v.split)));
  need('result', (v) => v === null || isObject(v));
  const deep = problems.length === 0 ? sessionShapeProblem(doc) : null;
  if (deep !== null) problems.push(deep);
  if (problems.length > 0) {
    throw new InputError({ file, message: `the session file is incomplete or corrupt (bad or missing ${problems.join(', ')})` });
  }
  return doc as unknown as Session;
}

/** A criteria record of the session back to the engine's Factor. */
export function factorFromRecord(r: FactorRecord, file: string): Factor {
  const normalize = parseNormalizeText(r.normalize, false, (message) => {
    throw new InputError({ file, field: 'criteria', message: `factor "${r.factor}": ${message}` });
  });
  if (normalize === null) throw new InputError({ file, field: 'criteria', message: `factor "${r.factor}" has no valid normalisation` });
  return {
    factor: r.factor,
    axis: r.axis,
    weight: r.weight,
    min: r.min,
    max: r.max,
    direction: r.direction,
    normalize,
    kind: r.kind,
    description: r.description ?? '',
  };
}

/** The first step not yet answered (1..10), or null when all ten are. */
export function firstOpenStep(s: Pick<Session, 'completedSteps'>): number | null {
  for (let n = 1; n <= STEP_COUNT; n++) if (!s.completedSteps.includes(n)) return n;
  return null;
}
