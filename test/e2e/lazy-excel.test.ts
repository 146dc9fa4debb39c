/**
 * exceljs stays off the start-up path: a run that reads and writes no workbook never loads it
 * (nor kam's workbook modules); a run with a workbook does (so the check can fail). Timings
 * belong in the benchmark (npm run bench: `kam select examples/customers.csv --no-interactive`).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/run-kam.js';
import { checkRunOutputs } from '../helpers/schemas.js';
import { workbookBytes } from '../helpers/workbooks.js';

const HOOK = join(ROOT, 'test/helpers/record-loads.cjs');
const EX = join(ROOT, 'examples');

function run(args: string[], cwd = ROOT): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--require', HOOK, BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  checkRunOutputs(args, cwd, { code: r.status ?? -1, stdout: r.stdout });
  return { code: r.status, stderr: r.stderr };
}

describe('exceljs is loaded only by runs with a workbook', () => {
  it('CSV in, every CSV-path format out: not loaded', () => {
    for (const args of [
      ['select', join(EX, 'customers.csv'), '--no-interactive'],
      ['select', join(EX, 'customers.csv'), '-f', 'json', '--ratings', join(EX, 'ratings.csv')],
      ['select', join(EX, 'customers.csv'), '-f', 'csv', '--excel', '--locale', 'id'],
      ['explain', 'C001', join(EX, 'customers.csv')],
      ['weights', join(ROOT, 'test/fixtures/ahp/drinks-criteria.csv'), '--axis', 'strength', '--pairs', join(ROOT, 'test/fixtures/ahp/drinks-pairs.csv'), '--dry-run'],
    ]) {
      const r = run(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr, args.join(' ')).not.toContain('exceljs');
    }
  }, 180_000);

  it('--format xlsx, and a customers workbook: loaded', async () => {
    const out = run(['select', join(EX, 'customers.csv'), '-f', 'xlsx', '-o', join(tempDir(), 'out.xlsx')]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain('kam-test: loaded');
    expect(out.stderr).toContain('exceljs');
    const dir = tempDir();
    writeFileSync(join(dir, 'customers.xlsx'), await workbookBytes([{ name: 'S', rows: [['id', 'name', 'Fit', 'Quality'], ['A', 'Alpha', 5, 6], ['B', 'Beta', 7, 3]] }]));
    writeFileSync(join(dir, 'criteria.csv'), 'factor,axis,weight\nFit,attractiveness,1\nQuality,strength,1\n');
    const read = run(['select', 'customers.xlsx', '-f', 'json'], dir);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stderr).toContain('exceljs');
  }, 180_000);
});
