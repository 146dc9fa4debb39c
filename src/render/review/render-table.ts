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
import {
  accountsShown,
  capacityLine,
  CAUSE_WORD,
  delta,
  leftOut,
  limited,
  methodChangeLines,
  movementGroups,
  quadrantTrail,
  RELEASE_GUIDANCE,
  RELEASE_WORD,
  score,
  SELECTION_WORD,
  sparkline,
  titleLine,
} from './wording.js';
import { say } from '../../i18n/index.js';

export interface TableOptions {
  width: number;
  palette: Palette;
  /** --top N: at most N accounts per list, the rest counted; null for all. */
  top?: number | null;
}

/** The cause column's words (short: the table is narrow). */
const CAUSE_CELL = { method: 'method', data: 'data', both: 'both' } as const;

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
  const rankW = shown.reduce((w, a) => Math.max(w, a.current ? String(a.current.rank).length : 1), 1);
  const fixed = [rankW, 17, 5, 7, 5, 7, 7, ...(why ? [6] : [])];
  const accW = Math.max(12, width - fixed.reduce((a, b) => a + b, 0) - fixed.length);
  const columns: Column[] = [
    { head: '#', width: rankW, right: true },
    { head: 'Account', width: accW },
    { head: 'Quadrant', width: 17 },
    { head: 'Attr.', width: 5, right: true },
    { head: 'Δ', width: 7, right: true },
    { head: 'Str.', width: 5, right: true },
    { head: 'Δ', width: 7, right: true },
    { head: 'Sel.', width: 7 },
    ...(why ? [{ head: 'Why', width: 6 }] : []),
  ];
  const rows = shown.map((a) => {
    const now = a.current;
    const moved = a.previous && now && a.previous.quadrant !== now.quadrant ? (isUp(a) ? ' ▲' : ' ▼') : '';
    const mark = (d: number | undefined): string => (a.status === 'new' ? 'new' : d === undefined ? '' : delta(d));
    return [
      now ? String(now.rank) : '–',
      accountName(a),
      now ? `${now.quadrant}${moved}` : 'vanished',
      now ? score(now.attractiveness) : '',
      mark(a.change?.attractiveness),
      now ? score(now.strength) : '',
      mark(a.change?.strength),
      SELECTION_WORD[a.selection],
      ...(why ? [a.cause ? CAUSE_CELL[a.cause] : ''] : []),
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
    { head: 'Account', width: accW },
    { head: 'Quadrants', width: trailW },
    { head: 'Attractiveness', width: sparkW },
    { head: 'Strength', width: sparkW },
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
  const L: string[] = [...wrap(`Key-account review: ${terminalSafe(titleLine(doc))}`, width, '  ').map(p.bold), ''];
  L.push(...wrap(`Previous ${terminalSafe(prev.label)}: ${capacityLine(prev)}.`, width, '  '));
  L.push(...wrap(`Current  ${terminalSafe(cur.label)}: ${capacityLine(cur)}.`, width, '  '), '');
  const method = methodChangeLines(doc);
  if (method) {
    L.push(...wrap(terminalSafe(method.head), width, '  ').map((l) => p.warn(p.bold(l))));
    for (const c of method.changes) L.push(...wrap(`- ${terminalSafe(c)}`, width, '    '));
    L.push(...wrap(terminalSafe(method.meaning), width, '  '), '');
  }
  const rows = accountsShown(doc, top);
  append(L, accountRows(doc, width, p, rows.shown));
  if (rows.hidden > 0) L.push(p.dim(leftOut(rows.hidden, 'account')));
  L.push('');
  L.push(p.bold('Movements'));
  for (const [title, items] of movementGroups(doc, accountName)) L.push(...wrap(`${title}: ${items.length > 0 ? limited(items, top).join('; ') : 'none'}.`, width, '  '));
  L.push('');
  if (doc.release.length === 0) L.push(p.bold('Release list: none'), 'Every account selected last time is still selected.');
  else {
    L.push(p.bold(`Release list: ${doc.release.length} account${doc.release.length === 1 ? '' : 's'} to release from key-account resources`));
    const byId = new Map(doc.accounts.map((a) => [a.id, a]));
    const release = top === null ? doc.release : doc.release.slice(0, top);
    for (const r of release) {
      const name = accountName(byId.get(r.id)!);
      L.push(...wrap(`- ${name}: ${RELEASE_WORD[r.reason]}, ${terminalSafe(say(r.detail))}${r.cause ? ` (${CAUSE_WORD[r.cause]})` : ''}.`, width, '    '));
    }
    if (release.length < doc.release.length) L.push(p.dim(leftOut(doc.release.length - release.length, 'account')));
    L.push("Cheverton's guidance for de-selection:");
    for (const g of RELEASE_GUIDANCE) L.push(...wrap(`* ${g}`, width, '  '));
  }
  if (doc.snapshots.length >= 3) {
    L.push('', p.bold(`Trend across ${doc.snapshots.length} snapshots (${doc.snapshots.map((s) => terminalSafe(s.label)).join(', ')})`));
    const trend = accountsShown(doc, top, () => true);
    append(L, trendRows(doc, width, p, trend.shown));
    if (trend.hidden > 0) L.push(p.dim(leftOut(trend.hidden, 'account')));
    L.push(...wrap('Quadrants: K key, D key development, M maintenance, O opportunistic, · not in that snapshot.', width, '  ').map(p.dim));
  }
  L.push('', ...gateLines(doc, width, p));
  out(`${L.join('\n')}\n`);
}

/** `--account ID`: that account's charts and one row per snapshot, then the gates. */
export function writeAccountTable(out: Sink, doc: ReviewDocument, h: AccountHistory, opts: TableOptions): void {
  const { palette: p, width } = opts;
  const L = [p.bold(`${accountName(h.account)} across ${doc.snapshots.length} snapshots`), '', ...accountCharts(h, width)];
  const labelW = Math.max(8, ...h.points.map((x) => textWidth(terminalSafe(x.label))));
  const columns: Column[] = [
    { head: 'Snapshot', width: Math.min(labelW, 30) },
    { head: 'Rank', width: 4, right: true },
    { head: 'Quadrant', width: 15 },
    { head: 'Attr.', width: 5, right: true },
    { head: 'Str.', width: 5, right: true },
    { head: 'Sel.', width: 4 },
  ];
  const rows = h.points.map(({ label, point: x }) => [terminalSafe(label), String(x.rank), x.quadrant, score(x.attractiveness), score(x.strength), x.selected ? 'yes' : '']);
  append(L, grid(columns, rows, p, (t, c, r) => (c === 2 ? p.quadrant(h.points[r].point.quadrant, t) : t)));
  L.push('', ...gateLines(doc, width, p));
  out(`${L.join('\n')}\n`);
}

function gateLines(doc: ReviewDocument, width: number, p: Palette): string[] {
  const g = doc.gates;
  if (g.checked.length === 0) return wrap('Gates: none checked (add --fail-on demotion, drop:N, over-capacity or method-change).', width, '  ');
  if (g.passed) return [p.good(`Gates passed: ${g.checked.join(', ')}.`)];
  const n = g.violations.length;
  return [p.error(`Gates failed: ${n} violation${n === 1 ? '' : 's'} of ${g.checked.join(', ')}.`), ...g.violations.flatMap((v) => wrap(`- ${terminalSafe(say(v.message))}`, width, '    '))];
}
