/**
 * Review gates (`--fail-on`): conditions on the last two snapshots that fail a CI pipeline
 * with exit 3. Each violation is one sentence.
 */
import { round9 } from '../core/classify.js';
import { UsageError } from '../core/errors.js';
import type { ReviewAccount, ReviewSnapshot, Violation } from './review.js';
import { isKeyQuadrant } from './snapshot.js';

export type Gate = { kind: 'demotion' } | { kind: 'over-capacity' } | { kind: 'drop'; points: number };

export const GATE_HELP = 'demotion, drop:N (N points, e.g. drop:10) or over-capacity';

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
    if (spec === 'demotion' || spec === 'over-capacity') gate = { kind: spec };
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

const label = (a: ReviewAccount): string => (a.name === a.id ? a.id : `${a.id} ${a.name}`);
const one = (x: number): string => x.toFixed(1);

/** The violations of each gate, comparing the previous snapshot with the current one. */
export function checkGates(gates: readonly Gate[], accounts: readonly ReviewAccount[], previous: ReviewSnapshot, current: ReviewSnapshot): Violation[] {
  const out: Violation[] = [];
  for (const gate of gates) {
    const name = gateName(gate);
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
