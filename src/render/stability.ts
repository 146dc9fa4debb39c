/** The stability analysis in the table format: the Stab column and the list of borderline accounts. */
import { accountLabel } from '../core/accounts.js';
import type { Evaluation } from '../core/engine.js';
import { accountStability, BORDERLINE_PCT, type AccountStability, type StabilityOutcome } from '../core/stability.js';
import { QUADRANTS, type Portfolio } from '../core/types.js';
import { terminalSafe } from './escape.js';
import { fit } from './text-width.js';
import type { Palette } from './style.js';

/** Whole percent, rounded down so that only a true 100 % reads "100". */
export const floorPct = (x: number): string => `${Math.floor(x + 1e-9)}%`;

/** "87%", or "62%*" in the warning colour when borderline. */
export function stabilityCell(s: AccountStability, palette: Palette): string {
  return s.borderline ? palette.warn(`${floorPct(s.inQuadrantPct)}*`) : floorPct(s.inQuadrantPct);
}

/** One sentence on how the runs were made. */
export function describeStability(s: StabilityOutcome): string {
  const fmt = (x: number): string => String(Number(x.toFixed(4)));
  const weights = s.perturb === 0 ? 'weights as given' : `weights × ${fmt(1 - s.perturb)}–${fmt(1 + s.perturb)}`;
  const noise = s.scoreNoise === 0 ? 'no score noise' : `values ± ${fmt(s.scoreNoise)} scale point${s.scoreNoise === 1 ? '' : 's'}`;
  return `Stability: ${s.runs.toLocaleString('en-US')} run${s.runs === 1 ? '' : 's'}, ${weights}, ${noise}, seed ${s.seed}.`;
}

export function stabilityLines(
  portfolio: Portfolio,
  ev: Evaluation,
  s: StabilityOutcome,
  opts: { width: number; top: number; palette: Palette },
): string[] {
  const lines = [describeStability(s)];
  const borderline: number[] = [];
  for (const p of ev.order) if (accountStability(s, p).borderline) borderline.push(p);
  const n = ev.order.length;
  if (borderline.length === 0) {
    lines.push(`All ${n} account${n === 1 ? ' stays' : 's stay'} in their quadrant in at least ${BORDERLINE_PCT} % of the runs.`);
    return lines;
  }
  const k = borderline.length;
  lines.push(opts.palette.warn(`${k} borderline account${k === 1 ? '' : 's'} (*: in their quadrant in fewer than ${BORDERLINE_PCT} % of the runs):`));
  const shown = borderline.slice(0, opts.top);
  for (const p of shown) {
    const row = ev.scope[p];
    const a = accountStability(s, p);
    const name = accountLabel(portfolio.ids[row], portfolio.names[row]);
    const where = `${pctText(a.inQuadrantPct)} in ${QUADRANTS[ev.quadrant[p]]}, else ${a.movesTo} ${pctText(a.movesToPct)}`;
    const room = Math.max(8, opts.width - where.length - 4);
    const label = terminalSafe(name);
    lines.push(`  ${fit(label, room)}  ${where}`);
  }
  if (shown.length < k) lines.push(opts.palette.dim(`  … ${k - shown.length} more (use --top N, or --format json for all).`));
  return lines;
}

const pctText = (x: number): string => `${x.toFixed(1)} %`;

