/**
 * Selection (METHOD.md §3): key and key-development accounts in rank order, up to the capacity
 * when one is set — one number for both quadrants, or (step 2) two numbers, one per quadrant;
 * then the team's overrides add or remove accounts, each with its reason. The capacity warnings
 * describe the selection after the overrides, so they never contradict what is selected.
 */
import { t } from '../i18n/index.js';
import { note, type Message } from './messages.js';
import type { Override, Quadrant } from './types.js';

/** The key quadrants, whose accounts qualify for selection (METHOD.md §3). */
export const isKeyQuadrant = (q: Quadrant): boolean => q === 'key' || q === 'key-development';

export interface AppliedOverride extends Override {
  /** False when the override named an account not in scope, or changed nothing. */
  applied: boolean;
  note?: string;
}

/** Two capacities (step 2): places for key accounts and for key-development accounts. */
export interface QuadrantCapacities {
  key: number;
  'key-development': number;
}

export interface SelectionOutcome {
  selected: Uint8Array;
  /** Accounts in key or key-development. */
  qualifying: number;
  /** Qualifying accounts left out by the capacity cut (and not added back by the team). */
  cut: number;
  count: number;
  capacity: number | null;
  overCapacity: boolean;
  overrides: AppliedOverride[];
  /** Capacity and override warnings as messages (English in the JSON result). */
  warnings: Message[];
}

export function selectAccounts(
  order: Uint32Array,
  quadrant: Uint8Array,
  idOf: (pos: number) => string,
  capacity: number | null,
  overrides: readonly Override[],
  capacities: QuadrantCapacities | null = null,
): SelectionOutcome {
  const n = order.length;
  const selected = new Uint8Array(n);
  let qualifying = 0;
  let count = 0;
  const taken = [0, 0];
  const places = capacities ? [capacities.key, capacities['key-development']] : null;
  const cutRows: number[] = [];
  for (let r = 0; r < n; r++) {
    const p = order[r];
    const q = quadrant[p];
    if (q > 1) continue;
    qualifying++;
    const room = places ? taken[q] < places[q] : capacity === null || count < capacity;
    if (room) {
      selected[p] = 1;
      count++;
      taken[q]++;
    } else cutRows.push(p);
  }
  const total = places ? places[0] + places[1] : capacity;
  const applied: AppliedOverride[] = [];
  const warnings: Message[] = [];
  if (overrides.length > 0) {
    const posOf = new Map<string, number>();
    for (let p = 0; p < n; p++) posOf.set(idOf(p), p);
    for (const o of overrides) {
      const p = posOf.get(o.id);
      if (p === undefined) {
        applied.push({ ...o, applied: false, note: t('core.selection.note.no-account') });
        warnings.push(note('core.selection.override-missing', { action: o.action, id: o.id }));
        continue;
      }
      const want = o.action === 'add' ? 1 : 0;
      const changed = selected[p] !== want;
      if (changed) count += want === 1 ? 1 : -1;
      selected[p] = want;
      applied.push(changed ? { ...o, applied: true } : { ...o, applied: false, note: t('core.selection.note.already', { state: want ? 'selected' : 'not' }) });
    }
  }
  // Accounts the capacity left out that are still out after the team's overrides.
  const still = cutRows.filter((p) => selected[p] === 0);
  const cut = still.length;
  const cutWarnings: Message[] = [];
  if (cut > 0) {
    if (places) {
      for (const q of [0, 1]) {
        const inQ = still.filter((p) => quadrant[p] === q).length;
        if (inQ === 0) continue;
        const name = q === 0 ? 'key' : 'key-development';
        const qualifyingQ = Array.from(order).filter((p) => quadrant[p] === q).length;
        cutWarnings.push(note('core.selection.quadrant-capacity', { qualifying: qualifyingQ, quadrant: name, places: places[q], cut: inQ }));
      }
    } else if (cut === cutRows.length) {
      cutWarnings.push(note('core.selection.capacity', { qualifying, capacity: String(capacity), cut }));
    } else {
      cutWarnings.push(note('core.selection.capacity-after-overrides', { qualifying, capacity: String(capacity), cut }));
    }
  }
  warnings.unshift(...cutWarnings);
  const overCapacity = total !== null && count > total;
  if (overCapacity) warnings.push(note('core.selection.over-capacity', { count, capacity: total, over: count - total }));
  return { selected, qualifying, cut, count, capacity: total, overCapacity, overrides: applied, warnings };
}
