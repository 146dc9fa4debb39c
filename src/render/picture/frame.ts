/**
 * The KAISM frame shared by the matrix and the review's movement picture: the plot area, the
 * score-to-pixel mapping (attractiveness up; high strength on the left unless asked otherwise),
 * the quadrant backgrounds, grid, boundary lines at the split values, the axes with their
 * arrows, and the quadrant names with Cheverton's treatment in the outer corners.
 */
import { QUADRANT_INFO, type Quadrant } from '../../core/types.js';
import { t } from '../../i18n/index.js';
import { count as countText, fixed, plain } from '../../i18n/numbers.js';
import type { Box, Segment } from './labels.js';
import { el, num, text } from './svg.js';
import { textExtent, textWidth } from './text.js';
import { INK, MUTED, QUADRANT_COLOURS, RULE } from './theme.js';

export interface Frame {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  strengthAxis: 'left' | 'right';
  split: { attractiveness: number; strength: number };
}

/** The plot area of the 1280 × 720 canvas, leaving the right third for the legend. */
export const PLOT = { x0: 112, y0: 112, x1: 900, y1: 636 } as const;

const clamp = (x: number): number => (x < 0 ? 0 : x > 100 ? 100 : x);

/** Pixel column of a strength score. */
export function xOf(f: Frame, strength: number): number {
  const t = clamp(strength) / 100;
  return f.strengthAxis === 'left' ? f.x1 - t * (f.x1 - f.x0) : f.x0 + t * (f.x1 - f.x0);
}

/** Pixel row of an attractiveness score. */
export function yOf(f: Frame, attractiveness: number): number {
  return f.y1 - (clamp(attractiveness) / 100) * (f.y1 - f.y0);
}

/** Where each quadrant sits: its corner of the frame. */
function corner(f: Frame, q: Quadrant): { left: boolean; top: boolean } {
  const high = q === 'key' || q === 'maintenance';
  const top = q === 'key' || q === 'key-development';
  return { left: high === (f.strengthAxis === 'left'), top };
}

export function quadrantRect(f: Frame, q: Quadrant): Box {
  const sx = xOf(f, f.split.strength);
  const ay = yOf(f, f.split.attractiveness);
  const { left, top } = corner(f, q);
  return { x0: left ? f.x0 : sx, x1: left ? sx : f.x1, y0: top ? f.y0 : ay, y1: top ? ay : f.y1 };
}

const QUADRANT_ORDER: readonly Quadrant[] = ['key', 'key-development', 'maintenance', 'opportunistic'];

/** Quadrant backgrounds, a light grid every 25 points, and the frame. */
export function frameBackground(f: Frame): string {
  const parts: string[] = [];
  for (const q of QUADRANT_ORDER) {
    const r = quadrantRect(f, q);
    if (r.x1 - r.x0 <= 0 || r.y1 - r.y0 <= 0) continue;
    parts.push(el('rect', { class: 'quadrant', 'data-quadrant': q, x: r.x0, y: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0, fill: QUADRANT_COLOURS[q].tint }));
  }
  const grid: string[] = [];
  for (const v of [25, 50, 75]) {
    grid.push(el('line', { x1: xOf(f, v), y1: f.y0, x2: xOf(f, v), y2: f.y1 }));
    grid.push(el('line', { x1: f.x0, y1: yOf(f, v), x2: f.x1, y2: yOf(f, v) }));
  }
  parts.push(el('g', { class: 'grid', stroke: '#FFFFFF', 'stroke-width': 1.5 }, grid.join('')));
  parts.push(el('rect', { class: 'plot-area', x: f.x0, y: f.y0, width: f.x1 - f.x0, height: f.y1 - f.y0, fill: 'none', stroke: RULE, 'stroke-width': 1 }));
  return parts.join('\n');
}

/** The two boundary lines (one `line.boundary` per axis, with its score in data-value). */
export function boundaryLines(f: Frame, dashed = false, extraClass = ''): string {
  const sx = xOf(f, f.split.strength);
  const ay = yOf(f, f.split.attractiveness);
  const style = { stroke: dashed ? MUTED : '#333333', 'stroke-width': dashed ? 1.25 : 2, 'stroke-dasharray': dashed ? '6 4' : undefined };
  const cls = `boundary${extraClass ? ` ${extraClass}` : ''}`;
  return [
    el('line', { class: cls, 'data-axis': 'attractiveness', 'data-value': f.split.attractiveness, x1: f.x0, y1: ay, x2: f.x1, y2: ay, ...style }),
    el('line', { class: cls, 'data-axis': 'strength', 'data-value': f.split.strength, x1: sx, y1: f.y0, x2: sx, y2: f.y1, ...style }),
  ].join('\n');
}

/** The boundary lines as segments (labels avoid crossing them). */
export function boundarySegments(f: Frame): Segment[] {
  const sx = xOf(f, f.split.strength);
  const ay = yOf(f, f.split.attractiveness);
  return [
    { x1: f.x0, y1: ay, x2: f.x1, y2: ay },
    { x1: sx, y1: f.y0, x2: sx, y2: f.y1 },
  ];
}

const fmtBoundary = (x: number): string => (Number.isInteger(x) ? plain(x) : fixed(x, 1));

/** Tick values: 0, 25, 50, 75, 100 and the split value (bold), dropping ticks too close to it. */
function ticks(split: number): Array<{ v: number; bold: boolean }> {
  const out = [0, 25, 50, 75, 100].filter((v) => v === split || Math.abs(v - split) >= 6).map((v) => ({ v, bold: v === split }));
  if (!out.some((t) => t.bold)) out.push({ v: split, bold: true });
  return out.sort((a, b) => a.v - b.v);
}

/** Tick labels and axis titles with arrows, so either orientation reads unambiguously. */
export function frameAxes(f: Frame, strengthTitle: string): string {
  const parts: string[] = [];
  for (const t of ticks(f.split.attractiveness)) {
    parts.push(text({ x: f.x0 - 10, y: yOf(f, t.v) + 4.5, 'text-anchor': 'end', 'font-size': 13, 'font-weight': t.bold ? 'bold' : undefined, fill: t.bold ? INK : MUTED }, fmtBoundary(t.v)));
  }
  for (const t of ticks(f.split.strength)) {
    parts.push(text({ x: xOf(f, t.v), y: f.y1 + 20, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': t.bold ? 'bold' : undefined, fill: t.bold ? INK : MUTED }, fmtBoundary(t.v)));
  }
  const midY = (f.y0 + f.y1) / 2;
  parts.push(
    text({ x: 0, y: 0, transform: `translate(${num(f.x0 - 48)} ${num(midY)}) rotate(-90)`, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 'bold', fill: INK }, t('picture.axis.attractiveness')),
  );
  const y = f.y1 + 46;
  const highLeft = f.strengthAxis === 'left';
  parts.push(text({ x: (f.x0 + f.x1) / 2, y, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 'bold', fill: INK }, strengthTitle));
  parts.push(text({ x: f.x0, y, 'text-anchor': 'start', 'font-size': 13, fill: MUTED }, highLeft ? t('picture.axis.higher.left') : t('picture.axis.lower.left')));
  parts.push(text({ x: f.x1, y, 'text-anchor': 'end', 'font-size': 13, fill: MUTED }, highLeft ? t('picture.axis.lower.right') : t('picture.axis.higher.right')));
  return parts.join('\n');
}

/** A white outline under text, so it reads over cells, lines and marks. */
export const HALO = { stroke: '#FFFFFF', 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } as const;

export const QUADRANT_TITLE_SIZE = 14;
export const TREATMENT_SIZE = 12;

/**
 * Quadrant names and treatments in the outer corners; returns the SVG and the boxes they take
 * (labels keep off them). `count` adds "· n" after the name.
 */
export function quadrantTitles(f: Frame, count?: (q: Quadrant) => number): { svg: string; boxes: Box[] } {
  const parts: string[] = [];
  const boxes: Box[] = [];
  const inset = 10;
  const te = textExtent(QUADRANT_TITLE_SIZE, 'bold');
  const d = textExtent(TREATMENT_SIZE);
  for (const q of QUADRANT_ORDER) {
    const r = quadrantRect(f, q);
    if (r.x1 - r.x0 < 60 || r.y1 - r.y0 < 40) continue;
    const { left, top } = corner(f, q);
    const title = count ? t('picture.quadrant.title.count', { title: QUADRANT_INFO[q].title, count: countText(count(q)) }) : QUADRANT_INFO[q].title;
    const treatment = QUADRANT_INFO[q].treatment;
    const w = Math.max(textWidth(title, QUADRANT_TITLE_SIZE, 'bold'), textWidth(treatment, TREATMENT_SIZE));
    const x = left ? r.x0 + inset : r.x1 - inset;
    const titleY = top ? r.y0 + inset + te.ascent : r.y1 - inset - d.descent - (d.ascent + d.descent) - te.descent;
    const treatY = titleY + te.descent + d.ascent + 1;
    const anchor = left ? 'start' : 'end';
    parts.push(
      el(
        'g',
        { class: 'quadrant-title', 'data-quadrant': q },
        text({ x, y: titleY, 'text-anchor': anchor, 'font-size': QUADRANT_TITLE_SIZE, 'font-weight': 'bold', fill: QUADRANT_COLOURS[q].ink, ...HALO }, title) +
          text({ x, y: treatY, 'text-anchor': anchor, 'font-size': TREATMENT_SIZE, fill: MUTED, ...HALO }, treatment),
      ),
    );
    const x0 = left ? x : x - w;
    boxes.push({ x0: x0 - 2, y0: titleY - te.ascent - 2, x1: x0 + w + 2, y1: treatY + d.descent + 2 });
  }
  return { svg: parts.join('\n'), boxes };
}

/** The strength axis's title: relative strength is read against the best competitor. */
export const strengthTitle = (relative: boolean): string =>
  relative ? t('picture.axis.strength.relative') : t('picture.axis.strength.own');
