/** `--format csv`: one row per account in rank order, cells guarded against formula injection. */
import type { Evaluation } from '../core/engine.js';
import { PARETO_CLASSES } from '../core/pareto.js';
import { accountStability, type StabilityOutcome } from '../core/stability.js';
import { QUADRANTS, type Portfolio } from '../core/types.js';
import { csvNumber, csvText } from './escape.js';
import type { Sink } from './sink.js';

export const CSV_COLUMNS = [
  'rank',
  'id',
  'name',
  'attractiveness',
  'strength',
  'quadrant',
  'selected',
  'segment',
  'channel',
  'revenue',
  'potential',
  'pareto',
  'coverage_attractiveness',
  'coverage_strength',
] as const;

/** Added after CSV_COLUMNS with --stability. */
export const STABILITY_CSV_COLUMNS = ['stability_pct', 'moves_to', 'borderline'] as const;

export function writeResultCsv(out: Sink, portfolio: Portfolio, ev: Evaluation, stability?: StabilityOutcome | null): void {
  out(`${[...CSV_COLUMNS, ...(stability ? STABILITY_CSV_COLUMNS : [])].join(',')}\n`);
  const { ids, names, segments, channels, revenue, potential } = portfolio;
  const cov = ev.coverage;
  let buf = '';
  for (let r = 0; r < ev.order.length; r++) {
    const p = ev.order[r];
    const row = ev.scope[p];
    buf +=
      `${r + 1},${csvText(ids[row])},${csvText(names[row])},${ev.attractiveness[p]},${ev.strength[p]},` +
      `${QUADRANTS[ev.quadrant[p]]},${ev.selection.selected[p] === 1},` +
      `${segments ? csvText(segments[row]) : ''},${channels ? csvText(channels[row]) : ''},` +
      `${revenue ? csvNumber(revenue[row]) : ''},${potential ? csvNumber(potential[row]) : ''},` +
      `${ev.pareto ? PARETO_CLASSES[ev.pareto.cls[p]] : ''},${cov.attractiveness[p]},${cov.strength[p]}` +
      `${stability ? stabilityCells(stability, p) : ''}\n`;
    if (buf.length > 1 << 16) {
      out(buf);
      buf = '';
    }
  }
  if (buf) out(buf);
}

function stabilityCells(s: StabilityOutcome, p: number): string {
  const a = accountStability(s, p);
  return `,${a.inQuadrantPct},${a.movesTo ?? ''},${a.borderline}`;
}
