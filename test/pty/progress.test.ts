/**
 * Progress on a real terminal for a 100,000-account file (reading, scoring, writing), and not a
 * byte of it when standard error is a pipe. Runs the built binary.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { kam } from '../helpers/run-kam.js';
import { PtyKam } from './pty-session.js';

let dir = '';
let running: PtyKam | null = null;
afterEach(() => running?.kill());

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kam-progress-'));
  await generate({ accounts: 100_000, factors: 6, out: dir, seed: 3 });
}, 60_000);

describe('progress for large files', () => {
  test('a terminal sees reading, scoring and writing, and a clean line at the end', async () => {
    running = new PtyKam(['select', 'customers.csv', '--format', 'csv', '-o', 'out.csv'], dir);
    expect(await running.exit).toBe(0);
    const raw = running.text;
    expect(raw).toContain('kam: reading');
    expect(raw).toContain('kam: scoring 100,000 accounts');
    expect(raw).toContain('kam: writing');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8').split('\n')).toHaveLength(100_002);
  });

  test('a pipe sees nothing', () => {
    const r = kam(['select', 'customers.csv', '--format', 'csv', '-o', 'out-pipe.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
