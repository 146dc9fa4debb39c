/**
 * kam's help as a user reads it: every command's --help ends with 2–4 examples that run as
 * printed (each one is run literally in bash on the built binary and exits as documented), the
 * text wraps at word boundaries to the terminal's width, and `kam --help` lists the commands in
 * the order a user needs them.
 */
import { describe, expect, test } from 'vitest';
import { commandExamples } from '../../src/cli/program.js';
import { exampleFolder, runExamples } from '../helpers/examples.js';
import { kam, kamInProcess } from '../helpers/run-kam.js';

/** Help text with the examples' broken command lines joined again (` \` + newline + indent). */
const unbroken = (text: string): string => text.replace(/ \\\n {4}/g, ' ');

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '' && w !== '\\');

const commands = commandExamples();

describe('examples in --help', () => {
  test.each(commands.map((c) => [c.command, c.examples] as const))('kam %s --help ends with its 2–4 examples', (command, examples) => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.length).toBeLessThanOrEqual(4);
    const r = kam([...command.split(' '), '--help']);
    expect(r.code).toBe(0);
    const help = unbroken(r.stdout);
    const tail = help.slice(help.lastIndexOf('\nExamples:\n'));
    for (const e of examples) {
      expect(e.run.startsWith(`kam ${command} `) || e.run.includes(`$(kam ${command} `)).toBe(true);
      expect(tail).toContain(`  $ ${e.run}\n`);
    }
    expect(help.trimEnd().endsWith(words(examples.at(-1)!.note).at(-1)!) || help.trimEnd().endsWith(')')).toBe(true);
  });

  test('every example runs as printed on the built binary and exits as documented', () => {
    const { dir, bin } = exampleFolder();
    const runs = runExamples(dir, bin);
    expect(runs.length).toBe(commands.reduce((n, c) => n + c.examples.length, 0));
    for (const r of runs) expect({ run: r.run, code: r.code, stderr: r.code === r.expected ? '' : r.stderr }).toEqual({ run: r.run, code: r.expected, stderr: '' });
  }, 300_000);
});

describe('help text', () => {
  test('kam --help lists the commands with select first, in the order of the command table', () => {
    const help = kam(['--help']).stdout;
    const listed = [...help.slice(help.indexOf('Commands:'), help.indexOf('\nExamples:')).matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]);
    expect(listed).toEqual(['select', 'explain', 'review', 'weights', 'ratings', 'completion', 'help']);
    // the file bin/kam.js prints is the help the CLI renders off a terminal
    expect(help).toBe(kam(['help']).stdout);
  });

  test.each([40, 50, 80, 120])('wraps at word boundaries at %i columns (the same words as at 400, no line longer)', async (columns) => {
    for (const args of [['--help'], ...commands.map((c) => [...c.command.split(' '), '--help'])]) {
      const r = await kamInProcess(args, { tty: true, columns });
      const wide = await kamInProcess(args, { tty: true, columns: 400 });
      expect(r.code).toBe(0);
      const long = r.stdout.split('\n').filter((l) => l.length > columns);
      // a single word longer than the width (a path in an example) may stand alone on its line
      expect(long.filter((l) => words(l).length > 1 && !/^ {4}\S+( \\)?$/.test(l)), args.join(' ')).toEqual([]);
      expect(words(r.stdout), args.join(' ')).toEqual(words(wide.stdout));
    }
  });

  test('off a terminal help is 80 columns wide', async () => {
    const r = await kamInProcess(['select', '--help']);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(r.stdout).toBe((await kamInProcess(['select', '--help'], { tty: true, columns: 80 })).stdout);
  });
});
