/** The start-up fast paths of bin/kam.js answer exactly what the full CLI would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, kam, kamInProcess, ROOT } from '../helpers/run-kam.js';

/** `kam --help` on a terminal of `cols` columns: what the terminal receives. */
function onTerminal(cols: number): Promise<string> {
  return new Promise((resolve) => {
    let output = '';
    // schema-check: --help writes help text, never a document.
    const term = pty.spawn(process.execPath, [BIN, '--help'], { cols, rows: 60, cwd: ROOT, env: { PATH: process.env.PATH ?? '', TERM: 'xterm' } });
    term.onData((d) => (output += d));
    term.onExit(() => resolve(output.replace(/\r\n/g, '\n')));
  });
}

describe('kam --help and --version without loading the CLI', () => {
  it('--help and -h print the help commander renders', async () => {
    const full = await kamInProcess(['--help']);
    expect(full.code).toBe(0);
    for (const flag of ['--help', '-h']) {
      const fast = kam([flag]);
      expect(fast.code).toBe(0);
      expect(fast.stdout).toBe(full.stdout);
    }
    expect(full.stdout).toMatch(/^  select <customers> +score, rank and select key accounts/m);
  });

  it('on a terminal that is not 80 columns wide, --help is wrapped to its width (by the CLI, not the file rendered at 80)', async () => {
    const full = await kamInProcess(['--help'], { tty: true, columns: 60 });
    const shown = await onTerminal(60);
    expect(shown).toBe(full.stdout);
    expect(Math.max(...shown.split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(await onTerminal(80)).toBe((await kamInProcess(['--help'])).stdout);
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
