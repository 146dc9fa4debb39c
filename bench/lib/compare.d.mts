// Types for bench/lib/compare.mjs (used by test/bench).
export const RESULT_COLUMNS: string[];
export interface Comparison {
  same: boolean;
  identicalBytes: boolean;
  rows: number | null;
  columns: string[] | null;
  difference: { row: number; column: string; kam: string; peer: string } | null;
}
export function compareResults(kamText: string, peerText: string): Comparison;
export function describeComparison(c: Comparison): string;
