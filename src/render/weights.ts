/** `kam weights` output: the new weights beside the old, λmax, CI, RI, CR; or `kam/weights@1` JSON. */
import { ahpFigures, CR_THRESHOLD, type AhpResult, type Comparison } from '../core/ahp.js';
import type { Axis } from '../core/types.js';
import { terminalSafe } from './escape.js';
import { t } from '../i18n/index.js';
import { fixed, plain } from '../i18n/numbers.js';
import { axisName, fmtInt } from './text.js';
import { fit as fitTo, padEnd, padStart, textWidth } from './text-width.js';
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
  const nameW = Math.min(40, Math.max(6, textWidth(t('render.weights.header.factor')), ...o.factors.map((f) => textWidth(terminalSafe(f.factor)))));
  const fit = (text: string): string => fitTo(text, nameW);
  const head = [t('render.weights.header.factor'), t('render.weights.header.was'), t('render.weights.header.now'), t('render.weights.header.priority')];
  // The number columns are 8 wide, or as wide as their header.
  const w = head.slice(1).map((h) => Math.max(8, textWidth(h)));
  const lines = [
    palette.bold(t('render.weights.title', { axis: axisName(o.axis), n, count: fmtInt(n) })),
    palette.dim(`${padEnd(head[0], nameW)}  ${padStart(head[1], w[0])}  ${padStart(head[2], w[1])}  ${padStart(head[3], w[2])}`),
    ...o.factors.map((f) => `${fit(terminalSafe(f.factor))}  ${padStart(plain(f.previous), w[0])}  ${padStart(fixed(f.weight, 2), w[1])}  ${padStart(fixed(f.priority, 4), w[2])}`),
  ];
  const threshold = fixed(CR_THRESHOLD, 2);
  const verdict = r.consistent ? palette.good(t('render.weights.consistent', { threshold })) : palette.warn(t('render.weights.inconsistent', { threshold }));
  lines.push(t('render.weights.figures', { lambda: fixed(r.lambdaMax, 3), ci: fixed(r.ci, 3), ri: fixed(r.ri, 2), cr: fixed(r.cr, 3), verdict }));
  lines.push(
    o.written === null
      ? t('render.weights.dryrun')
      : t('render.weights.wrote', { axis: axisName(o.axis), file: terminalSafe(o.written) }),
  );
  return lines;
}

export type WeightsWriter = (out: Sink, o: WeightsOutcome, options: Pick<RenderOptions, 'palette'>) => void;
