/**
 * The workshop's saved session, `kam/session@1` (documented in README.md): every answer, the
 * agreed criteria and method, and the result snapshot, so a later run can resume or replay it.
 */
import type { AhpResult } from '../core/ahp.js';
import type { Method } from '../core/engine.js';
import type { FactorRecord, InputFile, KamResult } from '../core/result.js';
import type { Movement } from '../core/review.js';
import type { Override, Quadrant, SplitRule, StrengthMode } from '../core/types.js';
import type { Language } from '../i18n/language.js';

export const SESSION_SCHEMA = 'kam/session@1';
export const STEP_COUNT = 10;

export interface TeamMember {
  name: string;
  role: string;
}

/** A disagreement the team settled in step 7 or 8: the agreed score replaces the aggregate. */
export interface SettledRecord {
  account: string;
  factor: string;
  /** null: a rating of us; a name: that competitor's rating. */
  competitor: string | null;
  score: number;
  reason: string;
  /** The raters' scores as they stood when the team settled. */
  raters: Array<{ rater: string | null; score: number }>;
}

/**
 * Weights elicited by pairwise comparison (AHP) in step 7 or 8: the comparisons (`a` is `value`
 * times as important as `b`), the figures of `ahp()` (weights in the order of the factors, sum 1)
 * and the points (sum 100) they gave.
 */
export type AhpAnswer = Omit<AhpResult, 'factors'> & {
  comparisons: Array<{ a: string; b: string; value: number }>;
  points: number[];
};

/** Steps 7 and 8: the factors with their weights, the settled disagreements, and the AHP behind the weights when used. */
export interface FactorAnswer {
  factors: FactorRecord[];
  settled?: SettledRecord[];
  ahp?: AhpAnswer;
}

/** Per step, what the team answered (each key is present once the step was started). */
export interface SessionAnswers {
  /** `smartDecided` false: the SMART statement is kam's suggestion, not the team's (absent in older sessions: decided). */
  objectives?: { chosen: string[]; own: string[]; smart: string; smartDecided?: boolean };
  /**
   * `decided` false: managers × accounts each are kam's suggestion, not the team's. `keyCapacity`:
   * with two capacities, the places for key accounts (the rest of `capacity` is for
   * key-development); absent or null: one capacity for both.
   */
  resources?: { managers: number; accountsEach: number; capacity: number; salesModes: Record<Quadrant, string>; decided?: boolean; keyCapacity?: number | null };
  team?: { members: TeamMember[] };
  /** `channels`: the channels the team noted as mattering for key accounts; `teamNote`: why, in their words. */
  market?: { shown: boolean; note: string; channels?: string[]; teamNote?: string };
  segmentation?: { segments: string[] | null };
  kaism?: { split: string; strengthAxis: 'left' | 'right' };
  attractiveness?: FactorAnswer;
  strength?: FactorAnswer;
  /** `outputBase` and `written`: where older sessions wrote the brief in step 9 (it is written in step 10 now). */
  selection?: { overrides: Override[]; outputBase?: string | null; written?: string[] };
  /**
   * `compare`: what step 10 compared with (`--compare`, or the session's previous result);
   * `moved`: who entered, left, moved or should be released, one sentence each (English);
   * `movement`: the same, language-neutral, so a replay's brief says it in its reader's language; `outputBase` and
   * `written`: the brief and results written at the end of the workshop (paths relative to the
   * session file).
   */
  review?: { nextReview: string; compare: string | null; moved: string[]; movement?: Movement[]; criteriaWrittenTo: string | null; outputBase?: string | null; written?: string[] };
}

export interface SessionMethod {
  strength: string;
  missing: string;
  sort: string;
  split: { rule: SplitRule; attractiveness?: number; strength?: number };
  capacity: number | null;
  /** Two capacities (step 2): places for key and for key-development accounts (`capacity` is their sum). */
  capacities?: { key: number; 'key-development': number };
  segments: string[] | null;
  overrides: Override[];
  /** How raters' scores were combined (`median` or `mean`); absent in sessions without it (median). */
  aggregate?: string;
}

export interface Session {
  schema: typeof SESSION_SCHEMA;
  kamVersion: string;
  /**
   * The language the team worked in (the run's at the last save; absent in sessions older than
   * issue 18): a replay or a resumed workshop speaks it unless --lang says otherwise.
   */
  language?: Language;
  createdAt: string;
  updatedAt: string;
  /** `ratings`: the ratings file the workshop read (absent or null without one). */
  inputs: { customers: InputFile; criteria: InputFile | null; ratings?: InputFile | null };
  completedSteps: number[];
  answers: SessionAnswers;
  criteria: FactorRecord[] | null;
  method: SessionMethod | null;
  result: KamResult | null;
}

/** The first step not yet answered (1..10), or null when all ten are. */
export function firstOpenStep(s: Pick<Session, 'completedSteps'>): number | null {
  for (let n = 1; n <= STEP_COUNT; n++) if (!s.completedSteps.includes(n)) return n;
  return null;
}

/** The method as a session saves it (numbers for the split only when fixed); read back by load/saved.ts. */
export function methodToSession(m: Method, strength: StrengthMode): SessionMethod {
  return {
    strength,
    missing: m.missing,
    sort: m.sort,
    split: m.split.rule === 'fixed' ? { ...m.split } : { rule: m.split.rule },
    capacity: m.capacity,
    ...(m.capacities ? { capacities: { ...m.capacities } } : {}),
    segments: m.segments,
    overrides: m.overrides.map((o) => ({ id: o.id, action: o.action, reason: o.reason })),
    ...(m.aggregate !== undefined ? { aggregate: m.aggregate } : {}),
  };
}
