/**
 * `kam review --format markdown`: the review as a pull-request comment or an e-mail —
 * movements first, then capacity, the release list with Cheverton's guidance, the gates, every
 * account with its deltas, and the trend across all snapshots.
 */
import { append, generatedStamp } from '../text.js';
import { accountLabel } from '../../core/accounts.js';
import { markdownSafe } from '../escape.js';
import type { Sink } from '../sink.js';
import type { AccountHistory } from './history-chart.js';
import { accountCharts } from './history-chart.js';
import type { ReviewAccount, ReviewDocument } from '../../core/review.js';
import { say, t } from '../../i18n/index.js';
import { accountsShown, CAUSE_WORD, delta, leftOut, limited, methodChangeLines, movementGroups, quadrantWord, releaseGuidance, RELEASE_WORD, score, SELECTION_WORD, sparkline, titleLine, whole } from './wording.js';

/** Summary mode's default: the Markdown stays under this many characters (a pull-request comment holds 65,536). */
export const MARKDOWN_BUDGET = 50_000;
/** The limits the default tries, largest first, until the review fits the budget. */
const SUMMARY_STEPS = [200, 100, 50, 25, 10, 5];

const name = (a: ReviewAccount): string => markdownSafe(accountLabel(a.id, a.name));

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const yesNo = (b: boolean): string => (b ? t('review.yes') : t('review.no'));

function header(doc: ReviewDocument): string[] {
  return [
    t('review.md.title', { title: markdownSafe(titleLine(doc)) }),
    '',
    t('review.md.generated', { at: generatedStamp(doc.generatedAt), version: doc.kamVersion, files: doc.snapshots.map((s) => `\`${s.label.replace(/`/g, "'")}\``).join(', ') }),
    '',
  ];
}

function gateSection(doc: ReviewDocument): string[] {
  const L = [`## ${t('review.md.gates')}`, ''];
  const g = doc.gates;
  const n = g.violations.length;
  if (g.checked.length === 0) L.push(t('review.md.gates.none'));
  else if (g.passed) L.push(t('review.md.gates.passed', { gates: g.checked.join(', ') }));
  else L.push(t('review.md.gates.failed', { n, count: whole(n), gates: g.checked.join(', ') }), '', ...g.violations.map((v) => `- ${markdownSafe(say(v.message))}`));
  return L;
}

/**
 * `kam review --format markdown`. With `top` at most that many accounts per list (the rest
 * counted); without, the whole review when it fits in MARKDOWN_BUDGET characters, else the
 * largest of SUMMARY_STEPS that does: a summary a pull-request comment or a job summary holds.
 */
export function writeReviewMarkdown(out: Sink, doc: ReviewDocument, top: number | null = null): void {
  if (top !== null) {
    out(reviewMarkdown(doc, top));
    return;
  }
  let text = reviewMarkdown(doc, null);
  for (const n of SUMMARY_STEPS) {
    if (text.length <= MARKDOWN_BUDGET) break;
    text = reviewMarkdown(doc, n);
  }
  out(text);
}

function methodSection(doc: ReviewDocument): string[] {
  const m = methodChangeLines(doc);
  if (!m) return [];
  return ['', `## ${t('review.md.method')}`, '', `**${markdownSafe(m.head)}**`, '', ...m.changes.map((c) => `- ${markdownSafe(c)}`), '', markdownSafe(m.meaning)];
}

function reviewMarkdown(doc: ReviewDocument, top: number | null): string {
  const L = [...header(doc), ...gateSection(doc), ...methodSection(doc)];
  L.push('', `## ${t('review.md.movements')}`, '');
  for (const [title, items] of movementGroups(doc, name)) L.push(`- **${title}:** ${items.length > 0 ? limited(items, top).join('; ') : t('review.none')}`);

  const [prev, cur] = doc.snapshots.slice(-2);
  const capacity = (c: number | null): string => (c === null ? t('review.md.not.set') : whole(c));
  L.push('', `## ${t('review.md.capacity')}`, '');
  append(L, table(
    ['', markdownSafe(prev.label), markdownSafe(cur.label)],
    [
      [t('review.md.row.capacity'), capacity(prev.capacity), capacity(cur.capacity)],
      [t('review.md.row.qualifying'), whole(prev.qualifying), whole(cur.qualifying)],
      [t('review.md.row.selected'), whole(prev.selected), whole(cur.selected)],
      [t('review.md.row.over'), yesNo(prev.overCapacity), yesNo(cur.overCapacity)],
    ],
  ));

  L.push('', `## ${t('review.md.release')}`, '');
  if (doc.release.length === 0) L.push(t('review.md.release.none'));
  else {
    L.push(t('review.md.release.some'), '');
    const byId = new Map(doc.accounts.map((a) => [a.id, a]));
    const release = top === null ? doc.release : doc.release.slice(0, top);
    for (const r of release) L.push(`- ${name(byId.get(r.id)!)}: ${RELEASE_WORD[r.reason]}, ${markdownSafe(say(r.detail))}${r.cause ? ` (${CAUSE_WORD[r.cause]})` : ''}.`);
    if (release.length < doc.release.length) L.push('', `_${leftOut(doc.release.length - release.length)}_`);
    L.push('', t('review.guidance.title'), '', ...releaseGuidance().map((x, i) => `${i + 1}. ${x}`));
  }

  const why = doc.rescore?.done === true;
  const rows = accountsShown(doc, top);
  L.push('', `## ${t('review.md.accounts')}`, '');
  append(
    L,
    table(
      ['#', t('review.md.head.account'), t('review.md.head.quadrant'), t('review.md.head.attractiveness'), 'Δ', t('review.md.head.strength'), 'Δ', t('review.md.head.selection'), ...(why ? [t('review.md.head.moved')] : [])],
      rows.shown.map((a) => {
        const now = a.current;
        const change = (d: number | undefined): string => (a.status === 'new' ? t('review.new') : d === undefined ? '' : delta(d));
        const quadrant = now
          ? a.previous && a.previous.quadrant !== now.quadrant
            ? `${quadrantWord(a.previous.quadrant)} → ${quadrantWord(now.quadrant)}`
            : quadrantWord(now.quadrant)
          : t('review.md.vanished.was', { quadrant: quadrantWord(a.previous!.quadrant) });
        return [
          now ? whole(now.rank) : '–',
          name(a),
          quadrant,
          now ? score(now.attractiveness) : '',
          change(a.change?.attractiveness),
          now ? score(now.strength) : '',
          change(a.change?.strength),
          SELECTION_WORD[a.selection],
          ...(why ? [a.cause ? CAUSE_WORD[a.cause] : ''] : []),
        ];
      }),
    ),
  );
  if (rows.hidden > 0) L.push('', `_${leftOut(rows.hidden)}_`);
  if (doc.snapshots.length >= 3) {
    const trend = accountsShown(doc, top, () => true);
    L.push('', `## ${t('review.md.trend', { n: whole(doc.snapshots.length) })}`, '');
    append(L, table(
        [t('review.md.head.account'), ...doc.snapshots.map((s) => markdownSafe(s.label)), t('review.md.head.attractiveness'), t('review.md.head.strength')],
        trend.shown.map((a) => [
          name(a),
          ...a.history.map((p) => (p ? `${quadrantWord(p.quadrant)} ${score(p.attractiveness)} / ${score(p.strength)}` : '–')),
          sparkline(a.history, 'attractiveness'),
          sparkline(a.history, 'strength'),
        ]),
      ),
    );
    if (trend.hidden > 0) L.push('', `_${leftOut(trend.hidden)}_`);
  }
  return `${L.join('\n')}\n`;
}

/** `--account ID`: that account's charts and snapshot rows, then the gates. */
export function writeAccountMarkdown(out: Sink, doc: ReviewDocument, h: AccountHistory): void {
  const L = [
    ...header(doc),
    `## ${t('review.md.over.time', { name: name(h.account) })}`,
    '',
    '```text',
    ...accountCharts(h, 80),
    '```',
    '',
    ...table(
      [t('review.md.head.snapshot'), t('review.md.head.rank'), t('review.md.head.quadrant'), t('review.md.head.attractiveness'), t('review.md.head.strength'), t('review.md.head.selected')],
      h.points.map(({ label, point: p }) => [markdownSafe(label), whole(p.rank), quadrantWord(p.quadrant), score(p.attractiveness), score(p.strength), yesNo(p.selected)]),
    ),
    '',
    ...gateSection(doc),
  ];
  out(`${L.join('\n')}\n`);
}
