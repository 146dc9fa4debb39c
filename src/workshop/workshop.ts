/**
 * The ten-step workshop: one screen per step, in order; the last answer of a step moves on, Esc
 * opens the step menu (back, redo, stop). The session is saved after every step and on Ctrl-C
 * (exit 130) too.
 */
import { writeSession } from '../app/sessions.js';
import { kamVersion } from '../app/version.js';
import { CancelledError } from '../core/errors.js';
import { factorRecords } from '../core/result.js';
import { StepMenuRequest } from '../prompts/prompter.js';
import { selectionLine } from '../render/report.js';
import { t } from '../i18n/index.js';
import { textWidth, wrap } from '../render/text-width.js';
import { firstOpenStep, methodToSession, SESSION_SCHEMA, STEP_COUNT, type Session } from '../session/schema.js';
import { currentFactors, currentMethod, fromRecorded, tryEvaluate, type Step, type StepEnv, type WorkshopData } from './context.js';
import { reviewDate, snapshot, workshopResultContext } from './outputs.js';
import { workshopRatingsReport } from './ratings.js';
import { marketStep, kaismStep, segmentationStep } from './steps-portfolio.js';
import { attractivenessStep, strengthStep } from './steps-factors.js';
import { capacityLines, reviewStep, selectionStep } from './steps-selection.js';
import { objectivesStep, resourcesStep, teamStep } from './steps-setup.js';

export const STEPS: readonly Step[] = [
  objectivesStep,
  resourcesStep,
  teamStep,
  marketStep,
  segmentationStep,
  kaismStep,
  attractivenessStep,
  strengthStep,
  selectionStep,
  reviewStep,
];

export function newSession(data: WorkshopData, now: string): Session {
  return {
    schema: SESSION_SCHEMA,
    kamVersion: kamVersion(),
    createdAt: now,
    updatedAt: now,
    inputs: data.inputs,
    completedSteps: [],
    answers: {},
    criteria: null,
    method: null,
    result: null,
  };
}

/**
 * Brings the session's derived parts up to date with its answers: the criteria once steps 7 and
 * 8 are done, the method and the result snapshot once step 9 is.
 */
export function settle(env: StepEnv, now: string): void {
  const s = env.session;
  s.updatedAt = now;
  s.kamVersion = kamVersion();
  s.completedSteps.sort((a, b) => a - b);
  const done = (n: number) => s.completedSteps.includes(n);
  s.criteria = done(7) && done(8) ? factorRecords(currentFactors(env)) : null;
  const out = tryEvaluate(env);
  if (s.criteria && done(9) && 'ev' in out) {
    const method = currentMethod(env);
    // The aggregation is part of the method only when there are ratings to aggregate.
    s.method = methodToSession(env.data.ratings ? method : { ...method, aggregate: undefined }, out.ev.method.strength);
    s.result = snapshot(env.data, out.ev, workshopResultContext(env.data.inputs, now, kamVersion(), workshopRatingsReport(env, out.ev)));
  } else {
    s.method = null;
    s.result = null;
  }
}

/** The top line of a step's screen: `Step 7 of 10 · Customer attractiveness` and the progress marker. */
export function stepHeader(env: Pick<StepEnv, 'session' | 'width' | 'palette'>, n: number): string {
  const step = STEPS[n - 1];
  const marks = STEPS.map((_, i) => (i + 1 === n ? '◉' : env.session.completedSteps.includes(i + 1) ? '●' : '○')).join('');
  const left = t('workshop.header', { n, total: STEP_COUNT, title: step.title });
  const room = Math.min(env.width, 100) - textWidth(left) - marks.length;
  return env.palette.bold(`${left}${' '.repeat(Math.max(2, room))}${marks}`);
}

/** The step's lines of why, dim, wrapped to the screen (at most 100 columns). */
export function introLines(env: Pick<StepEnv, 'width' | 'palette'>, text: string): string[] {
  return wrap(text, Math.min(env.width, 100)).map((l) => env.palette.dim(l));
}

type MenuChoice = 'back' | 'redo' | 'next' | 'quit';

/** The step menu (Esc in any question, or a step that cannot be completed yet): back, redo, on, or stop. */
async function stepMenu(env: StepEnv, n: number, blocked: boolean): Promise<MenuChoice> {
  const previous = STEPS[n - 2];
  const next = STEPS[n];
  const canGoOn = env.session.completedSteps.includes(n) && next !== undefined;
  return env.p.select<MenuChoice>({
    id: 'nav.menu',
    message: blocked ? t('workshop.menu.blocked', { n }) : t('workshop.menu.title', { n, title: STEPS[n - 1].title }),
    noMenu: true,
    default: previous ? 'back' : 'redo',
    choices: [
      ...(previous ? [{ value: 'back' as const, name: t('workshop.menu.back', { n: n - 1, title: previous.title }) }] : []),
      { value: 'redo' as const, name: t('workshop.menu.redo', { n }) },
      ...(canGoOn ? [{ value: 'next' as const, name: t('workshop.menu.next', { n: n + 1, title: next.title }) }] : []),
      { value: 'quit' as const, name: t('workshop.menu.quit') },
    ],
  });
}

/** Runs the steps from `start`; returns when the team finishes step 10 (or stops from the step menu). */
export async function runSteps(env: StepEnv, start: number, clock: () => string, replayHint: string, opening: string[] = []): Promise<void> {
  const { p } = env;
  let n = start;
  const save = () => {
    settle(env, clock());
    writeSession(env.sessionFile, env.session);
  };
  try {
    while (n <= STEP_COUNT) {
      const step = STEPS[n - 1];
      const at = n;
      env.screenAgain = (intro = true) => p.screen(stepHeader(env, at), intro ? introLines(env, step.intro) : []);
      env.screenAgain();
      if (opening.length > 0) p.say(opening.splice(0));
      let summary: string | null;
      try {
        summary = await step.run(env);
      } catch (e) {
        if (!(e instanceof StepMenuRequest)) throw e;
        save();
        const choice = await stepMenu(env, n, false);
        if (choice === 'quit') return stopped(env, n);
        n = choice === 'back' ? n - 1 : choice === 'next' ? n + 1 : n;
        continue;
      }
      if (summary !== null && !env.session.completedSteps.includes(n)) env.session.completedSteps.push(n);
      save();
      if (summary === null) {
        const choice = await stepMenu(env, n, true);
        if (choice === 'quit') return stopped(env, n);
        n = choice === 'back' ? n - 1 : choice === 'next' ? n + 1 : n;
        continue;
      }
      p.say(env.palette.good(t('workshop.done', { n, title: step.title, summary })));
      n++;
    }
  } catch (e) {
    if (e instanceof CancelledError) {
      save();
      const open = firstOpenStep(env.session);
      throw new CancelledError(t('workshop.cancelled', { n, file: env.sessionFile, open: open === null ? 'none' : open }));
    }
    // Any other failure (a file that cannot be written, bad data): keep the answers, then report it.
    save();
    throw e;
  }
  finished(env, replayHint);
}

/** The last screen: what was decided, where it is kept, how to replay it. */
function finished(env: StepEnv, replayHint: string): void {
  const { p, session } = env;
  const out = tryEvaluate(env);
  p.screen(env.palette.bold(t('workshop.finished.title')), []);
  if ('ev' in out) {
    p.say([selectionLine(out.ev), ...capacityLines(out.ev).slice(0, 1)]);
  }
  const r = session.answers.review;
  if (r) p.say(t('workshop.finished.nextReview', { date: reviewDate(r.nextReview) }));
  const written = r?.written ?? [];
  if (written.length > 0) p.say(t('workshop.finished.written', { files: written.map((f) => fromRecorded(env, f)).join(', ') }));
  p.say(['', t('workshop.finished.saved', { file: env.sessionFile }), t('workshop.finished.replay'), `  ${replayHint}`]);
}

/** Stopped from the step menu: everything is saved; how to go on. */
function stopped(env: StepEnv, n: number): void {
  env.p.say(['', t('workshop.stopped', { n, file: env.sessionFile }), t('workshop.stopped.resume')]);
}
