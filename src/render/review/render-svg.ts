/**
 * `kam review --format svg`: the movement between the last two snapshots on the KAISM matrix —
 * an arrow from last quarter's position to this quarter's for every account that moved, the
 * accounts that entered or left the selection, new and vanished accounts marked, the names of
 * those that matter; with `--account`, that account's attractiveness and strength over every
 * snapshot against the boundaries. Pure: review document in, text out.
 */
import type { Quadrant } from '../../core/types.js';
import type { AccountHistory } from './history-chart.js';
import type { ReviewAccount, ReviewDocument } from '../../core/review.js';
import { say, t } from '../../i18n/index.js';
import { fixed, longDate, plain } from '../../i18n/numbers.js';
import { language } from '../../i18n/language.js';
import { quadrantWord, RELEASE_WORD, whole } from './wording.js';
import { ruleWord } from '../picture/matrix-model.js';
import type { Sink } from '../sink.js';
import { boundaryLines, boundarySegments, frameAxes, frameBackground, PLOT, quadrantRect, quadrantTitles, strengthTitle, xOf, yOf, type Frame } from '../picture/frame.js';
import { placeLabels, type Circle, type LabelRequest, type Segment } from '../picture/labels.js';
import { twoLines } from '../picture/matrix-svg.js';
import { el, num, text, xmlText } from '../picture/svg.js';
import { fitText, textExtent, textWidth } from '../picture/text.js';
import { CANVAS, FAINT, FONT_FAMILY, INK, MUTED, QUADRANT_COLOURS, QUADRANT_TITLE } from '../picture/theme.js';

const LABEL_SIZE = 12.5;
const LINE_HEIGHT = 14;
const LEGEND_X = 936;
/** A change of at least this many points on an axis is named on the picture. */
const NOTABLE_POINTS = 5;
/** Above this many accounts only the notable ones are drawn as marks. */
const ALL_MARKS_MAX = 400;

const score = (x: number): string => fixed(x, 1);
/** The day of a review: as always in English (2027-02-18), in words in Indonesian (Kamis, 18 Februari 2027). */
const day = (iso: string): string => (language() === 'en' ? iso.slice(0, 10) : longDate(iso));
/** A snapshot's file name without its folders. */
const shortLabel = (label: string): string => label.replace(/\\/g, '/').split('/').pop() ?? label;
const signed = (x: number): string => (Math.abs(x) < 0.05 ? `±${fixed(0, 1)}` : `${x > 0 ? '+' : '−'}${fixed(Math.abs(x), 1)}`);
const nameOf = (a: ReviewAccount): string => (a.name === a.id ? a.id : `${a.id} ${a.name}`);

type Kind = 'entered' | 'left' | 'new' | 'vanished' | 'moved' | 'kept';

function kindOf(a: ReviewAccount): Kind {
  if (a.status === 'vanished') return 'vanished';
  if (a.status === 'new') return 'new';
  if (a.selection === 'entered') return 'entered';
  if (a.selection === 'left') return 'left';
  return a.previous && a.current && a.previous.quadrant !== a.current.quadrant ? 'moved' : 'kept';
}

function notable(a: ReviewAccount): boolean {
  const k = kindOf(a);
  if (k !== 'kept') return true;
  return a.change !== null && (Math.abs(a.change.attractiveness) >= NOTABLE_POINTS || Math.abs(a.change.strength) >= NOTABLE_POINTS);
}

function tooltip(a: ReviewAccount, doc: ReviewDocument): string[] {
  const lines = [nameOf(a)];
  const p = a.previous;
  const c = a.current;
  const q = (x: Quadrant): string => quadrantWord(x);
  if (p && c) {
    lines.push(p.quadrant === c.quadrant ? t('review.svg.tip.same', { quadrant: q(c.quadrant), from: whole(p.rank), to: whole(c.rank) }) : t('review.svg.tip.moved', { previous: q(p.quadrant), current: q(c.quadrant), from: whole(p.rank), to: whole(c.rank) }));
    lines.push(t('review.svg.tip.attractiveness', { from: score(p.attractiveness), to: score(c.attractiveness), change: signed(c.attractiveness - p.attractiveness) }));
    lines.push(t('review.svg.tip.strength', { from: score(p.strength), to: score(c.strength), change: signed(c.strength - p.strength) }));
  } else if (c) lines.push(t('review.svg.tip.new', { label: doc.compared.current, quadrant: q(c.quadrant), rank: whole(c.rank), attractiveness: score(c.attractiveness), strength: score(c.strength) }));
  else if (p) lines.push(t('review.svg.tip.vanished', { quadrant: q(p.quadrant), rank: whole(p.rank), attractiveness: score(p.attractiveness), strength: score(p.strength) }));
  const release = doc.release.find((r) => r.id === a.id);
  if (a.selection === 'entered') lines.push(t('review.svg.tip.entered'));
  if (release) lines.push(t('review.svg.tip.left', { reason: RELEASE_WORD[release.reason], detail: say(release.detail) }));
  else if (a.selection === 'kept') lines.push(t('review.svg.tip.kept'));
  return lines;
}

const arrowHead = el(
  'defs',
  {},
  el('marker', { id: 'kam-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' }, el('path', { d: 'M0 0L10 5L0 10z', fill: INK })),
);

function cross(cx: number, cy: number, k: number): string {
  return el('path', { class: 'vanished-cross', d: `M${num(cx - k)} ${num(cy - k)}L${num(cx + k)} ${num(cy + k)}M${num(cx - k)} ${num(cy + k)}L${num(cx + k)} ${num(cy - k)}`, stroke: INK, 'stroke-width': 2, 'stroke-linecap': 'round', fill: 'none' });
}

function star(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    pts.push(`${num(cx + rr * Math.cos(a))},${num(cy + rr * Math.sin(a))}`);
  }
  return el('polygon', { class: 'new-star', points: pts.join(' '), fill: '#FFFFFF', stroke: INK, 'stroke-width': 1.5 });
}

function dot(cx: number, cy: number, r: number, q: Quadrant, selected: boolean): string {
  const c = QUADRANT_COLOURS[q];
  return el('circle', { class: 'mark', cx, cy, r, fill: c.fill, 'fill-opacity': selected ? 0.88 : 0.3, stroke: selected ? INK : c.ink, 'stroke-width': selected ? 2 : 1.25 });
}

function legend(doc: ReviewDocument, y0: number): string {
  const parts: string[] = [];
  let y = y0;
  const x = LEGEND_X;
  const heading = (label: string): void => {
    parts.push(text({ x, y, 'font-size': 14, 'font-weight': 'bold', fill: INK }, label));
    y += 22;
  };
  const row = (glyph: string, label: string): void => {
    parts.push(glyph, text({ x: x + 30, y: y + 4.5, 'font-size': 13, fill: INK }, label));
    y += 22;
  };
  const dotAt = (q: Quadrant, selected: boolean): string => dot(x + 10, y, 6, q, selected);
  heading(t('review.svg.legend.marks'));
  row(el('line', { x1: x, y1: y, x2: x + 20, y2: y, stroke: INK, 'stroke-width': 1.5, 'marker-end': 'url(#kam-arrow)' }), t('review.svg.legend.moved'));
  row(dotAt('key', true), t('review.svg.legend.selected'));
  row(dotAt('key', false), t('review.svg.legend.unselected'));
  row(dotAt('key', true) + el('circle', { cx: x + 10, cy: y, r: 10, fill: 'none', stroke: INK, 'stroke-width': 1.5 }), t('review.svg.legend.entered'));
  row(dotAt('key', false) + el('circle', { cx: x + 10, cy: y, r: 10, fill: 'none', stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' }), t('review.svg.legend.left'));
  row(star(x + 10, y, 9), t('review.svg.legend.new'));
  row(cross(x + 10, y, 6), t('review.svg.legend.vanished'));
  y += 8;
  const m = doc.movements;
  const list = (title: string, ids: string[]): void => {
    if (ids.length === 0) return;
    heading(t('review.svg.legend.list', { title, n: whole(ids.length) }));
    for (const id of ids.slice(0, 6)) {
      const a = doc.accounts.find((x) => x.id === id)!;
      parts.push(text({ x, y, 'font-size': 12, fill: INK }, fitText(nameOf(a), 12, 310)));
      y += 16;
    }
    if (ids.length > 6) {
      parts.push(text({ x, y, 'font-size': 12, fill: MUTED }, t('review.svg.legend.more', { n: whole(ids.length - 6) })));
      y += 16;
    }
    y += 6;
  };
  list(t('review.group.entered'), m.entered);
  list(t('review.group.left'), m.left);
  list(t('review.svg.legend.changed'), m.quadrantChanges.map((c) => c.id).filter((id) => !m.entered.includes(id) && !m.left.includes(id)));
  return el('g', { class: 'legend' }, parts.join('\n'));
}

/** The movement picture of a review document. */
export function reviewMovementSvg(doc: ReviewDocument, standalone = true): string {
  const [prev, cur] = doc.snapshots.slice(-2);
  const f: Frame = { ...PLOT, strengthAxis: 'left', split: { attractiveness: cur.split.attractiveness, strength: cur.split.strength } };
  const pf: Frame = { ...f, split: { attractiveness: prev.split.attractiveness, strength: prev.split.strength } };
  const splitMoved = prev.split.attractiveness !== cur.split.attractiveness || prev.split.strength !== cur.split.strength;
  const counts: Record<Quadrant, number> = { key: 0, 'key-development': 0, maintenance: 0, opportunistic: 0 };
  for (const a of doc.accounts) if (a.current) counts[a.current.quadrant]++;
  const titles = quadrantTitles(f, (q) => counts[q]);

  const shown = doc.accounts.filter((a) => (a.current || a.previous) && (a.status !== 'former') && (doc.accounts.length <= ALL_MARKS_MAX || notable(a)));
  const marks: string[] = [];
  const circles: Circle[] = [];
  const requests: LabelRequest[] = [];
  const named: ReviewAccount[] = [];
  const arrows: Segment[] = [];
  /** Last positions: labels keep off them too (after the marks, so mark indices stay the accounts'). */
  const obstacles: Circle[] = [];
  for (const a of shown) {
    const k = kindOf(a);
    const at = a.current ?? a.previous!;
    const cx = xOf(f, at.strength);
    const cy = yOf(f, at.attractiveness);
    const r = a.current?.selected ? 6.5 : 5;
    const parts: string[] = [el('title', {}, tooltip(a, doc).map(xmlText).join('\n'))];
    if (a.previous && a.current) {
      const px = xOf(f, a.previous.strength);
      const py = yOf(f, a.previous.attractiveness);
      const len = Math.hypot(cx - px, cy - py);
      if (len > r + 4) {
        parts.push(el('circle', { class: 'previous', cx: px, cy: py, r: 3, fill: '#FFFFFF', stroke: MUTED, 'stroke-width': 1.25 }));
        const ex = cx - ((cx - px) / len) * (r + 2);
        const ey = cy - ((cy - py) / len) * (r + 2);
        const strong = k !== 'kept';
        arrows.push({ x1: px, y1: py, x2: ex, y2: ey });
        obstacles.push({ cx: px, cy: py, r: 3 });
        parts.push(el('line', { class: 'movement', x1: px, y1: py, x2: ex, y2: ey, stroke: strong ? INK : FAINT, 'stroke-width': strong ? 2 : 1.25, 'marker-end': strong ? 'url(#kam-arrow)' : undefined }));
      }
    }
    if (k === 'vanished') parts.push(cross(cx, cy, 6));
    else {
      parts.push(dot(cx, cy, r, a.current!.quadrant, a.current!.selected));
      if (k === 'entered') parts.push(el('circle', { class: 'entered-ring', cx, cy, r: r + 4, fill: 'none', stroke: INK, 'stroke-width': 1.5 }));
      if (k === 'left') parts.push(el('circle', { class: 'left-ring', cx, cy, r: r + 4, fill: 'none', stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' }));
      if (k === 'new') parts.push(star(cx + r + 1, cy - r - 1, 7));
    }
    marks.push(
      el(
        'g',
        { class: `account move-${k}`, 'data-id': a.id, 'data-status': a.status, 'data-selection': a.selection, 'data-quadrant': at.quadrant, 'data-selected': a.current?.selected ? 'true' : 'false' },
        parts.join(''),
      ),
    );
    const ring = k === 'entered' || k === 'left' ? r + 5 : k === 'new' ? r + 8 : r;
    circles.push({ cx, cy, r: ring });
    if (notable(a)) {
      const weight = a.current?.selected ? 'bold' : 'regular';
      const word = k === 'entered' ? ' ▲' : k === 'left' ? ' ▼' : k === 'new' ? t('review.svg.label.new') : k === 'vanished' ? t('review.svg.label.gone') : '';
      const label = fitText(a.name, LABEL_SIZE, 180, weight) + word;
      const wrapped = twoLines(a.name + word, LABEL_SIZE, weight, 175);
      const q = quadrantRect(f, at.quadrant);
      requests.push({
        anchor: { cx, cy, r: ring },
        mark: circles.length - 1,
        region: { x0: q.x0 + 2, y0: q.y0 + 2, x1: q.x1 - 2, y1: q.y1 - 2 },
        texts: [
          { lines: [label], width: textWidth(label, LABEL_SIZE, weight), kind: 'name', cost: label === a.name + word ? 0 : 4 },
          ...(wrapped ? [{ lines: wrapped, width: Math.max(...wrapped.map((l) => textWidth(l, LABEL_SIZE, weight))), kind: 'name' as const, cost: 2.5 }] : []),
          { lines: [a.id], width: textWidth(a.id, LABEL_SIZE, weight), kind: 'number', cost: 0 },
        ],
      });
      named.push(a);
    }
  }
  // Movements first, then by current rank.
  const { ascent, descent } = textExtent(LABEL_SIZE);
  const placements = placeLabels(requests, {
    bounds: { x0: f.x0 + 2, y0: f.y0 + 2, x1: f.x1 - 2, y1: f.y1 - 2 },
    circles: [...circles, ...obstacles],
    boxes: titles.boxes,
    soft: boundarySegments(f),
    lines: arrows,
    ascent,
    descent,
    lineHeight: LINE_HEIGHT,
  });
  const labels = placements.map((p, i) => {
    if (!p) return '';
    const a = named[i];
    const selected = a.current?.selected === true;
    const leader = p.leader ? el('line', { class: 'leader', 'data-for': a.id, x1: p.leader.x1, y1: p.leader.y1, x2: p.leader.x2, y2: p.leader.y2, stroke: MUTED, 'stroke-width': 1 }) : '';
    const attrs = { class: 'label', 'data-for': a.id, x: p.x, y: p.y, 'font-size': LABEL_SIZE, 'font-weight': selected ? 'bold' : undefined, fill: selected ? INK : MUTED, stroke: '#FFFFFF', 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
    if (p.lines.length === 1) return leader + text(attrs, p.lines[0]);
    return leader + el('text', attrs, p.lines.map((l, j) => el('tspan', { x: p.x, dy: j === 0 ? undefined : LINE_HEIGHT }, xmlText(l))).join(''));
  });

  const m = doc.movements;
  const title = t('review.svg.title', { previous: shortLabel(prev.label), current: shortLabel(cur.label) });
  const subtitle = t('review.svg.subtitle', { entered: whole(m.entered.length), left: whole(m.left.length), changed: whole(m.quadrantChanges.length), new: whole(m.new.length), vanished: whole(m.vanished.length) });
  const splitNote = splitMoved ? t('review.svg.dashed', { attractiveness: score(prev.split.attractiveness), strength: score(prev.split.strength) }) : '';
  const body = [
    el('title', { id: 'kam-review-title' }, xmlText(title)),
    el('desc', { id: 'kam-review-desc' }, xmlText(t('review.svg.desc', { subtitle, label: cur.label, rule: ruleWord(cur.split.rule), attractiveness: plain(cur.split.attractiveness), strength: plain(cur.split.strength) }))),
    arrowHead,
    el('rect', { class: 'background', x: 0, y: 0, width: CANVAS.width, height: CANVAS.height, fill: '#FFFFFF' }),
    el('g', { class: 'heading' }, text({ x: 40, y: 50, 'font-size': 24, 'font-weight': 'bold', fill: INK }, fitText(title, 24, 1200, 'bold')) + text({ x: 40, y: 78, 'font-size': 14, fill: MUTED }, subtitle)),
    el('g', { class: 'frame' }, frameBackground(f)),
    el('g', { class: 'boundaries' }, (splitMoved ? boundaryLines(pf, true, 'previous') : '') + boundaryLines(f)),
    el('g', { class: 'quadrant-titles' }, titles.svg),
    el('g', { class: 'axes' }, frameAxes(f, strengthTitle(false))),
    el('g', { class: 'accounts' }, marks.join('\n')),
    el('g', { class: 'labels' }, labels.join('\n')),
    legend(doc, 126),
    text({ class: 'footer', x: 40, y: 706, 'font-size': 11.5, fill: FAINT }, `kam ${doc.kamVersion} · ${day(doc.generatedAt)} · ${doc.snapshots.map((x) => shortLabel(x.label)).join(' → ')} · ${t('review.svg.footer.split', { rule: ruleWord(cur.split.rule) })}${splitNote}${shown.length < doc.accounts.length ? t('review.svg.footer.drawn', { shown: whole(shown.length), total: whole(doc.accounts.length) }) : ''}`),
  ].join('\n');
  return svgRoot(body, standalone, 'kam-review');
}

function svgRoot(body: string, standalone: boolean, id: string): string {
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: standalone ? CANVAS.width : undefined,
      height: standalone ? CANVAS.height : undefined,
      viewBox: `0 0 ${CANVAS.width} ${CANVAS.height}`,
      class: id,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': FONT_FAMILY,
    },
    `\n${body}\n`,
  );
  return standalone ? `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n` : root;
}

/** `--account`: the account's two scores over the snapshots, with each snapshot's boundaries. */
export function reviewHistorySvg(doc: ReviewDocument, h: AccountHistory, standalone = true): string {
  const x0 = 112;
  const x1 = 1180;
  const y0 = 130;
  const y1 = 560;
  const n = h.points.length;
  const xAt = (i: number): number => (n === 1 ? (x0 + x1) / 2 : x0 + 40 + (i * (x1 - x0 - 80)) / (n - 1));
  const yAt = (v: number): number => y1 - (Math.max(0, Math.min(100, v)) / 100) * (y1 - y0);
  const snaps = h.points.map((p) => doc.snapshots.find((s) => s.label === p.label)!);
  const parts: string[] = [];
  parts.push(el('rect', { class: 'plot-area', x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: '#FAFAFA', stroke: MUTED, 'stroke-width': 1 }));
  for (const v of [0, 25, 50, 75, 100]) {
    parts.push(el('line', { x1: x0, y1: yAt(v), x2: x1, y2: yAt(v), stroke: '#E2E2E2', 'stroke-width': 1 }));
    parts.push(text({ x: x0 - 10, y: yAt(v) + 4.5, 'text-anchor': 'end', 'font-size': 13, fill: MUTED }, plain(v)));
  }
  const series = [
    { axis: 'attractiveness' as const, name: t('review.svg.history.attractiveness'), colour: QUADRANT_COLOURS.key.fill, dash: undefined, marker: 'circle' },
    { axis: 'strength' as const, name: t('review.svg.history.strength'), colour: QUADRANT_COLOURS['key-development'].ink, dash: '7 4', marker: 'square' },
  ];
  // Each snapshot's boundary on both axes, as steps.
  for (const s of series) {
    const pts = snaps.map((sn, i) => [xAt(i), yAt(sn.split[s.axis])] as const);
    const d = pts.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(i === 0 ? x0 : (pts[i - 1][0] + x) / 2)} ${num(y)}L${num(i === n - 1 ? x1 : (x + pts[i + 1][0]) / 2)} ${num(y)}`).join('');
    parts.push(el('path', { class: `boundary boundary-${s.axis}`, d, fill: 'none', stroke: s.colour, 'stroke-width': 1.25, 'stroke-dasharray': '2 3', opacity: 0.9 }));
  }
  for (const s of series) {
    const pts = h.points.map((p, i) => [xAt(i), yAt(p.point[s.axis])] as const);
    parts.push(el('polyline', { class: `series series-${s.axis}`, points: pts.map(([x, y]) => `${num(x)},${num(y)}`).join(' '), fill: 'none', stroke: s.colour, 'stroke-width': 3, 'stroke-dasharray': s.dash }));
    pts.forEach(([x, y], i) => {
      const v = h.points[i].point[s.axis];
      const m = s.marker === 'circle' ? el('circle', { cx: x, cy: y, r: 6, fill: '#FFFFFF', stroke: s.colour, 'stroke-width': 2.5 }) : el('rect', { x: x - 5.5, y: y - 5.5, width: 11, height: 11, fill: '#FFFFFF', stroke: s.colour, 'stroke-width': 2.5 });
      const other = h.points[i].point[s.axis === 'attractiveness' ? 'strength' : 'attractiveness'];
      const above = v >= other;
      parts.push(el('g', { class: 'point', 'data-axis': s.axis, 'data-value': v }, el('title', {}, xmlText(t('review.svg.history.point', { axis: s.name, value: score(v), label: h.points[i].label }))) + m));
      parts.push(text({ x, y: above ? y - 12 : y + 22, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 'bold', fill: s.colour, stroke: '#FFFFFF', 'stroke-width': 3, 'paint-order': 'stroke' }, score(v)));
    });
  }
  h.points.forEach((p, i) => {
    const x = xAt(i);
    parts.push(text({ x, y: y1 + 22, 'text-anchor': 'middle', 'font-size': 12.5, fill: INK }, fitText(p.label, 12.5, Math.max(60, (x1 - x0) / n - 8))));
    const q = p.point.quadrant;
    const c = QUADRANT_COLOURS[q];
    const word = `${QUADRANT_TITLE[q]}${p.point.selected ? t('review.svg.history.selected') : ''}`;
    const w = textWidth(word, 12, p.point.selected ? 'bold' : 'regular') + 14;
    parts.push(el('rect', { x: x - w / 2, y: y1 + 34, width: w, height: 20, rx: 10, fill: c.tint, stroke: c.ink, 'stroke-width': 1 }));
    parts.push(text({ x, y: y1 + 48, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': p.point.selected ? 'bold' : undefined, fill: c.ink }, word));
    parts.push(text({ x, y: y1 + 72, 'text-anchor': 'middle', 'font-size': 12, fill: MUTED }, t('review.svg.history.rank', { rank: whole(p.point.rank) })));
  });
  // Legend: line styles, not colour alone.
  let lx = x0;
  for (const s of series) {
    parts.push(el('line', { x1: lx, y1: 104, x2: lx + 34, y2: 104, stroke: s.colour, 'stroke-width': 3, 'stroke-dasharray': s.dash }));
    parts.push(text({ x: lx + 42, y: 108.5, 'font-size': 13, fill: INK }, s.name));
    lx += 56 + textWidth(s.name, 13);
  }
  parts.push(el('line', { x1: lx, y1: 104, x2: lx + 34, y2: 104, stroke: MUTED, 'stroke-width': 1.25, 'stroke-dasharray': '2 3' }));
  parts.push(text({ x: lx + 42, y: 108.5, 'font-size': 13, fill: INK }, t('review.svg.history.boundary')));
  const a = h.account;
  const title = t('review.svg.history.title', { name: nameOf(a), n, count: whole(n) });
  const first = h.points[0].point;
  const last = h.points[n - 1].point;
  const quadrants = first.quadrant === last.quadrant ? t('review.svg.history.throughout', { quadrant: quadrantWord(last.quadrant) }) : `${quadrantWord(first.quadrant)} → ${quadrantWord(last.quadrant)}`;
  const subtitle = t('review.svg.history.subtitle', { quadrants, a0: score(first.attractiveness), a1: score(last.attractiveness), s0: score(first.strength), s1: score(last.strength) });
  const body = [
    el('title', { id: 'kam-history-title' }, xmlText(title)),
    el('desc', { id: 'kam-history-desc' }, xmlText(subtitle)),
    el('rect', { class: 'background', x: 0, y: 0, width: CANVAS.width, height: CANVAS.height, fill: '#FFFFFF' }),
    el('g', { class: 'heading' }, text({ x: 40, y: 50, 'font-size': 24, 'font-weight': 'bold', fill: INK }, fitText(title, 24, 1200, 'bold')) + text({ x: 40, y: 78, 'font-size': 14, fill: MUTED }, subtitle)),
    parts.join('\n'),
    text({ class: 'footer', x: 40, y: 706, 'font-size': 11.5, fill: FAINT }, `kam ${doc.kamVersion} · ${day(doc.generatedAt)} · ${t('review.svg.history.footer')}`),
  ].join('\n');
  return svgRoot(body, standalone, 'kam-history');
}

/** The review's SVG writer: the movement picture, or with an account its history. */
export function writeReviewSvg(out: Sink, doc: ReviewDocument, focus: AccountHistory | null): void {
  out(focus ? reviewHistorySvg(doc, focus) : reviewMovementSvg(doc));
}
