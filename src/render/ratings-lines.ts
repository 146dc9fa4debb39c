/**
 * The ratings part of the table report: how strength was measured against competitors, and
 * the team's disagreements (spread ≥ 30 % of the scale), one line per account and factor.
 */
import type { Evaluation } from '../core/engine.js';
import { DISAGREEMENT_SHARE, type DisagreementRecord, type RatingsReport } from '../core/ratings.js';
import { terminalSafe } from './escape.js';
import { cut } from './text-width.js';
import type { Palette } from './style.js';

/** Disagreement lines shown before the rest are counted. */
export const DISAGREEMENTS_SHOWN = 10;

/** A score as the team wrote it: up to two decimals, no trailing zeros. */
export const fmtRating = (x: number): string => String(Math.round(x * 100) / 100);

/** One disagreement: `C001 Product quality vs Polypak: anna 3, ben 8, cy 9 (spread 67 %)`, `…(spread 67 %; settled at 7)` once the team settled it. */
export function describeDisagreement(d: DisagreementRecord): string {
  const who = d.competitor === null ? '' : ` vs ${d.competitor}`;
  const scores = d.raters.map((r) => (r.rater === null ? fmtRating(r.score) : `${r.rater} ${fmtRating(r.score)}`)).join(', ');
  const settled = d.settled ? `; settled at ${fmtRating(d.settled.score)}` : '';
  return terminalSafe(`${d.account} ${d.factor}${who}: ${scores} (spread ${Math.round(d.spreadPct)} %${settled})`);
}

const fit = (line: string, width: number): string => cut(line, Math.max(2, width));

export function ratingsLines(ratings: RatingsReport, ev: Evaluation, width: number, palette: Palette): string[] {
  const lines: string[] = [];
  if (ratings.competitors !== null && ev.method.strength === 'relative') {
    let rated = 0;
    for (const row of ev.scope) if (ratings.competitors.has(row)) rated++;
    lines.push(
      fit('Strength is relative: 50 = parity with the best competitor.', width),
      fit(`${rated} of ${ev.scope.length} accounts have competitor ratings; the others use ours alone.`, width),
    );
  }
  const list = ratings.disagreements;
  const title = `Disagreements (spread ≥ ${Math.round(DISAGREEMENT_SHARE * 100)} % of the scale):`;
  lines.push(palette.bold(fit(list.length === 0 ? `${title} none.` : `${title} ${list.length}`, width)));
  for (const d of list.slice(0, DISAGREEMENTS_SHOWN)) lines.push(palette.warn(fit(`  ${describeDisagreement(d)}`, width)));
  const more = list.length - DISAGREEMENTS_SHOWN;
  if (more > 0) lines.push(palette.dim(fit(`  … and ${more} more (all of them in --format json).`, width)));
  return lines;
}
