/**
 * A plain select loads only what it uses: sessions, snapshots, saved decisions, pairs, the
 * ratings resolver, stability, explanations, the workshop and chalk stay unloaded on a CSV run
 * of examples/customers.csv (a merge once brought them back onto that path unnoticed); runs that
 * need them do load them (so the check can fail). The time it saves belongs in the benchmark
 * (npm run bench lists and times the modules of a small CSV run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/run-kam.js';

const EX = join(ROOT, 'examples');

/** The files of the ES modules a run of kam resolves (an ESM resolve hook lists them), relative to the root. */
function modulesOf(args: string[], cwd = ROOT): { code: number | null; stderr: string; modules: string[] } {
  const list = join(tempDir(), 'modules.txt');
  const hook = `export async function resolve(s, c, n) { const r = await n(s, c); if (r.url.startsWith('file:')) (await import('node:fs')).appendFileSync(${JSON.stringify(list)}, r.url + '\\n'); return r; }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  const urls = existsSync(list) ? readFileSync(list, 'utf8').split('\n').filter(Boolean) : [];
  const modules = [...new Set(urls.map((u) => decodeURIComponent(u.replace(/^file:\/\//, '')).slice(ROOT.length + 1)))];
  return { code: r.status, stderr: r.stderr, modules };
}

const OFF_THE_PLAIN_PATH = [
  'dist/session/decode.js',
  'dist/session/replay.js',
  'dist/load/snapshot.js',
  'dist/load/saved.js',
  'dist/load/pairs.js',
  'dist/core/explain.js',
  'dist/workshop/',
  'node_modules/chalk/',
];

describe('modules a small select loads', () => {
  it('a plain CSV or table run of examples/customers.csv: none of the session, snapshot, pairs, explain, workshop or colour modules', () => {
    for (const args of [
      ['select', join(EX, 'customers.csv'), '--no-interactive', '--format', 'csv'],
      ['select', join(EX, 'customers.csv'), '--no-interactive'],
    ]) {
      const r = modulesOf(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.modules).toContain('dist/commands/select.js');
      for (const m of OFF_THE_PLAIN_PATH) expect(r.modules.filter((x) => x.startsWith(m)), `${args.join(' ')} loads ${m}`).toEqual([]);
    }
  });

  it('the runs that need them load them: --explain, kam review of earlier results', () => {
    const dir = tempDir();
    const earlier = join(dir, 'earlier.json');
    const first = modulesOf(['select', join(EX, 'customers.csv'), '--no-interactive', '--format', 'json', '--explain', '-o', earlier]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.modules).toContain('dist/core/explain.js');
    const review = modulesOf(['review', earlier, earlier, '--format', 'json']);
    expect(review.code, review.stderr).toBe(0);
    expect(review.modules).toContain('dist/load/snapshot.js');
  });
});
