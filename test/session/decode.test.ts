/** The kam/session@1 file: decoding, refusals, the method round trip, atomic writes. */
import fc from 'fast-check';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError, UsageError } from '../../src/core/errors.js';
import type { Method } from '../../src/core/engine.js';
import { readInputs } from '../../src/app/inputs.js';
import { sessionPath, writeSession } from '../../src/app/sessions.js';
import { FieldReader } from '../../src/load/json-fields.js';
import { readSavedMethod } from '../../src/load/saved.js';
import { decodeSession } from '../../src/session/decode.js';
import { assertReplayable } from '../../src/session/replay.js';
import { firstOpenStep, methodToSession, SESSION_SCHEMA, type Session } from '../../src/session/schema.js';
import { tempDir } from '../helpers/run-kam.js';

const parseSession = (text: string, file: string): Session => decodeSession(text, file).session;
const quiet = { write: () => true };
/** The session file through readInputs, as every command reads it. */
async function readSession(path: string): Promise<Session | null> {
  const io = { stdout: quiet, stderr: quiet, stdin: (async function* () {})(), env: {}, cwd: '/' };
  return (await readInputs({ session: { path, shown: path, required: false } }, io)).session?.session ?? null;
}

function minimal(over: Partial<Session> = {}): Session {
  return {
    schema: SESSION_SCHEMA,
    kamVersion: '0.1.0',
    createdAt: '2026-11-18T11:06:40.000Z',
    updatedAt: '2026-11-18T11:06:40.000Z',
    inputs: { customers: { path: 'customers.csv', sha256: 'ab' }, criteria: null },
    completedSteps: [],
    answers: {},
    criteria: null,
    method: null,
    result: null,
    ...over,
  };
}

const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as InputError).lines().join(' ');
  }
  return '';
};

describe('parseSession', () => {
  test('reads back what writeSession wrote', async () => {
    const dir = tempDir();
    const file = join(dir, 's.json');
    const s = minimal({ completedSteps: [1, 2] });
    writeSession(file, s);
    expect(await readSession(file)).toEqual(s);
    expect(readdirSync(dir)).toEqual(['s.json']); // no temporary file left behind
    expect(await readSession(join(dir, 'absent.json'))).toBeNull();
  });

  test('refuses a future schema, another document, bad JSON and missing keys, naming the file', () => {
    expect(message(() => parseSession(JSON.stringify({ schema: 'kam/session@2' }), 's.json'))).toBe(
      's.json, field "schema": the session uses kam/session@2, which this kam (reads kam/session@1) does not know; upgrade kam to read it.',
    );
    expect(message(() => parseSession(JSON.stringify({ schema: 'kam/result@1' }), 's.json'))).toMatch(/this is not a kam session \(schema "kam\/result@1"/);
    expect(message(() => parseSession('[1,2]', 's.json'))).toMatch(/expected a JSON object/);
    expect(message(() => parseSession('{"schema":"kam/se', 's.json'))).toMatch(/^s\.json: the session file is not valid JSON .*truncated or corrupt\.$/);
    const { answers: _a, completedSteps: _c, ...rest } = minimal();
    expect(message(() => parseSession(JSON.stringify({ ...rest, completedSteps: [0, 11] }), 's.json'))).toBe(
      [
        's.json, field "completedSteps[0]": the session file is incomplete or corrupt: 0 is not a step (1 to 10).',
        's.json, field "completedSteps[1]": the session file is incomplete or corrupt: 11 is not a step (1 to 10).',
        's.json, field "answers": the session file is incomplete or corrupt: must be an object.',
      ].join(' '),
    );
  });

  test('any truncation of a valid session is refused as an input error, never accepted half', () => {
    const text = JSON.stringify(minimal({ completedSteps: [1, 2, 3] }), null, 2);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (cut) => {
        expect(() => parseSession(text.slice(0, cut), 's.json')).toThrow(InputError);
      }),
    );
  });

  test('firstOpenStep is the lowest step not completed', () => {
    expect(firstOpenStep({ completedSteps: [] })).toBe(1);
    expect(firstOpenStep({ completedSteps: [1, 2, 4] })).toBe(3);
    expect(firstOpenStep({ completedSteps: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })).toBeNull();
  });

  test('the default session file sits beside the customers file', () => {
    expect(sessionPath('data/q4/customers.csv', undefined, '/w')).toBe('/w/data/q4/kam-session.json');
    expect(sessionPath('customers.csv', 'runs/s.json', '/w')).toBe('/w/runs/s.json');
  });
});

describe('the method in the session', () => {
  const arbMethod: fc.Arbitrary<Method> = fc.record({
    missing: fc.constantFrom('error' as const, 'renormalize' as const, 'midpoint' as const),
    split: fc.oneof(
      fc.constantFrom({ rule: 'midpoint' as const }, { rule: 'median' as const }, { rule: 'mean' as const }),
      fc.record({ rule: fc.constant('fixed' as const), attractiveness: fc.integer({ min: 0, max: 100 }), strength: fc.integer({ min: 0, max: 100 }) }),
    ),
    sort: fc.constantFrom('quadrant' as const, 'attractiveness' as const, 'strength' as const),
    capacity: fc.option(fc.nat(50), { nil: null }),
    strength: fc.constantFrom('absolute' as const, 'relative' as const),
    segments: fc.option(fc.array(fc.string({ minLength: 1 }), { minLength: 1 }), { nil: null }),
    overrides: fc.array(fc.record({ id: fc.string(), action: fc.constantFrom('add' as const, 'remove' as const), reason: fc.string() })),
  });

  test('survives the round trip through the session (and through JSON)', () => {
    fc.assert(
      fc.property(arbMethod, (m) => {
        const stored = JSON.parse(JSON.stringify(methodToSession(m, m.strength!))) as ReturnType<typeof methodToSession>;
        const r = new FieldReader('s.json');
        expect(readSavedMethod(r, stored, 'method')).toEqual(m);
        r.done();
        // Numbers for the split only when it is fixed (the session contract).
        expect('attractiveness' in stored.split).toBe(m.split.rule === 'fixed');
      }),
    );
  });
});

describe('assertReplayable', () => {
  test('lists every missing part at once as a usage error', () => {
    let err: unknown;
    try {
      assertReplayable(minimal({ completedSteps: [1, 2, 5, 7] }), 's.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).lines()).toEqual([
      'The session s.json cannot be replayed without questions; it lacks these answers:',
      '  - the criteria (step 8: the factors and their weights)',
      '  - the method (steps 6, 9: capacity, segments, boundaries, overrides)',
      'Run the workshop on a terminal (kam select … --resume) to answer them.',
    ]);
  });

  test('a hand-edited session whose axis has no weight is not replayable either', () => {
    const factor = { factor: 'F', axis: 'attractiveness' as const, weight: 0, weightPct: 0, min: 1, max: 10, direction: 'higher' as const, normalize: 'none', kind: 'pure' as const, description: '' };
    const method = methodToSession({ missing: 'error', split: { rule: 'midpoint' }, sort: 'quadrant', capacity: null, segments: null, overrides: [] }, 'absolute');
    expect(() => assertReplayable(minimal({ criteria: [factor], method }), 's.json')).toThrow(/lacks these answers/);
  });
});

test('a session written by hand to disk with a bad shape is refused on read, naming the field', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...minimal(), method: 'midpoint' }));
  await expect(readSession(join(dir, 'bad.json'))).rejects.toThrow(/field "method": the session file is incomplete or corrupt: must be an object/);
});

test('a settled score without its number or reason makes the answers corrupt', () => {
  const factors: never[] = [];
  const settled = [{ account: 'C007', factor: 'Access', competitor: null, score: '4', reason: 'x', raters: [] }];
  const text = JSON.stringify({ ...minimal(), answers: { attractiveness: { factors, settled } } });
  expect(() => parseSession(text, 's.json')).toThrow(/field "answers\.attractiveness\.settled\[0\]\.score": the session file is incomplete or corrupt: must be a number/);
  const good = JSON.stringify({ ...minimal(), answers: { attractiveness: { factors, settled: [{ ...settled[0], score: 4 }] } } });
  expect(parseSession(good, 's.json').answers.attractiveness?.settled?.[0].score).toBe(4);
});
