/**
 * The kam/review@1 document (step 10, "review, review, review"): who moved between the last
 * two snapshots, every account's history across all of them, the release list, and the gates.
 * Pure: snapshots in, document out. Deterministic for CI diffs: accounts by current rank, then
 * the accounts no longer in the current snapshot by key.
 */
import { round9 } from './classify.js';
import { checkGates, gateName, type Gate, type Violation } from './gates.js';
import { methodChanges, type MethodChange, type SnapshotMethod } from './method-changes.js';
import { note, type Message } from './messages.js';
import { isKeyQuadrant } from './selection.js';
import { QUADRANTS, type Quadrant } from './types.js';

export const REVIEW_SCHEMA = 'kam/review@1';

/** What a snapshot was read from. */
export type DocumentKind = 'result' | 'session';

/** Where an account stood in one snapshot. */
export interface AccountPoint {
  rank: number;
  attractiveness: number;
  strength: number;
  quadrant: Quadrant;
  selected: boolean;
}

export interface SnapshotAccount extends AccountPoint {
  id: string;
  name: string;
}

export interface Snapshot {
  /** The file as the user named it. */
  label: string;
  kind: DocumentKind | 'customers';
  generatedAt: string;
  split: { rule: string; attractiveness: number; strength: number };
  capacity: number | null;
  /** In rank order. */
  accounts: SnapshotAccount[];
  /** Accounts the team removed from the selection by an applied override. */
  removedByTeam: string[];
  /** What the snapshot records of its method (absent in hand-made snapshots: nothing to compare). */
  method?: SnapshotMethod;
}

export { isKeyQuadrant } from './selection.js';


export interface ReviewSnapshot {
  label: string;
  kind: Snapshot['kind'];
  generatedAt: string;
  split: Snapshot['split'];
  capacity: number | null;
  accounts: number;
  /** Accounts in the key quadrants (key, key-development). */
  qualifying: number;
  selected: number;
  overCapacity: boolean;
}

/** `continuing`: in both compared snapshots; `former`: only in older snapshots. */
export type AccountStatus = 'continuing' | 'new' | 'vanished' | 'former';
/** Selection between the previous and the current snapshot. */
export type SelectionMove = 'entered' | 'left' | 'kept' | 'out';

/** What moved an account, when the previous quarter was rescored with the current method: the method change, the data, or both. */
export type Cause = 'method' | 'data' | 'both';

export interface ReviewAccount {
  id: string;
  name: string;
  status: AccountStatus;
  selection: SelectionMove;
  previous: AccountPoint | null;
  current: AccountPoint | null;
  /** Current minus previous scores; rank is previous minus current (positive = moved up). */
  change: { rank: number; attractiveness: number; strength: number } | null;
  /** One entry per snapshot, oldest first; null where the account was not in it. */
  history: Array<AccountPoint | null>;
  /**
   * Only when the method changed and the previous quarter was rescored with the current method:
   * where the account would have stood last quarter under the current method (null when it is
   * not in that data), and what moved it between the two snapshots (null when nothing did).
   */
  rescored?: AccountPoint | null;
  cause?: Cause | null;
}

/**
 * One account that moved between the two compared snapshots, as the workshop's step 10 and
 * `--compare` tell it: new (`was` null), no longer in the portfolio (`now` null), or a change of
 * quadrant or selection. Language-neutral, so a session keeps it and a replay says it in its
 * reader's language.
 */
export interface Movement {
  id: string;
  name: string;
  was: { quadrant: Quadrant; selected: boolean } | null;
  now: { quadrant: Quadrant; selected: boolean } | null;
}

/** The accounts that moved, in the review's order, then those no longer in the portfolio by their previous rank. */
export function movementOf(doc: Pick<ReviewDocument, 'accounts'>): Movement[] {
  const point = (p: AccountPoint): { quadrant: Quadrant; selected: boolean } => ({ quadrant: p.quadrant, selected: p.selected });
  const out: Movement[] = [];
  for (const a of doc.accounts) {
    const now = a.current;
    if (!now) continue;
    const was = a.previous;
    if (!was || was.quadrant !== now.quadrant || was.selected !== now.selected) out.push({ id: a.id, name: a.name, was: was && point(was), now: point(now) });
  }
  const gone = doc.accounts.filter((a) => a.status === 'vanished').sort((x, y) => x.previous!.rank - y.previous!.rank);
  for (const a of gone) out.push({ id: a.id, name: a.name, was: point(a.previous!), now: null });
  return out;
}

export interface QuadrantChange {
  id: string;
  from: Quadrant;
  to: Quadrant;
  /** `up` towards key in the ranking order of the quadrants, `down` away from it. */
  direction: 'up' | 'down';
  /** Only when the previous quarter was rescored: whether the method change, the data or both moved it. */
  cause?: Cause;
}

export type ReleaseReason = 'demoted' | 'outside' | 'capacity' | 'team' | 'vanished';

export interface ReleaseEntry {
  id: string;
  name: string;
  reason: ReleaseReason;
  from: Quadrant;
  to: Quadrant | null;
  /** Why, in one phrase: English in kam/review@1 (a core message's JSON), the reader's language on the screen (`say`). */
  detail: Message;
  /** Only when the previous quarter was rescored: `method` when the current method would not have selected it last quarter either. */
  cause?: Cause;
}

/**
 * When the method changed: the previous quarter's data scored with the current method, which
 * tells a change of method from a change of data (`done`), or why that could not be done.
 */
export type Rescore = { done: true; customers: string } | { done: false; reason: string | Message };

export type { Violation } from './gates.js';

export interface ReviewDocument {
  schema: typeof REVIEW_SCHEMA;
  generatedAt: string;
  kamVersion: string;
  snapshots: ReviewSnapshot[];
  compared: { previous: string; current: string };
  /** Every change of method between the compared snapshots (empty when the method is the same). */
  methodChanges: MethodChange[];
  /** null when the method did not change (or only kam's version did). */
  rescore: Rescore | null;
  movements: { entered: string[]; left: string[]; quadrantChanges: QuadrantChange[]; new: string[]; vanished: string[] };
  accounts: ReviewAccount[];
  release: ReleaseEntry[];
  gates: { checked: string[]; passed: boolean; violations: Violation[] };
}

function summarize(s: Snapshot): ReviewSnapshot {
  const selected = s.accounts.filter((a) => a.selected).length;
  return {
    label: s.label,
    kind: s.kind,
    generatedAt: s.generatedAt,
    split: s.split,
    capacity: s.capacity,
    accounts: s.accounts.length,
    qualifying: s.accounts.filter((a) => isKeyQuadrant(a.quadrant)).length,
    selected,
    overCapacity: s.capacity !== null && selected > s.capacity,
  };
}

const point = (a: AccountPoint): AccountPoint => ({ rank: a.rank, attractiveness: a.attractiveness, strength: a.strength, quadrant: a.quadrant, selected: a.selected });

function selectionMove(was: AccountPoint | null, now: AccountPoint | null): SelectionMove {
  const before = was?.selected ?? false;
  const after = now?.selected ?? false;
  return before ? (after ? 'kept' : 'left') : after ? 'entered' : 'out';
}

function accountsOf(snapshots: readonly Snapshot[]): ReviewAccount[] {
  const n = snapshots.length;
  const byId = new Map<string, { name: string; history: Array<AccountPoint | null> }>();
  snapshots.forEach((s, k) => {
    for (const a of s.accounts) {
      let entry = byId.get(a.id);
      if (!entry) byId.set(a.id, (entry = { name: a.name, history: new Array<AccountPoint | null>(n).fill(null) }));
      entry.name = a.name;
      entry.history[k] = point(a);
    }
  });
  const accounts: ReviewAccount[] = [];
  for (const [id, { name, history }] of byId) {
    const was = history[n - 2];
    const now = history[n - 1];
    const status: AccountStatus = was && now ? 'continuing' : now ? 'new' : was ? 'vanished' : 'former';
    accounts.push({
      id,
      name,
      status,
      selection: selectionMove(was, now),
      previous: was,
      current: now,
      change: was && now ? { rank: was.rank - now.rank, attractiveness: round9(now.attractiveness - was.attractiveness), strength: round9(now.strength - was.strength) } : null,
      history,
    });
  }
  const byKey = (x: ReviewAccount, y: ReviewAccount): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return accounts.sort((x, y) => {
    if (x.current && y.current) return x.current.rank - y.current.rank;
    if (x.current || y.current) return x.current ? -1 : 1;
    return byKey(x, y);
  });
}

function releaseEntry(a: ReviewAccount, current: Snapshot, removedByTeam: ReadonlySet<string>): ReleaseEntry {
  const was = a.previous!;
  const now = a.current;
  const base = { id: a.id, name: a.name, from: was.quadrant, to: now ? now.quadrant : null };
  if (!now) return { ...base, reason: 'vanished', detail: note('core.review.release.vanished', { label: current.label }) };
  if (!isKeyQuadrant(now.quadrant)) {
    if (isKeyQuadrant(was.quadrant)) return { ...base, reason: 'demoted', detail: note('core.review.release.demoted', { from: was.quadrant, to: now.quadrant }) };
    return { ...base, reason: 'outside', detail: note('core.review.release.outside', { quadrant: now.quadrant }) };
  }
  if (removedByTeam.has(a.id)) return { ...base, reason: 'team', detail: note('core.review.release.team') };
  return { ...base, reason: 'capacity', detail: note('core.review.release.capacity', { quadrant: now.quadrant, rank: now.rank, capacity: String(current.capacity) }) };
}

/** What a review is built with besides the snapshots: the run's stamp, and the previous quarter rescored with the current method. */
export interface ReviewContext {
  generatedAt: string;
  kamVersion: string;
  /** The previous snapshot's data scored with the current snapshot's method, or why that could not be done; absent when not tried. */
  rescored?: { snapshot: Snapshot; customers: string } | { snapshot: null; reason: string | Message };
}

/** A change shown at one decimal (0.05 or more) counts as a move. */
const moved = (x: number): boolean => Math.abs(round9(x)) >= 0.05;
const differs = (a: AccountPoint, b: AccountPoint): boolean =>
  a.quadrant !== b.quadrant || a.selected !== b.selected || moved(b.attractiveness - a.attractiveness) || moved(b.strength - a.strength);
const causeOf = (byMethod: boolean, byData: boolean): Cause => (byMethod && byData ? 'both' : byMethod ? 'method' : 'data');

export function buildReview(snapshots: readonly Snapshot[], gates: readonly Gate[], ctx: ReviewContext): ReviewDocument {
  if (snapshots.length < 2) throw new Error('internal: a review needs two snapshots');
  const summaries = snapshots.map(summarize);
  const previous = summaries[summaries.length - 2];
  const current = summaries[summaries.length - 1];
  const [was, now] = [snapshots[snapshots.length - 2], snapshots[snapshots.length - 1]];
  const changes = was.method && now.method ? methodChanges(was.method, now.method) : [];
  const accounts = accountsOf(snapshots);
  const r = ctx.rescored;
  const rescore: Rescore | null = changes.length === 0 || r === undefined ? null : r.snapshot ? { done: true, customers: r.customers } : { done: false, reason: r.reason };
  const rescoredById = r?.snapshot && changes.length > 0 ? new Map(r.snapshot.accounts.map((a) => [a.id, point(a)])) : null;
  if (rescoredById) {
    for (const a of accounts) {
      const then = rescoredById.get(a.id) ?? null;
      a.rescored = a.previous ? then : null;
      a.cause = a.previous && a.current && then && differs(a.previous, a.current) ? causeOf(differs(a.previous, then), differs(then, a.current)) : null;
    }
  }
  const quadrantChanges: QuadrantChange[] = [];
  for (const a of accounts) {
    if (a.previous && a.current && a.previous.quadrant !== a.current.quadrant) {
      const up = QUADRANTS.indexOf(a.current.quadrant) < QUADRANTS.indexOf(a.previous.quadrant);
      const then = a.rescored;
      quadrantChanges.push({
        id: a.id,
        from: a.previous.quadrant,
        to: a.current.quadrant,
        direction: up ? 'up' : 'down',
        ...(then ? { cause: causeOf(then.quadrant !== a.previous.quadrant, then.quadrant !== a.current.quadrant) } : {}),
      });
    }
  }
  const ids = (keep: (a: ReviewAccount) => boolean): string[] => accounts.filter(keep).map((a) => a.id);
  // With the previous quarter rescored, the gates see what the data changed (the method change has its own gate).
  const gateAccounts = rescoredById ? accounts.map((a) => (a.rescored ? { ...a, previous: a.rescored } : a)) : accounts;
  const violations = checkGates(gates, gateAccounts, previous, current, changes);
  const last = snapshots[snapshots.length - 1];
  const removed = new Set(last.removedByTeam);
  return {
    schema: REVIEW_SCHEMA,
    generatedAt: ctx.generatedAt,
    kamVersion: ctx.kamVersion,
    snapshots: summaries,
    compared: { previous: previous.label, current: current.label },
    methodChanges: changes,
    rescore,
    movements: {
      entered: ids((a) => a.selection === 'entered'),
      left: ids((a) => a.selection === 'left'),
      quadrantChanges,
      new: ids((a) => a.status === 'new'),
      vanished: ids((a) => a.status === 'vanished'),
    },
    accounts,
    release: accounts
      .filter((a) => a.selection === 'left')
      .map((a) => {
        const entry = releaseEntry(a, last, removed);
        const then = a.rescored;
        return then ? { ...entry, cause: causeOf(!then.selected, then.selected) } : entry;
      }),
    gates: { checked: gates.map(gateName), passed: violations.length === 0, violations },
  };
}
