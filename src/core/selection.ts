/**
 * Selection (METHOD.md §3): key and key-development accounts in rank order, up to the capacity
 * when one is set; then the team's overrides add or remove accounts, each with its reason.
 */
import type { Override, Quadrant } from './types.js';

/** The key quadrants, whose accounts qualify for selection (METHOD.md §3). */
export const isKeyQuadrant = (q: Quadrant): boolean => q === 'key' || q === 'key-development';

export interface AppliedOverride extends Override {
  /** False when the override named an account not in scope, or changed nothing. */
  applied: boolean;
  note?: string;
}

export interface SelectionOutcome {
  selected: Uint8Array;
  /** Accounts in key or key-development. */
  qualifying: number;
  /** Qualifying accounts left out by the capacity cut. */
  cut: number;
  count: number;
  capacity: number | null;
  overCapacity: boolean;
  overrides: AppliedOverride[];
  warnings: string[];
}

export function selectAccounts(
  order: Uint32Array,
  quadrant: Uint8Array,
  idOf: (pos: number) => string,
  capacity: number | null,
  overrides: readonly Override[],
): SelectionOutcome {
  const n = order.length;
  const selected = new Uint8Array(n);
  let qualifying = 0;
  let count = 0;
  for (let r = 0; r < n; r++) {
    const p = order[r];
    if (quadrant[p] > 1) continue;
    qualifying++;
    if (capacity === null || count < capacity) {
      selected[p] = 1;
      count++;
    }
  }
  const warnings: string[] = [];
  const cut = qualifying - count;
  if (cut > 0) {
    warnings.push(
      `${qualifying} accounts are in the key quadrants but the capacity is ${capacity}: ${
        cut === 1 ? 'the lowest-ranked of them is' : `the ${cut} lowest-ranked of them are`
      } not selected.`,
    );
  }
  const applied: AppliedOverride[] = [];
  if (overrides.length > 0) {
    const posOf = new Map<string, number>();
    for (let p = 0; p < n; p++) posOf.set(idOf(p), p);
    for (const o of overrides) {
      const p = posOf.get(o.id);
      if (p === undefined) {
        applied.push({ ...o, applied: false, note: 'no such account in scope' });
        warnings.push(`The override to ${o.action} "${o.id}" was not applied: there is no such account in scope.`);
        continue;
      }
      const want = o.action === 'add' ? 1 : 0;
      const changed = selected[p] !== want;
      if (changed) count += want === 1 ? 1 : -1;
      selected[p] = want;
      applied.push(changed ? { ...o, applied: true } : { ...o, applied: false, note: `already ${want ? 'selected' : 'not selected'}` });
    }
  }
  const overCapacity = capacity !== null && count > capacity;
  if (overCapacity) warnings.push(`${count} accounts are selected but the capacity is ${capacity}: over capacity by ${count - capacity}.`);
  return { selected, qualifying, cut, count, capacity, overCapacity, overrides: applied, warnings };
}
