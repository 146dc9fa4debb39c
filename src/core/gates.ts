/**
 * Review gates (`--fail-on`): conditions on the last two snapshots that fail a CI pipeline
 * with exit 3. Each violation is one sentence.
 */
import { accountLabel } from './accounts.js';
import { round9 } from './classify.js';
import { UsageError } from './errors.js';
import { isKeyQuadrant } from './selection.js';
import type { MethodChange } from './method-changes.js';
import type { Quadrant } from './types.js';

/** What a gate reads of an account: where it stood in the previous and the current snapshot. */
export interface GateAccount {
  id: string;
  name: string;
  previous: GatePoint | null;
  current: GatePoint | null;
}

interface GatePoint {
  attractiveness: number;
  strength: number;
  quadrant: Quadrant;
  selected: boolean;
}

/** What a gate reads of a snapshot. */
export interface GateSnapshot {
  label: string;
  selected: number;
  capacity: number | null;
  overCapacity: boolean;
}

export interface Violation {
  gate: string;
  id: string | null;
  message: string;
}

export type Gate = { kind: 'demotion' } | { kind: 'over-capacity' } | { kind: 'method-change' } | { kind: 'drop'; points: number };

export const GATE_HELP = 'demotion, drop:N (N points, e.g. drop:10), over-capacity or method-change';

/** The gates as a user starts typing them (`drop:` takes its points after the colon): what `--fail-on` completes to. */
export const GATE_WORDS: readonly string[] = ['demotion', 'drop:', 'over-capacity'];

export function gateName(g: Gate): string {
  return g.kind === 'drop' ? `drop:${g.points}` : g.kind;
}

/** `--fail-on` values: repeatable and comma-separable; duplicates are checked once. */
export function parseGates(values: readonly string[]): Gate[] {
  const gates = new Map<string, Gate>();
  for (const raw of values.flatMap((v) => v.split(','))) {
    const spec = raw.trim().toLowerCase();
    if (spec === '') continue;
    let gate: Gate;
    if (spec === 'demotion' || spec === 'over-capacity' || spec === 'method-change') gate = { kind: spec };
    else {
      const m = /^drop:(\d+(?:\.\d+)?)$/.exec(spec);
      if (!m || !(Number(m[1]) > 0)) throw new UsageError(`--fail-on "${raw.trim()}" is not a gate; use ${GATE_HELP}.`);
      gate = { kind: 'drop', points: Number(m[1]) };
    }
    gates.set(gateName(gate), gate);
  }
  if (values.length > 0 && gates.size === 0) throw new UsageError(`--fail-on needs a gate: ${GATE_HELP}.`);
  return [...gates.values()];
}

const label = (a: GateAccount): string => accountLabel(a.id, a.name);
const one = (x: number): string => x.toFixed(1);

/**
 * The violations of each gate, comparing the previous snapshot with the current one (`accounts`
 * carry the previous quarter rescored with the current method when the review could tell the
 * method from the data). `method-change` fails on every change of method.
 */
export function checkGates(gates: readonly Gate[], accounts: readonly GateAccount[], previous: GateSnapshot, current: GateSnapshot, methodChanges: readonly MethodChange[] = []): Violation[] {
  const out: Violation[] = [];
  for (const gate of gates) {
    const name = gateName(gate);
    if (gate.kind === 'method-change') {
      for (const c of methodChanges) out.push({ gate: name, id: null, message: `${name}: ${c.message} (${previous.label} → ${current.label}).` });
      continue;
    }
    if (gate.kind === 'over-capacity') {
      if (current.overCapacity) {
        out.push({ gate: name, id: null, message: `${name}: ${current.selected} accounts are selected in ${current.label} but the capacity is ${current.capacity}.` });
      }
      continue;
    }
    for (const a of accounts) {
      const { previous: was, current: now } = a;
      if (!was || !now) continue;
      if (gate.kind === 'demotion') {
        if (was.selected && isKeyQuadrant(was.quadrant) && !isKeyQuadrant(now.quadrant)) {
          out.push({ gate: name, id: a.id, message: `${name}: ${label(a)} was selected in ${previous.label} and is now ${now.quadrant} (${was.quadrant} → ${now.quadrant}).` });
        }
        continue;
      }
      for (const axis of ['attractiveness', 'strength'] as const) {
        const fell = round9(was[axis] - now[axis]);
        if (fell >= gate.points) {
          out.push({ gate: name, id: a.id, message: `${name}: ${label(a)}: ${axis} fell ${one(fell)} points (${one(was[axis])} → ${one(now[axis])}).` });
        }
      }
    }
  }
  return out;
}
