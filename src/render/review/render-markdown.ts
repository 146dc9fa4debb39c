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
import { delta, movementGroups, RELEASE_GUIDANCE, RELEASE_WORD, score, SELECTION_WORD, sparkline, titleLine } from './wording.js';

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
  else L.push(`**Failed:** ${g.violations.length} violation${g.violations.length === 1 ? '' : 's'} of ${g.checked.join(', ')}.`, '', ...g.violations.map((v) => `- ${markdownSafe(v.message)}`));
  return L;
}

export function writeReviewMarkdown(out: Sink, doc: ReviewDocument): void {
  const L = [...header(doc), ...gateSection(doc)];
  L.push('', '## Movements', '');
  for (const [title, items] of movementGroups(doc, name)) L.push(`- **${title}:** ${items.length > 0 ? items.join('; ') : 'none'}`);

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
    for (const r of doc.release) L.push(`- ${name(byId.get(r.id)!)}: ${RELEASE_WORD[r.reason]}, ${markdownSafe(r.detail)}.`);
    L.push('', "Cheverton's guidance for de-selection:", '', ...RELEASE_GUIDANCE.map((x, i) => `${i + 1}. ${x}`));
  }

  L.push('', '## Accounts', '');
  append(L, table(
    ['#', 'Account', 'Quadrant', 'Attractiveness', 'Δ', 'Strength', 'Δ', 'Selection'],
    doc.accounts
      .filter((a) => a.status !== 'former')
      .map((a) => {
        const now = a.current;
        const change = (d: number | undefined): string => (a.status === 'new' ? 'new' : d === undefined ? '' : delta(d));
        const quadrant = now ? (a.previous && a.previous.quadrant !== now.quadrant ? `${a.previous.quadrant} → ${now.quadrant}` : now.quadrant) : `vanished (was ${a.previous!.quadrant})`;
        return [now ? String(now.rank) : '–', name(a), quadrant, now ? score(now.attractiveness) : '', change(a.change?.attractiveness), now ? score(now.strength) : '', change(a.change?.strength), SELECTION_WORD[a.selection]];
      }),
  ));
  if (doc.snapshots.length >= 3) {
    L.push('', `## Trend across ${doc.snapshots.length} snapshots`, '');
    append(L, table(
        ['Account', ...doc.snapshots.map((s) => markdownSafe(s.label)), 'Attractiveness', 'Strength'],
        doc.accounts.map((a) => [
          name(a),
          ...a.history.map((p) => (p ? `${p.quadrant} ${score(p.attractiveness)} / ${score(p.strength)}` : '–')),
          sparkline(a.history, 'attractiveness'),
          sparkline(a.history, 'strength'),
        ]),
      ));
  }
  out(`${L.join('\n')}\n`);
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
