/** What every workshop step gets: the prompter, the data, the session being filled in, the flags. */
import type { RatedInputs } from '../app/inputs.js';
import { evaluate, type Evaluation, type Method } from '../core/engine.js';
import { KamError } from '../core/errors.js';
import type { InputFile } from '../core/result.js';
import type { Snapshot } from '../core/review.js';
import { isSplitProblem, parseSplit } from '../core/split.js';
import type { Factor, Portfolio, Quadrant } from '../core/types.js';
import { QUADRANT_INFO, QUADRANTS } from '../core/types.js';
import { t } from '../i18n/index.js';
import { FieldReader } from '../load/json-fields.js';
import { readSavedFactors } from '../load/saved.js';
import { isAbsolute, relative } from 'node:path';
import { recordedPath } from '../app/sessions.js';
import type { Prompter } from '../prompts/prompter.js';
import type { Encoding } from '../core/vocabulary.js';
import type { Palette } from '../render/style.js';
import type { Session, SessionAnswers } from '../session/schema.js';

/** What the workshop works on: the portfolio with every column a factor could come from, and the criteria. */
export interface WorkshopData {
  customersPath: string;
  criteriaPath: string;
  /** Whether the criteria came from a workbook (step 10 then writes the agreed criteria to a .csv beside it, never over it). */
  criteriaWorkbook: boolean;
  /**
   * --encoding of the CSV inputs: with another than UTF-8, step 10 writes the agreed criteria as
   * UTF-8 with a BOM, which the same command (the BOM decides) and Excel read right.
   */
  encoding: Encoding;
  /** With the team's ratings (and their settled scores so far) in place of customers.csv's values. */
  portfolio: Portfolio;
  /** criteria.csv's factors, or none when there is no criteria file. */
  criteria: Factor[];
  /** Numeric columns of customers.csv that are not criteria factors (candidate raw factors). */
  numericColumns: string[];
  inputs: { customers: InputFile; criteria: InputFile | null; ratings?: InputFile | null };
  /** --ratings: aggregated again whenever the team settles a disagreement; null without. */
  ratings: RatedInputs | null;
}

export interface StepEnv {
  p: Prompter;
  data: WorkshopData;
  session: Session;
  /** The method from the command line; the team's answers refine it. */
  flagsMethod: Method;
  flagsStrengthAxis: 'left' | 'right';
  width: number;
  palette: Palette;
  /** The run's date (SOURCE_DATE_EPOCH honoured). */
  today: Date;
  cwd: string;
  /** `--compare FILE`, read when the workshop starts (it may be the session about to be overwritten). */
  compare: { path: string; snapshot: Snapshot } | undefined;
  /** The result the session held when the workshop opened (a later quarter compares with it in step 10). */
  previous?: Snapshot;
  sessionFile: string;
  /** Clears the screen and draws the current step's header (and, unless `intro` is false, its why) again; set by the workshop. */
  screenAgain?: (intro?: boolean) => void;
}

export interface Step {
  n: number;
  key: keyof SessionAnswers;
  title: string;
  /** What Cheverton asks here and why, two to four lines at 80 columns. */
  intro: string;
  /** Asks the questions, records the answers, shows the result; returns the one-line summary, or null when the step cannot be completed yet. */
  run(env: StepEnv): Promise<string | null>;
}

/** A path the session records (relative to the session file, with `/`), from one the run names. */
export const toRecorded = (env: Pick<StepEnv, 'sessionFile' | 'cwd'>, path: string): string => recordedPath.toSession(env.sessionFile, path, env.cwd);

/** A recorded path as the team sees it: relative to the working folder when inside it. */
export function fromRecorded(env: Pick<StepEnv, 'sessionFile' | 'cwd'>, recorded: string): string {
  const full = recordedPath.fromSession(env.sessionFile, recorded, env.cwd);
  const r = relative(env.cwd, full);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r) ? r : full;
}

/** Rows left on the screen below what it shows, keeping `reserve` rows for the questions. */
export function rowsLeft(env: Pick<StepEnv, 'p'>, reserve: number): number {
  return env.p.size().rows - env.p.used() - reserve;
}

export const DEFAULT_SALES_MODES = Object.fromEntries(QUADRANTS.map((q) => [q, QUADRANT_INFO[q].salesMode])) as Record<Quadrant, string>;

/** The factors agreed so far on one axis: the team's (steps 7–8) or else the criteria file's. */
export function axisFactors(env: StepEnv, axis: Factor['axis']): Factor[] {
  const agreed = env.session.answers[axis]?.factors;
  if (agreed) {
    const r = new FieldReader(env.sessionFile);
    const factors = readSavedFactors(r, agreed, `answers.${axis}.factors`, false);
    r.done();
    return factors;
  }
  return env.data.criteria.filter((f) => f.axis === axis);
}

export function currentFactors(env: StepEnv): Factor[] {
  return [...axisFactors(env, 'attractiveness'), ...axisFactors(env, 'strength')];
}

/** The method as the team's answers so far define it (flags where they have not answered). */
export function currentMethod(env: StepEnv): Method {
  const a = env.session.answers;
  const m: Method = { ...env.flagsMethod };
  if (a.resources) {
    m.capacity = a.resources.capacity;
    const key = a.resources.keyCapacity;
    m.capacities = key === undefined || key === null ? null : { key, 'key-development': Math.max(0, a.resources.capacity - key) };
  }
  if (a.segmentation) m.segments = a.segmentation.segments;
  if (a.kaism) {
    const split = parseSplit(a.kaism.split);
    m.split = isSplitProblem(split) ? { rule: 'midpoint' } : split;
  }
  if (a.selection) m.overrides = a.selection.overrides;
  return m;
}

/** Evaluates with the factors and method so far; null with the reason when it cannot yet. */
export function tryEvaluate(env: StepEnv, factors = currentFactors(env), method = currentMethod(env)): { ev: Evaluation } | { reason: string } {
  for (const axis of ['attractiveness', 'strength'] as const) {
    if (!factors.some((f) => f.axis === axis && f.weight > 0)) return { reason: t('workshop.notYet', { axis }) };
  }
  try {
    return { ev: evaluate(env.data.portfolio, factors, method, env.data.ratings?.outcome.competitorBest) };
  } catch (e) {
    if (!(e instanceof KamError)) throw e;
    return { reason: e.lines().slice(0, 3).join(' ') };
  }
}
