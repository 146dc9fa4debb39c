/** Runs the built `kam` binary as a user would, and in-process through main(). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/app/io.js';
import { checkRunOutputs, watchKamFiles } from './schemas.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/kam.js');
export const FIXTURES = join(ROOT, 'test/fixtures');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The built binary, with a clean environment (no CI, no colour unless asked). Every kam JSON
 * document the run writes (standard output, -o, --save-result) is validated against schemas/.
 */
export function kam(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; input?: string | Buffer; timeout?: number } = {},
): RunResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...opts.env };
  // `timeout` is a hang guard: a killed run has no exit status and so fails the caller's exit-code check.
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, input: opts.input ?? '', encoding: 'utf8', timeout: opts.timeout, maxBuffer: 1 << 28 });
  const result = { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  checkRunOutputs(args, opts.cwd ?? ROOT, result);
  return result;
}

/** main() in-process with string streams; its JSON documents are validated as kam()'s are. */
export async function kamInProcess(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; stdin?: string; tty?: boolean; columns?: number } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end(opts.stdin ?? '');
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false, columns: opts.columns },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
    stdin: Object.assign(stdin, { isTTY: opts.tty ?? false }),
    env: opts.env ?? {},
    cwd: opts.cwd ?? ROOT,
  };
  const code = await main(args, io);
  checkRunOutputs(args, io.cwd, { code, stdout });
  return { code, stdout, stderr };
}

/**
 * main() on the caller's own Io (a scripted prompter, a terminal of some size), with what the run
 * writes validated as kam()'s is: its standard output, and every JSON file it creates or changes
 * in its folder (the workshop's session and results, -o files).
 */
export async function checkedMain(args: string[], io: Io): Promise<number> {
  let stdout = '';
  const out = io.stdout;
  const write = (chunk: string | Uint8Array): unknown => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return out.write(chunk);
  };
  const tee = new Proxy(out, { get: (target, key) => (key === 'write' ? write : Reflect.get(target, key)) });
  const check = watchKamFiles(io.cwd);
  const code = await main(args, { ...io, stdout: tee });
  checkRunOutputs(args, io.cwd, { code, stdout });
  check(`kam ${args.join(' ')}`);
  return code;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kam-test-'));
}
