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
import { QUADRANT_INFO, QUADRANTS } from '../core/types.js';
import type { AccountExplanation, AxisExplanation } from '../core/explain.js';
import { describeChange, describeCrossing, fmtValue } from './explain-wording.js';
import { h, htmlPage, markdownSectionHtml, plainTable, sortableTable, type Cell, type Column } from './html-page.js';
import { matrixModel } from './picture/matrix-model.js';
import { matrixSvg } from './picture/matrix-svg.js';
import { describeDisagreement } from './ratings-lines.js';
import { describeSplit } from './text.js';
import type { RenderOptions, ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';
import { describeStability, floorPct } from './stability.js';
import { say } from '../i18n/index.js';

/** Rows of the ranked table at most (the rest are counted; --format csv has them all). */
export const HTML_ROWS_MAX = 2000;

const pct = (x: number): string => `${x.toFixed(1)} %`;
const score = (x: number): string => x.toFixed(1);
const money = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
const qBadge = (q: string): string => `<span class="q q-${h(q)}">${h(q)}</span>`;

function explanationHtml(label: string, e: AccountExplanation): string {
  const axis = (title: string, a: AxisExplanation): string => {
    const rows = a.factors.map((f) => [
      h(f.factor),
      h(fmtValue(f.raw)),
      f.u === null ? '' : f.u.toFixed(3),
      f.weightPct.toFixed(1),
      f.points.toFixed(1),
      f.cross ? h(describeCrossing(f.cross)) : '',
    ]);
    return `<h3>${h(title)}: ${score(a.score)} (boundary ${score(a.boundary)}, margin ${a.margin >= 0 ? '+' : '−'}${Math.abs(a.margin).toFixed(1)})</h3>${plainTable(
      ['Factor', 'Value', 'u', 'Weight %', 'Points', 'Crosses the boundary at'],
      rows,
      [1, 2, 3, 4],
    )}`;
  };
  const change = e.change ? `Smallest single change: ${h(describeChange(e.change))}.` : 'No single factor moves this account across a boundary.';
  return `<details><summary>${h(label)} — ${change}</summary>${axis('Attractiveness', e.attractiveness)}${axis('Strength', e.strength)}</details>`;
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
  B.push(`<header><h1>Key-account selection brief</h1>`);
  B.push(`<p class="meta">Generated ${h(ctx.generatedAt)} by kam ${h(ctx.kamVersion)} from ${Object.values(ctx.inputs).map((i) => `<code>${h(i.path)}</code>`).join(', ')}.</p>`);
  const figures: Array<[string, string]> = [
    [n.toLocaleString('en-US'), 'accounts in scope'],
    [s.count.toLocaleString('en-US'), 'selected as key accounts'],
    [s.qualifying.toLocaleString('en-US'), 'in the key quadrants'],
    [s.capacity === null ? 'not set' : String(s.capacity), 'capacity'],
    [pct(realisticWeightPct(ev.factors)), 'attractiveness weight on realistic factors'],
  ];
  if (ev.pareto) figures.push([pct(ev.pareto.top20SharePct), 'of revenue from the top 20 % of accounts']);
  B.push(`<ul class="figures">${figures.map(([v, t]) => `<li><b>${h(v)}</b><span>${h(t)}</span></li>`).join('')}</ul></header>`);

  for (const sec of doc.sections ?? []) B.push(`<section><h2>${h(sec.title)}</h2>${markdownSectionHtml(sec.body)}</section>`);

  B.push('<section><h2>The KAISM matrix</h2>');
  B.push(`<figure>${matrixSvg(model, { standalone: false })}<figcaption>${h(describeSplit(ev).join(' '))} Hover a bubble for its numbers.</figcaption></figure>`);
  B.push(
    plainTable(
      ['Quadrant', 'Accounts', "Cheverton's treatment", 'Sales mode'],
      QUADRANTS.map((q) => [qBadge(q), String(ev.counts[q]), h(QUADRANT_INFO[q].treatment), h(QUADRANT_INFO[q].salesMode)]),
      [1],
    ),
  );
  B.push('</section>');

  B.push('<section><h2>Selection</h2>');
  B.push(`<p>${s.count} account${s.count === 1 ? '' : 's'} selected of ${s.qualifying} in the key quadrants (capacity: ${s.capacity ?? 'not set'}).${s.overCapacity ? ' <strong>Over capacity.</strong>' : ''}</p>`);
  if (s.overrides.length > 0) {
    B.push("<h3>The team's overrides</h3>");
    B.push(
      plainTable(
        ['Account', 'Decision', 'Reason', 'Applied'],
        s.overrides.map((o) => [h(o.id), o.action === 'add' ? 'added' : 'removed', h(o.reason), o.applied ? 'yes' : h(`no: ${o.note ?? ''}`)]),
      ),
    );
  } else B.push('<p class="note">No overrides: the selection is the ranking, cut at the capacity.</p>');
  for (const w of ev.warnings) B.push(`<p class="warn">${h(say(w))}${s.cut > 0 && w === s.warnings[0] ? ' They are pale in the matrix.' : ''}</p>`);
  B.push('</section>');

  // The ranked table, filterable by quadrant and selection.
  const stab = ctx.stability;
  const shown = Math.min(n, HTML_ROWS_MAX);
  const columns: Column[] = [
    { label: '#', type: 'number', first: 'ascending', align: 'right' },
    { label: 'Account', type: 'text' },
    ...(portfolio.segments ? [{ label: 'Segment', type: 'text' } as Column] : []),
    { label: 'Attractiveness', type: 'number', align: 'right' },
    { label: 'Strength', type: 'number', align: 'right' },
    { label: 'Quadrant', type: 'number', first: 'ascending' },
    { label: 'Selected', type: 'text', first: 'descending' },
    ...(portfolio.revenue ? [{ label: 'Revenue', type: 'number', align: 'right' } as Column] : []),
    ...(ev.pareto ? [{ label: 'Pareto', type: 'text', first: 'ascending' } as Column] : []),
    ...(stab ? [{ label: 'In quadrant', type: 'number', first: 'ascending', align: 'right' } as Column] : []),
  ];
  const rows: Array<{ attrs: string; cells: Cell[] }> = [];
  for (let r = 0; r < shown; r++) {
    const p = ev.order[r];
    const row = ev.scope[p];
    const q = QUADRANTS[ev.quadrant[p]];
    const selected = s.selected[p] === 1;
    const rev = portfolio.revenue ? portfolio.revenue[row] : Number.NaN;
    const cells: Cell[] = [
      { html: String(r + 1), sort: r + 1 },
      { html: h(label(p)) },
      ...(portfolio.segments ? [{ html: h(portfolio.segments[row]) }] : []),
      { html: score(ev.attractiveness[p]), sort: ev.attractiveness[p] },
      { html: score(ev.strength[p]), sort: ev.strength[p] },
      { html: qBadge(q), sort: ev.quadrant[p] },
      { html: selected ? 'yes' : '', sort: selected ? 'yes' : '' },
      ...(portfolio.revenue ? [{ html: rev === rev ? money(rev) : '', sort: rev === rev ? rev : '' }] : []),
      ...(ev.pareto ? [{ html: PARETO_CLASSES[ev.pareto.cls[p]] }] : []),
    ];
    if (stab) {
      const a = accountStability(stab, p);
      cells.push({ html: `${floorPct(a.inQuadrantPct)}${a.borderline ? '*' : ''}`, sort: a.inQuadrantPct });
    }
    rows.push({ attrs: ` data-id="${h(portfolio.ids[row])}" data-quadrant="${q}" data-selected="${selected}"${selected ? ' class="selected"' : ''}`, cells });
  }
  B.push('<section class="page-break"><h2>Ranked accounts</h2>');
  B.push(
    `<div class="controls" data-for="ranked"><span>Show:</span>${QUADRANTS.map((q) => `<label><input type="checkbox" checked data-quadrant="${q}"> ${h(q)} (${ev.counts[q]})</label>`).join('')}<label><input type="checkbox" data-selected-only> selected only</label><output></output></div>`,
  );
  B.push(sortableTable('ranked', columns, rows, 'Click a column heading to sort; the bar at the left marks the selected accounts.'));
  if (shown < n) B.push(`<p class="note">… ${(n - shown).toLocaleString('en-US')} more accounts (use --format csv for all of them).</p>`);
  B.push('</section>');

  B.push('<section><h2>Method</h2><ul>');
  B.push(`<li>${h(describeSplit(ev).join(' '))}</li>`);
  B.push(`<li>Missing values: ${h(ev.method.missing)}. Relative strength: ${h(ev.method.strength)}. Ranking: by ${h(ev.method.sort)}.</li>`);
  if (ev.method.segments) B.push(`<li>Segments in scope: ${ev.method.segments.map(h).join(', ')}.</li>`);
  B.push(`<li>Realistic factors carry ${pct(realisticWeightPct(ev.factors))} of the attractiveness weight (the higher, the more pragmatic the selection).</li></ul>`);
  B.push(
    plainTable(
      ['Factor', 'Axis', 'Weight %', 'Scale', 'Direction', 'Normalise', 'Kind', 'Description'],
      factorRecords(ev.factors).map((f) => [h(f.factor), f.axis, f.weightPct.toFixed(1), `${f.min}–${f.max}`, f.direction, h(f.normalize), f.axis === 'attractiveness' ? f.kind : '', h(f.description)]),
      [2],
    ),
  );
  B.push('</section>');

  if (ctx.ratings) {
    const d = ctx.ratings.disagreements;
    B.push(`<section><h2>Disagreements in the team's ratings</h2><p>Aggregate: ${h(ctx.ratings.aggregate)}. ${d.length === 0 ? 'No factor has a spread of 30 % of its scale or more.' : `${d.length} rating${d.length === 1 ? '' : 's'} with a spread of 30 % of the scale or more:`}</p>`);
    if (d.length > 0) B.push(`<ul>${d.map((x) => `<li>${h(describeDisagreement(x))}</li>`).join('')}</ul>`);
    B.push('</section>');
  }
  if (stab) {
    const borderline = Array.from(ev.order).filter((p) => accountStability(stab, p).borderline);
    B.push(`<section><h2>Stability of the quadrants</h2><p>${h(describeStability(stab))} Borderline: in their quadrant in fewer than ${BORDERLINE_PCT} % of the runs (dashed in the matrix).</p>`);
    if (borderline.length === 0) B.push(`<p>Every account stays in its quadrant in at least ${BORDERLINE_PCT} % of the runs.</p>`);
    else {
      B.push(
        plainTable(
          ['Account', 'Quadrant', 'In quadrant', 'Else most often'],
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
    B.push('<section><h2>Explanations</h2><p class="note">Per account: each factor\'s contribution in axis points, the margin to each boundary, and the smallest single change that moves it across one.</p>');
    for (let r = 0; r < shown; r++) {
      const p = ev.order[r];
      B.push(explanationHtml(`${r + 1}. ${label(p)} (${QUADRANTS[ev.quadrant[p]]})`, ctx.explainer.explain(p)));
    }
    B.push('</section>');
  }
  B.push(`<footer><p class="note">${Object.entries(ctx.inputs).map(([k, i]) => `${h(k)}: <code>${h(i.path)}</code> sha256 <code>${h(i.sha256.slice(0, 16))}…</code>`).join('<br>')}</p></footer>`);
  return htmlPage('Key-account selection brief', B.join('\n'));
}

/** `--format html`: a ResultWriter. */
export function writeHtmlBrief(out: Sink, doc: ResultDocument, o: RenderOptions): void {
  out(htmlBrief(doc, o));
}
