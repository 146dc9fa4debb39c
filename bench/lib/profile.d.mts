// Types for bench/lib/profile.mjs (used by test/bench).
export interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber?: number; scriptId?: string }
export interface CpuProfile { nodes: { id: number; callFrame: CallFrame; children?: number[] }[]; samples: number[]; timeDeltas: number[]; startTime?: number; endTime?: number }
export interface Bucket { name: string; ms: number; share: number; top: { fn: string; ms: number }[] }
export const SELECT_STEPS: { step: string | null; test: (f: CallFrame) => boolean }[];
export const STEP_ORDER: string[];
export const OTHER: string;
export function moduleOf(f: CallFrame): string | null;
export function selfTimes(profile: CpuProfile): Map<number, number>;
export function breakdown(profile: CpuProfile, classify: (f: CallFrame) => string | null, fallback?: string, topN?: number): { totalMs: number; rows: Bucket[] };
export function selectSteps(profile: CpuProfile): { totalMs: number; rows: Bucket[] };
export function topShares(result: { rows: Bucket[] }, n?: number): string;
export function shortUrl(url: string): string;
