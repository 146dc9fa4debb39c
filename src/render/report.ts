/**
 * `--format table`: the ranked table fitted to the width, the KAISM chart, one line per quadrant
 * and the split rule used.
 */
import { accountLabel } from '../core/accounts.js';
import type { Evaluation } from '../core/engine.js';
import type { RatingsReport } from '../core/ratings.js';
import type { ComparisonRecord } from '../core/result.js';
import { PARETO_CLASSES } from '../core/pareto.js';
import { accountStability, type StabilityOutcome } from '../core/stability.js';
import { QUADRANT_INFO, QUADRANTS, type Portfolio } from '../core/types.js';
import { terminalSafe } from './escape.js';
import { renderKaismChart } from './kaism-chart.js';
import { say, t } from '../i18n/index.js';
import { append, chartPoints, describeSplit, fmtInt, fmtScore, quadrantName, salesModeName, yes } from './text.js';
import { fit, padEnd, padStart, textWidth, wrap } from './text-width.js';
import { ratingsLines } from './ratings-lines.js';
import type { RenderOptions, ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';
import { stabilityCell, stabilityLines } from './stability.js';
import { chartStyle, type Palette } from './style.js';

export interface ReportOptions {
  /** With --stability: a Stab column, borderline marks on the chart and a list under it. */
  stability?: StabilityOutcome | null;
  width: number;
  /** Most table rows shown; the rest are counted. */
  top: number;
  strengthAxis: 'left' | 'right';
  palette: Palette;
  /** With --ratings: the strength mode line and the disagreements, under the quadrant lines. */
  ratings?: RatingsReport;
  /** With --compare (no terminal): who moved since the earlier file. */
  comparison?: ComparisonRecord;
}

export function renderTable(portfolio: Portfolio, ev: Evaluation, opts: ReportOptions): string {
  const n = ev.order.length;
  const shown = Math.min(n, opts.top);
  const rankW = Math.max(1, String(n).length);
  const stab = opts.stability ?? null;
  const head = [
    t('render.table.header.rank'),
    t('render.table.header.account'),
    t('render.table.header.segment'),
    t('render.table.header.attractiveness'),
    t('render.table.header.strength'),
    t('render.table.header.quadrant'),
    t('render.table.header.selected'),
    t('render.table.header.pareto'),
    ...(stab ? [t('render.table.header.stability')] : []),
  ];
  // A fixed column is as wide as its values, or its header where that is wider (English: 5, 5, 15, 3, 3, 4).
  const wide = (min: number, i: number): number => Math.max(min, textWidth(head[i]));
  const quadW = Math.max(...QUADRANTS.map((q) => textWidth(quadrantName(q))));
  const fixed = [rankW, wide(5, 3), wide(5, 4), wide(quadW, 5), wide(textWidth(yes()), 6), wide(3, 7), ...(stab ? [wide(4, 8)] : [])];
  const gaps = stab ? 8 : 7; // one space between the columns
  const hasSegment = portfolio.segments !== null;
  const flexible = Math.max(16, opts.width - fixed.reduce((a, b) => a + b, 0) - gaps);
  const segW = hasSegment ? Math.min(14, Math.max(7, Math.floor(flexible * 0.3))) : 0;
  const accW = flexible - segW;
  const widths = [fixed[0], accW, segW, ...fixed.slice(1)];
  const keep = widths.map((w) => w > 0);
  const columns = widths.filter((w) => w > 0);
  const aligns = (['right', 'left', 'left', 'right', 'right', 'left', 'left', 'left', 'right'] as const).filter((_, i) => keep[i]);
  // Every cell cut and padded to its column by display width, so the columns line up whatever
  // the names hold (CJK, emoji sequences, flags, combining marks).
  const line = (cells: readonly string[]): string => cells.map((c, i) => fit(c, columns[i], aligns[i])).join(' ');
  const lines = [line(head.filter((_, i) => keep[i]).map((h) => opts.palette.bold(h))), columns.map((w) => '─'.repeat(w)).join(' ')];
  for (let r = 0; r < shown; r++) {
    const p = ev.order[r];
    const row = ev.scope[p];
    const q = QUADRANTS[ev.quadrant[p]];
    const name = accountLabel(portfolio.ids[row], portfolio.names[row]);
    const cells = [
      String(r + 1),
      terminalSafe(name),
      portfolio.segments ? terminalSafe(portfolio.segments[row]) : '',
      fmtScore(ev.attractiveness[p]),
      fmtScore(ev.strength[p]),
      opts.palette.quadrant(q, quadrantName(q)),
      ev.selection.selected[p] ? opts.palette.good(yes()) : '',
      ev.pareto ? PARETO_CLASSES[ev.pareto.cls[p]] : '',
      ...(stab ? [stabilityCell(accountStability(stab, p), opts.palette)] : []),
    ];
    lines.push(line(cells.filter((_, i) => keep[i])));
  }
  if (shown === 0) lines.pop(); // a header alone has no rule under it
  let text = lines.join('\n');
  if (shown < n) text += `\n${opts.palette.dim(t('render.table.more', { n: n - shown, count: fmtInt(n - shown) }))}`;
  return text;
}

/** The quadrant summary: count, treatment and sales mode per quadrant; a treatment wider than `width` wraps under itself. */
export function quadrantLines(ev: Evaluation, palette: Palette, width = Infinity): string[] {
  const n = t('render.quadrants.header.n');
  const w = Math.max(textWidth(n), textWidth(fmtInt(ev.scope.length)));
  const qw = Math.max(15, ...QUADRANTS.map((q) => textWidth(quadrantName(q))));
  const head = palette.bold(`${padEnd(t('render.quadrants.header.quadrant'), qw)} ${padStart(n, w)}  ${t('render.quadrants.header.treatment')}`);
  const indent = qw + 1 + w + 2;
  const room = width - indent;
  return [
    head,
    ...QUADRANTS.flatMap((q) => {
      const info = QUADRANT_INFO[q];
      const treatment = t('render.quadrants.row', { treatment: info.treatment, mode: salesModeName(info.salesMode) });
      const [first, ...rest] = room >= 24 && textWidth(treatment) > room ? wrap(treatment, room) : [treatment];
      return [`${palette.quadrant(q, padEnd(quadrantName(q), qw))} ${padStart(fmtInt(ev.counts[q]), w)}  ${first}`, ...rest.map((l) => `${' '.repeat(indent)}${l}`)];
    }),
  ];
}

export function selectionLine(ev: Evaluation): string {
  const s = ev.selection;
  const capacity = s.capacity === null ? t('render.selection.capacity.none') : t('render.selection.capacity', { capacity: fmtInt(s.capacity) });
  return t('render.selection.line', { count: fmtInt(s.count), qualifying: fmtInt(s.qualifying), capacity });
}

/** `--format table` (a ResultWriter): the table, the chart, the quadrants, the split, ratings and warnings. */
export function writeReport(out: Sink, doc: ResultDocument, o: Omit<RenderOptions, 'picture'>): void {
  const { portfolio, ev, ctx } = doc;
  writeReportOf(out, portfolio, ev, { ...o, ratings: ctx.ratings, stability: ctx.stability, comparison: ctx.comparison });
}

function writeReportOf(out: Sink, portfolio: Portfolio, ev: Evaluation, opts: ReportOptions): void {
  const lines: string[] = [];
  lines.push(renderTable(portfolio, ev, opts), '');
  lines.push(
    ...renderKaismChart(chartPoints(portfolio, ev, opts.stability), {
      width: opts.width,
      split: { attractiveness: ev.split.attractiveness, strength: ev.split.strength },
      strengthAxis: opts.strengthAxis,
      style: chartStyle(opts.palette),
    }),
    '',
  );
  if (opts.stability) {
    append(lines, stabilityLines(portfolio, ev, opts.stability, opts));
    lines.push('');
  }
  lines.push(...quadrantLines(ev, opts.palette, opts.width), '', ...describeSplit(ev), selectionLine(ev));
  if (opts.ratings) lines.push('', ...ratingsLines(opts.ratings, ev, opts.width, opts.palette));
  if (opts.comparison) lines.push('', ...comparisonLines(opts.comparison, opts.width, opts.palette));
  for (const w of ev.warnings) lines.push(...wrap(t('render.warning.line', { text: terminalSafe(say(w)) }), opts.width, '  ').map(opts.palette.warn));
  out(`${lines.join('\n')}\n`);
}

/** `--compare FILE`: one line per account that moved since the earlier file. */
export function comparisonLines(c: ComparisonRecord, width: number, palette: Palette): string[] {
  if (c.sentences.length === 0) return [palette.bold(t('render.compare.none', { file: terminalSafe(c.file) }))];
  return [palette.bold(t('render.compare.head', { file: terminalSafe(c.file) })), ...c.sentences.flatMap((m) => wrap(terminalSafe(say(m)), width - 2, '  ').map((l) => `  ${l}`))];
}
