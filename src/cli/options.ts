/** Parsing flag values into the engine's vocabulary; a bad value is a UsageError (exit 2). */
import { UsageError } from '../core/errors.js';
import { AGGREGATES, type Aggregate } from '../core/ratings.js';
import type { MissingPolicy, SortKey, SplitSpec, StrengthMode } from '../core/types.js';
import { parseDelimiterName, type Delimiter } from '../load/csv-reader.js';

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`${flag} "${value}" is not valid; use ${allowed.join(', ')}.`);
}

export const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const parseFormat = (v: string): Format => oneOf('--format', v, FORMATS);
export const parseMissing = (v: string): MissingPolicy => oneOf('--missing', v, ['error', 'renormalize', 'midpoint'] as const);
export const parseSort = (v: string): SortKey => oneOf('--sort', v, ['quadrant', 'attractiveness', 'strength'] as const);
export const parseStrength = (v: string): StrengthMode => oneOf('--strength', v, ['absolute', 'relative'] as const);
export const parseStrengthAxis = (v: string): 'left' | 'right' => oneOf('--strength-axis', v, ['left', 'right'] as const);
export const parseAggregate = (v: string): Aggregate => oneOf('--aggregate', v, AGGREGATES);

/** `midpoint`, `median`, `mean`, or `A,S` with both numbers in 0..100. */
export function parseSplit(value: string): SplitSpec {
  const v = value.trim().toLowerCase();
  if (v === 'midpoint' || v === 'median' || v === 'mean') return { rule: v };
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[,;/]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  if (m) {
    const a = Number(m[1]);
    const s = Number(m[2]);
    if (a >= 0 && a <= 100 && s >= 0 && s <= 100) return { rule: 'fixed', attractiveness: a, strength: s };
    throw new UsageError(`--split "${value}": both boundaries must be between 0 and 100.`);
  }
  throw new UsageError(`--split "${value}" is not valid; use midpoint, median, mean, or two numbers A,S such as 60,45.`);
}

export function parseCount(flag: string, value: string, min = 0): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`${flag} "${value}" must be a whole number of at least ${min}.`);
  return Number(v);
}

export function parseDelimiter(value: string): Delimiter {
  const d = parseDelimiterName(value);
  if (d === null) throw new UsageError(`--delimiter "${value}" is not valid; use comma, semicolon or tab (",", ";", "tab").`);
  return d;
}

/** `--segment A --segment B` or `--segment A,B`. */
export function parseSegments(values: string[] | undefined): string[] | null {
  if (!values || values.length === 0) return null;
  const list = values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  if (list.length === 0) throw new UsageError('--segment needs at least one segment name.');
  return list;
}
