/**
 * The formats each command's --help offers are exactly the formats it accepts: for every command
 * with --format, every format of every command is tried through main(); the ones its help lists
 * write their output, every other one is a usage error (exit 2) that names the formats to use.
 * The same for --explain's formats.
 */
import { cpSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { completionModel } from '../../src/cli/program.js';
import { kamInProcess, ROOT, tempDir } from '../helpers/run-kam.js';

const model = completionModel();
const formatted = model.commands.filter((c) => c.options.some((o) => o.long === '--format'));
const EVERY = [...new Set(formatted.flatMap((c) => c.options.find((o) => o.long === '--format')!.value as string[]))];

/** The formats a help text lists for --format (`table, json or csv (default: "table")`). */
function offered(help: string): string[] {
  const flat = help.replace(/\n +/g, ' ');
  const m = / -f, --format <format> +(.+?) \(default: "table"\)/.exec(flat);
  if (!m) throw new Error(`no --format line in:\n${help}`);
  return m[1].split(/, | or /);
}

function folder(): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  return dir;
}

/** A run of each command that can write any of its formats to `out`. */
const RUNS: Record<string, (format: string, out: string) => string[]> = {
  select: (f, out) => ['select', 'examples/customers.csv', '--no-interactive', '-f', f, '-o', out],
  explain: (f, out) => ['explain', 'C001', 'examples/customers.csv', '-f', f, '-o', out],
  review: (f, out) => ['review', 'examples/ci/result-2026-q3.json', '--customers', 'examples/ci/customers-2026-q4.csv', '-f', f, '-o', out],
  // weights' -o is the criteria it writes: its formats go to standard output
  weights: (f) => ['weights', 'examples/criteria.csv', '--axis', 'strength', '--pairs', 'examples/strength-pairs.csv', '--dry-run', '-f', f],
};

describe('--format: offered = accepted', () => {
  test('every command with --format has a run here', () => {
    expect(formatted.map((c) => c.path.join(' ')).sort()).toEqual(Object.keys(RUNS).sort());
  });

  test.each(formatted.map((c) => [c.path.join(' ')]))('kam %s', async (command) => {
    const dir = folder();
    const help = await kamInProcess([command, '--help'], { cwd: dir });
    const listed = offered(help.stdout);
    expect(listed).toEqual(model.commands.find((c) => c.path.join(' ') === command)!.options.find((o) => o.long === '--format')!.value);
    for (const format of EVERY) {
      const out = `out.${format}`;
      const r = await kamInProcess(RUNS[command](format, out), { cwd: dir });
      if (listed.includes(format)) {
        expect({ format, code: r.code, stderr: r.stderr.replace(/^kam: (warning|note): .*\n/gm, '') }).toEqual({ format, code: 0, stderr: '' });
        if (command !== 'weights') expect(existsSync(join(dir, out)) && statSync(join(dir, out)).size > 0, format).toBe(true);
        else expect(r.stdout.length).toBeGreaterThan(0);
      } else {
        expect({ format, code: r.code }).toEqual({ format, code: 2 });
        expect(r.stderr).toContain(`--format ${format} is not available for kam ${command}; use ${listed.slice(0, -1).join(', ')} or ${listed.at(-1)}.`);
      }
    }
  }, 120_000);
});

test('--explain: the formats its help names are the formats it takes', async () => {
  const dir = folder();
  const help = (await kamInProcess(['select', '--help'], { cwd: dir })).stdout.replace(/\n +/g, ' ');
  const named = /--explain +with --format (.+?): add/.exec(help)![1].split(/, | or /);
  for (const format of model.commands[0].options.find((o) => o.long === '--format')!.value as string[]) {
    const r = await kamInProcess(['select', 'examples/customers.csv', '--no-interactive', '--explain', '-f', format, '-o', `explained.${format}`], { cwd: dir });
    expect({ format, code: r.code }).toEqual({ format, code: named.includes(format) ? 0 : 2 });
  }
}, 120_000);
