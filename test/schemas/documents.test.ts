/**
 * The JSON Schemas of schemas/ against the documents kam writes: the schema files themselves,
 * every JSON document of the golden outputs and fixtures, every JSON-producing command and
 * option combination, and edited documents that a schema must refuse (a changed shape without
 * a schema change fails here). The other tests validate their own JSON through the helpers
 * (test/helpers/schemas.ts); this file makes sure every document kind and every optional part
 * is met at least once.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, kam, ROOT, tempDir } from '../helpers/run-kam.js';
import { assertKamDocument, checkKamText, checkRunOutputs, closedSchema, describeErrors, schemaFiles, schemaValidator, watchKamFiles } from '../helpers/schemas.js';
import { CANCEL, exampleDir, readSessionFile, workshop } from '../workshop/helpers.js';

const EXPECTED = join(ROOT, 'test/golden/expected');
const ENV = { SOURCE_DATE_EPOCH: '1795428000' };

/** The documents kam names in its sources (`kam/result@1`, …): each needs a schema. */
function documentsInSources(dir = join(ROOT, 'src')): Set<string> {
  const found = new Set<string>();
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) for (const d of documentsInSources(path)) found.add(d);
    else if (e.name.endsWith('.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/kam\/[a-z]+@\d+/g)) found.add(m[0]);
  }
  return found;
}

/** The standard output recorded in a golden .out file. */
const goldenStdout = (text: string): string => text.slice(text.indexOf('--- stdout\n') + '--- stdout\n'.length);

function golden(name: string): Record<string, unknown> {
  const text = readFileSync(join(EXPECTED, name), 'utf8');
  return JSON.parse(name.endsWith('.out') ? goldenStdout(text) : text) as Record<string, unknown>;
}

describe('the schema files', () => {
  const files = schemaFiles();

  test('one schema per versioned document kam names in its sources, and none for a document kam does not know', () => {
    expect(files.map((f) => f.document).sort()).toEqual([...documentsInSources()].sort());
    expect(files.map((f) => f.document).sort()).toEqual(['kam/explain@1', 'kam/result@1', 'kam/review@1', 'kam/session@1', 'kam/weights@1']);
  });

  test.each(files.map((f) => [f.file, f] as const))('%s: draft 2020-12, its $id, title and file name follow the document name', (file, f) => {
    const [, kind, version] = /^kam\/([a-z]+)@(\d+)$/.exec(f.document)!;
    expect(file).toBe(`${kind}-${version}.json`);
    expect(f.schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(f.schema.$id).toBe(`https://kam.dev/schemas/${file}`);
    expect(f.schema.title).toBe(f.document);
    expect(typeof f.schema.description).toBe('string');
  });

  test('they compile in ajv strict mode (no unknown keyword, no ignored keyword, no undefined required property), as published and closed', () => {
    for (const closed of [false, true]) {
      const ajv = schemaValidator({ closed });
      for (const f of files) expect(ajv.getSchema(f.schema.$id as string), `${f.file} (closed: ${closed})`).toBeTypeOf('function');
    }
  });

  test('the closed copy refuses unlisted properties only where the published schema leaves them open', () => {
    const closed = closedSchema({ type: 'object', properties: { a: { type: 'object', properties: {} } }, $defs: { m: { type: 'object', properties: {}, additionalProperties: { type: 'number' } } } });
    expect(closed).toEqual({
      type: 'object',
      properties: { a: { type: 'object', properties: {}, unevaluatedProperties: false } },
      $defs: { m: { type: 'object', properties: {}, additionalProperties: { type: 'number' } } },
      unevaluatedProperties: false,
    });
  });

  test('the package ships them (package.json files)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schemas');
  });
});

describe('the checks the test helpers run on every kam run', () => {
  const valid = readFileSync(join(EXPECTED, 'select-json-file.out.json'), 'utf8');
  const broken = valid.replace('"quadrant":"key"', '"quadrant":"star"');

  test('a kam document is validated; other text is left alone', () => {
    expect(checkKamText(valid, 'valid')).toBe('kam/result@1');
    expect(() => checkKamText(broken, 'broken')).toThrow(/broken: the kam\/result@1 document does not match schemas\/:\n {2}\/accounts\/0\/quadrant must be equal to one of the allowed values/);
    expect(() => checkKamText('{"schema": "kam/verdict@1"}', 'new kind')).toThrow('new kind: kam wrote a kam/verdict@1 document, and schemas/ has no schema for it');
    expect(() => checkKamText('{"schema": "kam/result@1", ', 'cut')).toThrow(/cut: kam wrote text that starts like JSON but is not valid JSON/);
    expect(checkKamText('rank,id,name\n1,C001,Nordhavn\n', 'csv')).toBeNull();
    expect(checkKamText('{"name": "not kam"}', 'other JSON')).toBeNull();
  });

  test('the files a run names with -o and --save-result, when it succeeded', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'out.json'), broken);
    expect(() => checkRunOutputs(['select', 'c.csv', '-f', 'json', '-o', 'out.json'], dir, { code: 0, stdout: '' })).toThrow(/out\.json: the kam\/result@1 document does not match/);
    expect(() => checkRunOutputs(['review', 'q.json', '--save-result', 'out.json'], dir, { code: 3, stdout: '' })).toThrow(/does not match/);
    expect(() => checkRunOutputs(['select', 'c.csv', '-o', 'out.json'], dir, { code: 1, stdout: '' })).not.toThrow();
    expect(() => checkRunOutputs(['select', 'c.csv'], dir, { code: 1, stdout: broken })).toThrow(/standard output: the kam\/result@1 document does not match/);
  });

  test('the JSON files a workshop creates or changes', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.json'), broken);
    const written = watchKamFiles(dir);
    writeFileSync(join(dir, 'kept.json'), valid);
    expect(() => written('a run')).not.toThrow();
    writeFileSync(join(dir, 'kam-session.json'), '{"schema": "kam/session@1"}');
    expect(() => written('a run')).toThrow(/a run: .*kam-session\.json: the kam\/session@1 document does not match/);
  });
});

describe('every JSON document of the golden outputs and fixtures matches its schema', () => {
  test('test/golden/expected: the .json files and the JSON standard output of the .out files', () => {
    const seen = new Map<string, number>();
    for (const name of readdirSync(EXPECTED).sort()) {
      if (!name.endsWith('.json') && !name.endsWith('.out')) continue;
      const text = readFileSync(join(EXPECTED, name), 'utf8');
      const schema = checkKamText(name.endsWith('.out') ? goldenStdout(text) : text, `test/golden/expected/${name}`);
      if (name.endsWith('.json')) expect(schema, `${name} is a kam document`).not.toBeNull();
      if (schema) seen.set(schema, (seen.get(schema) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual(['kam/explain@1', 'kam/result@1', 'kam/review@1', 'kam/session@1', 'kam/weights@1']);
    expect(seen.get('kam/result@1')).toBeGreaterThanOrEqual(15);
  });

  // test/fixtures/review/session-q1.json is left out: it was written by hand for the review tests
  // (its answers are not the workshop's), and kam review reads only its criteria and method.
  test('the sessions and results kam saved for the suite (fixtures, examples/ci)', () => {
    const files = [
      ...readdirSync(join(FIXTURES, 'sessions')).map((f) => join(FIXTURES, 'sessions', f)),
      join(FIXTURES, 'bad/session.json'),
      join(ROOT, 'examples/ci/result-2026-q3.json'),
    ];
    const kinds = files.map((f) => checkKamText(readFileSync(f, 'utf8'), f));
    expect(kinds).toEqual([...Array(files.length - 1).fill('kam/session@1'), 'kam/result@1']);
  });
});

describe('every JSON-producing command and option combination', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    cpSync(join(ROOT, 'examples'), join(dir, 'ex'), { recursive: true });
    for (const sub of ['messy', 'bad', 'review', 'ahp', 'sessions']) cpSync(join(FIXTURES, sub), join(dir, sub), { recursive: true });
    // No segment or revenue column: segment, revenue, pareto and top20RevenueSharePct are null.
    writeFileSync(join(dir, 'plain-customers.csv'), 'id,name,Spend,Fit,Quality,Delivery\nX1,Alpha,5,6,7,8\nX2,Beta,3,9,4,5\nX3,Gamma,8,2,6,3\n');
    writeFileSync(join(dir, 'plain-criteria.csv'), 'factor,axis,weight\nSpend,attractiveness,60\nFit,attractiveness,40\nQuality,strength,50\nDelivery,strength,50\n');
    writeFileSync(join(dir, 'plain-pairs.csv'), 'Quality,Delivery,3\n');
    for (const n of [1, 2, 3]) expect(kam(['select', `review/q${n}.csv`, '--capacity', '4', '--format', 'json', '-o', `q${n}.json`], { cwd: dir, env: ENV }).code).toBe(0);
  });

  const ex = 'ex/customers.csv';
  const plain = ['plain-customers.csv', '--criteria', 'plain-criteria.csv'];
  const cases: Array<{ name: string; args: string[]; schema: string; code?: number; file?: string; cwd?: string; check?: (doc: any) => void }> = [
    {
      name: 'select with ratings, stability and explanations at once',
      args: ['select', ex, '--format', 'json', '--ratings', 'ex/ratings.csv', '--stability', '40', '--seed', '3', '--score-noise', '0.5', '--explain'],
      schema: 'kam/result@1',
      check: (d) => {
        expect(d.method.stability).toMatchObject({ runs: 40, seed: 3, scoreNoise: 0.5 });
        expect(d.accounts.every((a: any) => a.stability && a.explain)).toBe(true);
        expect(d.accounts.some((a: any) => a.competitors?.length > 0)).toBe(true);
        expect(d.disagreements.length).toBeGreaterThan(0);
      },
    },
    {
      name: 'select with absolute strength, mean aggregation, mean split, a capacity and a segment',
      args: ['select', ex, '--format', 'json', '--ratings', 'ex/ratings.csv', '--strength', 'absolute', '--aggregate', 'mean', '--split', 'mean', '--sort', 'attractiveness', '--capacity', '3', '--segment', 'Food & beverage'],
      schema: 'kam/result@1',
      check: (d) => expect(d.method).toMatchObject({ strength: 'absolute', aggregate: 'mean', capacity: 3, segments: ['Food & beverage'] }),
    },
    {
      name: 'select with missing values at the midpoint, explained, with stability at perturb 0',
      args: ['select', 'bad/missing-value.csv', '--criteria', 'bad/criteria.csv', '--format', 'json', '--missing', 'midpoint', '--explain', '--stability', '30', '--perturb', '0'],
      schema: 'kam/result@1',
      check: (d) => expect(d.accounts.some((a: any) => [a.explain.attractiveness, a.explain.strength].some((x: any) => x.factors.some((f: any) => f.missing && f.raw === null && f.u === 0.5)))).toBe(true),
    },
    {
      name: 'select with missing values renormalised, explained, to a file',
      args: ['select', 'bad/missing-value.csv', '--criteria', 'bad/criteria.csv', '--format', 'json', '--missing', 'renormalize', '--explain', '-o', 'renormalized.json'],
      schema: 'kam/result@1',
      file: 'renormalized.json',
      check: (d) => expect(d.accounts.some((a: any) => a.coverage.attractiveness < 1 || a.coverage.strength < 1)).toBe(true),
    },
    {
      name: 'select without segment or revenue columns (nulls), fixed split, explained',
      args: ['select', ...plain, '--format', 'json', '--split', '55,40', '--explain'],
      schema: 'kam/result@1',
      check: (d) => {
        expect(d.accounts[0]).toMatchObject({ segment: null, revenue: null, pareto: null });
        expect(d.summary.top20RevenueSharePct).toBeNull();
        expect(d.method.split).toEqual({ rule: 'fixed', attractiveness: 55, strength: 40 });
      },
    },
    {
      name: 'a session replayed with stability and explanations',
      cwd: 'ex',
      args: ['select', 'customers.csv', '--session', '../sessions/example-ratings.json', '--no-interactive', '--format', 'json', '--explain', '--stability', '20'],
      schema: 'kam/result@1',
    },
    { name: 'explain with relative strength against competitors', args: ['explain', 'C002', ex, '--format', 'json', '--ratings', 'ex/ratings.csv'], schema: 'kam/explain@1' },
    { name: 'explain on the messy file with a fixed split', args: ['explain', '00603', 'messy/customers.csv', '--format', 'json', '--split', '55,40'], schema: 'kam/explain@1' },
    { name: 'explain without segment or revenue, to a file', args: ['explain', 'X2', ...plain, '--format', 'json', '-o', 'explain.json'], schema: 'kam/explain@1', file: 'explain.json' },
    {
      name: 'weights written (written names the file)',
      args: ['weights', 'ahp/leader-criteria.csv', '--axis', 'attractiveness', '--pairs', 'ahp/leader-pairs.csv', '--format', 'json', '-o', 'leader-weighted.csv'],
      schema: 'kam/weights@1',
      check: (d) => expect(d.written).toBe('leader-weighted.csv'),
    },
    {
      name: 'weights of two factors (worst is null)',
      args: ['weights', 'plain-criteria.csv', '--axis', 'strength', '--pairs', 'plain-pairs.csv', '--format', 'json', '--dry-run'],
      schema: 'kam/weights@1',
      check: (d) => expect(d).toMatchObject({ worst: null, written: null }),
    },
    {
      name: 'review with failed gates (exit 3)',
      args: ['review', 'q1.json', 'q2.json', '--format', 'json', '--fail-on', 'demotion,drop:10,over-capacity'],
      schema: 'kam/review@1',
      code: 3,
      check: (d) => expect(d.gates.violations.length).toBeGreaterThan(0),
    },
    { name: 'review of two sessions', args: ['review', 'sessions/example-defaults.json', 'sessions/example-ahp.json', '--format', 'json'], schema: 'kam/review@1' },
    {
      name: 'review of new data with a session\'s decisions, saving the result',
      args: ['review', 'q1.json', '--customers', 'review/q2.csv', '--session', 'review/session-q1.json', '--format', 'json', '--save-result', 'saved.json'],
      schema: 'kam/review@1',
    },
    {
      name: 'the result saved by that review',
      args: ['review', 'q1.json', '--customers', 'review/q2.csv', '--format', 'json', '-o', 'review.json', '--save-result', 'saved-2.json'],
      schema: 'kam/result@1',
      file: 'saved-2.json',
      check: (d) => expect(Object.keys(d.inputs)).toEqual(['customers', 'decisions']),
    },
  ];

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const cwd = join(dir, c.cwd ?? '.');
    const r = kam(c.args, { cwd, env: ENV });
    expect(r.code, r.stderr).toBe(c.code ?? 0);
    const text = c.file ? readFileSync(join(cwd, c.file), 'utf8') : r.stdout;
    expect(checkKamText(text, c.name)).toBe(c.schema);
    c.check?.(JSON.parse(text));
  });

  test('the workshop: the session and the results file it writes', async () => {
    const at = exampleDir();
    const run = await workshop(at, {});
    expect(run.code, run.stderr).toBe(0);
    expect(assertKamDocument(readSessionFile(at), 'kam-session.json')).toBe('kam/session@1');
    expect(checkKamText(readFileSync(join(at, 'kam-selection.json'), 'utf8'), 'kam-selection.json')).toBe('kam/result@1');
  });

  test('a session cancelled in step 5: answers so far, criteria, method and result null', async () => {
    const at = exampleDir();
    const run = await workshop(at, { 'segmentation.segments': CANCEL });
    expect(run.code).toBe(130);
    const session = readSessionFile(at);
    expect(session).toMatchObject({ criteria: null, method: null, result: null });
    expect(assertKamDocument(session, 'kam-session.json')).toBe('kam/session@1');
  });
});

/** A copy of `doc` with the value at `path` (dot-separated, array indexes as numbers) changed; `undefined` removes it. */
function edited(doc: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const keys = path.split('.');
  let at: any = copy;
  for (const k of keys.slice(0, -1)) {
    at = at[k];
    if (at === undefined) throw new Error(`the document has nothing at ${path}`);
  }
  const last = keys[keys.length - 1];
  if (!(last in at)) throw new Error(`the document has nothing at ${path}`);
  if (value === undefined) delete at[last];
  else at[last] = typeof value === 'function' ? value(at[last]) : value;
  return copy;
}

/** A copy of `doc` with a field it does not have yet at `path`. */
function withField(doc: unknown, path: string, value: unknown): unknown {
  const keys = path.split('.');
  const parent = keys.slice(0, -1).join('.');
  const name = keys[keys.length - 1];
  const add = (o: Record<string, unknown>) => {
    if (name in o) throw new Error(`the document already has ${path}`);
    return { ...o, [name]: value };
  };
  return parent === '' ? add(doc as Record<string, unknown>) : edited(doc, parent, add);
}

/** Renames the key at `path` (keeping its value). */
function renamed(doc: unknown, path: string, to: string): unknown {
  const v = path.split('.').reduce((o: any, k) => o[k], doc);
  const parent = path.split('.').slice(0, -1).join('.');
  return edited(withField(doc, parent === '' ? to : `${parent}.${to}`, v), path, undefined);
}

describe('a changed shape without a schema change fails', () => {
  const published = schemaValidator({ closed: false });
  const closed = schemaValidator({ closed: true });
  let lastErrors = '';
  /** Whether `doc` is valid by the schema of `kind` (result, session, …); the errors are kept in lastErrors. */
  const validate = (ajv: typeof published, kind: string, doc: unknown): boolean => {
    const v = ajv.getSchema(`https://kam.dev/schemas/${kind}-1.json`)!;
    const ok = v(doc) === true;
    lastErrors = describeErrors(v.errors);
    return ok;
  };
  /** The document kind a case's name starts with ("result: …"). */
  const kindOf = (name: string): string => name.slice(0, name.indexOf(':'));

  const result = golden('explain-json-ratings.out'); // explanations, competitors, disagreements
  const stability = golden('stability-json.out');
  const explain = golden('explain-one-json.out');
  const review = golden('review-customers.out'); // new, vanished and a release
  const weights = golden('weights-json.out');
  const ahpSession = golden('workshop-ahp-team.kam-session.json'); // team, AHP, a median split
  const fixedSession = golden('workshop-choices.kam-session.json'); // a fixed split

  test('the documents edited below are valid as they are', () => {
    const docs: Array<[string, unknown]> = [['result', result], ['result', stability], ['explain', explain], ['review', review], ['weights', weights], ['session', ahpSession], ['session', fixedSession]];
    for (const [kind, d] of docs) {
      expect(validate(published, kind, d), lastErrors).toBe(true);
      expect(validate(closed, kind, d), lastErrors).toBe(true);
    }
  });

  const refused: Array<[string, unknown]> = [
    // kam/result@1
    ['result: a required field removed (summary.qualifying)', edited(result, 'summary.qualifying', undefined)],
    ['result: a field renamed (accounts[0].quadrant → quadrantId)', renamed(result, 'accounts.0.quadrant', 'quadrantId')],
    ['result: a top-level field renamed (disagreements → disputes)', renamed(result, 'disagreements', 'disputes')],
    ['result: an unknown quadrant id', edited(result, 'accounts.0.quadrant', 'key development')],
    ['result: an unknown split rule', edited(result, 'method.split.rule', 'quartile')],
    ['result: an unknown missing policy', edited(result, 'method.missing', 'ignore')],
    ['result: an unknown sort', edited(result, 'method.sort', 'revenue')],
    ['result: an unknown aggregate', edited(result, 'method.aggregate', 'mode')],
    ['result: null for a score', edited(result, 'accounts.0.attractiveness', null)],
    ['result: a score as text', edited(result, 'accounts.0.strength', '53.7')],
    ['result: a score above 100', edited(result, 'accounts.0.attractiveness', 100.5)],
    ['result: rank 0', edited(result, 'accounts.0.rank', 0)],
    ['result: a fifth quadrant count', withField(result, 'summary.quadrants.star', 0)],
    ['result: a newer schema version', edited(result, 'schema', 'kam/result@2')],
    ['result: a sha256 that is not one', edited(result, 'inputs.customers.sha256', 'abc')],
    ['result: a date without a time', edited(result, 'generatedAt', '2026-11-23')],
    ['result: an unknown normalisation', edited(result, 'factors.0.normalize', 'zscore')],
    ['result: no strength factor', edited(result, 'factors', (fs: any[]) => fs.filter((f) => f.axis !== 'strength'))],
    ['result: a competitor gap beyond 100 points', edited(result, 'accounts.0.competitors.0.gap', 150)],
    ['result: a disagreement of one rater', edited(result, 'disagreements.0.raters', (r: unknown[]) => r.slice(0, 1))],
    ['result: an unknown crossing operator', edited(result, 'accounts.0.explain.strength.factors.0.cross', { op: '=>', value: 1, u: 0, du: 0 })],
    ['result: an explanation without its change', edited(result, 'accounts.0.explain.change', undefined)],
    ['result: stability moving to an unknown quadrant', edited(stability, 'accounts.0.stability.movesTo', 'nowhere')],
    ['result: stability runs not a whole number', edited(stability, 'method.stability.runs', 2.5)],
    // kam/explain@1
    ['explain: the account without its explanation', edited(explain, 'account.explain', undefined)],
    ['explain: method removed', edited(explain, 'method', undefined)],
    ['explain: an axis margin as text', edited(explain, 'account.explain.attractiveness.margin', '-3')],
    // kam/review@1
    ['review: an unknown account status', edited(review, 'accounts.0.status', 'stayed')],
    ['review: a continuing account without its change', edited(review, 'accounts.0.change', null)],
    ['review: a new account with a previous position', edited(review, 'accounts.6.previous', (review as any).accounts[0].current)],
    ['review: an unknown release reason', edited(review, 'release.0.reason', 'capacity cut')],
    ['review: an unknown snapshot kind', edited(review, 'snapshots.0.kind', 'csv')],
    ['review: an unknown gate', edited(review, 'gates.checked', ['drop:x'])],
    ['review: a sideways quadrant change', edited(review, 'movements.quadrantChanges', [{ id: 'A03', from: 'key', to: 'maintenance', direction: 'sideways' }])],
    ['review: the history of one snapshot', edited(review, 'accounts.0.history', (h: unknown[]) => h.slice(0, 1))],
    // kam/weights@1
    ['weights: a judgment off Saaty\'s scale', edited(weights, 'comparisons.0.value', 10)],
    ['weights: an unknown axis', edited(weights, 'axis', 'attractivness')],
    ['weights: written removed', edited(weights, 'written', undefined)],
    ['weights: a priority above 1', edited(weights, 'factors.0.priority', 1.2)],
    // kam/session@1
    ['session: an unknown chart side', edited(ahpSession, 'answers.kaism.strengthAxis', 'top')],
    ['session: boundaries with a rule other than fixed', edited(ahpSession, 'method.split', { rule: 'median', attractiveness: 50, strength: 50 })],
    ['session: the rule fixed without boundaries', edited(fixedSession, 'method.split', { rule: 'fixed' })],
    ['session: a step beyond ten', edited(ahpSession, 'completedSteps', [1, 2, 11])],
    ['session: a step listed twice', edited(ahpSession, 'completedSteps', [1, 1])],
    ['session: an unknown team role', edited(ahpSession, 'answers.team.members.0.role', 'captain')],
    ['session: a strength factor among the attractiveness answers', edited(ahpSession, 'answers.attractiveness.factors.0.axis', 'strength')],
    ['session: an unknown sales mode', edited(ahpSession, 'answers.resources.salesModes.key', 'gardener')],
    ['session: a next review that is not a date', edited(ahpSession, 'answers.review.nextReview', 'next quarter')],
    ['session: AHP without its consistency ratio', edited(ahpSession, 'answers.attractiveness.ahp.cr', undefined)],
    ['session: a bad account in the result snapshot', edited(ahpSession, 'result.accounts.0.quadrant', 'star')],
    ['session: updatedAt removed', edited(ahpSession, 'updatedAt', undefined)],
  ];

  test.each(refused)('%s is refused', (name, doc) => {
    expect(validate(closed, kindOf(name), doc)).toBe(false);
    expect(validate(published, kindOf(name), doc)).toBe(false);
  });

  const accepted: Array<[string, unknown]> = [
    ['result: no revenue share (null)', edited(result, 'summary.top20RevenueSharePct', null)],
    ['result: an account without revenue, segment or Pareto class', edited(edited(edited(result, 'accounts.0.revenue', null), 'accounts.0.segment', null), 'accounts.0.pareto', null)],
    ['result: an account without competitors, stability or explanation', edited(edited(result, 'accounts.0.competitors', undefined), 'accounts.0.explain', undefined)],
    ['weights: no worst comparison (two factors)', edited(weights, 'worst', null)],
    ['session: before steps 7–9 (criteria, method and result null)', edited(edited(edited(ahpSession, 'criteria', null), 'method', null), 'result', null)],
  ];

  test.each(accepted)('%s is accepted', (name, doc) => {
    expect(validate(published, kindOf(name), doc), lastErrors).toBe(true);
    expect(validate(closed, kindOf(name), doc), lastErrors).toBe(true);
  });

  const added: Array<[string, unknown]> = [
    ['result: a new field per account', withField(result, 'accounts.0.note', 'from a later kam')],
    ['result: a new top-level field', withField(result, 'notes', [])],
    ['result: a new method field', withField(result, 'method.weighting', 'linear')],
    ['session: a new answer key', withField(ahpSession, 'answers.agenda', { items: [] })],
    ['review: a new field per account', withField(review, 'accounts.0.trend', 'up')],
    ['weights: a new field', withField(weights, 'matrix', [])],
    ['explain: a new field in an explanation', withField(explain, 'account.explain.strength.note', '…')],
  ];

  test.each(added)('%s: accepted by the published schema (fields may be added), refused by the suite\'s closed copy', (name, doc) => {
    expect(validate(published, kindOf(name), doc), lastErrors).toBe(true);
    expect(validate(closed, kindOf(name), doc)).toBe(false);
    expect(lastErrors).toContain('must NOT have unevaluated properties');
  });
});
