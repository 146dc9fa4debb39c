// Types for bench/lib/csv.mjs (used by test/bench).
export function forEachRecord(text: string, onRow: (fields: string[], row: number) => void, delimiter?: string): number;
export function records(text: string, delimiter?: string): Generator<string[]>;
export function readObjects(text: string, delimiter?: string): Record<string, string>[];
