/**
 * `kam review --format html`: the review as one self-contained, offline page — the gates, the
 * movement picture (or with `--account` the account's history chart), the movements, capacity,
 * the release list with Cheverton's guidance, and every account with its deltas in a table that
 * sorts and filters by quadrant. Pure: review document in, text out.
 */
import { QUADRANTS, type Quadrant } from '../../core/types.js';
import { say, t } from '../../i18n/index.js';
import type { AccountHistory } from './history-chart.js';
import type { ReviewAccount, ReviewDocument } from '../../core/review.js';
import { delta, methodChangeLines, movementGroups, quadrantWord, releaseGuidance, RELEASE_WORD, score, SELECTION_WORD, sparkline, titleLine, whole } from './wording.js';
import { generatedStamp } from '../text.js';
import { h, htmlPage, plainTable, sortableTable, type Cell, type Column } from '../html-page.js';
import { reviewHistorySvg, reviewMovementSvg } from './render-svg.js';
import type { Sink } from '../sink.js';

const name = (a: ReviewAccount): string => (a.name === a.id ? a.id : `${a.id} ${a.name}`);
const yesNo = (b: boolean): string => (b ? t('review.yes') : t('review.no'));
const qBadge = (q: Quadrant): string => `<span class="q q-${h(q)}">${h(quadrantWord(q))}</span>`;
/** Markdown's `**Passed:** …` as HTML. */
const strong = (md: string): string => h(md).replace(/^\*\*(.+?)\*\*/, '<strong>$1</strong>');

function header(doc: ReviewDocument): string {
  return `<header><h1>${h(t('review.html.title'))}</h1><p class="meta">${h(titleLine(doc))}<br>${t('review.html.generated', { at: h(generatedStamp(doc.generatedAt)), version: h(doc.kamVersion), files: doc.snapshots.map((s) => `<code>${h(s.label)}</code>`).join(', ') })}</p></header>`;
}

function gates(doc: ReviewDocument): string {
  const g = doc.gates;
  const title = `<h2>${h(t('review.md.gates'))}</h2>`;
  if (g.checked.length === 0) return `<section>${title}<p class="note">${h(t('review.md.gates.none'))}</p></section>`;
  if (g.passed) return `<section>${title}<p>${strong(t('review.md.gates.passed', { gates: g.checked.join(', ') }))}</p></section>`;
  const n = g.violations.length;
  return `<section>${title}<p class="warn">${strong(t('review.md.gates.failed', { n, count: whole(n), gates: g.checked.join(', ') }))}</p><ul>${g.violations.map((v) => `<li>${h(say(v.message))}</li>`).join('')}</ul></section>`;
}

/** The *Method changed* block: every change, and what it means for the deltas (nothing without a change). */
function methodChanged(doc: ReviewDocument): string[] {
  const m = methodChangeLines(doc);
  if (!m) return [];
  return [`<section><h2>${h(t('review.md.method'))}</h2><p class="warn"><strong>${h(m.head)}</strong></p><ul>${m.changes.map((c) => `<li>${h(c)}</li>`).join('')}</ul><p>${h(m.meaning)}</p></section>`];
}

export function reviewHtml(doc: ReviewDocument, focus: AccountHistory | null): string {
  const B: string[] = [header(doc), gates(doc), ...methodChanged(doc)];
  if (focus) {
    B.push(`<section><h2>${h(t('review.md.over.time', { name: name(focus.account) }))}</h2><figure>${reviewHistorySvg(doc, focus, false)}</figure>`);
    B.push(
      plainTable(
        [t('review.md.head.snapshot'), t('review.md.head.rank'), t('review.md.head.quadrant'), t('review.md.head.attractiveness'), t('review.md.head.strength'), t('review.md.head.selected')],
        focus.points.map(({ label, point: p }) => [h(label), whole(p.rank), qBadge(p.quadrant), score(p.attractiveness), score(p.strength), yesNo(p.selected)]),
        [1, 3, 4],
      ),
    );
    B.push('</section>');
    return htmlPage(t('review.html.page.title', { title: name(focus.account) }), B.join('\n'));
  }
  B.push(`<section><h2>${h(t('review.md.movements'))}</h2><figure>${reviewMovementSvg(doc, false)}<figcaption>${t('review.html.caption', { previous: h(doc.compared.previous), current: h(doc.compared.current) })}</figcaption></figure><ul>`);
  for (const [title, items] of movementGroups(doc, name)) B.push(`<li><strong>${h(title)}:</strong> ${items.length > 0 ? items.map(h).join('; ') : h(t('review.none'))}</li>`);
  B.push('</ul></section>');

  const [prev, cur] = doc.snapshots.slice(-2);
  const capacity = (c: number | null): string => (c === null ? t('review.md.not.set') : whole(c));
  B.push(`<section><h2>${h(t('review.md.capacity'))}</h2>`);
  B.push(
    plainTable(
      ['', prev.label, cur.label],
      [
        [t('review.md.row.capacity'), capacity(prev.capacity), capacity(cur.capacity)],
        [t('review.md.row.qualifying'), whole(prev.qualifying), whole(cur.qualifying)],
        [t('review.md.row.selected'), whole(prev.selected), whole(cur.selected)],
        [t('review.md.row.over'), yesNo(prev.overCapacity), yesNo(cur.overCapacity)],
      ],
      [1, 2],
    ),
  );
  B.push(`</section><section><h2>${h(t('review.md.release'))}</h2>`);
  if (doc.release.length === 0) B.push(`<p>${h(t('review.md.release.none'))}</p>`);
  else {
    B.push(`<p>${h(t('review.md.release.some'))}</p><ul>`);
    for (const r of doc.release) B.push(`<li>${h(name(doc.accounts.find((a) => a.id === r.id)!))}: ${h(RELEASE_WORD[r.reason])}, ${h(say(r.detail))}.</li>`);
    B.push(`</ul><p>${t('review.guidance.title')}</p><ol>${releaseGuidance().map((x) => `<li>${h(x)}</li>`).join('')}</ol>`);
  }
  B.push('</section>');

  const trend = doc.snapshots.length >= 3;
  const columns: Column[] = [
    { label: '#', type: 'number', first: 'ascending', align: 'right' },
    { label: t('review.md.head.account'), type: 'text' },
    { label: t('review.md.head.quadrant'), type: 'number', first: 'ascending' },
    { label: t('review.md.head.attractiveness'), type: 'number', align: 'right' },
    { label: 'Δ', type: 'number', align: 'right' },
    { label: t('review.md.head.strength'), type: 'number', align: 'right' },
    { label: 'Δ', type: 'number', align: 'right' },
    { label: t('review.md.head.selection'), type: 'text' },
    ...(trend ? [{ label: t('review.html.head.trend'), type: 'none' } as Column] : []),
  ];
  const rows = doc.accounts
    .filter((a) => a.status !== 'former')
    .map((a) => {
      const now = a.current;
      const q = now ? now.quadrant : a.previous!.quadrant;
      const change = (d: number | undefined): Cell => (a.status === 'new' ? { html: h(t('review.new')), sort: '' } : d === undefined ? { html: '', sort: '' } : { html: h(delta(d)), sort: d });
      const quadrant = now
        ? a.previous && a.previous.quadrant !== now.quadrant
          ? `${qBadge(a.previous.quadrant)} → ${qBadge(now.quadrant)}`
          : qBadge(now.quadrant)
        : h(t('review.md.vanished.was', { quadrant: 'QUADRANT_BADGE' })).replace('QUADRANT_BADGE', () => qBadge(a.previous!.quadrant));
      const cells: Cell[] = [
        { html: now ? whole(now.rank) : '–', sort: now ? now.rank : '' },
        { html: h(name(a)) },
        { html: quadrant, sort: now ? QUADRANTS.indexOf(now.quadrant) : 9 },
        { html: now ? score(now.attractiveness) : '', sort: now ? now.attractiveness : '' },
        change(a.change?.attractiveness),
        { html: now ? score(now.strength) : '', sort: now ? now.strength : '' },
        change(a.change?.strength),
        { html: h(SELECTION_WORD[a.selection]) },
        ...(trend ? [{ html: `<code>${h(sparkline(a.history, 'attractiveness'))} / ${h(sparkline(a.history, 'strength'))}</code>` }] : []),
      ];
      return { attrs: ` data-id="${h(a.id)}" data-quadrant="${q}" data-selected="${now?.selected === true}"${now?.selected ? ' class="selected"' : ''}`, cells };
    });
  B.push(`<section class="page-break"><h2>${h(t('review.md.accounts'))}</h2>`);
  B.push(
    `<div class="controls" data-for="accounts"><span>${h(t('review.html.show'))}</span>${QUADRANTS.map((q) => `<label><input type="checkbox" checked data-quadrant="${q}"> ${h(quadrantWord(q))}</label>`).join('')}<label><input type="checkbox" data-selected-only> ${h(t('review.html.selected.only'))}</label><output></output></div>`,
  );
  B.push(sortableTable('accounts', columns, rows, t('review.html.note', { current: doc.compared.current, previous: doc.compared.previous })));
  B.push('</section>');
  return htmlPage(t('review.html.page.title', { title: titleLine(doc) }), B.join('\n'));
}

/** The review's HTML writer. */
export function writeReviewHtml(out: Sink, doc: ReviewDocument, focus: AccountHistory | null): void {
  out(reviewHtml(doc, focus));
}
