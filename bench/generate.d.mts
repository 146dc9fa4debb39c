// Types for bench/generate.mjs, which tests use to make large portfolios.
export const GENERATOR_VERSION: number;
export function generate(options: { accounts?: number; factors?: number; out: string; seed?: number; ties?: boolean }): Promise<{ ms: number; bytes: number }>;
export function paramsOf(options: { accounts: number; factors: number; seed: number; ties?: boolean }): Record<string, number | boolean>;
export function parseArgs(argv: string[], spec: Record<string, 'value' | 'flag'>): Record<string, string | boolean>;
