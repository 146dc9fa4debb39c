/**
 * `kam review --format markdown`: the review as a pull-request comment or an e-mail —
 * movements first, then capacity, the release list with Cheverton's guidance, the gates, every
 * account with its deltas, and the trend across all snapshots.
 */
import { append } from '../text.js';
import { accountLabel } from '../../core/accounts.js';
import { markdownSafe } from '../escape.js';
import type { Sink } from '../sink.js';
import type { AccountHistory } from './history-chart.js';
import { accountCharts } from './history-chart.js';
import type { ReviewAccount, ReviewDocument } from '../../core/review.js';
import { accountsShown, CAUSE_WORD, delta, leftOut, limited, methodChangeLines, movementGroups, RELEASE_GUIDANCE, RELEASE_WORD, score, SELECTION_WORD, sparkline, titleLine } from './wording.js';
import { say } from '../../i18n/index.js';

/** Summary mode's default: the Markdown stays under this many characters (a pull-request comment holds 65,536). */
export const MARKDOWN_BUDGET = 50_000;
/** The limits the default tries, largest first, until the review fits the budget. */
const SUMMARY_STEPS = [200, 100, 50, 25, 10, 5];

const name = (a: ReviewAccount): string => markdownSafe(accountLabel(a.id, a.name));

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

function header(doc: ReviewDocument): string[] {
  return [
    `# Key-account review: ${markdownSafe(titleLine(doc))}`,
    '',
    `Generated ${doc.generatedAt} by kam ${doc.kamVersion} from ${doc.snapshots.map((s) => `\`${s.label.replace(/`/g, "'")}\``).join(', ')}.`,
    '',
  ];
}

function gateSection(doc: ReviewDocument): string[] {
  const L = ['## Gates', ''];
  const g = doc.gates;
  if (g.checked.length === 0) L.push('No gates checked.');
  else if (g.passed) L.push(`**Passed:** ${g.checked.join(', ')}.`);
  else L.push(`**Failed:** ${g.violations.length} violation${g.violations.length === 1 ? '' : 's'} of ${g.checked.join(', ')}.`, '', ...g.violations.map((v) => `- ${markdownSafe(say(v.message))}`));
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
  return ['', '## Method changed', '', `**${markdownSafe(m.head)}**`, '', ...m.changes.map((c) => `- ${markdownSafe(c)}`), '', markdownSafe(m.meaning)];
}

function reviewMarkdown(doc: ReviewDocument, top: number | null): string {
  const L = [...header(doc), ...gateSection(doc), ...methodSection(doc)];
  L.push('', '## Movements', '');
  for (const [title, items] of movementGroups(doc, name)) L.push(`- **${title}:** ${items.length > 0 ? limited(items, top).join('; ') : 'none'}`);

  const [prev, cur] = doc.snapshots.slice(-2);
  L.push('', '## Capacity', '');
  append(L, table(
    ['', markdownSafe(prev.label), markdownSafe(cur.label)],
    [
      ['Capacity', String(prev.capacity ?? 'not set'), String(cur.capacity ?? 'not set')],
      ['In the key quadrants', String(prev.qualifying), String(cur.qualifying)],
      ['Selected', String(prev.selected), String(cur.selected)],
      ['Over capacity', yesNo(prev.overCapacity), yesNo(cur.overCapacity)],
    ],
  ));

  L.push('', '## Release list', '');
  if (doc.release.length === 0) L.push('None: every account selected last time is still selected.');
  else {
    L.push('Selected last time, not selected now: release them from key-account resources.', '');
    const byId = new Map(doc.accounts.map((a) => [a.id, a]));
    const release = top === null ? doc.release : doc.release.slice(0, top);
    for (const r of release) L.push(`- ${name(byId.get(r.id)!)}: ${RELEASE_WORD[r.reason]}, ${markdownSafe(say(r.detail))}${r.cause ? ` (${CAUSE_WORD[r.cause]})` : ''}.`);
    if (release.length < doc.release.length) L.push('', `_${leftOut(doc.release.length - release.length, 'account')}_`);
    L.push('', "Cheverton's guidance for de-selection:", '', ...RELEASE_GUIDANCE.map((x, i) => `${i + 1}. ${x}`));
  }

  const why = doc.rescore?.done === true;
  const rows = accountsShown(doc, top);
  L.push('', '## Accounts', '');
  append(
    L,
    table(
      ['#', 'Account', 'Quadrant', 'Attractiveness', 'Δ', 'Strength', 'Δ', 'Selection', ...(why ? ['Moved by'] : [])],
      rows.shown.map((a) => {
        const now = a.current;
        const change = (d: number | undefined): string => (a.status === 'new' ? 'new' : d === undefined ? '' : delta(d));
        const quadrant = now ? (a.previous && a.previous.quadrant !== now.quadrant ? `${a.previous.quadrant} → ${now.quadrant}` : now.quadrant) : `vanished (was ${a.previous!.quadrant})`;
        return [
          now ? String(now.rank) : '–',
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
  if (rows.hidden > 0) L.push('', `_${leftOut(rows.hidden, 'account')}_`);
  if (doc.snapshots.length >= 3) {
    const trend = accountsShown(doc, top, () => true);
    L.push('', `## Trend across ${doc.snapshots.length} snapshots`, '');
    append(L, table(
        ['Account', ...doc.snapshots.map((s) => markdownSafe(s.label)), 'Attractiveness', 'Strength'],
        trend.shown.map((a) => [
          name(a),
          ...a.history.map((p) => (p ? `${p.quadrant} ${score(p.attractiveness)} / ${score(p.strength)}` : '–')),
          sparkline(a.history, 'attractiveness'),
          sparkline(a.history, 'strength'),
        ]),
      ),
    );
    if (trend.hidden > 0) L.push('', `_${leftOut(trend.hidden, 'account')}_`);
  }
  return `${L.join('\n')}\n`;
}

/** `--account ID`: that account's charts and snapshot rows, then the gates. */
export function writeAccountMarkdown(out: Sink, doc: ReviewDocument, h: AccountHistory): void {
  const L = [
    ...header(doc),
    `## ${name(h.account)} over time`,
    '',
    '```text',
    ...accountCharts(h, 80),
    '```',
    '',
    ...table(
      ['Snapshot', 'Rank', 'Quadrant', 'Attractiveness', 'Strength', 'Selected'],
      h.points.map(({ label, point: p }) => [markdownSafe(label), String(p.rank), p.quadrant, score(p.attractiveness), score(p.strength), yesNo(p.selected)]),
    ),
    '',
    ...gateSection(doc),
  ];
  out(`${L.join('\n')}\n`);
}
