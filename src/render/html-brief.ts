/**
 * `kam select --format html`: the step-9 brief as one self-contained, offline HTML file — the
 * matrix (inline SVG), the ranked table (sorted by clicking a header, filtered by quadrant),
 * the method (split rule, weights, realistic share), capacity and the team's overrides with
 * their reasons, and when the run has them the disagreements, stability and explanations.
 * Prints on A4 landscape. Pure: result in, text out.
 */
import { PARETO_CLASSES } from '../core/pareto.js';
import { factorRecords, realisticWeightPct } from '../core/result.js';
import { accountStability, BORDERLINE_PCT } from '../core/stability.js';
import { QUADRANT_INFO, QUADRANTS, type Quadrant } from '../core/types.js';
import type { AccountExplanation, AxisExplanation } from '../core/explain.js';
import { say, t } from '../i18n/index.js';
import { amount, count, fixed, percent, plain } from '../i18n/numbers.js';
import { describeChange, describeCrossing, fmtValue } from './explain-wording.js';
import { h, htmlPage, markdownSectionHtml, plainTable, sortableTable, type Cell, type Column } from './html-page.js';
import { matrixModel } from './picture/matrix-model.js';
import { matrixSvg } from './picture/matrix-svg.js';
import { describeDisagreement } from './ratings-lines.js';
import { axisName, describeSplit, generatedStamp, directionName, kindName, quadrantName, salesModeName } from './text.js';
import type { RenderOptions, ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';
import { describeStability, floorPct } from './stability.js';

/** Rows of the ranked table at most (the rest are counted; --format csv has them all). */
export const HTML_ROWS_MAX = 2000;

const pct = (x: number): string => percent(x, 1);
const score = (x: number): string => fixed(x, 1);
const money = (x: number): string => amount(x);
/** A quadrant's name as the page shows it: its id in English, its Indonesian name in Indonesian. */
const qWord = (q: Quadrant): string => quadrantName(q);
const qBadge = (q: Quadrant): string => `<span class="q q-${h(q)}">${h(qWord(q))}</span>`;

function explanationHtml(label: string, e: AccountExplanation): string {
  const axis = (title: string, a: AxisExplanation): string => {
    const rows = a.factors.map((f) => [
      h(f.factor),
      h(fmtValue(f.raw)),
      f.u === null ? '' : fixed(f.u, 3),
      fixed(f.weightPct, 1),
      fixed(f.points, 1),
      f.cross ? h(describeCrossing(f.cross)) : '',
    ]);
    return `<h3>${h(t('picture.brief.axis', { title, score: score(a.score), boundary: score(a.boundary), margin: `${a.margin >= 0 ? '+' : '−'}${fixed(Math.abs(a.margin), 1)}` }))}</h3>${plainTable(
      [t('picture.brief.head.factor'), t('picture.brief.head.value'), 'u', t('picture.brief.head.weight'), t('picture.brief.head.points'), t('picture.brief.head.crosses')],
      rows,
      [1, 2, 3, 4],
    )}`;
  };
  const change = e.change ? h(t('picture.brief.change', { change: describeChange(e.change) })) : h(t('picture.brief.no.change'));
  return `<details><summary>${h(label)} — ${change}</summary>${axis(t('picture.brief.axis.attractiveness'), e.attractiveness)}${axis(t('picture.brief.axis.strength'), e.strength)}</details>`;
}

export function htmlBrief(doc: ResultDocument, opts: Pick<RenderOptions, 'strengthAxis' | 'picture'>): string {
  const { portfolio, ev, ctx } = doc;
  const model = matrixModel(doc, opts);
  const s = ev.selection;
  const n = ev.order.length;
  const label = (p: number): string => {
    const row = ev.scope[p];
    return portfolio.names[row] === portfolio.ids[row] ? portfolio.ids[row] : `${portfolio.ids[row]} ${portfolio.names[row]}`;
  };
  const B: string[] = [];
  B.push(`<header><h1>${h(t('picture.brief.title'))}</h1>`);
  B.push(`<p class="meta">${t('picture.brief.generated', { at: h(generatedStamp(ctx.generatedAt)), version: h(ctx.kamVersion), files: Object.values(ctx.inputs).map((i) => `<code>${h(i.path)}</code>`).join(', ') })}</p>`);
  const figures: Array<[string, string]> = [
    [count(n), t('picture.brief.figure.scope')],
    [count(s.count), t('picture.brief.figure.selected')],
    [count(s.qualifying), t('picture.brief.figure.qualifying')],
    [s.capacity === null ? t('picture.brief.not.set') : plain(s.capacity), t('picture.brief.figure.capacity')],
    [pct(realisticWeightPct(ev.factors)), t('picture.brief.figure.realistic')],
  ];
  if (ev.pareto) figures.push([pct(ev.pareto.top20SharePct), t('picture.brief.figure.pareto')]);
  B.push(`<ul class="figures">${figures.map(([v, t]) => `<li><b>${h(v)}</b><span>${h(t)}</span></li>`).join('')}</ul></header>`);

  for (const sec of doc.sections ?? []) B.push(`<section><h2>${h(sec.title)}</h2>${markdownSectionHtml(sec.body)}</section>`);

  B.push(`<section><h2>${h(t('picture.brief.matrix'))}</h2>`);
  B.push(`<figure>${matrixSvg(model, { standalone: false })}<figcaption>${h(describeSplit(ev).join(' '))} ${h(t('picture.brief.hover'))}</figcaption></figure>`);
  B.push(
    plainTable(
      [t('picture.brief.head.quadrant'), t('picture.brief.head.accounts'), t('picture.brief.head.treatment'), t('picture.brief.head.mode')],
      QUADRANTS.map((q) => [qBadge(q), plain(ev.counts[q]), h(QUADRANT_INFO[q].treatment), h(salesModeName(QUADRANT_INFO[q].salesMode))]),
      [1],
    ),
  );
  B.push('</section>');

  B.push(`<section><h2>${h(t('picture.brief.selection'))}</h2>`);
  B.push(`<p>${h(t('picture.brief.selection.line', { n: s.count, count: plain(s.count), qualifying: plain(s.qualifying), capacity: s.capacity === null ? t('picture.brief.not.set') : plain(s.capacity) }))}${s.overCapacity ? ` <strong>${h(t('picture.brief.over'))}</strong>` : ''}</p>`);
  if (s.overrides.length > 0) {
    B.push(`<h3>${t('picture.brief.overrides')}</h3>`);
    B.push(
      plainTable(
        [t('picture.brief.head.account'), t('picture.brief.head.decision'), t('picture.brief.head.reason'), t('picture.brief.head.applied')],
        s.overrides.map((o) => [h(o.id), o.action === 'add' ? h(t('picture.brief.added')) : h(t('picture.brief.removed')), h(o.reason), o.applied ? h(t('picture.brief.yes')) : h(t('picture.brief.not.applied', { note: o.note ?? '' }))]),
      ),
    );
  } else B.push(`<p class="note">${h(t('picture.brief.no.overrides'))}</p>`);
  for (const w of ev.warnings) B.push(`<p class="warn">${h(say(w))}${s.cut > 0 && w === s.warnings[0] ? h(t('picture.brief.pale')) : ''}</p>`);
  B.push('</section>');

  // The ranked table, filterable by quadrant and selection.
  const stab = ctx.stability;
  const shown = Math.min(n, HTML_ROWS_MAX);
  const columns: Column[] = [
    { label: '#', type: 'number', first: 'ascending', align: 'right' },
    { label: t('picture.brief.head.account'), type: 'text' },
    ...(portfolio.segments ? [{ label: t('picture.brief.head.segment'), type: 'text' } as Column] : []),
    { label: t('picture.brief.head.attractiveness'), type: 'number', align: 'right' },
    { label: t('picture.brief.head.strength'), type: 'number', align: 'right' },
    { label: t('picture.brief.head.quadrant'), type: 'number', first: 'ascending' },
    { label: t('picture.brief.head.selected'), type: 'text', first: 'descending' },
    ...(portfolio.revenue ? [{ label: t('picture.brief.head.revenue'), type: 'number', align: 'right' } as Column] : []),
    ...(ev.pareto ? [{ label: t('picture.brief.head.pareto'), type: 'text', first: 'ascending' } as Column] : []),
    ...(stab ? [{ label: t('picture.brief.head.in.quadrant'), type: 'number', first: 'ascending', align: 'right' } as Column] : []),
  ];
  const rows: Array<{ attrs: string; cells: Cell[] }> = [];
  for (let r = 0; r < shown; r++) {
    const p = ev.order[r];
    const row = ev.scope[p];
    const q = QUADRANTS[ev.quadrant[p]];
    const selected = s.selected[p] === 1;
    const rev = portfolio.revenue ? portfolio.revenue[row] : Number.NaN;
    const cells: Cell[] = [
      { html: plain(r + 1), sort: r + 1 },
      { html: h(label(p)) },
      ...(portfolio.segments ? [{ html: h(portfolio.segments[row]) }] : []),
      { html: score(ev.attractiveness[p]), sort: ev.attractiveness[p] },
      { html: score(ev.strength[p]), sort: ev.strength[p] },
      { html: qBadge(q), sort: ev.quadrant[p] },
      { html: selected ? h(t('picture.brief.yes')) : '', sort: selected ? 'yes' : '' },
      ...(portfolio.revenue ? [{ html: rev === rev ? money(rev) : '', sort: rev === rev ? rev : '' }] : []),
      ...(ev.pareto ? [{ html: PARETO_CLASSES[ev.pareto.cls[p]] }] : []),
    ];
    if (stab) {
      const a = accountStability(stab, p);
      cells.push({ html: `${plain(floorPct(a.inQuadrantPct))}${a.borderline ? '*' : ''}`, sort: a.inQuadrantPct });
    }
    rows.push({ attrs: ` data-id="${h(portfolio.ids[row])}" data-quadrant="${q}" data-selected="${selected}"${selected ? ' class="selected"' : ''}`, cells });
  }
  B.push(`<section class="page-break"><h2>${h(t('picture.brief.ranked'))}</h2>`);
  B.push(
    `<div class="controls" data-for="ranked"><span>${h(t('picture.brief.show'))}</span>${QUADRANTS.map((q) => `<label><input type="checkbox" checked data-quadrant="${q}"> ${h(qWord(q))} (${plain(ev.counts[q])})</label>`).join('')}<label><input type="checkbox" data-selected-only> ${h(t('picture.brief.selected.only'))}</label><output></output></div>`,
  );
  B.push(sortableTable('ranked', columns, rows, t('picture.brief.sort.note')));
  if (shown < n) B.push(`<p class="note">${h(t('picture.brief.more', { count: count(n - shown) }))}</p>`);
  B.push('</section>');

  B.push(`<section><h2>${h(t('picture.brief.method'))}</h2><ul>`);
  B.push(`<li>${h(describeSplit(ev).join(' '))}</li>`);
  B.push(`<li>${h(t('picture.brief.method.line', { missing: ev.method.missing, strength: ev.method.strength, sort: ev.method.sort }))}</li>`);
  if (ev.method.segments) B.push(`<li>${t('picture.brief.segments', { segments: ev.method.segments.map(h).join(', ') })}</li>`);
  B.push(`<li>${h(t('picture.brief.realistic', { pct: pct(realisticWeightPct(ev.factors)) }))}</li></ul>`);
  B.push(
    plainTable(
      ['factor', 'axis', 'weight', 'scale', 'direction', 'normalise', 'kind', 'description'].map((k) => t(`picture.brief.head.${k as 'factor'}`)),
      factorRecords(ev.factors).map((f) => [h(f.factor), axisName(f.axis), fixed(f.weightPct, 1), `${plain(f.min)}–${plain(f.max)}`, h(directionName(f.direction)), h(f.normalize), f.axis === 'attractiveness' ? h(kindName(f.kind)) : '', h(f.description)]),
      [2],
    ),
  );
  B.push('</section>');

  if (ctx.ratings) {
    const d = ctx.ratings.disagreements;
    B.push(`<section><h2>${t('picture.brief.disagreements')}</h2><p>${h(t('picture.brief.aggregate', { aggregate: ctx.ratings.aggregate }))} ${h(d.length === 0 ? t('picture.brief.no.disagreement') : t('picture.brief.some.disagreement', { n: d.length, count: plain(d.length) }))}</p>`);
    if (d.length > 0) B.push(`<ul>${d.map((x) => `<li>${h(describeDisagreement(x))}</li>`).join('')}</ul>`);
    B.push('</section>');
  }
  if (stab) {
    const borderline = Array.from(ev.order).filter((p) => accountStability(stab, p).borderline);
    B.push(`<section><h2>${h(t('picture.brief.stability'))}</h2><p>${h(describeStability(stab))} ${h(t('picture.brief.borderline', { pct: plain(BORDERLINE_PCT) }))}</p>`);
    if (borderline.length === 0) B.push(`<p>${h(t('picture.brief.stable', { pct: plain(BORDERLINE_PCT) }))}</p>`);
    else {
      B.push(
        plainTable(
          [t('picture.brief.head.account'), t('picture.brief.head.quadrant'), t('picture.brief.head.in.quadrant'), t('picture.brief.head.else')],
          borderline.slice(0, HTML_ROWS_MAX).map((p) => {
            const a = accountStability(stab, p);
            return [h(label(p)), qBadge(QUADRANTS[ev.quadrant[p]]), pct(a.inQuadrantPct), a.movesTo ? `${qBadge(a.movesTo)} ${pct(a.movesToPct)}` : ''];
          }),
          [2],
        ),
      );
    }
    B.push('</section>');
  }
  if (ctx.explainer) {
    B.push(`<section><h2>${h(t('picture.brief.explanations'))}</h2><p class="note">${t('picture.brief.explanations.note')}</p>`);
    for (let r = 0; r < shown; r++) {
      const p = ev.order[r];
      B.push(explanationHtml(`${plain(r + 1)}. ${label(p)} (${qWord(QUADRANTS[ev.quadrant[p]])})`, ctx.explainer.explain(p)));
    }
    B.push('</section>');
  }
  B.push(`<footer><p class="note">${Object.entries(ctx.inputs).map(([k, i]) => `${h(k)}: <code>${h(i.path)}</code> sha256 <code>${h(i.sha256.slice(0, 16))}…</code>`).join('<br>')}</p></footer>`);
  return htmlPage(t('picture.brief.title'), B.join('\n'));
}

/** `--format html`: a ResultWriter. */
export function writeHtmlBrief(out: Sink, doc: ResultDocument, o: RenderOptions): void {
  out(htmlBrief(doc, o));
}
