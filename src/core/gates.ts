/**
 * Review gates (`--fail-on`): conditions on the last two snapshots that fail a CI pipeline
 * with exit 3. Each violation is one sentence.
 */
import { accountLabel } from './accounts.js';
import { round9 } from './classify.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { Language } from '../i18n/language.js';
import { UsageError } from './errors.js';
import { note, type Message } from './messages.js';
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
  /** One sentence: English in kam/review@1, the reader's language on the screen (`say`). */
  message: Message;
}

export type Gate = { kind: 'demotion' } | { kind: 'over-capacity' } | { kind: 'method-change' } | { kind: 'drop'; points: number };

/** The gates for help and messages, in the run's language (or `lang`). */
export const gateHelp = (lang?: Language): string => t('core.gate.help', {}, lang);

/** The same in English (what callers used before the catalogue; gateHelp() speaks the reader's language). */
export const GATE_HELP = gateHelp('en');

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
      if (!m || !(Number(m[1]) > 0)) throw new UsageError(t('core.gate.not-a-gate', { value: raw.trim(), help: gateHelp() }));
      gate = { kind: 'drop', points: Number(m[1]) };
    }
    gates.set(gateName(gate), gate);
  }
  if (values.length > 0 && gates.size === 0) throw new UsageError(t('core.gate.needs-gate', { help: gateHelp() }));
  return [...gates.values()];
}

const label = (a: GateAccount): string => accountLabel(a.id, a.name);

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
      for (const c of methodChanges) out.push({ gate: name, id: null, message: methodChangeViolation(name, c, previous.label, current.label) });
      continue;
    }
    if (gate.kind === 'over-capacity') {
      if (current.overCapacity) {
        out.push({ gate: name, id: null, message: note('core.gate.over-capacity', { gate: name, selected: current.selected, label: current.label, capacity: String(current.capacity) }) });
      }
      continue;
    }
    for (const a of accounts) {
      const { previous: was, current: now } = a;
      if (!was || !now) continue;
      if (gate.kind === 'demotion') {
        if (was.selected && isKeyQuadrant(was.quadrant) && !isKeyQuadrant(now.quadrant)) {
          out.push({ gate: name, id: a.id, message: note('core.gate.demotion', { gate: name, account: label(a), label: previous.label, now: now.quadrant, was: was.quadrant }) });
        }
        continue;
      }
      for (const axis of ['attractiveness', 'strength'] as const) {
        const fell = round9(was[axis] - now[axis]);
        if (fell >= gate.points) {
          out.push({ gate: name, id: a.id, message: note('core.gate.drop', { gate: name, account: label(a), axis, fell, was: was[axis], now: now[axis] }) });
        }
      }
    }
  }
  return out;
}

/** The method-change gate's sentence: the change's own sentence between the gate and the two snapshots. */
function methodChangeViolation(gate: string, c: MethodChange, fromLabel: string, toLabel: string): Message {
  const key = c.message.key.slice('core.method-change.'.length);
  return note(`core.gate.method-change.${key}` as MessageKey, { ...c.message.values, gate, fromLabel, toLabel });
}
