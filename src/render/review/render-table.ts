/**
 * `kam review --format table`: the compared snapshots, one row per account with deltas and
 * arrows, the movements, the release list with Cheverton's guidance, the trend across all
 * snapshots (three or more), and the gates.
 */
import { accountLabel } from '../../core/accounts.js';
import { QUADRANTS } from '../../core/types.js';
import { terminalSafe } from '../escape.js';
import { append } from '../text.js';
import { fit, textWidth, wrap } from '../text-width.js';
import type { Sink } from '../sink.js';
import type { Palette } from '../style.js';
import { accountCharts, type AccountHistory } from './history-chart.js';
import type { ReviewAccount, ReviewDocument } from '../../core/review.js';
import { say, t } from '../../i18n/index.js';
import {
  accountsShown,
  capacityLine,
  CAUSE_WORD,
  delta,
  quadrantWord,
  releaseGuidance,
  whole,
  leftOut,
  limited,
  methodChangeLines,
  movementGroups,
  quadrantTrail,
  RELEASE_WORD,
  score,
  SELECTION_WORD,
  sparkline,
  titleLine,
} from './wording.js';

export interface TableOptions {
  width: number;
  palette: Palette;
  /** --top N: at most N accounts per list, the rest counted; null for all. */
  top?: number | null;
}

/** The cause column's words (short: the table is narrow). */
const causeCell = (c: 'method' | 'data' | 'both'): string => t(`review.cell.cause.${c}`);

/** A column at least as wide as its heading (Indonesian headings are longer). */
const wide = (head: string, width: number): number => Math.max(width, textWidth(head));

interface Column {
  head: string;
  width: number;
  right?: boolean;
}

/** Rows of cells under a bold header; `paint` colours a fitted cell (column index, row index). */
function grid(columns: Column[], rows: string[][], palette: Palette, paint: (text: string, c: number, r: number) => string = (t) => t): string[] {
  const line = (cells: string[], style: (t: string, c: number) => string) => cells.map((cell, c) => style(fit(cell, columns[c].width, columns[c].right ? 'right' : 'left'), c)).join(' ').trimEnd();
  return [line(columns.map((c) => c.head), (t) => palette.bold(t)), ...rows.map((cells, r) => line(cells, (t, c) => paint(t, c, r)))];
}

export const accountName = (a: ReviewAccount): string => terminalSafe(accountLabel(a.id, a.name));

function accountRows(doc: ReviewDocument, width: number, palette: Palette, shown: ReviewAccount[]): string[] {
  const why = doc.rescore?.done === true;
  // Sized to the ranks shown (with --top the accounts shown are not ranks 1..N).
  // A loop, not Math.max(...list): a spread of 150,000 arguments overflows the stack.
  const rankW = shown.reduce((w, a) => Math.max(w, a.current ? whole(a.current.rank).length : 1), 1);
  const heads = { quadrant: t('review.table.head.quadrant'), attr: t('review.table.head.attr'), str: t('review.table.head.str'), sel: t('review.table.head.sel'), why: t('review.table.head.why') };
  // 17 in English: `key-development ▲`.
  const quadrantW = wide(heads.quadrant, QUADRANTS.reduce((w, q) => Math.max(w, textWidth(quadrantWord(q)) + 2), textWidth(t('review.where.vanished'))));
  const selW = wide(heads.sel, (['entered', 'left', 'kept'] as const).reduce((w, k) => Math.max(w, textWidth(t(`review.selection.${k}`))), 7));
  const whyW = wide(heads.why, (['method', 'data', 'both'] as const).reduce((w, k) => Math.max(w, textWidth(causeCell(k))), 6));
  const fixed = [rankW, quadrantW, wide(heads.attr, 5), 7, wide(heads.str, 5), 7, selW, ...(why ? [whyW] : [])];
  const accW = Math.max(12, width - fixed.reduce((a, b) => a + b, 0) - fixed.length);
  const columns: Column[] = [
    { head: '#', width: rankW, right: true },
    { head: t('review.table.head.account'), width: accW },
    { head: heads.quadrant, width: quadrantW },
    { head: heads.attr, width: fixed[2], right: true },
    { head: 'Δ', width: 7, right: true },
    { head: heads.str, width: fixed[4], right: true },
    { head: 'Δ', width: 7, right: true },
    { head: heads.sel, width: selW },
    ...(why ? [{ head: heads.why, width: whyW }] : []),
  ];
  const rows = shown.map((a) => {
    const now = a.current;
    const moved = a.previous && now && a.previous.quadrant !== now.quadrant ? (isUp(a) ? ' ▲' : ' ▼') : '';
    const mark = (d: number | undefined): string => (a.status === 'new' ? t('review.new') : d === undefined ? '' : delta(d));
    return [
      now ? whole(now.rank) : '–',
      accountName(a),
      now ? `${quadrantWord(now.quadrant)}${moved}` : t('review.where.vanished'),
      now ? score(now.attractiveness) : '',
      mark(a.change?.attractiveness),
      now ? score(now.strength) : '',
      mark(a.change?.strength),
      SELECTION_WORD[a.selection],
      ...(why ? [a.cause ? causeCell(a.cause) : ''] : []),
    ];
  });
  return grid(columns, rows, palette, (t, c, r) => {
    const a = shown[r];
    if (c === 2 && a.current) return palette.quadrant(a.current.quadrant, t);
    if (c === 4 || c === 6) return t.includes('▲') ? palette.good(t) : t.includes('▼') ? palette.error(t) : t;
    if (c === 7) return a.selection === 'left' ? palette.warn(t) : a.selection === 'entered' ? palette.good(t) : t;
    return t;
  });
}

const isUp = (a: ReviewAccount): boolean => QUADRANTS.indexOf(a.current!.quadrant) < QUADRANTS.indexOf(a.previous!.quadrant);

function trendRows(doc: ReviewDocument, width: number, palette: Palette, accounts: ReviewAccount[]): string[] {
  const n = doc.snapshots.length;
  const trailW = Math.max(9, 2 * n - 1);
  const sparkW = n + 14;
  const accW = Math.max(12, width - trailW - 2 * sparkW - 3);
  const columns: Column[] = [
    { head: t('review.table.head.account'), width: accW },
    { head: t('review.table.head.quadrants'), width: trailW },
    { head: t('review.table.head.attractiveness'), width: sparkW },
    { head: t('review.table.head.strength'), width: sparkW },
  ];
  const ends = (a: ReviewAccount, axis: 'attractiveness' | 'strength'): string => {
    const present = a.history.filter((p) => p !== null);
    return `${sparkline(a.history, axis)} ${score(present[0]![axis])}→${score(present[present.length - 1]![axis])}`;
  };
  return grid(
    columns,
    accounts.map((a) => [accountName(a), quadrantTrail(a.history), ends(a, 'attractiveness'), ends(a, 'strength')]),
    palette,
  );
}

export function writeReviewTable(out: Sink, doc: ReviewDocument, opts: TableOptions): void {
  const { palette: p, width } = opts;
  const top = opts.top ?? null;
  const [prev, cur] = doc.snapshots.slice(-2);
  const L: string[] = [...wrap(t('review.table.title', { title: terminalSafe(titleLine(doc)) }), width, '  ').map(p.bold), ''];
  L.push(...wrap(t('review.table.previous', { label: terminalSafe(prev.label), line: capacityLine(prev) }), width, '  '));
  L.push(...wrap(t('review.table.current', { label: terminalSafe(cur.label), line: capacityLine(cur) }), width, '  '), '');
  const method = methodChangeLines(doc);
  if (method) {
    L.push(...wrap(terminalSafe(method.head), width, '  ').map((l) => p.warn(p.bold(l))));
    for (const c of method.changes) L.push(...wrap(`- ${terminalSafe(c)}`, width, '    '));
    L.push(...wrap(terminalSafe(method.meaning), width, '  '), '');
  }
  const rows = accountsShown(doc, top);
  append(L, accountRows(doc, width, p, rows.shown));
  if (rows.hidden > 0) L.push(p.dim(leftOut(rows.hidden)));
  L.push('');
  L.push(p.bold(t('review.table.movements')));
  for (const [title, items] of movementGroups(doc, accountName)) L.push(...wrap(t('review.table.group', { title, items: items.length > 0 ? limited(items, top).join('; ') : t('review.none') }), width, '  '));
  L.push('');
  if (doc.release.length === 0) L.push(p.bold(t('review.table.release.none')), t('review.table.release.none.detail'));
  else {
    L.push(p.bold(t('review.table.release.some', { n: doc.release.length, count: whole(doc.release.length) })));
    const byId = new Map(doc.accounts.map((a) => [a.id, a]));
    const release = top === null ? doc.release : doc.release.slice(0, top);
    for (const r of release) {
      const name = accountName(byId.get(r.id)!);
      L.push(...wrap(`- ${name}: ${RELEASE_WORD[r.reason]}, ${terminalSafe(say(r.detail))}${r.cause ? ` (${CAUSE_WORD[r.cause]})` : ''}.`, width, '    '));
    }
    if (release.length < doc.release.length) L.push(p.dim(leftOut(doc.release.length - release.length)));
    L.push(t('review.guidance.title'));
    for (const g of releaseGuidance()) L.push(...wrap(`* ${g}`, width, '  '));
  }
  if (doc.snapshots.length >= 3) {
    L.push('', p.bold(t('review.table.trend', { n: whole(doc.snapshots.length), labels: doc.snapshots.map((s) => terminalSafe(s.label)).join(', ') })));
    const trend = accountsShown(doc, top, () => true);
    append(L, trendRows(doc, width, p, trend.shown));
    if (trend.hidden > 0) L.push(p.dim(leftOut(trend.hidden)));
    L.push(...wrap(t('review.table.legend'), width, '  ').map(p.dim));
  }
  L.push('', ...gateLines(doc, width, p));
  out(`${L.join('\n')}\n`);
}

/** `--account ID`: that account's charts and one row per snapshot, then the gates. */
export function writeAccountTable(out: Sink, doc: ReviewDocument, h: AccountHistory, opts: TableOptions): void {
  const { palette: p, width } = opts;
  const L = [p.bold(t('review.table.account.title', { name: accountName(h.account), n: whole(doc.snapshots.length) })), '', ...accountCharts(h, width)];
  const snapshotHead = t('review.table.head.snapshot');
  const labelW = Math.max(wide(snapshotHead, 8), ...h.points.map((x) => textWidth(terminalSafe(x.label))));
  const heads = [t('review.table.head.rank'), t('review.table.head.quadrant'), t('review.table.head.attr'), t('review.table.head.str'), t('review.table.head.sel')];
  const columns: Column[] = [
    { head: snapshotHead, width: Math.min(labelW, 30) },
    { head: heads[0], width: wide(heads[0], 4), right: true },
    { head: heads[1], width: wide(heads[1], QUADRANTS.reduce((w, q) => Math.max(w, textWidth(quadrantWord(q))), 15)) },
    { head: heads[2], width: wide(heads[2], 5), right: true },
    { head: heads[3], width: wide(heads[3], 5), right: true },
    { head: heads[4], width: wide(heads[4], 4) },
  ];
  const rows = h.points.map(({ label, point: x }) => [terminalSafe(label), whole(x.rank), quadrantWord(x.quadrant), score(x.attractiveness), score(x.strength), x.selected ? t('review.yes') : '']);
  append(L, grid(columns, rows, p, (t, c, r) => (c === 2 ? p.quadrant(h.points[r].point.quadrant, t) : t)));
  L.push('', ...gateLines(doc, width, p));
  out(`${L.join('\n')}\n`);
}

function gateLines(doc: ReviewDocument, width: number, p: Palette): string[] {
  const g = doc.gates;
  if (g.checked.length === 0) return wrap(t('review.gates.none'), width, '  ');
  if (g.passed) return [p.good(t('review.gates.passed', { gates: g.checked.join(', ') }))];
  const n = g.violations.length;
  return [p.error(t('review.gates.failed', { n, count: whole(n), gates: g.checked.join(', ') })), ...g.violations.flatMap((v) => wrap(`- ${terminalSafe(say(v.message))}`, width, '    '))];
}
