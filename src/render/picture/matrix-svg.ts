/**
 * `kam select --format svg`: the KAISM matrix as a standalone SVG for slides. One bubble per
 * plotted account (area by revenue or potential), colour by quadrant and marks that read in
 * grey (selected: dark outline; added by the team: an outer ring; removed: a cross; borderline:
 * dashed), labels placed clear of each other and of the marks (numbered with a legend where a
 * name does not fit), a tooltip with the account's numbers on every bubble, and no external
 * fonts or URLs. Above a few hundred accounts the plane is drawn as density cells with the
 * selected accounts on top. Pure: result in, text out.
 */
import { QUADRANT_INFO, QUADRANTS, type Quadrant } from '../../core/types.js';
import type { RenderOptions, ResultDocument } from '../result-document.js';
import type { Sink } from '../sink.js';
import { boundaryLines, boundarySegments, frameAxes, frameBackground, PLOT, quadrantRect, quadrantTitles, strengthTitle, xOf, yOf, type Frame } from './frame.js';
import { placeLabels, type Circle, type LabelRequest, type Placement } from './labels.js';
import { markTitle, matrixModel, type MatrixMark, type MatrixModel } from './matrix-model.js';
import { compactNumber, el, grouped, num, text, xmlText } from './svg.js';
import { language, t } from '../../i18n/index.js';
import { salesModeName } from '../text.js';
import { fixed, plain } from '../../i18n/numbers.js';
import { fitText, textExtent, textWidth } from './text.js';
import { CANVAS, FAINT, FONT_FAMILY, INK, MUTED, QUADRANT_COLOURS, QUADRANT_TITLE } from './theme.js';

export const LABEL_SIZE = 12.5;
const LINE_HEIGHT = 14;
const LABEL_MAX_WIDTH = 190;
const WRAPPED_MAX_WIDTH = 175;
const LEGEND_X = 936;
const LEGEND_RIGHT = 1250;
/** Up to this many marks, bubbles are drawn at the sizes of a labelled chart. */
const LABEL_LIMIT = 150;

/** Bubble radius per mark: area proportional to the value, never smaller than a visible dot. */
export function radiusScale(model: MatrixModel): (m: MatrixMark) => number {
  const n = model.marks.length;
  const dense = model.mode === 'density';
  const fixed = dense ? (n > 300 ? 3 : 4) : n <= 60 ? 8 : n <= LABEL_LIMIT ? 6.5 : 5;
  if (model.bubble === 'none' || model.bubbleMax <= 0) return () => fixed;
  const rMax = dense ? 9 : n <= 60 ? 30 : n <= LABEL_LIMIT ? 22 : 12;
  const rMin = dense ? 2.5 : 4;
  return (m) => (m.bubble === null || !(m.bubble > 0) ? rMin : Math.max(rMin, rMax * Math.sqrt(m.bubble / model.bubbleMax)));
}

/** The largest of 1, 2, 2.5, 5 × 10^k not above x. */
export function niceFloor(x: number): number {
  if (!(x > 0)) return 0;
  const k = Math.floor(Math.log10(x));
  const base = 10 ** k;
  for (const m of [5, 2.5, 2, 1]) if (m * base <= x * (1 + 1e-12)) return m * base;
  return base;
}

interface Drawn {
  mark: MatrixMark;
  circle: Circle;
}

function markSvg(d: Drawn, model: MatrixModel): string {
  const { mark: m, circle: c } = d;
  const colours = QUADRANT_COLOURS[m.quadrant];
  const borderline = m.stability?.borderline === true;
  const parts: string[] = [el('title', {}, markTitle(m, model.bubble).map(xmlText).join('\n'))];
  parts.push(
    el('circle', {
      class: 'mark',
      cx: c.cx,
      cy: c.cy,
      r: c.r,
      fill: colours.fill,
      'fill-opacity': m.selected ? 0.88 : 0.3,
      stroke: m.selected ? INK : colours.ink,
      'stroke-width': m.selected ? 2 : 1.25,
      'stroke-dasharray': borderline ? '3 2' : undefined,
    }),
  );
  if (m.override === 'add') parts.push(el('circle', { class: 'override-ring', cx: c.cx, cy: c.cy, r: c.r + 3.5, fill: 'none', stroke: INK, 'stroke-width': 1.5 }));
  if (m.override === 'remove') {
    const k = Math.max(4, c.r * 0.75);
    parts.push(
      el('path', { class: 'override-cross', d: `M${num(c.cx - k)} ${num(c.cy - k)}L${num(c.cx + k)} ${num(c.cy + k)}M${num(c.cx - k)} ${num(c.cy + k)}L${num(c.cx + k)} ${num(c.cy - k)}`, stroke: INK, 'stroke-width': 2, fill: 'none', 'stroke-linecap': 'round' }),
    );
  }
  return el(
    'g',
    {
      class: `account q-${m.quadrant}${m.selected ? ' selected' : ''}`,
      'data-id': m.id,
      'data-rank': m.rank,
      'data-quadrant': m.quadrant,
      'data-selected': m.selected ? 'true' : 'false',
      'data-override': m.override ?? undefined,
      'data-attractiveness': m.attractiveness,
      'data-strength': m.strength,
    },
    parts.join(''),
  );
}

/** A name in two lines, broken at the space nearest the middle (null for one word). */
export function twoLines(name: string, size: number, weight: 'regular' | 'bold', max: number): string[] | null {
  const words = name.split(' ');
  if (words.length < 2) return null;
  let best: string[] | null = null;
  let width = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')].map((l) => fitText(l, size, max, weight));
    const w = Math.max(...lines.map((l) => textWidth(l, size, weight)));
    if (w < width) {
      width = w;
      best = lines;
    }
  }
  return best;
}

/** The label requests in placement order: selected first (by rank), then the others by rank. */
function labelRequests(drawn: readonly Drawn[], f: Frame): { order: Drawn[]; requests: LabelRequest[] } {
  const index = new Map(drawn.map((d, i) => [d, i]));
  const order = drawn.filter((d) => d.mark.labelled).sort((a, b) => Number(b.mark.selected) - Number(a.mark.selected) || a.mark.rank - b.mark.rank);
  const requests = order.map((d): LabelRequest => {
    const weight = d.mark.selected ? 'bold' : 'regular';
    const width = (lines: string[]): number => Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE, weight)));
    const name = [fitText(d.mark.name, LABEL_SIZE, LABEL_MAX_WIDTH, weight)];
    const wrapped = twoLines(d.mark.name, LABEL_SIZE, weight, WRAPPED_MAX_WIDTH);
    const number = [String(d.mark.rank)];
    const q = quadrantRect(f, d.mark.quadrant);
    return {
      anchor: d.circle,
      mark: index.get(d)!,
      region: { x0: q.x0 + 2, y0: q.y0 + 2, x1: q.x1 - 2, y1: q.y1 - 2 },
      texts: [
        // A shortened name costs more than the whole name in two lines.
        { lines: name, width: width(name), kind: 'name', cost: name[0] === d.mark.name ? 0 : 4 },
        ...(wrapped ? [{ lines: wrapped, width: width(wrapped), kind: 'name' as const, cost: 2.5 }] : []),
        // The selected accounts are the story: they keep their names unless nothing fits.
        { lines: number, width: width(number), kind: 'number', cost: d.mark.selected ? 18 : 0 },
      ],
    };
  });
  return { order, requests };
}

function labelSvg(d: Drawn, p: Placement): string {
  const weight = d.mark.selected ? 'bold' : undefined;
  const leader = p.leader ? el('line', { class: 'leader', 'data-for': d.mark.id, x1: p.leader.x1, y1: p.leader.y1, x2: p.leader.x2, y2: p.leader.y2, stroke: MUTED, 'stroke-width': 1 }) : '';
  const a = {
    class: `label label-${p.kind}`,
    'data-for': d.mark.id,
    x: p.x,
    y: p.y,
    'font-size': LABEL_SIZE,
    'font-weight': weight,
    fill: d.mark.selected ? INK : MUTED,
    stroke: '#FFFFFF',
    'stroke-width': 3,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
  };
  if (p.lines.length === 1) return leader + text(a, p.lines[0]);
  return leader + el('text', a, p.lines.map((l, i) => el('tspan', { x: p.x, dy: i === 0 ? undefined : LINE_HEIGHT }, xmlText(l))).join(''));
}

function densitySvg(model: MatrixModel, f: Frame): string {
  const g = model.density!;
  const cols = g.strengthEdges.length - 1;
  const rows = g.attractivenessEdges.length - 1;
  const logMax = Math.log1p(g.max);
  const cells: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const n = g.counts[r * cols + c];
      if (n === 0) continue;
      const s0 = g.strengthEdges[c];
      const s1 = g.strengthEdges[c + 1];
      const a0 = g.attractivenessEdges[r];
      const a1 = g.attractivenessEdges[r + 1];
      const q = quadrantOfCell((a0 + a1) / 2, (s0 + s1) / 2, model.split);
      const xa = xOf(f, s0);
      const xb = xOf(f, s1);
      const sel = g.selected[r * cols + c];
      const tip = t('picture.cell.tip', { n, count: grouped(n), selected: sel > 0 ? t('picture.cell.tip.selected', { count: grouped(sel) }) : '', a0: fixed(a0, 1), a1: fixed(a1, 1), s0: fixed(s0, 1), s1: fixed(s1, 1) });
      const box = { x: Math.min(xa, xb), y: yOf(f, a1), width: Math.abs(xb - xa), height: yOf(f, a0) - yOf(f, a1) };
      cells.push(el('rect', { class: 'cell', 'data-count': n, ...box, fill: QUADRANT_COLOURS[q].fill, 'fill-opacity': 0.1 + (0.75 * Math.log1p(n)) / logMax }, el('title', {}, xmlText(tip))));
      // Too many selected to mark one by one: hatching as dense as the share selected.
      if (model.selectionShaded && sel > 0) cells.push(el('rect', { class: 'cell-selected', 'data-selected': sel, ...box, fill: 'url(#kam-hatch)', 'fill-opacity': Math.max(0.25, sel / n) }));
    }
  }
  const hatch = el(
    'defs',
    {},
    el('pattern', { id: 'kam-hatch', patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' }, el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: INK, 'stroke-width': 1.5 })),
  );
  return el('g', { class: 'density' }, hatch + cells.join(''));
}

function quadrantOfCell(a: number, s: number, split: { attractiveness: number; strength: number }): Quadrant {
  const highA = a >= split.attractiveness;
  const highS = s >= split.strength;
  return highA ? (highS ? 'key' : 'key-development') : highS ? 'maintenance' : 'opportunistic';
}

interface LegendEntry {
  rank: number;
  name: string;
}

function legendSvg(model: MatrixModel, radius: (m: MatrixMark) => number, numbered: LegendEntry[], unplaced: number): string {
  const parts: string[] = [];
  let y = 126;
  const x = LEGEND_X;
  const heading = (label: string): void => {
    parts.push(text({ x, y, 'font-size': 14, 'font-weight': 'bold', fill: INK }, label));
    y += 22;
  };
  const row = (glyph: string, label: string): void => {
    parts.push(glyph, text({ x: x + 30, y: y + 4.5, 'font-size': 13, fill: INK }, label));
    y += 22;
  };
  const dot = (cx: number, cy: number, extra: Record<string, string | number>): string =>
    el('circle', { cx, cy, r: 7, fill: QUADRANT_COLOURS.key.fill, 'fill-opacity': 0.88, stroke: INK, 'stroke-width': 2, ...extra });

  heading(t('picture.legend.marks'));
  const nSelected = model.selected;
  row(dot(x + 10, y, {}), t('picture.legend.selected', { n: grouped(nSelected) }));
  row(dot(x + 10, y, { 'fill-opacity': 0.3, stroke: QUADRANT_COLOURS.key.ink, 'stroke-width': 1.25 }), t('picture.legend.unselected', { n: grouped(model.accounts - nSelected) }));
  const adds = model.marks.filter((m) => m.override === 'add').length;
  const removes = model.marks.filter((m) => m.override === 'remove').length;
  if (adds > 0) row(dot(x + 10, y, {}) + el('circle', { cx: x + 10, cy: y, r: 10.5, fill: 'none', stroke: INK, 'stroke-width': 1.5 }), t('picture.legend.added', { n: plain(adds) }));
  if (removes > 0) {
    const k = 5.25;
    row(
      dot(x + 10, y, { 'fill-opacity': 0.3, stroke: QUADRANT_COLOURS.key.ink, 'stroke-width': 1.25 }) +
        el('path', { d: `M${num(x + 10 - k)} ${num(y - k)}L${num(x + 10 + k)} ${num(y + k)}M${num(x + 10 - k)} ${num(y + k)}L${num(x + 10 + k)} ${num(y - k)}`, stroke: INK, 'stroke-width': 2, 'stroke-linecap': 'round' }),
      t('picture.legend.removed', { n: plain(removes) }),
    );
  }
  if (model.hasStability) {
    const n = model.marks.filter((m) => m.stability?.borderline).length;
    row(dot(x + 10, y, { 'stroke-dasharray': '3 2' }), t('picture.legend.borderline', { n: plain(n) }));
  }
  if (model.mode === 'density') {
    row(el('rect', { x: x + 2, y: y - 8, width: 16, height: 16, fill: QUADRANT_COLOURS.opportunistic.fill, 'fill-opacity': 0.5 }), t('picture.legend.cells', { n: grouped(model.density!.max) }));
    if (model.selectionShaded) {
      row(el('rect', { x: x + 2, y: y - 8, width: 16, height: 16, fill: 'url(#kam-hatch)', stroke: MUTED, 'stroke-width': 0.5 }), t('picture.legend.hatched'));
    }
  }
  y += 8;

  if (model.bubble !== 'none' && model.bubbleMax > 0) {
    heading(t('picture.legend.bubble', { column: language() === 'en' ? model.bubble : t(`picture.bubble.${model.bubble}`) }));
    // Three reference bubbles side by side on one baseline, their values underneath.
    const refs = [...new Set([niceFloor(model.bubbleMax), niceFloor(model.bubbleMax / 4), niceFloor(model.bubbleMax / 16)])].filter((v) => v > 0);
    const fake = (v: number): MatrixMark => ({ bubble: v }) as MatrixMark;
    const rs = refs.map((v) => radius(fake(v)));
    const big = Math.max(...rs);
    const base = y - 8 + 2 * big;
    let cx = x + 2;
    refs.forEach((v, i) => {
      const r = rs[i];
      const w = Math.max(2 * r, textWidth(compactNumber(v), 12.5) + 4);
      cx += w / 2;
      parts.push(el('circle', { cx, cy: base - r, r, fill: QUADRANT_COLOURS.opportunistic.tint, stroke: MUTED, 'stroke-width': 1 }));
      parts.push(text({ x: cx, y: base + 17, 'text-anchor': 'middle', 'font-size': 12.5, fill: INK }, compactNumber(v)));
      cx += w / 2 + 18;
    });
    y = base + 42;
  }

  heading(t('picture.legend.quadrants'));
  for (const q of QUADRANTS) {
    const c = QUADRANT_COLOURS[q];
    row(
      el('rect', { x: x + 1, y: y - 9, width: 18, height: 18, fill: c.tint, stroke: c.ink, 'stroke-width': 1 }) + el('circle', { cx: x + 10, cy: y, r: 5, fill: c.fill }),
      // Indonesian explains the sales mode ("milk round, kunjungan rutin"): kept within the legend's width.
      ((label: string) => (language() === 'en' ? label : fitText(label, 13, LEGEND_RIGHT - x - 30)))(
        t('picture.legend.quadrant', { title: QUADRANT_TITLE[q], n: grouped(model.counts[q]), mode: salesModeName(QUADRANT_INFO[q].salesMode) }),
      ),
    );
  }
  const cap = model.capacity === null ? t('picture.matrix.capacity.none') : t('picture.matrix.capacity', { n: plain(model.capacity) });
  parts.push(text({ x, y: y + 2, 'font-size': 12.5, fill: MUTED }, t('picture.legend.qualifying', { n: grouped(model.qualifying), capacity: cap })));
  y += 30;

  if (numbered.length > 0 || unplaced > 0) {
    heading(t('picture.legend.numbered'));
    const size = 11.5;
    const line = 15.5;
    const bottom = 688;
    const rowsFit = Math.max(1, Math.floor((bottom - y) / line));
    const columns = numbered.length > rowsFit ? 2 : 1;
    const colWidth = (LEGEND_RIGHT - x) / columns;
    const capacity = rowsFit * columns;
    const shown = numbered.length > capacity ? numbered.slice(0, capacity - 1) : numbered;
    const numW = textWidth(String(Math.max(...numbered.map((e) => e.rank), 0)), size, 'bold') + 6;
    shown.forEach((e, i) => {
      const cx = x + Math.floor(i / rowsFit) * colWidth;
      const cy = y + (i % rowsFit) * line;
      parts.push(
        el('g', { class: 'legend-number' }, text({ x: cx, y: cy, 'font-size': size, 'font-weight': 'bold', fill: INK }, String(e.rank)) + text({ x: cx + numW, y: cy, 'font-size': size, fill: INK }, fitText(e.name, size, colWidth - numW - 8))),
      );
    });
    const rest = numbered.length - shown.length;
    const notes = [...(rest > 0 ? [t('picture.legend.more', { n: plain(rest) })] : []), ...(unplaced > 0 ? [t('picture.legend.crowded', { n: plain(unplaced) })] : [])];
    if (notes.length > 0) {
      const i = shown.length;
      parts.push(text({ x: x + Math.floor(i / rowsFit) * colWidth, y: y + (i % rowsFit) * line, 'font-size': size, fill: MUTED }, t('picture.legend.see', { notes: notes.join('; ') })));
    }
  }
  return el('g', { class: 'legend' }, parts.join('\n'));
}

export interface SvgDocument {
  /** With the XML declaration and a fixed pixel size (a file); without, for inlining in HTML. */
  standalone: boolean;
}

/** The matrix picture of a model. */
export function matrixSvg(model: MatrixModel, doc: SvgDocument = { standalone: true }): string {
  const f: Frame = { ...PLOT, strengthAxis: model.strengthAxis, split: model.split };
  const radius = radiusScale(model);
  const drawn: Drawn[] = model.marks.map((m) => ({ mark: m, circle: { cx: xOf(f, m.strength), cy: yOf(f, m.attractiveness), r: radius(m) } }));
  const titles = quadrantTitles(f, (q) => model.counts[q]);

  const { order, requests } = labelRequests(drawn, f);
  const { ascent, descent } = textExtent(LABEL_SIZE);
  const placements = placeLabels(requests, {
    bounds: { x0: f.x0 + 2, y0: f.y0 + 2, x1: f.x1 - 2, y1: f.y1 - 2 },
    circles: drawn.map((d) => ({ cx: d.circle.cx, cy: d.circle.cy, r: d.circle.r + (d.mark.override === 'add' ? 4.5 : 0) })),
    boxes: titles.boxes,
    soft: boundarySegments(f),
    ascent,
    descent,
    lineHeight: LINE_HEIGHT,
  });
  const labels: string[] = [];
  const numbered: LegendEntry[] = [];
  let unplaced = 0;
  order.forEach((d, i) => {
    const p = placements[i];
    if (p === null) {
      unplaced++;
      return;
    }
    labels.push(labelSvg(d, p));
    if (p.kind === 'number') numbered.push({ rank: d.mark.rank, name: d.mark.name });
  });
  numbered.sort((a, b) => a.rank - b.rank);

  // Pale marks under the selected, larger under smaller, so every mark stays visible.
  const stack = [...drawn].sort((a, b) => Number(a.mark.selected) - Number(b.mark.selected) || b.circle.r - a.circle.r || b.mark.rank - a.mark.rank);
  const densityNote =
    model.mode === 'density'
      ? t('picture.footer.density', {
          accounts: grouped(model.accounts),
          marked: model.selectedUnmarked > 0 ? t('picture.footer.density.some', { marks: grouped(model.marks.length), selected: grouped(model.selected) }) : t('picture.footer.density.all'),
        })
      : null;

  const body = [
    el('title', { id: 'kam-matrix-title' }, xmlText(model.title)),
    el('desc', { id: 'kam-matrix-desc' }, xmlText(`${model.subtitle}. ${model.footer}.`)),
    el('rect', { class: 'background', x: 0, y: 0, width: CANVAS.width, height: CANVAS.height, fill: '#FFFFFF' }),
    el('g', { class: 'heading' }, text({ x: 40, y: 50, 'font-size': 26, 'font-weight': 'bold', fill: INK }, model.title) + text({ x: 40, y: 78, 'font-size': 14, fill: MUTED }, model.subtitle)),
    el('g', { class: 'frame' }, frameBackground(f)),
    model.mode === 'density' ? densitySvg(model, f) : '',
    el('g', { class: 'boundaries' }, boundaryLines(f)),
    el('g', { class: 'axes' }, frameAxes(f, strengthTitle(model.relativeStrength))),
    el('g', { class: 'accounts' }, stack.map((d) => markSvg(d, model)).join('\n')),
    el('g', { class: 'quadrant-titles' }, titles.svg),
    el('g', { class: 'labels' }, labels.join('\n')),
    legendSvg(model, radius, numbered, unplaced),
    text({ class: 'footer', x: 40, y: 706, 'font-size': 11.5, fill: FAINT }, densityNote ? `${model.footer} · ${densityNote}` : model.footer),
  ].join('\n');
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: doc.standalone ? CANVAS.width : undefined,
      height: doc.standalone ? CANVAS.height : undefined,
      viewBox: `0 0 ${CANVAS.width} ${CANVAS.height}`,
      class: 'kam-matrix',
      role: 'img',
      'aria-labelledby': 'kam-matrix-title kam-matrix-desc',
      'font-family': FONT_FAMILY,
    },
    `\n${body}\n`,
  );
  return doc.standalone ? `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n` : root;
}

/** `--format svg`: a ResultWriter. */
export function writeMatrixSvg(out: Sink, doc: ResultDocument, o: RenderOptions): void {
  out(matrixSvg(matrixModel(doc, o)));
}
