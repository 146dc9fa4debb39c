/**
 * The library API (src/api/index.ts) against the command line: the same files scored through
 * the API give the bytes `kam select` writes, in every format; options are checked as the flags
 * are; text, bytes and paths load alike.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { explain, FORMATS, InputError, method, parseCriteria, parseCustomers, project, readProject, render, score, UsageError } from '../../src/api/index.js';
import { RESULT_FORMAT } from '../../src/render/formats.js';
import { kam, ROOT, tempDir } from '../helpers/run-kam.js';
import { assertKamDocument } from '../helpers/schemas.js';

const EPOCH = '1795428000';
const generatedAt = new Date(Number(EPOCH) * 1000).toISOString();
const customers = 'examples/customers.csv';

describe('kam as a library', () => {
  test('FORMATS are the formats of kam select --format', () => {
    expect(FORMATS).toEqual(RESULT_FORMAT.values);
  });

  test('readProject + score + render give the bytes of kam select, in every format (table as written to a file)', async () => {
    // The files are written beside the examples' folder: a written result records its inputs relative to itself.
    const dir = tempDir();
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    const scored = score(await readProject({ customers, cwd: dir }), { capacity: 8, split: 'median', generatedAt });
    for (const format of FORMATS) {
      const out = join(dir, `result.${format}`);
      const r = kam(['select', customers, '--no-interactive', '--capacity', '8', '--split', 'median', '-f', format, '-o', out], { cwd: dir, env: { SOURCE_DATE_EPOCH: EPOCH } });
      expect(r.code, r.stderr).toBe(0);
      const ours = await render(scored, format);
      const theirs = readFileSync(out);
      if (format === 'xlsx') {
        // A workbook is a zip with timestamps inside: compare its size and that it is one.
        expect(Buffer.from(ours as Uint8Array).subarray(0, 2).toString()).toBe('PK');
      } else {
        expect(Buffer.from(typeof ours === 'string' ? ours : ours), format).toEqual(theirs);
      }
    }
  }, 60_000);

  test('the result, ranked and selected accounts', async () => {
    const scored = score(await readProject({ customers, cwd: ROOT }), { capacity: 8, generatedAt });
    assertKamDocument(scored.result, 'score().result');
    expect(scored.ranked).toBe(scored.result.accounts);
    expect(scored.ranked.map((a) => a.rank)).toEqual(scored.ranked.map((_, i) => i + 1));
    expect(scored.selected.length).toBe(8);
    expect(scored.selected.every((a) => a.selected && (a.quadrant === 'key' || a.quadrant === 'key-development'))).toBe(true);
    const json = kam(['select', customers, '-f', 'json', '--capacity', '8'], { env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(scored.result).toEqual(JSON.parse(json.stdout));
  });

  test('text, bytes and paths load alike; the project records the files with their SHA-256', async () => {
    const csv = readFileSync(join(ROOT, customers));
    const crit = readFileSync(join(ROOT, 'examples/criteria.csv'), 'utf8');
    const fromText = score(project(csv.toString('utf8'), crit, { customersFile: customers, criteriaFile: 'examples/criteria.csv' }), { generatedAt });
    const fromBytes = score(project(csv, Buffer.from(crit), { customersFile: customers, criteriaFile: 'examples/criteria.csv' }), { generatedAt });
    const fromPaths = score(await readProject({ customers, cwd: ROOT }), { generatedAt });
    expect(fromText.result).toEqual(fromPaths.result);
    expect(fromBytes.result).toEqual(fromPaths.result);
    const factors = parseCriteria(crit);
    expect(factors.map((f) => f.factor)).toContain('Category spend EUR');
    expect(factors).toHaveLength(11);
    expect(parseCustomers(csv, factors).n).toBe(30);
  });

  test('ratings, stability and explanations as the flags give them', async () => {
    const p = await readProject({ customers, ratings: 'examples/ratings.csv', cwd: ROOT });
    const scored = score(p, { stability: { runs: 50 }, explain: true, generatedAt });
    const r = kam(['select', customers, '-f', 'json', '--ratings', 'examples/ratings.csv', '--stability', '50', '--explain'], { env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(r.code, r.stderr).toBe(0);
    expect(scored.result).toEqual(JSON.parse(r.stdout));
    expect(explain(scored, 'C001')).toEqual(scored.ranked.find((a) => a.id === 'C001')!.explain);
    expect(explain(scored, 'NO-SUCH')).toBeUndefined();
  });

  test('bad options are usage errors naming the option; bad input an InputError naming file, line and field', async () => {
    expect(() => method({ split: 'middle' })).toThrow(UsageError);
    expect(() => method({ missing: 'skip' as never })).toThrow(/missing: "skip" is not one of error, renormalize or midpoint/);
    expect(() => method({ capacity: 1.5 })).toThrow(UsageError);
    expect(method({ split: '60,45' }).split).toEqual({ rule: 'fixed', attractiveness: 60, strength: 45 });
    const crit = readFileSync(join(ROOT, 'examples/criteria.csv'), 'utf8');
    const broken = 'id,name,revenue\nC1,One,lots\n';
    expect(() => project(broken, crit, { customersFile: 'mine.csv' })).toThrow(InputError);
    await expect(readProject({ customers: 'nope.csv', cwd: ROOT })).rejects.toThrow(InputError);
    const scored = score(project(readFileSync(join(ROOT, customers)), crit), { generatedAt });
    await expect(render(scored, 'pdf' as never)).rejects.toThrow(/format: "pdf" is not one of/);
  });
});
