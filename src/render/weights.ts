/** `kam weights` output: the new weights beside the old, λmax, CI, RI, CR; or `kam/weights@1` JSON. */
import { ahpFigures, CR_THRESHOLD, type AhpResult, type Comparison } from '../core/ahp.js';
import type { Axis } from '../core/types.js';
import { terminalSafe } from './escape.js';
import { fit as fitTo, textWidth } from './text-width.js';
import type { RenderOptions } from './result-document.js';
import type { Sink } from './sink.js';
import type { Palette } from './style.js';

export const WEIGHTS_SCHEMA = 'kam/weights@1';

export interface WeightsOutcome {
  criteria: string;
  axis: Axis;
  /** Per factor of the axis, in criteria order. */
  factors: Array<{ factor: string; previous: number; weight: number; priority: number }>;
  comparisons: Comparison[];
  result: AhpResult;
  /** Where the criteria were written, or null (--dry-run). */
  written: string | null;
}

export function weightsDocument(o: WeightsOutcome): object {
  const r = o.result;
  return {
    schema: WEIGHTS_SCHEMA,
    criteria: o.criteria,
    axis: o.axis,
    factors: o.factors,
    comparisons: o.comparisons.map((c) => ({ a: c.a, b: c.b, value: c.value })),
    ...ahpFigures(r),
    written: o.written,
  };
}

export function weightsLines(o: WeightsOutcome, palette: Palette): string[] {
  const r = o.result;
  const n = o.comparisons.length;
  const nameW = Math.min(40, Math.max(6, ...o.factors.map((f) => textWidth(terminalSafe(f.factor)))));
  const fit = (t: string): string => fitTo(t, nameW);
  const lines = [
    palette.bold(`AHP weights for the ${o.axis} axis from ${n} comparison${n === 1 ? '' : 's'}`),
    palette.dim(`${'Factor'.padEnd(nameW)}  ${'was'.padStart(8)}  ${'now %'.padStart(8)}  ${'priority'.padStart(8)}`),
    ...o.factors.map((f) => `${fit(terminalSafe(f.factor))}  ${String(f.previous).padStart(8)}  ${f.weight.toFixed(2).padStart(8)}  ${f.priority.toFixed(4).padStart(8)}`),
  ];
  const verdict = r.consistent ? palette.good(`consistent (≤ ${CR_THRESHOLD.toFixed(2)})`) : palette.warn(`not consistent (> ${CR_THRESHOLD.toFixed(2)})`);
  lines.push(`λmax ${r.lambdaMax.toFixed(3)}  CI ${r.ci.toFixed(3)}  RI ${r.ri.toFixed(2)}  CR ${r.cr.toFixed(3)}: ${verdict}`);
  lines.push(
    o.written === null
      ? 'Dry run: the criteria were not changed.'
      : `Wrote the ${o.axis} weights into ${terminalSafe(o.written)} (other rows and columns unchanged).`,
  );
  return lines;
}

export type WeightsWriter = (out: Sink, o: WeightsOutcome, options: Pick<RenderOptions, 'palette'>) => void;
