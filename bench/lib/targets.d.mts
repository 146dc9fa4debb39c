// Types for bench/lib/targets.mjs (used by test/bench).
export interface Verdict { ok: boolean | null; target: string; verdict: string }
export function atMost(measured: number, limit: number, unit?: string): Verdict;
export function holds(ok: boolean, whatFailed?: string): Verdict;
export const info: Verdict;
export function notRun(target: string, why: string): Verdict;
