/**
 * exceljs stays off the start-up path (issue 15): a run that reads and writes no workbook never
 * loads it; a run with a workbook does (so the check can fail). Timings belong in the benchmark.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, tempDir } from '../helpers/run-kam.js';

const HOOK = join(FIXTURES, 'hooks/report-exceljs.cjs');
const EX = join(ROOT, 'examples');

function run(args: string[], cwd = ROOT): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--require', HOOK, BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stderr: r.stderr };
}

describe('exceljs is loaded only by runs with a workbook', () => {
  it('CSV in, every CSV-path format out: not loaded', () => {
    for (const args of [
      ['select', join(EX, 'customers.csv'), '--no-interactive'],
      ['select', join(EX, 'customers.csv'), '-f', 'json', '--ratings', join(EX, 'ratings.csv')],
      ['select', join(EX, 'customers.csv'), '-f', 'csv', '--excel', '--locale', 'id'],
      ['explain', 'C001', join(EX, 'customers.csv')],
    ]) {
      const r = run(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr, args.join(' ')).toContain('exceljs loaded: false');
    }
  });

  it('--format xlsx: loaded', () => {
    const r = run(['select', join(EX, 'customers.csv'), '-f', 'xlsx', '-o', join(tempDir(), 'out.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('exceljs loaded: true');
  });
});
