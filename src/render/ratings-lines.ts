/**
 * The ratings part of the table report: how strength was measured against competitors, and
 * the team's disagreements (spread ≥ 30 % of the scale), one line per account and factor.
 */
import type { Evaluation } from '../core/engine.js';
import { DISAGREEMENT_SHARE, type DisagreementRecord, type RatingsReport } from '../core/ratings.js';
import { t } from '../i18n/index.js';
import { plain } from '../i18n/numbers.js';
import { terminalSafe } from './escape.js';
import { fmtInt } from './text.js';
import { cut } from './text-width.js';
import type { Palette } from './style.js';

/** Disagreement lines shown before the rest are counted. */
export const DISAGREEMENTS_SHOWN = 10;

/** A score as the team wrote it: up to two decimals, no trailing zeros. */
export const fmtRating = (x: number): string => String(Math.round(x * 100) / 100);

/** One disagreement: `C001 Product quality vs Polypak: anna 3, ben 8, cy 9 (spread 67 %)`, `…(spread 67 %; settled at 7)` once the team settled it. */
export function describeDisagreement(d: DisagreementRecord): string {
  const score = (x: number): string => plain(fmtRating(x));
  const versus = d.competitor === null ? '' : t('render.ratings.versus', { competitor: d.competitor });
  const scores = d.raters.map((r) => (r.rater === null ? score(r.score) : `${r.rater} ${score(r.score)}`)).join(', ');
  const settled = d.settled ? t('render.ratings.settled', { score: score(d.settled.score) }) : '';
  return terminalSafe(t('render.ratings.disagreement', { account: d.account, factor: d.factor, versus, scores, pct: fmtInt(Math.round(d.spreadPct)), settled }));
}

const fit = (line: string, width: number): string => cut(line, Math.max(2, width));

export function ratingsLines(ratings: RatingsReport, ev: Evaluation, width: number, palette: Palette): string[] {
  const lines: string[] = [];
  if (ratings.competitors !== null && ev.method.strength === 'relative') {
    let rated = 0;
    for (const row of ev.scope) if (ratings.competitors.has(row)) rated++;
    lines.push(
      fit(t('render.ratings.relative'), width),
      fit(t('render.ratings.rated', { rated: fmtInt(rated), total: fmtInt(ev.scope.length) }), width),
    );
  }
  const list = ratings.disagreements;
  const title = t('render.ratings.disagreements', { pct: fmtInt(Math.round(DISAGREEMENT_SHARE * 100)) });
  lines.push(palette.bold(fit(list.length === 0 ? t('render.ratings.disagreements.none', { title }) : t('render.ratings.disagreements.count', { title, count: fmtInt(list.length) }), width)));
  for (const d of list.slice(0, DISAGREEMENTS_SHOWN)) lines.push(palette.warn(fit(`  ${describeDisagreement(d)}`, width)));
  const more = list.length - DISAGREEMENTS_SHOWN;
  if (more > 0) lines.push(palette.dim(fit(t('render.ratings.more', { count: fmtInt(more) }), width)));
  return lines;
}
