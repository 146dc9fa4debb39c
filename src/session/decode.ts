/**
 * Reading a kam/session@1 file back: the JSON parsed, the schema checked, and every field a
 * replay, a resume, the brief or a comparison reads checked for its type and allowed values by
 * the one JSON reader (load/json-fields.ts), with the saved criteria and method read as the
 * criteria file and the flags are (load/saved.ts). The decoders are typed by the session's own
 * types, so a field added to a session answer does not compile until it is read here. A
 * hand-edited or corrupt session is one list of problems, each naming its field
 * (`criteria[2].weight`), never a crash halfway through.
 */
import type { Method } from '../core/engine.js';
import { InputError } from '../core/errors.js';
import { t } from '../i18n/index.js';
import type { FactorRecord, InputFile, KamResult } from '../core/result.js';
import type { Movement } from '../core/review.js';
import type { Factor, Quadrant } from '../core/types.js';
import { isSplitProblem, parseSplit, SPLIT_SYNTAX } from '../core/split.js';
import { LANGUAGE, QUADRANT, SALES_MODE, STRENGTH_SIDE } from '../core/vocabulary.js';
import { boolean, FieldReader, isRecord, listOf, literal, nullable, number, optional, orNull, recordOf, shape, text, whole, word, type Decoder } from '../load/json-fields.js';
import { jsonSyntaxProblem } from '../load/json-syntax.js';
import { readOverride, readSavedFactor, readSavedFactors, readSavedMethod } from '../load/saved.js';
import { SESSION_SCHEMA, STEP_COUNT, type AhpAnswer, type FactorAnswer, type Session, type SessionAnswers, type SessionMethod, type SettledRecord } from './schema.js';

/** A session as read: the document, and its saved criteria and method in the engine's terms. */
export interface SessionFile {
  session: Session;
  /** The agreed criteria (null until steps 7 and 8 are done). */
  criteria: Factor[] | null;
  /** The agreed method (null until step 9 is done). */
  method: Method | null;
}

type Answer<K extends keyof SessionAnswers> = NonNullable<SessionAnswers[K]>;

const inputFile = shape<InputFile>({ path: text, sha256: text });

const step: Decoder<number> = (r, v, at) => {
  const n = r.count(v, at);
  if (n === n && !(n >= 1 && n <= STEP_COUNT)) r.problem(at, `${n} is not a step (1 to ${STEP_COUNT})`);
  return n;
};

/** A factor record as the session keeps it (steps 7–8 and the agreed criteria), checked as criteria.csv's rows are. */
const factorRecord: Decoder<FactorRecord> = (r, v, at) => {
  readSavedFactor(r, v, at);
  return v as FactorRecord;
};

const settled = shape<SettledRecord>({
  account: text,
  factor: text,
  competitor: nullable(text),
  score: number,
  reason: text,
  raters: listOf(shape<SettledRecord['raters'][number]>({ rater: nullable(text), score: number })),
});

const ahp = shape<AhpAnswer>({
  comparisons: listOf(shape<AhpAnswer['comparisons'][number]>({ a: text, b: text, value: number })),
  weights: listOf(number),
  points: listOf(number),
  lambdaMax: number,
  ci: number,
  ri: number,
  cr: number,
  consistent: boolean,
  worst: nullable(shape<NonNullable<AhpAnswer['worst']>>({ a: text, b: text, given: number, implied: number })),
});

const factorAnswer = shape<FactorAnswer>({ factors: listOf(factorRecord), settled: optional(listOf(settled)), ahp: optional(ahp) });

/** The boundaries as step 6 saves them: what --split accepts. */
const splitText: Decoder<string> = (r, v, at) => {
  const t = r.string(v, at);
  if (typeof v === 'string') {
    const split = parseSplit(t);
    if (isSplitProblem(split)) r.problem(at, split.problem === 'range' ? `"${t}": both boundaries must be between 0 and 100` : `"${t}" is not a split; use ${SPLIT_SYNTAX}`);
  }
  return t;
};

/** A movement the session keeps for the brief (step 10): an account, where it was and where it is. */
const place = nullable(shape<{ quadrant: Quadrant; selected: boolean }>({ quadrant: word(QUADRANT), selected: boolean }));
const movement = shape<Movement>({ id: text, name: text, was: place, now: place });

const answers = shape<SessionAnswers>({
  objectives: optional(shape<Answer<'objectives'>>({ chosen: listOf(text), own: listOf(text), smart: text, smartDecided: optional(boolean) })),
  resources: optional(
    shape<Answer<'resources'>>({
      managers: number,
      accountsEach: number,
      capacity: whole,
      salesModes: recordOf(QUADRANT.values, word(SALES_MODE)),
      decided: optional(boolean),
      keyCapacity: optional(nullable(whole)),
    }),
  ),
  team: optional(shape<Answer<'team'>>({ members: listOf(shape<Answer<'team'>['members'][number]>({ name: text, role: text })) })),
  market: optional(shape<Answer<'market'>>({ shown: boolean, note: text, channels: optional(listOf(text)), teamNote: optional(text) })),
  segmentation: optional(shape<Answer<'segmentation'>>({ segments: nullable(listOf(text)) })),
  kaism: optional(shape<Answer<'kaism'>>({ split: splitText, strengthAxis: word(STRENGTH_SIDE) })),
  attractiveness: optional(factorAnswer),
  strength: optional(factorAnswer),
  selection: optional(shape<Answer<'selection'>>({ overrides: listOf(readOverride), outputBase: optional(nullable(text)), written: optional(listOf(text)) })),
  review: optional(
    shape<Answer<'review'>>({
      nextReview: text,
      compare: nullable(text),
      moved: listOf(text),
      movement: optional(listOf(movement)),
      criteriaWrittenTo: nullable(text),
      outputBase: optional(nullable(text)),
      written: optional(listOf(text)),
    }),
  ),
});

/** The result snapshot a session keeps: what a comparison reads of each account. */
const result: Decoder<KamResult> = (r, v, at) => {
  const o = r.object(v, at);
  if (o) listOf(shape({ id: text, name: text, quadrant: word(QUADRANT), selected: boolean }))(r, o.accounts, `${at}.accounts`);
  return v as KamResult;
};

/** Parses and checks a session file's text; a newer schema, bad JSON or a wrong shape is an input error. */
export function decodeSession(textOfFile: string, file: string): SessionFile {
  let doc: unknown;
  try {
    doc = JSON.parse(textOfFile);
  } catch (e) {
    throw new InputError({ file, message: t('app.session.decode.json', { problem: jsonSyntaxProblem(textOfFile, e) }) });
  }
  if (!isRecord(doc)) throw new InputError({ file, message: t('app.session.decode.object') });
  const schema = doc.schema;
  if (typeof schema !== 'string' || !schema.startsWith('kam/session@')) {
    throw new InputError({ file, field: 'schema', message: t('app.session.decode.schema', { schema: JSON.stringify(schema ?? null), expected: SESSION_SCHEMA }) });
  }
  if (schema !== SESSION_SCHEMA) {
    throw new InputError({ file, field: 'schema', message: t('app.session.decode.newer', { schema, reads: SESSION_SCHEMA }) });
  }
  let criteria: Factor[] | null = null;
  let method: Method | null = null;
  const session = shape<Session>({
    schema: literal(SESSION_SCHEMA),
    kamVersion: text,
    language: optional(word(LANGUAGE)),
    createdAt: text,
    updatedAt: text,
    inputs: shape<Session['inputs']>({ customers: inputFile, criteria: orNull(inputFile), ratings: optional(nullable(inputFile)) }),
    completedSteps: listOf(step),
    answers,
    criteria: nullable((r, v, at) => {
      criteria = readSavedFactors(r, v, at, false);
      return v as FactorRecord[];
    }),
    method: nullable((r, v, at) => {
      method = readSavedMethod(r, v, at);
      return v as SessionMethod;
    }),
    result: nullable(result),
  });
  const r = new FieldReader(file);
  session(r, doc, '');
  if (r.problems.size > 0) {
    throw new InputError(r.problems.items.map((p) => ({ ...p, message: t('app.session.decode.corrupt', { problem: p.message }) })));
  }
  return { session: doc as unknown as Session, criteria, method };
}
