/** `--format csv`: one row per account in rank order, cells guarded against formula injection. */
import type { Evaluation } from '../core/engine.js';
import { PARETO_CLASSES } from '../core/pareto.js';
import { accountStability, type StabilityOutcome } from '../core/stability.js';
import { QUADRANTS, type Portfolio } from '../core/types.js';
import { csvText, fixed9 } from './escape.js';
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
  'pareto',
  'coverage_attractiveness',
  'coverage_strength',
] as const;

/** Added after CSV_COLUMNS with --stability. */
export const STABILITY_CSV_COLUMNS = ['stability_pct', 'moves_to', 'borderline'] as const;

export function writeResultCsv(out: Sink, portfolio: Portfolio, ev: Evaluation, stability?: StabilityOutcome | null): void {
  out(`${[...CSV_COLUMNS, ...(stability ? STABILITY_CSV_COLUMNS : [])].join(',')}\n`);
  const { ids, names, segments } = portfolio;
  // Segments repeat: escape each distinct one once.
  const segmentCell = new Map<string, string>();
  const segment = (s: string): string => {
    let cell = segmentCell.get(s);
    if (cell === undefined) segmentCell.set(s, (cell = csvText(s)));
    return cell;
  };
  // Ids and names that need quoting or a formula guard, found in file order (cache-friendly).
  const needs = new Uint8Array(portfolio.n);
  for (let row = 0; row < portfolio.n; row++) {
    if (csvText(ids[row]) !== ids[row]) needs[row] |= 1;
    if (csvText(names[row]) !== names[row]) needs[row] |= 2;
  }
  const covA = ev.coverage.attractiveness;
  const covS = ev.coverage.strength;
  const pareto = ev.pareto ? ev.pareto.cls : null;
  const selected = ev.selection.selected;
  let buf = '';
  for (let r = 0; r < ev.order.length; r++) {
    const p = ev.order[r];
    const row = ev.scope[p];
    const id = needs[row] & 1 ? csvText(ids[row]) : ids[row];
    const name = needs[row] & 2 ? csvText(names[row]) : names[row];
    // Scores to 9 decimals, the precision kam compares them at (the JSON has them in full).
    buf +=
      `${r + 1},${id},${name},${fixed9(ev.attractiveness[p])},${fixed9(ev.strength[p])},` +
      `${QUADRANTS[ev.quadrant[p]]},${selected[p] === 1},${segments ? segment(segments[row]) : ''},` +
      `${pareto ? PARETO_CLASSES[pareto[p]] : ''},${covA[p]},${covS[p]}${stability ? stabilityCells(stability, p) : ''}\n`;
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
