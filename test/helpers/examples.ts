/**
 * Runs the examples of every command's --help (the table in src/cli/program.ts) literally, as a
 * user pastes them into bash: in a folder holding a copy of examples/, with a `kam` on PATH —
 * the clone's bin/kam.js, or the `kam` of an installed package. Every kam JSON document a run
 * writes (standard output, any file it creates) is validated against schemas/.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandExamples } from '../../src/cli/program.js';
import { BIN, ROOT, tempDir } from './run-kam.js';
import { checkKamText, watchKamFiles } from './schemas.js';

export interface ExampleRun {
  command: string;
  run: string;
  expected: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** A folder with kam's examples/ and a bin/ with a `kam` that runs the clone's bin/kam.js on this Node. */
export function exampleFolder(): { dir: string; bin: string } {
  const dir = tempDir();
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'kam'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'kam'), 0o755);
  return { dir, bin };
}

/** Every example of every command, in table order (later examples may use what earlier ones wrote), in `dir` with `bin` first on PATH. */
export function runExamples(dir: string, bin: string): ExampleRun[] {
  const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: dir, SOURCE_DATE_EPOCH: '1795428000' };
  const runs: ExampleRun[] = [];
  for (const { command, examples } of commandExamples()) {
    for (const e of examples) {
      const check = watchKamFiles(dir);
      const r = spawnSync('bash', ['-c', e.run], { cwd: dir, env, encoding: 'utf8', input: '', timeout: 120_000 });
      runs.push({ command, run: e.run, expected: e.exit ?? 0, code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
      checkKamText(r.stdout, `${e.run}: standard output`);
      check(e.run);
    }
  }
  return runs;
}
