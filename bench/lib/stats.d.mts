// Types for bench/lib/stats.mjs (used by test/bench).
export function median(xs: readonly number[]): number;
export function pairedRatio(numerator: readonly number[], denominator: readonly number[]): { median: number; min: number; max: number; ratios: number[] };
export function alternate<T>(rounds: number, fns: ReadonlyArray<(round: number) => T>): T[][];
export function perAccountSpread(points: ReadonlyArray<readonly [number, number]>, fixed: number, fixedAccounts: number): {
  perAccount: [number, number][];
  slowest: [number, number];
  fastest: [number, number];
  spread: number;
};
