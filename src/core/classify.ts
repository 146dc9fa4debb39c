/** Boundaries and quadrants (METHOD.md §3): which rule, which values, who is high. */
import { QUADRANTS, type Quadrant, type Split, type SplitSpec } from './types.js';

/** Scores are compared after rounding to 9 decimals so floating-point noise never decides. */
export function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export function median(values: Float64Array): number {
  if (values.length === 0) return Number.NaN;
  const s = Float64Array.from(values).sort();
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length === 0 ? Number.NaN : sum / values.length;
}

export function computeSplit(spec: SplitSpec, attractiveness: Float64Array, strength: Float64Array): Split {
  switch (spec.rule) {
    case 'midpoint':
      return { rule: 'midpoint', attractiveness: 50, strength: 50 };
    case 'median':
      return { rule: 'median', attractiveness: median(attractiveness), strength: median(strength) };
    case 'mean':
      return { rule: 'mean', attractiveness: mean(attractiveness), strength: mean(strength) };
    case 'fixed':
      return { rule: 'fixed', attractiveness: spec.attractiveness, strength: spec.strength };
  }
}

/** The quadrant index (into QUADRANTS) of one account; a score ≥ its boundary is high. */
export function quadrantIndex(a: number, s: number, split: Split): number {
  const highA = round9(a) >= round9(split.attractiveness);
  const highS = round9(s) >= round9(split.strength);
  return highA ? (highS ? 0 : 1) : highS ? 2 : 3;
}

export function quadrantOf(a: number, s: number, split: Split): Quadrant {
  return QUADRANTS[quadrantIndex(a, s, split)];
}
