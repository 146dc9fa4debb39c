/**
 * Ctrl-C (SIGINT) or SIGTERM while a large -o is written: the temporary file is removed, the
 * previous file stays as it was, kam says so in a sentence and exits 130 or 143. Runs the built
 * binary on a generated 100,000-account portfolio; the signal is sent as soon as the temporary
 * file appears beside the target, while the rows are being written.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { BIN } from '../helpers/run-kam.js';

let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kam-interrupt-'));
  await generate({ accounts: 100_000, factors: 6, out: dir, seed: 5 });
}, 120_000);

// schema-check: every run here is interrupted before its -o exists; the test checks the old file is kept.
/** Runs kam, sends `signal` once a temporary file shows in the folder, and returns how it ended. */
function interrupted(args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; sent: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir } });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const poll = setInterval(() => {
      if (!sent && readdirSync(dir).some((f) => f.includes('.kam-tmp-'))) {
        sent = true;
        child.kill(signal);
      }
    }, 2);
    child.on('exit', (code) => {
      clearInterval(poll);
      done({ code, stderr, sent });
    });
  });
}

const leftovers = (): string[] => readdirSync(dir).filter((f) => f.includes('.kam-tmp-'));

describe('a signal during a write', () => {
  for (const [signal, code, how] of [
    ['SIGINT', 130, 'Interrupted (Ctrl-C)'],
    ['SIGTERM', 143, 'Stopped by SIGTERM'],
  ] as const) {
    for (const format of ['json', 'csv'] as const) {
      test(`${signal} while writing ${format}: exit ${code}, no temporary file, the old file kept`, async () => {
        const out = `out-${signal}.${format}`;
        writeFileSync(join(dir, out), 'the previous file\n');
        const r = await interrupted(['select', 'customers.csv', '--no-interactive', '--format', format, '-o', out], signal);
        expect(r.sent).toBe(true);
        expect(r.code).toBe(code);
        expect(r.stderr).toBe(`kam: ${how} while writing ${out}: nothing was written; the previous file, if any, is unchanged.\n`);
        expect(readFileSync(join(dir, out), 'utf8')).toBe('the previous file\n');
        expect(leftovers()).toEqual([]);
      }, 120_000);
    }
  }
});
