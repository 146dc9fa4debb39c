/**
 * `kam review --format html`: the review as one self-contained, offline page — the gates, the
 * movement picture (or with `--account` the account's history chart), the movements, capacity,
 * the release list with Cheverton's guidance, and every account with its deltas in a table that
 * sorts and filters by quadrant. Pure: review document in, text out.
 */
import { QUADRANTS } from '../../core/types.js';
import type { AccountHistory } from './history-chart.js';
import type { ReviewAccount, ReviewDocument } from '../../core/review.js';
import { delta, methodChangeLines, movementGroups, RELEASE_GUIDANCE, RELEASE_WORD, score, SELECTION_WORD, sparkline, titleLine } from './wording.js';
import { h, htmlPage, plainTable, sortableTable, type Cell, type Column } from '../html-page.js';
import { reviewHistorySvg, reviewMovementSvg } from './render-svg.js';
import type { Sink } from '../sink.js';
import { say } from '../../i18n/index.js';

const name = (a: ReviewAccount): string => (a.name === a.id ? a.id : `${a.id} ${a.name}`);
const yesNo = (b: boolean): string => (b ? 'yes' : 'no');
const qBadge = (q: string): string => `<span class="q q-${h(q)}">${h(q)}</span>`;

function header(doc: ReviewDocument): string {
  return `<header><h1>Key-account review</h1><p class="meta">${h(titleLine(doc))}<br>Generated ${h(doc.generatedAt)} by kam ${h(doc.kamVersion)} from ${doc.snapshots.map((s) => `<code>${h(s.label)}</code>`).join(', ')}.</p></header>`;
}

function gates(doc: ReviewDocument): string {
  const g = doc.gates;
  if (g.checked.length === 0) return '<section><h2>Gates</h2><p class="note">No gates checked.</p></section>';
  if (g.passed) return `<section><h2>Gates</h2><p><strong>Passed:</strong> ${h(g.checked.join(', '))}.</p></section>`;
  return `<section><h2>Gates</h2><p class="warn"><strong>Failed:</strong> ${g.violations.length} violation${g.violations.length === 1 ? '' : 's'} of ${h(g.checked.join(', '))}.</p><ul>${g.violations.map((v) => `<li>${h(say(v.message))}</li>`).join('')}</ul></section>`;
}

/** The *Method changed* block: every change, and what it means for the deltas (nothing without a change). */
function methodChanged(doc: ReviewDocument): string[] {
  const m = methodChangeLines(doc);
  if (!m) return [];
  return [`<section><h2>Method changed</h2><p class="warn"><strong>${h(m.head)}</strong></p><ul>${m.changes.map((c) => `<li>${h(c)}</li>`).join('')}</ul><p>${h(m.meaning)}</p></section>`];
}

export function reviewHtml(doc: ReviewDocument, focus: AccountHistory | null): string {
  const B: string[] = [header(doc), gates(doc), ...methodChanged(doc)];
  if (focus) {
    B.push(`<section><h2>${h(name(focus.account))} over time</h2><figure>${reviewHistorySvg(doc, focus, false)}</figure>`);
    B.push(
      plainTable(
        ['Snapshot', 'Rank', 'Quadrant', 'Attractiveness', 'Strength', 'Selected'],
        focus.points.map(({ label, point: p }) => [h(label), String(p.rank), qBadge(p.quadrant), score(p.attractiveness), score(p.strength), yesNo(p.selected)]),
        [1, 3, 4],
      ),
    );
    B.push('</section>');
    return htmlPage(`Key-account review: ${name(focus.account)}`, B.join('\n'));
  }
  B.push(`<section><h2>Movements</h2><figure>${reviewMovementSvg(doc, false)}<figcaption>Arrows run from the position in ${h(doc.compared.previous)} to the position in ${h(doc.compared.current)}. Hover a mark for its numbers.</figcaption></figure><ul>`);
  for (const [title, items] of movementGroups(doc, name)) B.push(`<li><strong>${h(title)}:</strong> ${items.length > 0 ? items.map(h).join('; ') : 'none'}</li>`);
  B.push('</ul></section>');

  const [prev, cur] = doc.snapshots.slice(-2);
  B.push('<section><h2>Capacity</h2>');
  B.push(
    plainTable(
      ['', prev.label, cur.label],
      [
        ['Capacity', String(prev.capacity ?? 'not set'), String(cur.capacity ?? 'not set')],
        ['In the key quadrants', String(prev.qualifying), String(cur.qualifying)],
        ['Selected', String(prev.selected), String(cur.selected)],
        ['Over capacity', yesNo(prev.overCapacity), yesNo(cur.overCapacity)],
      ],
      [1, 2],
    ),
  );
  B.push('</section><section><h2>Release list</h2>');
  if (doc.release.length === 0) B.push('<p>None: every account selected last time is still selected.</p>');
  else {
    B.push('<p>Selected last time, not selected now: release them from key-account resources.</p><ul>');
    for (const r of doc.release) B.push(`<li>${h(name(doc.accounts.find((a) => a.id === r.id)!))}: ${h(RELEASE_WORD[r.reason])}, ${h(say(r.detail))}.</li>`);
    B.push(`</ul><p>Cheverton's guidance for de-selection:</p><ol>${RELEASE_GUIDANCE.map((x) => `<li>${h(x)}</li>`).join('')}</ol>`);
  }
  B.push('</section>');

  const trend = doc.snapshots.length >= 3;
  const columns: Column[] = [
    { label: '#', type: 'number', first: 'ascending', align: 'right' },
    { label: 'Account', type: 'text' },
    { label: 'Quadrant', type: 'number', first: 'ascending' },
    { label: 'Attractiveness', type: 'number', align: 'right' },
    { label: 'Δ', type: 'number', align: 'right' },
    { label: 'Strength', type: 'number', align: 'right' },
    { label: 'Δ', type: 'number', align: 'right' },
    { label: 'Selection', type: 'text' },
    ...(trend ? [{ label: 'Trend (A / S)', type: 'none' } as Column] : []),
  ];
  const rows = doc.accounts
    .filter((a) => a.status !== 'former')
    .map((a) => {
      const now = a.current;
      const q = now ? now.quadrant : a.previous!.quadrant;
      const change = (d: number | undefined): Cell => (a.status === 'new' ? { html: 'new', sort: '' } : d === undefined ? { html: '', sort: '' } : { html: h(delta(d)), sort: d });
      const quadrant = now ? (a.previous && a.previous.quadrant !== now.quadrant ? `${qBadge(a.previous.quadrant)} → ${qBadge(now.quadrant)}` : qBadge(now.quadrant)) : `vanished (was ${qBadge(a.previous!.quadrant)})`;
      const cells: Cell[] = [
        { html: now ? String(now.rank) : '–', sort: now ? now.rank : '' },
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
  B.push('<section class="page-break"><h2>Accounts</h2>');
  B.push(
    `<div class="controls" data-for="accounts"><span>Show (quadrant now):</span>${QUADRANTS.map((q) => `<label><input type="checkbox" checked data-quadrant="${q}"> ${h(q)}</label>`).join('')}<label><input type="checkbox" data-selected-only> selected only</label><output></output></div>`,
  );
  B.push(sortableTable('accounts', columns, rows, `Δ: ${doc.compared.current} minus ${doc.compared.previous}. Click a column heading to sort.`));
  B.push('</section>');
  return htmlPage(`Key-account review: ${titleLine(doc)}`, B.join('\n'));
}

/** The review's HTML writer. */
export function writeReviewHtml(out: Sink, doc: ReviewDocument, focus: AccountHistory | null): void {
  out(reviewHtml(doc, focus));
}
