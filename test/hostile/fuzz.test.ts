/**
 * Fuzzing: arbitrary bytes, CSV-shaped noise and edited real files as customers, criteria,
 * ratings and session files give a result or kam's own input or usage error (exit 0, 1 or 2),
 * never another exception; no output holds NaN, Infinity or an unguarded formula; every reader
 * stops at its bound on an endless stream. 200 runs per property here; `npm run fuzz` sets FUZZ_RUNS.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/app/inputs.js';
import { main } from '../../src/cli/main.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { isFormulaLike } from '../../src/render/escape.js';
import { InputError } from '../../src/core/errors.js';
import { buildReview, movementOf } from '../../src/core/review.js';
import { say } from '../../src/i18n/index.js';
import { movementMessages } from '../../src/render/review/wording.js';
import { FIXTURES, kamInProcess, tempDir } from '../helpers/run-kam.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const CORPUS = join(FIXTURES, 'bad');
const good = (name: string): Buffer => readFileSync(join(CORPUS, name));
const TIMEOUT = Math.max(30_000, RUNS * 100);

/** CSV-shaped noise: delimiters, quotes, line breaks, numbers in many spellings, header names. */
const TOKENS = [
  ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', 'NA', 'N/A', '-', '', '0', '1', '7.5', '7,5', '-3', '1e309', '1e-400', 'NaN',
  'Infinity', '1.200.000,5', '450,000', 'x', 'é', '\u202e', '\u001b[31m', '=cmd', 'id', 'name', 'segment', 'revenue', 'Spend',
  'Quality', 'factor', 'axis', 'weight', 'attractiveness', 'strength', 'bands:1;2', 'minmax', 'account', 'score', 'rater', 'competitor',
];
const csvNoise = fc.array(fc.constantFrom(...TOKENS), { maxLength: 200 }).map((t) => Buffer.from(t.join(''), 'utf8'));

/** A real file with a few bytes replaced, deleted or inserted. */
function edited(base: Buffer) {
  const edit = fc.record({ at: fc.nat({ max: base.length }), remove: fc.nat({ max: 8 }), insert: fc.oneof(fc.uint8Array({ maxLength: 6 }), csvNoise) });
  return fc.array(edit, { minLength: 1, maxLength: 5 }).map((edits) => {
    let b = base;
    for (const e of edits) b = Buffer.concat([b.subarray(0, e.at), Buffer.from(e.insert), b.subarray(Math.min(b.length, e.at + e.remove))]);
    return b;
  });
}

const anyFile = (base: Buffer) => fc.oneof(fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a)), csvNoise, edited(base));

describe('fuzzing the inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    for (const f of ['customers.csv', 'criteria.csv', 'ratings.csv', 'session.json']) writeFileSync(join(dir, f), good(f));
  });

  /** Writes `bytes` as `name`, runs kam, and checks it ended as kam ends: 0, 1 or 2, never an internal error. */
  async function runWith(name: string, bytes: Buffer, args: string[]): Promise<void> {
    const file = `fuzz-${name}`;
    writeFileSync(join(dir, file), bytes);
    const r = await kamInProcess(args.map((a) => (a === name ? file : a)), { cwd: dir });
    expect([0, 1, 2], r.stderr).toContain(r.code);
    expect(r.stderr).not.toContain('internal error');
    if (r.code !== 0) {
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^kam: /);
    }
  }

  const select = ['select', 'customers.csv', '-c', 'criteria.csv', '--ratings', 'ratings.csv', '-f', 'json', '--no-interactive'];

  it('customers.csv', async () => {
    await fc.assert(fc.asyncProperty(anyFile(good('customers.csv')), (b) => runWith('customers.csv', b, select)), { numRuns: RUNS });
  }, TIMEOUT);

  it('criteria.csv', async () => {
    await fc.assert(fc.asyncProperty(anyFile(good('criteria.csv')), (b) => runWith('criteria.csv', b, select)), { numRuns: RUNS });
  }, TIMEOUT);

  it('ratings.csv', async () => {
    await fc.assert(fc.asyncProperty(anyFile(good('ratings.csv')), (b) => runWith('ratings.csv', b, select)), { numRuns: RUNS });
  }, TIMEOUT);

  it('a session file, as bytes', async () => {
    const args = ['select', 'customers.csv', '--session', 'session.json', '-f', 'markdown', '--no-interactive'];
    await fc.assert(fc.asyncProperty(anyFile(good('session.json')), (b) => runWith('session.json', b, args)), { numRuns: RUNS });
  }, TIMEOUT);

  it('a session file with any field replaced by any JSON value', async () => {
    const doc = JSON.parse(good('session.json').toString('utf8')) as unknown;
    const paths: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>): void => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(doc, []);
    const mutation = fc.record({ path: fc.constantFrom(...paths.filter((p) => p.length > 0)), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)) });
    const args = ['select', 'customers.csv', '--session', 'session.json', '-f', 'markdown', '--no-interactive'];
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const copy = structuredClone(doc) as Record<string | number, unknown>;
        for (const { path, value } of mutations) {
          let at: Record<string | number, unknown> | undefined = copy;
          for (const key of path.slice(0, -1)) at = (at?.[key] ?? undefined) as Record<string | number, unknown> | undefined;
          if (typeof at === 'object' && at !== null) at[path[path.length - 1]] = value;
        }
        await runWith('session.json', Buffer.from(JSON.stringify(copy)), args);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('a --compare file (an earlier result or session): read, or refused as an input error', async () => {
    const r = await kamInProcess(['select', 'customers.csv', '-c', 'criteria.csv', '-f', 'json'], { cwd: dir });
    const result = Buffer.from(r.stdout);
    const earlier = fc.oneof(anyFile(result), anyFile(good('session.json')));
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: (async function* () {})(), env: {}, cwd: dir };
    await fc.assert(
      fc.asyncProperty(earlier, async (bytes) => {
        writeFileSync(join(dir, 'fuzz-earlier.json'), bytes);
        let before;
        try {
          before = (await readInputs({ compare: 'fuzz-earlier.json' }, io)).compare!.snapshot;
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          return;
        }
        expect(movementMessages(movementOf(buildReview([before, before], [], { generatedAt: '', kamVersion: '' }))).map((m) => say(m, 'en'))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  /** Every number a JSON document holds, with its path. */
  const numbers = (v: unknown, path = '$', out: Array<[string, number]> = []): Array<[string, number]> => {
    if (typeof v === 'number') out.push([path, v]);
    else if (Array.isArray(v)) v.forEach((x, i) => numbers(x, `${path}[${i}]`, out));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) numbers(x, `${path}.${k}`, out);
    return out;
  };
  const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

  /** Numbers at the edges of a double, and text a spreadsheet would run as a formula. */
  const EDGE_NUMBERS = ['0', '-0', '1e308', '1.7976931348623157e308', '-1.7e308', '5e-324', '1e-320', '123456789012345678901234567890', '0.1', '1e-7', '-3', '9007199254740993'];
  const FORMULAS = ['"=1+1"', '"+1"', '"-x"', '"@SUM(A1)"', '"\t=1"', '" =HYPERLINK(""x"")"', '"=cmd|\' /C calc\'!A0"', '"-"', '"NA"'];
  /** A real file with some of its cells (lines without quotes) replaced by edge numbers or formula text; its header kept. */
  function cellsEdited(base: Buffer, values: string[]) {
    const lines = base.toString('utf8').split('\n');
    const edit = fc.record({ line: fc.integer({ min: 1, max: lines.length - 1 }), field: fc.nat({ max: 15 }), value: fc.constantFrom(...values) });
    return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
      const out = [...lines];
      for (const e of edits) {
        if (out[e.line].includes('"') || out[e.line] === '') continue;
        const fields = out[e.line].split(',');
        fields[e.field % fields.length] = e.value;
        out[e.line] = fields.join(',');
      }
      return Buffer.from(out.join('\n'));
    });
  }

  it('no output (JSON, CSV, Markdown) holds NaN or Infinity, and no CSV cell starts a formula', async () => {
    const input = fc.record({
      customers: fc.oneof({ weight: 3, arbitrary: cellsEdited(good('customers.csv'), [...EDGE_NUMBERS, ...FORMULAS]) }, { weight: 1, arbitrary: anyFile(good('customers.csv')) }),
      criteria: fc.oneof(fc.constant(good('criteria.csv')), cellsEdited(good('criteria.csv'), EDGE_NUMBERS), edited(good('criteria.csv'))),
    });
    let written = 0;
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom('json', 'csv', 'markdown'), async ({ customers, criteria }, format) => {
        writeFileSync(join(dir, 'fuzz-out-customers.csv'), customers);
        writeFileSync(join(dir, 'fuzz-out-criteria.csv'), criteria);
        const r = await kamInProcess(['select', 'fuzz-out-customers.csv', '-c', 'fuzz-out-criteria.csv', '-f', format, '--no-interactive'], { cwd: dir });
        expect([0, 1, 2], r.stderr).toContain(r.code);
        if (r.code !== 0) return;
        written++;
        // The words may come from the data itself (a name "NaN"); kam never makes them.
        const data = `${customers.toString('latin1')}${criteria.toString('latin1')}`;
        for (const word of ['NaN', 'Infinity']) if (!data.includes(word)) expect(r.stdout).not.toContain(word);
        if (format === 'json') {
          for (const [path, n] of numbers(JSON.parse(r.stdout))) expect(Number.isFinite(n), path).toBe(true);
        } else if (format === 'csv') {
          const rows = parseCsv(r.stdout.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
          for (const row of rows) for (const cell of row) if (isFormulaLike(cell)) expect(cell, 'a formula-like cell that is not a number').toMatch(PLAIN_NUMBER);
        }
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: edited real files give results, and those are what is checked.
    expect(written).toBeGreaterThan(0);
    // One run renders a whole result: a loaded machine needs more than the 100 ms a run of the others gets.
  }, 4 * TIMEOUT);

  /**
   * An endless standard input for each reader that takes `-`, with small limits: kam stops with
   * its sentence having pulled at most the limit and one chunk, and ends within the hang guard.
   */
  it('every reader stops within its bound on an endless stream', async () => {
    const LIMIT = 64 * 1024;
    const readers: Array<[string, string[]]> = [
      ['customers', ['select', '-', '-c', 'criteria.csv', '-f', 'json']],
      ['criteria', ['select', 'customers.csv', '-c', '-', '-f', 'json']],
      ['ratings', ['select', 'customers.csv', '-c', 'criteria.csv', '--ratings', '-', '-f', 'json']],
      ['pairs', ['weights', 'criteria.csv', '--axis', 'attractiveness', '--pairs', '-']],
      ['snapshot', ['review', '-', 'session.json', '-f', 'json']],
    ];
    const chunk = fc.oneof(csvNoise, fc.uint8Array({ minLength: 1, maxLength: 3000 }).map((a) => Buffer.from(a)), edited(good('customers.csv')), fc.constant(good('customers.csv')));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...readers), fc.array(chunk, { minLength: 1, maxLength: 4 }), async ([, args], parts) => {
        const pieces = parts.map((p) => (p.length === 0 ? Buffer.from('\n') : p));
        let pulled = 0;
        let largest = 0;
        const stdin = (async function* () {
          for (let i = 0; ; i++) {
            const b = pieces[i % pieces.length];
            pulled += b.length;
            largest = Math.max(largest, b.length);
            yield b;
            if (pulled > 100 * LIMIT) throw new Error('the reader did not stop at its bound');
          }
        })();
        let stderr = '';
        const io = {
          stdout: { write: () => true },
          stderr: { write: (t: string) => (stderr += t) },
          stdin,
          env: { KAM_MAX_FILE_MB: String(LIMIT / 2 ** 20), KAM_MAX_LINE_MB: String(LIMIT / 2 ** 20 / 2), KAM_MAX_ACCOUNTS: '200' },
          cwd: dir,
        };
        // schema-check: endless input is refused (exit 1 or 2) before anything is written.
        const code = await main(args, io);
        expect([1, 2], stderr).toContain(code);
        expect(stderr).toMatch(/^kam: /);
        expect(stderr).not.toContain('internal error');
        expect(pulled).toBeLessThanOrEqual(LIMIT + 2 * largest);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
