/** Small text helpers shared by the renderers: scores, the split rule, chart points (widths, cuts and wraps: text-width.ts). */
import type { Evaluation } from '../core/engine.js';
import { accountStability, type StabilityOutcome } from '../core/stability.js';
import { QUADRANTS, type Portfolio } from '../core/types.js';
import { terminalSafe } from './escape.js';
import type { ChartPoint } from './kaism-chart.js';

export const fmtScore = (x: number): string => x.toFixed(1);

/**
 * Which split rule and which boundary values were used (METHOD.md §3: always say so). Fixed
 * boundaries come from --split unless `fixedBy` says who set them (the selection team).
 */
export function describeSplit(ev: Evaluation, fixedBy = 'set with --split'): string[] {
  const { rule, attractiveness, strength } = ev.split;
  const how = rule === 'fixed' ? `fixed, ${fixedBy}` : rule === 'midpoint' ? 'midpoint of each axis' : `portfolio ${rule} of each axis`;
  return [`Split rule: ${rule} (${how}).`, `High means attractiveness ≥ ${fmtBoundary(attractiveness)}, strength ≥ ${fmtBoundary(strength)}.`];
}

const fmtBoundary = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

export function chartPoints(portfolio: Portfolio, ev: Evaluation, stability?: StabilityOutcome | null): ChartPoint[] {
  const points: ChartPoint[] = new Array(ev.order.length);
  for (let r = 0; r < ev.order.length; r++) {
    const p = ev.order[r];
    points[r] = {
      id: terminalSafe(portfolio.ids[ev.scope[p]]),
      rank: r + 1,
      attractiveness: ev.attractiveness[p],
      strength: ev.strength[p],
      quadrant: QUADRANTS[ev.quadrant[p]],
    };
    if (stability) points[r].borderline = accountStability(stability, p).borderline;
  }
  return points;
}


/** Appends every item with a loop: `push(...items)` overflows the stack with a few hundred thousand. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
