/**
 * `kam completion bash|zsh|fish` in real shells: the bash script is sourced in bash and its
 * function called as bash's completion calls it (COMP_WORDS, COMP_CWORD → COMPREPLY); fish's
 * own `complete -C` is asked; zsh checks the script's syntax and loads it under compinit. What is
 * offered comes from the command tables and the vocabularies, which the expectations read too.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { completionModel } from '../../src/cli/program.js';
import { MISSING_POLICY, SORT_KEY } from '../../src/core/vocabulary.js';
import { EXPLAIN_FORMAT } from '../../src/render/explain-formats.js';
import { RESULT_FORMAT } from '../../src/render/formats.js';
import { REVIEW_FORMAT } from '../../src/render/review/formats.js';
import { kam, ROOT, tempDir } from '../helpers/run-kam.js';

const has = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const model = completionModel();

function script(shell: string): string {
  const r = kam(['completion', shell]);
  expect(r.code, r.stderr).toBe(0);
  const file = join(tempDir(), `kam.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

describe('bash', () => {
  const file = script('bash');

  /** What bash's completion offers for the words typed so far (the last one being completed), in ROOT. */
  function complete(...words: string[]): string[] {
    const body = [
      `source ${JSON.stringify(file)}`,
      'spec=$(complete -p kam) || exit 9',
      '[[ $spec == "complete -F _kam kam" ]] || exit 8',
      'COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()',
      '_kam',
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', body, 'bash', 'kam', ...words], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split('\n').filter((l) => l !== '');
  }

  test('registers a completion function for kam', () => {
    expect(complete('')).toEqual(['select', 'explain', 'review', 'weights', 'ratings', 'completion']);
  });

  test('commands and subcommands', () => {
    expect(complete('se')).toEqual(['select']);
    expect(complete('r')).toEqual(['review', 'ratings']);
    expect(complete('ratings', '')).toEqual(['template', 'collect']);
    expect(complete('ratings', 'c')).toEqual(['collect']);
    expect(complete('--v')).toEqual(['--version']);
  });

  test("each command's flags, and only its own", () => {
    for (const c of model.commands) {
      const flags = complete(...c.path, '--');
      expect(flags).toEqual(c.options.map((o) => o.long));
    }
    expect(complete('select', '--mis')).toEqual(['--missing']);
    expect(complete('select', 'examples/customers.csv', '--str')).toEqual(['--strength', '--strength-axis']);
    expect(complete('weights', '--pa')).toEqual(['--pairs']);
    expect(complete('explain', '--stab')).toEqual([]);
  });

  test('the values of vocabulary flags, per command, from their registries', () => {
    expect(complete('select', '--format', '')).toEqual(RESULT_FORMAT.values);
    expect(complete('select', '-f', 'p')).toEqual(['png']);
    expect(complete('explain', '--format', '')).toEqual(EXPLAIN_FORMAT.values);
    expect(complete('review', '-f', '')).toEqual(REVIEW_FORMAT.values);
    expect(complete('select', '--missing', '')).toEqual(MISSING_POLICY.values);
    expect(complete('explain', 'C001', 'examples/customers.csv', '--sort', '')).toEqual(SORT_KEY.values);
    expect(complete('select', '--split', '')).toEqual(['midpoint', 'median', 'mean']);
    expect(complete('select', '--delimiter', 's')).toEqual(['semicolon']);
    expect(complete('review', '--fail-on', 'd')).toEqual(['demotion', 'drop:']);
    expect(complete('weights', 'examples/criteria.csv', '--axis', '')).toEqual(['attractiveness', 'strength']);
    expect(complete('completion', '')).toEqual(['bash', 'zsh', 'fish']);
    // --format=json: bash splits the word at "="
    expect(complete('select', '--format', '=', 'ma')).toEqual(['markdown']);
    // a number is typed, not completed
    expect(complete('select', '--capacity', '')).toEqual([]);
  });

  test('file names for arguments and file flags, after flags and their values', () => {
    expect(complete('select', 'examples/cu')).toEqual(['examples/customers.csv']);
    expect(complete('select', '--split', 'median', 'examples/cu')).toEqual(['examples/customers.csv']);
    expect(complete('select', 'examples/customers.csv', '--criteria', 'examples/cr')).toEqual(['examples/criteria.csv']);
    expect(complete('explain', 'C001', 'examples/cu')).toEqual(['examples/customers.csv']);
    expect(complete('review', 'a.json', 'examples/ci/result')).toEqual(['examples/ci/result-2026-q3.json']);
    expect(complete('ratings', 'template', 'examples/customers.csv', '-o', 'exam')).toEqual(['examples']);
  });
});

describe.skipIf(!has('fish'))('fish (skipped without fish: apt-get install fish)', () => {
  const file = script('fish');
  function complete(line: string): string[] {
    const r = spawnSync('fish', ['--no-config', '-c', `source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t')[0]);
  }

  test('commands, flags and values', () => {
    expect(complete('kam ')).toEqual(expect.arrayContaining(['select', 'explain', 'review', 'weights', 'ratings', 'completion']));
    expect(complete('kam sel')).toEqual(['select']);
    expect(complete('kam ratings ').sort()).toEqual(['collect', 'template']);
    expect(complete('kam select --mis')).toEqual(['--missing']);
    expect(complete('kam select --format ').sort()).toEqual([...RESULT_FORMAT.values].sort());
    expect(complete('kam explain --format ').sort()).toEqual([...EXPLAIN_FORMAT.values].sort());
    expect(complete('kam select examples/cu')).toEqual(['examples/customers.csv']);
  });
});

describe.skipIf(!has('zsh'))('zsh (skipped without zsh: apt-get install zsh)', () => {
  test('the script parses and registers _kam for kam under compinit, with a function per command', () => {
    const file = script('zsh');
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
    const functions = model.commands.map((c) => `_kam_${c.path.join('_')}`);
    const home = tempDir();
    const r = spawnSync('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -d ${home}/.zcompdump && source ${file} && print -r -- $_comps[kam] && whence -w ${functions.join(' ')}`], {
      encoding: 'utf8',
      env: { HOME: home, PATH: process.env.PATH ?? '' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('_kam');
    for (const f of functions) expect(r.stdout).toContain(`${f}: function`);
    // the vocabulary of --format is in select's spec
    expect(kam(['completion', 'zsh']).stdout).toContain(`:format:(${RESULT_FORMAT.values.join(' ')})`);
  });
});

test('an unknown shell is a usage error', () => {
  const r = kam(['completion', 'powershell']);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe('kam: kam completion takes bash, zsh or fish, not "powershell".\n');
});
