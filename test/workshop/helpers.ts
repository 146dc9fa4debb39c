/** Runs `kam select` in-process as if on a terminal, answering from a script. */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { reportError } from '../../src/cli/main.js';
import { planSelect, runSelect, type SelectFlags } from '../../src/commands/select.js';
import type { Prompter } from '../../src/prompts/prompter.js';
import { plainPalette } from '../../src/render/style.js';
import type { StepEnv } from '../../src/workshop/context.js';
import { loadWorkshopData } from '../../src/workshop/data.js';
import { newSession } from '../../src/workshop/workshop.js';
import { DEFAULT, ScriptedPrompter, type ScriptedAnswer } from '../../src/prompts/scripted-prompter.js';
import type { Session } from '../../src/session/schema.js';
import { ROOT, tempDir } from '../helpers/run-kam.js';
import { checkKamText, watchKamFiles } from '../helpers/schemas.js';

export { DEFAULT, CANCEL, type ScriptedAnswer } from '../../src/prompts/scripted-prompter.js';

/** Enter on every question of the ten steps (26 key presses). */
export const ALL_DEFAULTS: ScriptedAnswer[] = defaults(26);

/** Enter `n` times. */
export function defaults(n: number): ScriptedAnswer[] {
  return Array.from({ length: n }, (): ScriptedAnswer => DEFAULT);
}

/** A temporary folder with the example customers.csv, criteria.csv and ratings.csv. */
export function exampleDir(): string {
  const dir = tempDir();
  for (const f of ['customers.csv', 'criteria.csv', 'ratings.csv']) copyFileSync(join(ROOT, 'examples', f), join(dir, f));
  return dir;
}

export const FLAGS: SelectFlags = {
  format: 'table',
  missing: 'error',
  split: 'midpoint',
  sort: 'quadrant',
  strengthAxis: 'left',
  top: '200',
  interactive: true,
  color: false,
};

export interface WorkshopRun {
  code: number;
  stdout: string;
  stderr: string;
  prompter: ScriptedPrompter;
}

export function ttyIo(cwd: string, tty = true): { io: Io; out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end('');
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: tty, columns: 80 },
    stderr: { write: (s: string) => (stderr += s), isTTY: tty },
    stdin: Object.assign(stdin, { isTTY: tty }),
    env: { SOURCE_DATE_EPOCH: '1795000000' },
    cwd,
  };
  return { io, out: () => stdout, err: () => stderr };
}

/**
 * The workshop with scripted answers; errors become exit codes as in main(). The JSON files it
 * writes (the session, the results file) are validated against schemas/ when it ends normally
 * or by Ctrl-C (130, after saving).
 */
export async function workshop(dir: string, answers: ScriptedAnswer[], flags: Partial<SelectFlags> = {}, tty = true): Promise<WorkshopRun> {
  const prompter = new ScriptedPrompter(answers);
  const { io, out, err } = ttyIo(dir, tty);
  const written = watchKamFiles(dir);
  let code: number;
  try {
    code = await runSelect('customers.csv', { ...FLAGS, ...flags }, io, { prompter });
  } catch (e) {
    code = reportError(e, io, false);
  }
  if (code === 0 || code === 130) written('the workshop');
  checkKamText(out(), 'the workshop: standard output');
  return { code, stdout: out(), stderr: err(), prompter };
}

/** `kam select customers.csv --session kam-session.json --no-interactive --format json` in-process, without a terminal. */
export async function replay(dir: string, extra: Partial<SelectFlags> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, out, err } = ttyIo(dir, false);
  let code: number;
  try {
    code = await runSelect('customers.csv', { ...FLAGS, interactive: false, format: 'json', session: 'kam-session.json', ...extra }, io);
  } catch (e) {
    code = reportError(e, io, false);
  }
  checkKamText(out(), 'the replay: standard output');
  return { code, stdout: out(), stderr: err() };
}

export function readSessionFile(dir: string, name = 'kam-session.json'): Session {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as Session;
}

/** A step's environment on the example portfolio with a fresh session (for single-step tests). */
export function stepEnv(p: Prompter, dir = exampleDir(), flags: Partial<SelectFlags> = {}): StepEnv {
  const plan = planSelect('customers.csv', { ...FLAGS, ...flags });
  const ratings = plan.ratingsPath === undefined ? undefined : { path: plan.ratingsPath, aggregate: plan.method.aggregate ?? 'median' };
  const data = loadWorkshopData('customers.csv', 'criteria.csv', dir, undefined, ratings);
  return {
    p,
    data,
    session: newSession(data, '2026-11-18T11:06:40.000Z'),
    flagsMethod: plan.method,
    flagsStrengthAxis: plan.strengthAxis,
    width: 80,
    palette: plainPalette,
    today: new Date('2026-11-18T11:06:40.000Z'),
    cwd: dir,
    compare: undefined,
    sessionFile: join(dir, 'kam-session.json'),
  };
}
