/** Flag values of the stability analysis (`--stability [N]`, `--perturb`, `--score-noise`, `--seed`). */
import { UsageError } from '../core/errors.js';
import { DEFAULT_STABILITY, type StabilityOptions } from '../core/stability.js';

export interface StabilityFlags {
  stability?: string | boolean;
  perturb?: string;
  scoreNoise?: string;
  seed?: string;
}

/** A decimal number (point or comma) within lo..hi. */
export function parseDecimal(flag: string, value: string, lo: number, hi: number): number {
  const v = value.trim().replace(',', '.');
  const x = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v) ? Number(v) : Number.NaN;
  if (!(x >= lo && x <= hi)) {
    throw new UsageError(`${flag} "${value}" must be a number from ${lo} to ${hi === Infinity ? 'any size' : hi}.`);
  }
  return x;
}

function parseWhole(flag: string, value: string, lo: number, hi: number): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < lo || Number(v) > hi) {
    throw new UsageError(`${flag} "${value}" must be a whole number from ${lo} to ${hi.toLocaleString('en-US')}.`);
  }
  return Number(v);
}

/**
 * The stability options, or null when none of the flags is given. `--perturb`, `--score-noise`
 * and `--seed` imply `--stability` with its default number of runs.
 */
export function parseStability(flags: StabilityFlags): StabilityOptions | null {
  const { stability, perturb, scoreNoise, seed } = flags;
  if (stability === undefined && perturb === undefined && scoreNoise === undefined && seed === undefined) return null;
  return {
    runs: typeof stability === 'string' ? parseWhole('--stability', stability, 1, 10_000_000) : DEFAULT_STABILITY.runs,
    perturb: perturb === undefined ? DEFAULT_STABILITY.perturb : parseDecimal('--perturb', perturb, 0, 1),
    scoreNoise: scoreNoise === undefined ? DEFAULT_STABILITY.scoreNoise : parseDecimal('--score-noise', scoreNoise, 0, Infinity),
    seed: seed === undefined ? DEFAULT_STABILITY.seed : parseWhole('--seed', seed, 0, 4294967295),
  };
}
