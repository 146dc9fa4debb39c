/** The `kam/result@1` document of METHOD.md §4, built from an evaluation. */
import { say, type Message } from '../i18n/index.js';
import { formatNormalize } from './normalize/index.js';
import { axisWeights } from './score.js';
import type { Evaluation } from './engine.js';
import { PARETO_CLASSES } from './pareto.js';
import type { CompetitorRecord, DisagreementRecord, RatingsReport } from './ratings.js';
import { QUADRANTS, type Factor, type ParetoClass, type Portfolio, type Quadrant } from './types.js';
import type { AccountExplanation, Explainer } from './explain.js';
import { accountStability, BORDERLINE_PCT, borderlineCount, type AccountStability, type StabilityOutcome } from './stability.js';

export const RESULT_SCHEMA = 'kam/result@1';

export interface InputFile {
  path: string;
  sha256: string;
}

/** A replay's record of the session it replayed (`method.session`): the file, the flags applied on top, the decisions overridden. */
export interface SessionRecord {
  /** The session file, relative to the result file (as named, when the result goes to standard output). */
  file: string;
  /** Flags that applied on top of the session, as given. */
  flags: Record<string, string | true>;
  /** Team decisions changed by a flag with --override-session: the flag, the session's value, the value used. */
  overridden: Array<{ flag: string; session: string; value: string }>;
}

/** `--compare FILE` without a terminal: who moved since the earlier session or result (the top-level `comparison`). */
export interface ComparisonRecord {
  /** The earlier file, relative to the result file (as named, when the result goes to standard output). */
  file: string;
  movements: { entered: string[]; left: string[]; quadrantChanges: Array<{ id: string; from: Quadrant; to: Quadrant; direction: 'up' | 'down' }>; new: string[]; vanished: string[] };
  /** Selected in the earlier file and not now, with the reason (as kam/review@1's release list). */
  release: Array<{ id: string; name: string; reason: string; detail: string }>;
  /** One sentence per account that moved (as the workshop's step 10 words them): English in the JSON. */
  sentences: Message[];
}

export interface ResultContext {
  /** With --stability: the runs' counts (method.stability, summary.borderline, per account stability). */
  stability?: StabilityOutcome;
  /** With --explain: explains each account (per account explain). */
  explainer?: Explainer;
  generatedAt: string;
  inputs: Record<string, InputFile>;
  kamVersion: string;
  /** With --ratings: disagreements and competitor records of the accounts in scope. */
  ratings?: RatingsReport;
  /** A session replay: what it replayed and which flags it applied or overrode. */
  session?: SessionRecord;
  /** --compare without a terminal: the movements since the earlier file. */
  comparison?: ComparisonRecord;
}

export interface FactorRecord {
  factor: string;
  axis: Factor['axis'];
  weight: number;
  weightPct: number;
  min: number;
  max: number;
  direction: Factor['direction'];
  normalize: string;
  kind: Factor['kind'];
  description: string;
}

export interface AccountRecord {
  /** Only with --stability (written after the fields below). */
  stability?: AccountStability;
  /** Only with --explain (written last). */
  explain?: AccountExplanation;
  rank: number;
  id: string;
  name: string;
  attractiveness: number;
  strength: number;
  quadrant: Quadrant;
  selected: boolean;
  segment: string | null;
  revenue: number | null;
  pareto: ParetoClass | null;
  coverage: { attractiveness: number; strength: number };
  /** Only when the ratings hold competitor ratings: per strength factor, the best competitor. */
  competitors?: CompetitorRecord[];
}

export interface KamResult {
  schema: typeof RESULT_SCHEMA;
  generatedAt: string;
  kamVersion: string;
  inputs: Record<string, InputFile>;
  method: {
    /** Only with --stability (written after the fields below). */
    stability?: { runs: number; perturb: number; scoreNoise: number; seed: number; borderlinePct: number };
    strength: string;
    missing: string;
    sort: string;
    split: { rule: string; attractiveness: number; strength: number };
    capacity: number | null;
    /** Only with two capacities (step 2): the places for key and for key-development accounts. */
    capacities?: { key: number; 'key-development': number };
    segments: string[] | null;
    overrides: Array<{ id: string; action: string; reason: string; applied: boolean }>;
    aggregate: string;
    /** Only on a session replay (written last). */
    session?: SessionRecord;
  };
  factors: FactorRecord[];
  accounts: AccountRecord[];
  summary: {
    accounts: number;
    quadrants: Record<Quadrant, number>;
    selected: number;
    qualifying: number;
    capacity: number | null;
    overCapacity: boolean;
    realisticWeightPct: number;
    top20RevenueSharePct: number | null;
    /** Only with --stability: accounts in their quadrant in fewer than borderlinePct % of the runs. */
    borderline?: number;
  };
  disagreements: DisagreementRecord[];
  /** Only with --compare without a terminal. */
  comparison?: ComparisonRecord;
  warnings: string[];
}

export function factorRecords(factors: readonly Factor[]): FactorRecord[] {
  // Shares of the axis weight, from the weights as the scores use them (extreme ones scaled alike).
  const w = axisWeights(factors);
  const totals = { attractiveness: 0, strength: 0 };
  factors.forEach((f, i) => (totals[f.axis] += w[i]));
  return factors.map((f, i) => ({
    factor: f.factor,
    axis: f.axis,
    weight: f.weight,
    // At most 100 (a lone factor's (100 × w)/w can round to 100.00000000000001).
    weightPct: Math.min(100, (100 * w[i]) / totals[f.axis]),
    min: f.min,
    max: f.max,
    direction: f.direction,
    normalize: formatNormalize(f.normalize),
    kind: f.kind,
    description: f.description,
  }));
}

/** Share of the attractiveness weight on `realistic` factors, in percent (step 9). */
export function realisticWeightPct(factors: readonly Factor[]): number {
  const w = axisWeights(factors);
  let total = 0;
  let realistic = 0;
  factors.forEach((f, i) => {
    if (f.axis !== 'attractiveness') return;
    total += w[i];
    if (f.kind === 'realistic') realistic += w[i];
  });
  return total > 0 ? (100 * realistic) / total : 0;
}

/** The account at rank index `r` (0-based) as its JSON record. */
export function accountRecord(portfolio: Portfolio, ev: Evaluation, r: number, ctx?: ResultContext): AccountRecord {
  const p = ev.order[r];
  const row = ev.scope[p];
  const num = (a: Float64Array | null): number | null => (a && a[row] === a[row] ? a[row] : null);
  const competitors = ctx?.ratings?.competitors;
  const record: AccountRecord = {
    rank: r + 1,
    id: portfolio.ids[row],
    name: portfolio.names[row],
    attractiveness: ev.attractiveness[p],
    strength: ev.strength[p],
    quadrant: QUADRANTS[ev.quadrant[p]],
    selected: ev.selection.selected[p] === 1,
    segment: portfolio.segments ? portfolio.segments[row] : null,
    revenue: num(portfolio.revenue),
    pareto: ev.pareto ? PARETO_CLASSES[ev.pareto.cls[p]] : null,
    coverage: { attractiveness: ev.coverage.attractiveness[p], strength: ev.coverage.strength[p] },
    ...(competitors ? { competitors: competitors.get(row) ?? [] } : {}),
  };
  if (ctx?.stability) record.stability = accountStability(ctx.stability, p);
  if (ctx?.explainer) record.explain = ctx.explainer.explain(p);
  return record;
}

/** Everything but the accounts, in the document's key order (accounts go after `factors`). */
export function resultHead(ev: Evaluation, ctx: ResultContext): Omit<KamResult, 'accounts'> {
  const m = ev.method;
  const head: Omit<KamResult, 'accounts'> = {
    schema: RESULT_SCHEMA,
    generatedAt: ctx.generatedAt,
    kamVersion: ctx.kamVersion,
    inputs: ctx.inputs,
    method: {
      strength: m.strength,
      missing: m.missing,
      sort: m.sort,
      split: { rule: ev.split.rule, attractiveness: ev.split.attractiveness, strength: ev.split.strength },
      capacity: m.capacity,
      ...(m.capacities ? { capacities: { key: m.capacities.key, 'key-development': m.capacities['key-development'] } } : {}),
      segments: m.segments,
      overrides: ev.selection.overrides.map((o) => ({ id: o.id, action: o.action, reason: o.reason, applied: o.applied })),
      aggregate: m.aggregate ?? 'median',
    },
    factors: factorRecords(ev.factors),
    summary: {
      accounts: ev.scope.length,
      quadrants: { ...ev.counts },
      selected: ev.selection.count,
      qualifying: ev.selection.qualifying,
      capacity: ev.selection.capacity,
      overCapacity: ev.selection.overCapacity,
      realisticWeightPct: realisticWeightPct(ev.factors),
      top20RevenueSharePct: ev.pareto ? ev.pareto.top20SharePct : null,
    },
    disagreements: ctx.ratings?.disagreements ?? [],
    warnings: ev.warnings.map((w) => say(w, 'en')),
  };
  const s = ctx.stability;
  if (s) {
    head.method.stability = { runs: s.runs, perturb: s.perturb, scoreNoise: s.scoreNoise, seed: s.seed, borderlinePct: BORDERLINE_PCT };
    head.summary.borderline = borderlineCount(s);
  }
  if (ctx.session) head.method.session = ctx.session;
  if (ctx.comparison) head.comparison = ctx.comparison;
  return head;
}

/** The whole document as one object (for sessions, reviews and tests). */
export function buildResult(portfolio: Portfolio, ev: Evaluation, ctx: ResultContext): KamResult {
  const head = resultHead(ev, ctx);
  const accounts: AccountRecord[] = [];
  for (let r = 0; r < ev.order.length; r++) accounts.push(accountRecord(portfolio, ev, r, ctx));
  return orderKeys({ ...head, accounts });
}

/** The document's keys in order; `comparison` only when present. */
export const RESULT_KEYS = ['schema', 'generatedAt', 'kamVersion', 'inputs', 'method', 'factors', 'accounts', 'summary', 'disagreements', 'comparison', 'warnings'] as const;

function orderKeys(r: KamResult): KamResult {
  const out: Record<string, unknown> = {};
  for (const k of RESULT_KEYS) if (r[k] !== undefined) out[k] = r[k];
  return out as unknown as KamResult;
}
