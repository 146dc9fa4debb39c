/**
 * `kam select` with a session: the interactive workshop on a terminal, or the replay of a saved
 * session without questions (the quarterly CI run).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Chalk } from 'chalk';
import { colorLevel, runDate, terminalWidth, type Io } from '../cli/io.js';
import { kamVersion } from '../cli/version.js';
import { InputError, UsageError } from '../core/errors.js';
import { evaluate, type Evaluation } from '../core/engine.js';
import { ratingsReport } from '../core/ratings.js';
import type { Prompter } from '../prompts/prompter.js';
import { chalkPalette, plainPalette } from '../render/style.js';
import { assertReplayable, sessionFactors } from '../session/replay.js';
import { firstOpenStep } from '../session/schema.js';
import { methodFromSession, readSession, sessionPath } from '../session/store.js';
import { assertNotInput } from '../util/files.js';
import type { RenderTarget, SelectFlags, SelectPlan } from '../commands/select.js';
import type { StepEnv } from './context.js';
import { readEarlierResult } from './compare.js';
import { loadWorkshopData } from './data.js';
import { briefSections, workshopResultContext } from './outputs.js';
import { ratingsWarnings, settledScores } from './ratings.js';
import { newSession, runSteps } from './workshop.js';

export interface SelectDeps {
  /** The prompter to use instead of the terminal's (tests). */
  prompter?: Prompter;
}

export async function runWorkshop(plan: SelectPlan, flags: SelectFlags, io: Io, deps: SelectDeps): Promise<number> {
  if (plan.customersPath === '-') throw new UsageError('The workshop needs a customers file, not standard input (the terminal is for the questions).');
  const file = sessionPath(plan.customersPath, flags.session, io.cwd);
  mkdirSync(dirname(file), { recursive: true });
  assertNotInput(file, [plan.customersPath, plan.criteriaPath], io.cwd, `--session ${flags.session ?? file}`);
  const existing = readSession(file);
  if (flags.resume && existing === null) throw new UsageError(`--resume: there is no session to resume at ${file}; start without --resume.`);
  // The ratings: --ratings, or the file the session recorded.
  const ratingsPath = plan.ratingsPath ?? existing?.inputs.ratings?.path;
  const ratings = ratingsPath === undefined ? undefined : { path: ratingsPath, aggregate: plan.method.aggregate ?? 'median', settled: existing ? settledScores(existing) : [] };
  const data = loadWorkshopData(plan.customersPath, plan.criteriaPath, io.cwd, plan.delimiter, ratings);
  const ratingsNotes = data.ratings && data.inputs.ratings ? ratingsWarnings(existing?.inputs.ratings, data.inputs.ratings, data.ratings.outcome) : [];
  const clock = () => (io.env.SOURCE_DATE_EPOCH !== undefined ? runDate(io) : io.now ? io.now() : new Date()).toISOString();
  const now = clock();
  const session = existing ?? newSession(data, now);
  session.inputs = data.inputs;
  if (!flags.resume) session.completedSteps = [];
  const level = colorLevel(io, flags.color);
  const prompter = deps.prompter ?? (await (await import('../prompts/inquirer-prompter.js')).inquirerPrompter(io));
  const env: StepEnv = {
    p: prompter,
    data,
    session,
    flagsMethod: plan.method,
    flagsStrengthAxis: plan.strengthAxis,
    width: terminalWidth(io),
    palette: level === 0 ? plainPalette : chalkPalette(new Chalk({ level })),
    today: runDate(io),
    cwd: io.cwd,
    compare: flags.compare === undefined ? undefined : { path: flags.compare, before: readEarlierResult(flags.compare, io.cwd) },
    sessionFile: file,
  };
  const start = flags.resume ? (firstOpenStep(session) ?? 10) : 1;
  for (const w of ratingsNotes) prompter.say(`Warning: ${w}`);
  if (flags.resume) prompter.say(`Resuming ${file} at step ${start}.`);
  else if (existing) prompter.say(`Starting from the answers saved in ${file}: Enter keeps each one.`);
  const hint = `kam select ${plan.customersPath} --session ${flags.session ?? file} --no-interactive`;
  await runSteps(env, start, clock, hint);
  return 0;
}

/** Applies a saved session's decisions to the current data and renders the result, no questions. */
export async function replaySession(plan: SelectPlan, flags: SelectFlags, io: Io, target: RenderTarget): Promise<number> {
  const { emitResult, loadRatedPortfolio } = await import('../commands/select.js');
  const file = sessionPath(plan.customersPath, flags.session, io.cwd);
  const session = readSession(file);
  if (session === null) throw new InputError({ file: flags.session ?? file, message: 'the session file does not exist' });
  assertReplayable(session, file);
  if (plan.output !== undefined) assertNotInput(plan.output, [plan.customersPath, file, ...[plan.ratingsPath ?? session.inputs.ratings?.path].filter((f): f is string => f !== undefined)], io.cwd);
  const factors = sessionFactors(session, file);
  const method = methodFromSession(session.method!);
  // The ratings: --ratings, or the file the workshop read; the team's settled scores replace their aggregates.
  const ratingsPath = plan.ratingsPath ?? session.inputs.ratings?.path;
  const source = ratingsPath === undefined ? undefined : { path: ratingsPath, settled: settledScores(session), ignoreUnknownFactors: true };
  const { customers, portfolio, ratingsFile, ratings, progress } = await loadRatedPortfolio({ ...plan, method }, io, factors, source);
  progress.scoring(portfolio.n);
  let ev: Evaluation;
  try {
    ev = evaluate(portfolio, factors, method, ratings?.competitorBest);
  } catch (e) {
    progress.done();
    throw e;
  }
  if (ratings && ratingsFile) ev.warnings.push(...ratingsWarnings(session.inputs.ratings, ratingsFile, ratings));
  const inputs = { customers, criteria: session.inputs.criteria, ratings: ratingsFile ? { path: ratingsFile.path, sha256: ratingsFile.sha256 } : null };
  const ctx = workshopResultContext(inputs, runDate(io).toISOString(), kamVersion(), ratings ? ratingsReport(ratings, ev) : undefined);
  const t: RenderTarget = {
    ...target,
    strengthAxis: session.answers.kaism?.strengthAxis ?? target.strengthAxis,
    sections: briefSections(session),
  };
  emitResult(plan, io, t, portfolio, ev, ctx, progress);
  return 0;
}
