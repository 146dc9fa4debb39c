/**
 * `kam review --account ID`: one account's attractiveness and strength over the snapshots,
 * drawn with asciichart (one chart per axis, so they read the same without colour), with a
 * row per snapshot underneath.
 */
import { terminalSafe } from '../escape.js';
import { append } from '../text.js';
import { cut, padEnd } from '../text-width.js';
import { plot } from 'asciichart';
import type { AccountPoint, ReviewAccount, ReviewDocument } from '../../core/review.js';
import { t } from '../../i18n/index.js';
import { fixed } from '../../i18n/numbers.js';
import { score } from './wording.js';

const LABEL_WIDTH = 7;

/**
 * The snapshots an account was in, each drawn `step` columns wide, as asciichart lines. The
 * axis runs between the tens around the values, one row per 5 points (per 10 beyond 60 points).
 */
export function historyChart(values: readonly number[], step: number): string[] {
  const series = values.flatMap((v) => new Array<number>(step).fill(v));
  const lo = Math.max(0, Math.floor(Math.min(...values) / 10) * 10);
  const hi = Math.min(100, Math.max(lo + 10, Math.ceil(Math.max(...values) / 10) * 10));
  const height = (hi - lo) / (hi - lo <= 60 ? 5 : 10);
  return plot(series, { min: lo, max: hi, height, format: (x) => fixed(x, 1).padStart(LABEL_WIDTH) })
    .split('\n')
    .map((l) => l.trimEnd());
}

export interface AccountHistory {
  account: ReviewAccount;
  /** The snapshots the account was in, with its point in each. */
  points: Array<{ label: string; point: AccountPoint }>;
}

export function accountHistory(doc: ReviewDocument, account: ReviewAccount): AccountHistory {
  const points: AccountHistory['points'] = [];
  account.history.forEach((p, k) => {
    if (p) points.push({ label: doc.snapshots[k].label, point: p });
  });
  return { account, points };
}

/** Both charts with their titles and the snapshot labels under the time axis. */
export function accountCharts(h: AccountHistory, width: number): string[] {
  const n = h.points.length;
  const step = Math.max(2, Math.min(16, Math.floor((width - LABEL_WIDTH - 3) / Math.max(1, n))));
  const axisLabels = ' '.repeat(LABEL_WIDTH + 2) + h.points.map((p, i) => (i === n - 1 ? terminalSafe(p.label) : padEnd(cut(terminalSafe(p.label), step - 1, ''), step))).join('');
  const lines: string[] = [];
  for (const axis of ['attractiveness', 'strength'] as const) {
    lines.push(`${axis === 'attractiveness' ? t('review.chart.attractiveness') : t('review.chart.strength')} (${h.points.map((p) => score(p.point[axis])).join(' → ')})`);
    append(lines, historyChart(h.points.map((p) => p.point[axis]), step));
    lines.push(axisLabels, '');
  }
  return lines;
}
