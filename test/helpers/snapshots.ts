/** Hand-built snapshots for the review tests: one line per account. */
import type { Quadrant } from '../../src/core/types.js';
import type { Snapshot, SnapshotAccount } from '../../src/core/review.js';

/** `[id, attractiveness, strength, quadrant, selected]`, in rank order. */
export type Row = [string, number, number, Quadrant, boolean];

export function snap(label: string, rows: Row[], capacity: number | null = null, removedByTeam: string[] = []): Snapshot {
  const accounts: SnapshotAccount[] = rows.map(([id, attractiveness, strength, quadrant, selected], i) => ({
    rank: i + 1,
    id,
    name: `${id} Ltd`,
    attractiveness,
    strength,
    quadrant,
    selected,
  }));
  return { label, kind: 'result', generatedAt: '2026-01-01T00:00:00.000Z', split: { rule: 'midpoint', attractiveness: 50, strength: 50 }, capacity, accounts, removedByTeam };
}

/** A kam/result@1 document with just the fields a review reads. */
export function resultDoc(rows: Row[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: 'kam/result@1',
    generatedAt: '2026-01-01T00:00:00.000Z',
    method: { strength: 'absolute', missing: 'error', sort: 'quadrant', split: { rule: 'midpoint', attractiveness: 50, strength: 50 }, capacity: null, segments: null, overrides: [] },
    factors: [],
    accounts: rows.map(([id, attractiveness, strength, quadrant, selected], i) => ({ rank: i + 1, id, name: id, attractiveness, strength, quadrant, selected })),
    ...extra,
  };
}

export const ctx = { generatedAt: '2026-11-23T10:00:00.000Z', kamVersion: '0.1.0' };
