/** The start-up fast paths of bin/kam.js answer exactly what the full CLI would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kam, kamInProcess, ROOT } from '../helpers/run-kam.js';

describe('kam --help and --version without loading the CLI', () => {
  it('--help and -h print the help commander renders', async () => {
    const full = await kamInProcess(['--help']);
    expect(full.code).toBe(0);
    for (const flag of ['--help', '-h']) {
      const fast = kam([flag]);
      expect(fast.code).toBe(0);
      expect(fast.stdout).toBe(full.stdout);
    }
    expect(full.stdout).toMatch(/select \[options\] <customers>/);
  });

  it('--version and -V print the package version', async () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect((await kamInProcess(['--version'])).stdout).toBe(`${version}\n`);
    expect(kam(['--version']).stdout).toBe(`${version}\n`);
    expect(kam(['-V']).stdout).toBe(`${version}\n`);
  });

  it('anything more than the single flag goes through the full CLI', () => {
    expect(kam(['select', '--help']).stdout).toContain('--criteria');
  });
});
