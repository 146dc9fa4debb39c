/** Runs `kam select` through main() as if on a terminal, answering from a script of question ids. */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { SelectFlags } from '../../src/app/flags.js';
import type { Io } from '../../src/app/io.js';
import { planRun } from '../../src/app/plan.js';
import { main } from '../../src/cli/main.js';
import type { Prompter } from '../../src/prompts/prompter.js';
import { MENU, ScriptedPrompter, ticked, type Script } from '../../src/prompts/scripted-prompter.js';
import { plainPalette } from '../../src/render/style.js';
import type { Session } from '../../src/session/schema.js';
import type { StepEnv } from '../../src/workshop/context.js';
import { loadWorkshop } from '../../src/workshop/run.js';
import { newSession } from '../../src/workshop/workshop.js';
import { ROOT, tempDir } from '../helpers/run-kam.js';
import { checkKamText, watchKamFiles } from '../helpers/schemas.js';

export { DEFAULT, CANCEL, MENU, compared, ticked, type Script, type ScriptedAnswer } from '../../src/prompts/scripted-prompter.js';

/** A realistic walk: back from step 2 (Esc, then the step menu), no team, two segments, fixed boundaries, typed points, an override, criteria written back. */
export const CHOICES: Script = {
  'resources.salesModes': [MENU], // Esc in step 2's last question …
  'nav.menu': 'back', // … back to step 1, then on again
  'team.members': '', // step 3 skipped
  'segmentation.segments': ticked('Food & beverage', 'Pharma & healthcare'),
  'kaism.rule': 'fixed',
  'kaism.attractiveness': '60',
  'kaism.strength': '45',
  'kaism.strengthAxis': 'right',
  'attractiveness.weights': 'edit',
  'attractiveness.points': ['40', '10', '10', '10', '20', '10'],
  'strength.factors': ticked('Product quality', 'Delivery reliability'),
  'selection.change': ['add', 'keep'],
  'selection.account': 'C029',
  'selection.reason': 'Strategic launch partner for the new generics line',
  'review.files': 'out/brief',
  'review.nextReview': '2027-01-15',
  'review.writeCriteria': true,
  'review.criteriaFile': 'agreed-criteria.csv',
};

/** Enter everywhere but in steps 7 and 8 (with --ratings), which settle one disagreement each. */
export const SETTLING: Script = {
  'attractiveness.settle': ['C007 Access to decision makers'],
  'attractiveness.settle.score': '4',
  'attractiveness.settle.reason': 'Ana met the new CEO',
  'strength.settle': ['C003 Delivery reliability vs Adhesa'],
  'strength.settle.score': '9',
  'strength.settle.reason': 'Adhesa was on time all year',
};

/** A temporary folder with the example customers.csv, criteria.csv and ratings.csv. */
export function exampleDir(): string {
  const dir = tempDir();
  for (const f of ['customers.csv', 'criteria.csv', 'ratings.csv']) copyFileSync(join(ROOT, 'examples', f), join(dir, f));
  return dir;
}

/** Flags of kam select as an object (`{ session: 'q.json', resume: true }`), turned into arguments. */
export type Flags = Record<string, string | boolean | string[] | undefined>;

export function flagArgs(flags: Flags): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(flags)) {
    const flag = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (value === undefined) continue;
    if (value === true) out.push(flag);
    else if (value === false) out.push(`--no-${flag.slice(2)}`);
    else for (const v of Array.isArray(value) ? value : [value]) out.push(flag, v);
  }
  return out;
}

export interface WorkshopRun {
  code: number;
  stdout: string;
  stderr: string;
  prompter: ScriptedPrompter;
}

export function ttyIo(cwd: string, tty = true, prompter?: Prompter): { io: Io; out: () => string; err: () => string } {
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
    prompter,
  };
  return { io, out: () => stdout, err: () => stderr };
}

/**
 * The workshop (`kam select customers.csv` on a terminal) with scripted answers, through main().
 * The JSON files it writes (the session, the results file) are validated against schemas/ when
 * it ends normally or by Ctrl-C (130, after saving).
 */
export async function workshop(dir: string, script: Script, flags: Flags = {}, tty = true): Promise<WorkshopRun> {
  const prompter = new ScriptedPrompter(script);
  const { io, out, err } = ttyIo(dir, tty, prompter);
  const written = watchKamFiles(dir);
  const code = await main(['select', 'customers.csv', ...flagArgs({ color: false, ...flags })], io);
  if (code === 0 || code === 130) written('the workshop');
  checkKamText(out(), 'the workshop: standard output');
  return { code, stdout: out(), stderr: err(), prompter };
}

/** `kam select customers.csv --session kam-session.json --no-interactive --format json` through main(), without a terminal. */
export async function replay(dir: string, flags: Flags = {}, customers = 'customers.csv'): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, out, err } = ttyIo(dir, false);
  const code = await main(['select', customers, ...flagArgs({ interactive: false, format: 'json', session: 'kam-session.json', ...flags })], io);
  checkKamText(out(), 'the replay: standard output');
  return { code, stdout: out(), stderr: err() };
}

export function readSessionFile(dir: string, name = 'kam-session.json'): Session {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as Session;
}

/** A step's environment on the example portfolio with a fresh session (for single-step tests). */
export async function stepEnv(p: Prompter, dir = exampleDir(), flags: Flags = {}): Promise<StepEnv> {
  const { io } = ttyIo(dir, true, p);
  const opts: SelectFlags = { format: 'table', missing: 'error', split: 'midpoint', sort: 'quadrant', strengthAxis: 'left', top: '200', interactive: true, color: false, ...(flags as Partial<SelectFlags>) };
  const plan = planRun('customers.csv', opts, io);
  const { data } = await loadWorkshop(plan, io);
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
