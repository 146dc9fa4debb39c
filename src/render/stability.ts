/** The stability analysis in the table format: the Stab column and the list of borderline accounts. */
import { accountLabel } from '../core/accounts.js';
import type { Evaluation } from '../core/engine.js';
import { accountStability, BORDERLINE_PCT, type AccountStability, type StabilityOutcome } from '../core/stability.js';
import { QUADRANTS, type Portfolio } from '../core/types.js';
import { terminalSafe } from './escape.js';
import { t } from '../i18n/index.js';
import { count, percent, plain } from '../i18n/numbers.js';
import { fmtInt, quadrantName } from './text.js';
import { fit, textWidth } from './text-width.js';
import type { Palette } from './style.js';

/** Whole percent, rounded down so that only a true 100 % reads "100". */
export const floorPct = (x: number): string => `${Math.floor(x + 1e-9)}%`;

/** "87%", or "62%*" in the warning colour when borderline. */
export function stabilityCell(s: AccountStability, palette: Palette): string {
  return s.borderline ? palette.warn(`${floorPct(s.inQuadrantPct)}*`) : floorPct(s.inQuadrantPct);
}

/** One sentence on how the runs were made. */
export function describeStability(s: StabilityOutcome): string {
  const fmt = (x: number): string => plain(Number(x.toFixed(4)));
  const weights = s.perturb === 0 ? t('render.stability.weights.given') : t('render.stability.weights.range', { low: fmt(1 - s.perturb), high: fmt(1 + s.perturb) });
  const noise = s.scoreNoise === 0 ? t('render.stability.noise.none') : t('render.stability.noise', { noise: fmt(s.scoreNoise), n: s.scoreNoise });
  return t('render.stability.runs', { n: s.runs, count: count(s.runs), weights, noise, seed: String(s.seed) });
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
    lines.push(t('render.stability.all', { n, count: fmtInt(n), pct: plain(BORDERLINE_PCT) }));
    return lines;
  }
  const k = borderline.length;
  lines.push(opts.palette.warn(t('render.stability.borderline', { n: k, count: fmtInt(k), pct: plain(BORDERLINE_PCT) })));
  const shown = borderline.slice(0, opts.top);
  for (const p of shown) {
    const row = ev.scope[p];
    const a = accountStability(s, p);
    const name = accountLabel(portfolio.ids[row], portfolio.names[row]);
    const where = t('render.stability.where', {
      inPct: percent(a.inQuadrantPct, 1),
      quadrant: quadrantName(QUADRANTS[ev.quadrant[p]]),
      movesTo: a.movesTo === null ? String(a.movesTo) : quadrantName(a.movesTo),
      movesPct: percent(a.movesToPct, 1),
    });
    const room = Math.max(8, opts.width - textWidth(where) - 4);
    const label = terminalSafe(name);
    lines.push(`  ${fit(label, room)}  ${where}`);
  }
  if (shown.length < k) lines.push(opts.palette.dim(t('render.stability.more', { count: fmtInt(k - shown.length) })));
  return lines;
}

