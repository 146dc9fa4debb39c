/**
 * The kam/review@1 document (step 10, "review, review, review"): who moved between the last
 * two snapshots, every account's history across all of them, the release list, and the gates.
 * Pure: snapshots in, document out. Deterministic for CI diffs: accounts by current rank, then
 * the accounts no longer in the current snapshot by key.
 */
import { round9 } from './classify.js';
import { checkGates, gateName, type Gate, type Violation } from './gates.js';
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
}

export interface QuadrantChange {
  id: string;
  from: Quadrant;
  to: Quadrant;
  /** `up` towards key in the ranking order of the quadrants, `down` away from it. */
  direction: 'up' | 'down';
}

export type ReleaseReason = 'demoted' | 'outside' | 'capacity' | 'team' | 'vanished';

export interface ReleaseEntry {
  id: string;
  name: string;
  reason: ReleaseReason;
  from: Quadrant;
  to: Quadrant | null;
  detail: string;
}

export type { Violation } from './gates.js';

export interface ReviewDocument {
  schema: typeof REVIEW_SCHEMA;
  generatedAt: string;
  kamVersion: string;
  snapshots: ReviewSnapshot[];
  compared: { previous: string; current: string };
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
  if (!now) return { ...base, reason: 'vanished', detail: `no longer in the data (${current.label})` };
  if (!isKeyQuadrant(now.quadrant)) {
    if (isKeyQuadrant(was.quadrant)) return { ...base, reason: 'demoted', detail: `moved from ${was.quadrant} to ${now.quadrant}` };
    return { ...base, reason: 'outside', detail: `${now.quadrant}, outside the key quadrants, and no longer added by the team` };
  }
  if (removedByTeam.has(a.id)) return { ...base, reason: 'team', detail: "removed by the team's override" };
  return { ...base, reason: 'capacity', detail: `still ${now.quadrant}, ranked ${now.rank}, beyond the capacity of ${current.capacity}` };
}

export function buildReview(snapshots: readonly Snapshot[], gates: readonly Gate[], ctx: { generatedAt: string; kamVersion: string }): ReviewDocument {
  if (snapshots.length < 2) throw new Error('internal: a review needs two snapshots');
  const summaries = snapshots.map(summarize);
  const previous = summaries[summaries.length - 2];
  const current = summaries[summaries.length - 1];
  const accounts = accountsOf(snapshots);
  const quadrantChanges: QuadrantChange[] = [];
  for (const a of accounts) {
    if (a.previous && a.current && a.previous.quadrant !== a.current.quadrant) {
      const up = QUADRANTS.indexOf(a.current.quadrant) < QUADRANTS.indexOf(a.previous.quadrant);
      quadrantChanges.push({ id: a.id, from: a.previous.quadrant, to: a.current.quadrant, direction: up ? 'up' : 'down' });
    }
  }
  const ids = (keep: (a: ReviewAccount) => boolean): string[] => accounts.filter(keep).map((a) => a.id);
  const violations = checkGates(gates, accounts, previous, current);
  const last = snapshots[snapshots.length - 1];
  const removed = new Set(last.removedByTeam);
  return {
    schema: REVIEW_SCHEMA,
    generatedAt: ctx.generatedAt,
    kamVersion: ctx.kamVersion,
    snapshots: summaries,
    compared: { previous: previous.label, current: current.label },
    movements: {
      entered: ids((a) => a.selection === 'entered'),
      left: ids((a) => a.selection === 'left'),
      quadrantChanges,
      new: ids((a) => a.status === 'new'),
      vanished: ids((a) => a.status === 'vanished'),
    },
    accounts,
    release: accounts.filter((a) => a.selection === 'left').map((a) => releaseEntry(a, last, removed)),
    gates: { checked: gates.map(gateName), passed: violations.length === 0, violations },
  };
}
