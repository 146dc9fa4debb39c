/**
 * The KAISM matrix as text (METHOD.md §4): attractiveness up the vertical axis, relative
 * strength along the horizontal axis with high strength on the left by default, boundary lines
 * at the split values, quadrant titles in the corners of the frame, every account plotted.
 *
 * Three modes, chosen automatically:
 *  - label:    a marker and the (shortened) id for each account, when all labels fit;
 *  - numbered: the account's rank at its position ("3,7" when they share a cell), with a legend;
 *  - density:  the number of accounts per cell (1–9, '#' for 10 or more), O(points), for crowds.
 *
 * Pure: returns lines; colours come from the injected ChartStyle.
 */

import { QUADRANTS, QUADRANT_INFO, type Quadrant } from '../core/types.js';
import { t } from '../i18n/index.js';
import { count, fixed, plain } from '../i18n/numbers.js';
import {
  AXIS,
  Canvas,
  DIM,
  PLAIN,
  drawItems,
  fitCells,
  placeItems,
  type Ink,
  type Item,
  type Placed,
} from './kaism-grid.js';
import { cellsOf, cut, textWidth } from './text-width.js';

export interface ChartPoint {
  id: string;
  rank: number;
  attractiveness: number;
  strength: number;
  quadrant: Quadrant;
  /** Stays in its quadrant in fewer than 80 % of the stability runs: drawn ○ (labels) or 7* (numbers). */
  borderline?: boolean;
}

export interface ChartStyle {
  /** Colours a marker/label/title by quadrant. */
  quadrant(q: Quadrant, text: string): string;
  /** Axis lines, boundary lines, ticks. */
  axis(text: string): string;
  dim(text: string): string;
}

export const plainStyle: ChartStyle = {
  quadrant: (_q, text) => text,
  axis: (text) => text,
  dim: (text) => text,
};

export interface ChartOptions {
  /** Total columns available (>= 40). */
  width: number;
  /** Plot rows, default 17 (fits 80x24 with the axis lines). */
  height?: number;
  split: { attractiveness: number; strength: number };
  /** Where HIGH strength is. */
  strengthAxis: 'left' | 'right';
  style?: ChartStyle;
  /** The legend under a numbered chart (default true); false when a ranked list beside it names the ranks. */
  legend?: boolean;
}

const MAX_PLOT_WIDTH = 100;
const DEFAULT_HEIGHT = 17;
const LABEL_COLS = 8;
const LEGEND_ID_COLS = 24;
/** Above this many accounts the chart counts rather than identifies. */
const MAX_IDENTIFIED = 150;
const MARKER = '●';
const BORDERLINE_MARKER = '○';
const MANY = '#';

const qInk = (q: Quadrant): Ink => 3 + Math.max(0, QUADRANTS.indexOf(q));
const isHighA = (q: Quadrant): boolean => q === 'key' || q === 'key-development';
const isHighS = (q: Quadrant): boolean => q === 'key' || q === 'maintenance';
const quadrantOf = (highA: boolean, highS: boolean): Quadrant =>
  highA ? (highS ? 'key' : 'key-development') : highS ? 'maintenance' : 'opportunistic';

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const score = (v: number, fallback: number): number => (Number.isFinite(v) ? clamp(v, 0, 100) : fallback);

function formatTick(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Number.isInteger(r) ? plain(r) : fixed(r, 1);
}

/** Geometry shared by every mode. Plot cells are (row, col) with row 0 at the top. */
interface Layout {
  width: number; // total columns available
  height: number; // plot rows
  plotWidth: number; // plot columns
  gutter: number; // columns left of the frame, for the vertical ticks
  bc: number; // boundary column (a line, never a point)
  br: number; // boundary row (a line, never a point)
  left: boolean; // high strength on the left
  splitA: number;
  splitS: number;
}

function layoutFor(options: ChartOptions): Layout {
  const splitA = score(options.split.attractiveness, 50);
  const splitS = score(options.split.strength, 50);
  const height = Math.max(5, Math.floor(options.height ?? DEFAULT_HEIGHT) || DEFAULT_HEIGHT);
  const ticks = ['100', formatTick(splitA), formatTick(splitS)];
  const gutter = Math.max(...ticks.map((t) => t.length)) + 1;
  const width = Number.isFinite(options.width) ? Math.floor(options.width) : 80;
  const plotWidth = Math.max(10, Math.min(MAX_PLOT_WIDTH, width - gutter - 2));
  const left = options.strengthAxis !== 'right';
  const bcRaw = Math.round(((left ? 100 - splitS : splitS) / 100) * (plotWidth - 1));
  const brRaw = Math.round(((100 - splitA) / 100) * (height - 1));
  return {
    width,
    height,
    plotWidth,
    gutter,
    bc: clamp(bcRaw, 1, plotWidth - 2),
    br: clamp(brRaw, 1, height - 2),
    left,
    splitA,
    splitS,
  };
}

/**
 * How far from a boundary line a score sits, as a bin 0..n-1 counted outwards from the line.
 * Each side of a boundary is divided into equal bins of score, so every bin covers the same
 * area and density counts are comparable. A score on the wrong side of the split (the quadrant
 * was decided with rounding) or not a number sits next to the line.
 */
function sidePos(v: number, split: number, high: boolean, n: number): number {
  const extent = high ? 100 - split : split;
  const f = extent > 0 ? (high ? v - split : split - v) / extent : 0;
  if (!(f > 0)) return 0;
  return Math.min(n - 1, Math.floor(f * n));
}

/**
 * The plot cell (row * plotWidth + col) of a point, on the side of each boundary line that its
 * quadrant says. With step 2 only every other column (counted from the line) is used.
 */
function cellOf(p: ChartPoint, L: Layout, step: 1 | 2): number {
  const highA = isHighA(p.quadrant);
  const highS = isHighS(p.quadrant);
  const lowCols = highS === L.left; // the columns left of the boundary
  const ra = sidePos(p.attractiveness, L.splitA, highA, highA ? L.br : L.height - 1 - L.br);
  const r = highA ? L.br - 1 - ra : L.br + 1 + ra;
  const w = lowCols ? L.bc : L.plotWidth - 1 - L.bc;
  const cs = step * sidePos(p.strength, L.splitS, highS, Math.ceil(w / step));
  const c = lowCols ? L.bc - 1 - cs : L.bc + 1 + cs;
  return r * L.plotWidth + c;
}

/** The quadrant a plot cell belongs to. */
function cellQuadrant(r: number, c: number, L: Layout): Quadrant {
  return quadrantOf(r < L.br, c < L.bc === L.left);
}

const TOP = 2; // canvas row of plot row 0 (below the vertical label and the top border)

function drawFrame(cv: Canvas, L: Layout): void {
  const { height: H, plotWidth: PW, gutter: G, bc, br } = L;
  const x0 = G + 1;
  const bottom = TOP + H;
  cv.put(TOP - 1, G, '┌', AXIS);
  cv.fill(TOP - 1, x0, PW, '─', AXIS);
  cv.put(TOP - 1, x0 + bc, '┬', AXIS);
  cv.put(TOP - 1, x0 + PW, '┐', AXIS);
  for (let r = 0; r < H; r++) {
    const line = r === br;
    cv.put(TOP + r, G, line ? '├' : '│', AXIS);
    if (line) cv.fill(TOP + r, x0, PW, '─', AXIS);
    cv.put(TOP + r, x0 + bc, line ? '┼' : '│', AXIS);
    cv.put(TOP + r, x0 + PW, line ? '┤' : '│', AXIS);
  }
  cv.put(bottom, G, '└', AXIS);
  cv.fill(bottom, x0, PW, '─', AXIS);
  cv.put(bottom, x0 + bc, '┴', AXIS);
  cv.put(bottom, x0 + PW, '┘', AXIS);

  // Quadrant titles sit in the frame at the outer corners: they never hide an account.
  const title = (row: number, from: number, to: number, alignLeft: boolean, highA: boolean): void => {
    const q = cellQuadrant(highA ? 0 : H - 1, alignLeft ? 0 : PW - 1, L);
    const room = to - from + 1;
    const text = fitCells(QUADRANT_INFO[q].title, room - 2);
    if (room < 3 || text.length === 0) return;
    const pad = text.length + 4 <= room ? 1 : 0; // keep a stroke of the frame beyond the title
    const start = alignLeft ? from + pad : to - pad - text.length - 1;
    cv.put(row, x0 + start, ' ', AXIS);
    cv.put(row, x0 + start + 1, text, qInk(q));
    cv.put(row, x0 + start + 1 + text.length, ' ', AXIS);
  };
  title(TOP - 1, 0, bc - 1, true, true);
  title(TOP - 1, bc + 1, PW - 1, false, true);
  title(bottom, 0, bc - 1, true, false);
  title(bottom, bc + 1, PW - 1, false, false);

  // Vertical ticks: 100, the boundary, 0.
  const yTick = (r: number, v: string): void => cv.put(TOP + r, G - 1 - v.length, v, AXIS);
  const splitTick = formatTick(L.splitA);
  if (splitTick !== '100') yTick(0, '100');
  yTick(br, splitTick);
  if (splitTick !== '0') yTick(H - 1, '0');

  // Horizontal ticks under the frame: the two ends and the boundary when there is room.
  const tickRow = bottom + 1;
  const [lo, hi] = L.left ? ['100', '0'] : ['0', '100'];
  const mid = formatTick(L.splitS);
  const midStart = bc - Math.floor((mid.length - 1) / 2);
  cv.put(tickRow, x0, lo, AXIS);
  cv.put(tickRow, x0 + PW - hi.length, hi, AXIS);
  if (midStart > lo.length && midStart + mid.length < PW - hi.length) cv.put(tickRow, x0 + midStart, mid, AXIS);

  // Axis labels with arrows.
  cv.put(0, G, fitCells(t('render.chart.up'), cv.cols - G), PLAIN);
  const options = L.left
    ? [
        [t('render.chart.left.long'), t('render.chart.left.lower')],
        [t('render.chart.left.medium'), t('render.chart.left.lower')],
        [t('render.chart.left.short'), t('render.chart.left.weaker')],
      ]
    : [
        [t('render.chart.right.lower'), t('render.chart.right.long')],
        [t('render.chart.right.lower'), t('render.chart.right.medium')],
        [t('render.chart.right.weaker'), t('render.chart.right.short')],
      ];
  const pick = options.find(([a, b]) => textWidth(a) + textWidth(b) + 3 <= PW) ?? options[options.length - 1];
  cv.put(tickRow + 1, x0, fitCells(pick[0], PW), PLAIN);
  cv.put(tickRow + 1, x0 + PW - textWidth(pick[1]), pick[1], PLAIN);
}

function byRank(points: readonly ChartPoint[]): number[] {
  return points.map((_, i) => i).sort((a, b) => points[a].rank - points[b].rank || a - b);
}

function labelItems(points: readonly ChartPoint[], cells: Int32Array, order: number[], L: Layout): Item[] {
  return order.map((i) => {
    const k = cells[i];
    const q = points[i].quadrant;
    return {
      row: Math.floor(k / L.plotWidth),
      col: k % L.plotWidth,
      marker: [points[i].borderline ? BORDERLINE_MARKER : MARKER],
      label: fitCells(points[i].id, LABEL_COLS),
      markerInk: qInk(q),
      labelInk: PLAIN,
    };
  });
}

function numberItems(points: readonly ChartPoint[], cells: Int32Array, order: number[], L: Layout): Item[] {
  const groups = new Map<number, string[]>();
  for (const i of order) {
    const g = groups.get(cells[i]);
    const label = points[i].borderline ? `${points[i].rank}*` : String(points[i].rank);
    if (g) g.push(label);
    else groups.set(cells[i], [label]);
  }
  return [...groups].map(([k, ranks]) => {
    const row = Math.floor(k / L.plotWidth);
    const col = k % L.plotWidth;
    return {
      row,
      col,
      marker: [],
      label: cellsOf(ranks.join(t('render.chart.ranks.join'))),
      markerInk: PLAIN,
      labelInk: qInk(cellQuadrant(row, col, L)),
    };
  });
}

/** `rank id` entries, column by column, as many columns as the width allows. */
function legend(points: readonly ChartPoint[], order: number[], width: number, style: ChartStyle): string[] {
  if (order.length === 0) return [];
  const ranks = order.map((i) => String(points[i].rank));
  const ids = order.map((i) => cut(points[i].id, LEGEND_ID_COLS));
  const rankW = Math.max(...ranks.map((r) => r.length));
  const entryW = rankW + 1 + Math.max(...ids.map(textWidth));
  const gap = 3;
  const cols = Math.max(1, Math.floor((width + gap) / (entryW + gap)));
  const rows = Math.ceil(order.length / cols);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < cols; c++) {
      const j = c * rows + r;
      if (j >= order.length) break;
      if (c > 0) line += ' '.repeat(gap);
      const q = points[order[j]].quadrant;
      line += style.quadrant(q, ranks[j].padStart(rankW)) + ' ' + ids[j];
      const next = (c + 1) * rows + r;
      if (next < order.length && c + 1 < cols) line += ' '.repeat(entryW - rankW - 1 - textWidth(ids[j]));
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Counts per cell. Counts sit in every other column, counted from the boundary line, so
 * adjacent counts never read as one number.
 */
function drawDensity(cv: Canvas, points: readonly ChartPoint[], L: Layout): void {
  const PW = L.plotWidth;
  const counts = new Uint32Array(L.height * PW);
  for (let i = 0; i < points.length; i++) counts[cellOf(points[i], L, 2)]++;
  const glyphs = ['', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
  for (let k = 0; k < counts.length; k++) {
    const n = counts[k];
    if (n === 0) continue;
    const r = Math.floor(k / PW);
    const c = k % PW;
    cv.put(TOP + r, L.gutter + 1 + c, [n > 9 ? MANY : glyphs[n]], qInk(cellQuadrant(r, c, L)));
  }
}

export function renderKaismChart(points: readonly ChartPoint[], options: ChartOptions): string[] {
  const style = options.style ?? plainStyle;
  const L = layoutFor(options);
  const width = L.width;
  const cv = new Canvas(L.height + 5, L.gutter + L.plotWidth + 2);
  drawFrame(cv, L);

  let after: string[] = [];
  let placed: Placed[] | null = null;
  if (points.length <= MAX_IDENTIFIED) {
    const cells = Int32Array.from(points, (p) => cellOf(p, L, 1));
    const order = byRank(points);
    const span = (col: number): [number, number] => (col < L.bc ? [0, L.bc - 1] : [L.bc + 1, L.plotWidth - 1]);
    placed = placeItems(labelItems(points, cells, order, L), L.height, L.plotWidth, span);
    // Numbers: first at full resolution, then joining neighbouring columns as one cell.
    for (const step of [1, 2] as const) {
      if (placed) break;
      const at = step === 1 ? cells : Int32Array.from(points, (p) => cellOf(p, L, step));
      placed = placeItems(numberItems(points, at, order, L), L.height, L.plotWidth, span, L.br);
      if (placed && options.legend !== false) after = legend(points, order, width, style);
    }
  }
  if (placed && points.some((p) => p.borderline)) {
    const note = t('render.chart.borderline', { marker: after.length === 0 ? BORDERLINE_MARKER : '*' });
    after = [style.dim(cut(note, width)), ...after];
  }
  if (placed) drawItems(cv, placed, TOP, L.gutter + 1);
  else {
    drawDensity(cv, points, L);
    const total = t('render.chart.density.total', { count: count(points.length) });
    const notes = [
      t('render.chart.density.long', { many: MANY, total }),
      t('render.chart.density.medium', { many: MANY, total }),
      t('render.chart.density.short', { many: MANY, total }),
      t('render.chart.density.shortest', { many: MANY }),
    ];
    const note = notes.find((t) => textWidth(t) <= width) ?? cut(notes[notes.length - 1], width);
    after = [style.dim(note)];
  }

  const paint = (ink: Ink, text: string): string => {
    if (ink === PLAIN) return text;
    if (ink === AXIS) return style.axis(text);
    if (ink === DIM) return style.dim(text);
    return style.quadrant(QUADRANTS[ink - 3], text);
  };
  const lines: string[] = [];
  for (let r = 0; r < cv.rows; r++) lines.push(cv.line(r, paint));
  return [...lines, ...after];
}
