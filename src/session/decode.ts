/**
 * Reading a kam/session@1 file back: the JSON parsed, the schema checked, and every field a
 * replay, a resume, the brief or a comparison reads checked for its type and allowed values by
 * the one JSON reader (load/json-fields.ts), with the saved criteria and method read as the
 * criteria file and the flags are (load/saved.ts). A hand-edited or corrupt session is one list
 * of problems, each naming its field (`criteria[2].weight`), never a crash halfway through.
 */
import type { Method } from '../core/engine.js';
import { InputError } from '../core/errors.js';
import type { Factor } from '../core/types.js';
import { AXIS, QUADRANT, STRENGTH_SIDE } from '../core/vocabulary.js';
import { FieldReader, isRecord, type Json } from '../load/json-fields.js';
import { readOverride, readSavedFactors, readSavedMethod } from '../load/saved.js';
import { SESSION_SCHEMA, STEP_COUNT, type Session } from './schema.js';

/** A session as read: the document, and its saved criteria and method in the engine's terms. */
export interface SessionFile {
  session: Session;
  /** The agreed criteria (null until steps 7 and 8 are done). */
  criteria: Factor[] | null;
  /** The agreed method (null until step 9 is done). */
  method: Method | null;
}

/** Parses and checks a session file's text; a newer schema, bad JSON or a wrong shape is an input error. */
export function decodeSession(text: string, file: string): SessionFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError({ file, message: `the session file is not valid JSON (${(e as Error).message}); it may be truncated or corrupt` });
  }
  if (!isRecord(doc)) throw new InputError({ file, message: 'the session file does not hold a kam session (expected a JSON object)' });
  const schema = doc.schema;
  if (typeof schema !== 'string' || !schema.startsWith('kam/session@')) {
    throw new InputError({ file, field: 'schema', message: `this is not a kam session (schema ${JSON.stringify(schema ?? null)}, expected "${SESSION_SCHEMA}")` });
  }
  if (schema !== SESSION_SCHEMA) {
    throw new InputError({ file, field: 'schema', message: `the session uses ${schema}, which this kam (reads ${SESSION_SCHEMA}) does not know; upgrade kam to read it` });
  }
  const r = new FieldReader(file);
  r.string(doc.kamVersion, 'kamVersion');
  r.string(doc.createdAt, 'createdAt');
  r.string(doc.updatedAt, 'updatedAt');
  inputs(r, doc.inputs);
  r.array(doc.completedSteps, 'completedSteps').forEach((n, i) => {
    const step = r.count(n, `completedSteps[${i}]`);
    if (step === step && !(step >= 1 && step <= STEP_COUNT)) r.problem(`completedSteps[${i}]`, `${step} is not a step (1 to ${STEP_COUNT})`);
  });
  answers(r, doc.answers);
  const criteria = doc.criteria === null ? null : readSavedFactors(r, doc.criteria, 'criteria', false);
  const method = doc.method === null ? null : readSavedMethod(r, doc.method, 'method');
  if (doc.result !== null) {
    const result = r.object(doc.result, 'result');
    if (result) r.array(result.accounts, 'result.accounts').forEach((a, i) => resultAccount(r, a, `result.accounts[${i}]`));
  }
  if (r.problems.size > 0) {
    throw new InputError(r.problems.items.map((p) => ({ ...p, message: `the session file is incomplete or corrupt: ${p.message}` })));
  }
  return { session: doc as unknown as Session, criteria, method };
}

function inputFile(r: FieldReader, v: Json, at: string): void {
  const o = r.object(v, at);
  if (o) {
    r.string(o.path, `${at}.path`);
    r.string(o.sha256, `${at}.sha256`);
  }
}

function inputs(r: FieldReader, v: Json): void {
  const o = r.object(v, 'inputs');
  if (!o) return;
  inputFile(r, o.customers, 'inputs.customers');
  for (const key of ['criteria', 'ratings']) r.optional(o, key, 'inputs', (x, f) => inputFile(r, x, f));
}

function resultAccount(r: FieldReader, v: Json, at: string): void {
  const o = r.object(v, at) ?? {};
  r.string(o.id, `${at}.id`);
  r.string(o.name, `${at}.name`);
  r.vocabulary(o.quadrant, `${at}.quadrant`, QUADRANT);
  r.boolean(o.selected, `${at}.selected`);
}

const strings = (r: FieldReader, v: Json, at: string): void => r.array(v, at).forEach((s, i) => r.string(s, `${at}[${i}]`));

/** Each step's answer, when the step was started. */
function answers(r: FieldReader, v: Json): void {
  const a = r.object(v, 'answers');
  if (!a) return;
  const step = (key: string, read: (o: Record<string, Json>, at: string) => void): void => {
    r.optional(a, key, 'answers', (x, at) => {
      const o = r.object(x, at);
      if (o) read(o, at);
    });
  };
  step('objectives', (o, at) => {
    strings(r, o.chosen, `${at}.chosen`);
    strings(r, o.own, `${at}.own`);
    r.string(o.smart, `${at}.smart`);
  });
  step('resources', (o, at) => {
    r.number(o.managers, `${at}.managers`);
    r.number(o.accountsEach, `${at}.accountsEach`);
    r.count(o.capacity, `${at}.capacity`);
    const modes = r.object(o.salesModes, `${at}.salesModes`);
    if (modes) for (const q of QUADRANT.values) r.string(modes[q], `${at}.salesModes.${q}`);
  });
  step('team', (o, at) =>
    r.array(o.members, `${at}.members`).forEach((m, i) => {
      const x = r.object(m, `${at}.members[${i}]`) ?? {};
      r.string(x.name, `${at}.members[${i}].name`);
      r.string(x.role, `${at}.members[${i}].role`);
    }),
  );
  step('market', (o, at) => {
    r.boolean(o.shown, `${at}.shown`);
    r.string(o.note, `${at}.note`);
  });
  step('segmentation', (o, at) => r.stringListOrNull(o.segments, `${at}.segments`));
  step('kaism', (o, at) => {
    r.string(o.split, `${at}.split`);
    r.vocabulary(o.strengthAxis, `${at}.strengthAxis`, STRENGTH_SIDE);
  });
  for (const axis of AXIS.values) {
    step(axis, (o, at) => {
      readSavedFactors(r, o.factors, `${at}.factors`, false);
      r.optional(o, 'settled', at, (x, f) => r.array(x, f).forEach((s, i) => settled(r, s, `${f}[${i}]`)));
    });
  }
  step('selection', (o, at) => {
    r.array(o.overrides, `${at}.overrides`).forEach((x, i) => readOverride(r, x, `${at}.overrides[${i}]`));
    if (o.outputBase !== null) r.string(o.outputBase, `${at}.outputBase`);
    strings(r, o.written, `${at}.written`);
  });
  step('review', (o, at) => {
    r.string(o.nextReview, `${at}.nextReview`);
    if (o.compare !== null) r.string(o.compare, `${at}.compare`);
    strings(r, o.moved, `${at}.moved`);
    if (o.criteriaWrittenTo !== null) r.string(o.criteriaWrittenTo, `${at}.criteriaWrittenTo`);
  });
}

function settled(r: FieldReader, v: Json, at: string): void {
  const o = r.object(v, at) ?? {};
  r.string(o.account, `${at}.account`);
  r.string(o.factor, `${at}.factor`);
  if (o.competitor !== null) r.string(o.competitor, `${at}.competitor`);
  r.number(o.score, `${at}.score`);
  r.string(o.reason, `${at}.reason`);
}
