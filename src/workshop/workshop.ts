/**
 * The ten-step workshop: walks the steps in order with back and redo, saves the session after
 * every step, and on Ctrl-C saves what was answered before exiting 130.
 */
import { writeSession } from '../app/sessions.js';
import { kamVersion } from '../app/version.js';
import { CancelledError } from '../core/errors.js';
import { factorRecords } from '../core/result.js';
import { wrap } from '../render/text.js';
import { firstOpenStep, methodToSession, SESSION_SCHEMA, STEP_COUNT, type Session } from '../session/schema.js';
import { currentFactors, currentMethod, tryEvaluate, type Step, type StepEnv, type WorkshopData } from './context.js';
import { snapshot, workshopResultContext } from './outputs.js';
import { workshopRatingsReport } from './ratings.js';
import { marketStep, kaismStep, segmentationStep } from './steps-portfolio.js';
import { attractivenessStep, strengthStep } from './steps-factors.js';
import { reviewStep, selectionStep, reportLines } from './steps-selection.js';
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

function rule(text: string, width: number): string {
  const head = `── ${text} `;
  return head + '─'.repeat(Math.max(3, Math.min(width, 100) - head.length));
}

/** Runs the steps from `start`; returns when the team finishes step 10. */
export async function runSteps(env: StepEnv, start: number, clock: () => string, replayHint: string): Promise<void> {
  const { p } = env;
  let n = start;
  const save = () => {
    settle(env, clock());
    writeSession(env.sessionFile, env.session, env.cwd);
  };
  try {
    while (n <= STEP_COUNT) {
      const step = STEPS[n - 1];
      p.say(['', rule(`Step ${n} of ${STEP_COUNT} · ${step.title}`, env.width), ...wrap(step.intro, Math.min(env.width, 100)).map((l) => env.palette.dim(l)), '']);
      const summary = await step.run(env);
      if (summary !== null && !env.session.completedSteps.includes(n)) env.session.completedSteps.push(n);
      save();
      if (summary !== null) p.say(env.palette.good(`✔ Step ${n} · ${step.title}: ${summary}`));
      const next = STEPS[n];
      const previous = STEPS[n - 2];
      const nav = await p.select<'next' | 'back' | 'redo'>({
        id: `step${n}.next`,
        message: 'Next?',
        default: summary !== null ? 'next' : 'back',
        choices: [
          ...(summary !== null ? [{ value: 'next' as const, name: next ? `Continue to step ${n + 1}: ${next.title}` : 'Finish and save the session' }] : []),
          ...(previous ? [{ value: 'back' as const, name: `Back to step ${n - 1}: ${previous.title}` }] : []),
          { value: 'redo' as const, name: `Redo step ${n}` },
        ],
      });
      if (nav === 'next') n++;
      else if (nav === 'back') n--;
    }
  } catch (e) {
    if (e instanceof CancelledError) {
      save();
      const open = firstOpenStep(env.session);
      throw new CancelledError(
        `Workshop cancelled at step ${n}; every answer so far is saved in ${env.sessionFile}. Continue with --resume${open === null ? '' : ` (step ${open})`}.`,
      );
    }
    // Any other failure (a file that cannot be written, bad data): keep the answers, then report it.
    save();
    throw e;
  }
  const out = tryEvaluate(env);
  p.say(['', rule('The selection', env.width)]);
  if ('ev' in out) p.say(reportLines(env, out.ev));
  p.say(['', `Session saved to ${env.sessionFile}.`, `Replay it next quarter without questions: ${replayHint}`]);
}
