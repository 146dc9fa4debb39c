/** Words and marks shared by the review's table and Markdown renderings. */
import { accountLabel } from '../../core/accounts.js';
import type { Quadrant } from '../../core/types.js';
import type { AccountPoint, Cause, ReleaseReason, ReviewAccount, ReviewDocument, ReviewSnapshot } from '../../core/review.js';
import { say } from '../../i18n/index.js';

export const score = (x: number): string => x.toFixed(1);

/** A change with its arrow: `▲ +2.0`, `▼ -15.0`, `= 0.0` (unchanged at one decimal). */
export function delta(x: number): string {
  const shown = x.toFixed(1);
  if (shown === '0.0' || shown === '-0.0') return '= 0.0';
  return x > 0 ? `▲ +${shown}` : `▼ ${shown}`;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** Scores 0..100 as one block each (the same scale for every account); `·` where absent. */
export function sparkline(history: ReadonlyArray<AccountPoint | null>, axis: 'attractiveness' | 'strength'): string {
  return history.map((p) => (p ? BLOCKS[Math.max(0, Math.min(7, Math.round((p[axis] / 100) * 7)))] : '·')).join('');
}

export const QUADRANT_LETTER: Record<Quadrant, string> = { key: 'K', 'key-development': 'D', maintenance: 'M', opportunistic: 'O' };

/** The quadrant per snapshot as letters (K key, D key development, M maintenance, O opportunistic). */
export const quadrantTrail = (history: ReadonlyArray<AccountPoint | null>): string => history.map((p) => (p ? QUADRANT_LETTER[p.quadrant] : '·')).join(' ');

export const SELECTION_WORD: Record<ReviewAccount['selection'], string> = { entered: 'entered', left: 'left', kept: 'kept', out: '' };

export const RELEASE_WORD: Record<ReleaseReason, string> = {
  demoted: 'demoted',
  outside: 'not qualifying',
  capacity: 'capacity cut',
  team: 'team decision',
  vanished: 'vanished',
};

/** Cheverton's advice for de-selecting an account (step 10). */
export const RELEASE_GUIDANCE = [
  'Tell each customer in person, before they notice a change in service: not by letter, and never by letting the service quietly slip.',
  'Commit to the new service level (who serves them now, how, how often) and keep to it.',
  'Say what would have to change for them to qualify as a key account again, and when the next review is.',
];

export function capacityLine(s: ReviewSnapshot): string {
  const cap = s.capacity === null ? 'no capacity set' : `capacity ${s.capacity}`;
  return `${s.accounts} accounts, ${s.qualifying} in the key quadrants, ${s.selected} selected, ${cap}${s.overCapacity ? ' (over capacity)' : ''}`;
}

export function titleLine(doc: ReviewDocument): string {
  const n = doc.snapshots.length;
  const all = n > 2 ? ` (${n} snapshots: ${doc.snapshots.map((s) => s.label).join(', ')})` : '';
  return `${doc.compared.previous} → ${doc.compared.current}${all}`;
}

/** What moved an account, as the review words it when the previous quarter was rescored with the current method. */
export const CAUSE_WORD: Record<Cause, string> = { method: 'method change', data: 'data', both: 'method change and data' };

/** `, by the method change` after a move whose cause is known; nothing otherwise. */
const byCause = (cause: Cause | null | undefined): string => (cause ? `, by the ${CAUSE_WORD[cause]}` : '');

/** The movement lists as (title, items) pairs, each item an account with what changed (and, when told apart, what moved it). */
export function movementGroups(doc: ReviewDocument, name: (a: ReviewAccount) => string): Array<[string, string[]]> {
  const byId = new Map(doc.accounts.map((a) => [a.id, a]));
  const get = (id: string): ReviewAccount => byId.get(id)!;
  const where = (a: ReviewAccount): string => (a.previous && a.current ? (a.previous.quadrant === a.current.quadrant ? a.current.quadrant : `${a.previous.quadrant} → ${a.current.quadrant}`) : a.current ? `new, ${a.current.quadrant}` : 'vanished');
  const release = new Map(doc.release.map((r) => [r.id, r]));
  const selectionCause = (id: string, entered: boolean): Cause | undefined => {
    const a = get(id);
    if (!a.rescored) return undefined;
    return entered ? (a.rescored.selected ? 'method' : 'data') : release.get(id)?.cause;
  };
  return [
    ['Entered the selection', doc.movements.entered.map((id) => `${name(get(id))} (${where(get(id))}${byCause(selectionCause(id, true))})`)],
    ['Left the selection', doc.movements.left.map((id) => `${name(get(id))} (${where(get(id))}${byCause(selectionCause(id, false))})`)],
    ['Quadrant changes', doc.movements.quadrantChanges.map((c) => `${name(get(c.id))} ${c.from} → ${c.to} ${c.direction === 'up' ? '▲' : '▼'}${c.cause ? ` (${CAUSE_WORD[c.cause]})` : ''}`)],
    ['New accounts', doc.movements.new.map((id) => `${name(get(id))} (${get(id).current!.quadrant})`)],
    ['Vanished accounts', doc.movements.vanished.map((id) => `${name(get(id))} (was ${get(id).previous!.quadrant})`)],
  ];
}

/** At most `top` items of a list, then how many more (`; … and 12 more`); all of them with no limit. */
export function limited(items: readonly string[], top: number | null): string[] {
  if (top === null || items.length <= top) return [...items];
  return [...items.slice(0, top), `… and ${items.length - top} more`];
}

/** How a list of accounts of a review reads when some are left out. */
export const leftOut = (n: number, what: string): string => `${n} more ${what}${n === 1 ? '' : 's'} not shown (--top N shows more; --format csv or json has every account).`;

/**
 * The accounts a review shows with `--top N`: those that moved (quadrant or selection changed,
 * new, vanished) first, then those whose scores changed most, then by rank; shown in the
 * review's own order. All of them without a limit.
 */
export function accountsShown(doc: ReviewDocument, top: number | null, keep: (a: ReviewAccount) => boolean = (a) => a.status !== 'former'): { shown: ReviewAccount[]; hidden: number } {
  const all = doc.accounts.filter(keep);
  if (top === null || all.length <= top) return { shown: all, hidden: 0 };
  const moved = (a: ReviewAccount): boolean =>
    a.status === 'new' || a.status === 'vanished' || a.selection === 'entered' || a.selection === 'left' || (a.previous !== null && a.current !== null && a.previous.quadrant !== a.current.quadrant);
  const size = (a: ReviewAccount): number => (a.change ? Math.max(Math.abs(a.change.attractiveness), Math.abs(a.change.strength)) : 0);
  const order = all.map((a, i) => ({ a, i, moved: moved(a) ? 0 : 1, size: size(a) }));
  order.sort((x, y) => x.moved - y.moved || y.size - x.size || x.i - y.i);
  const chosen = new Set(order.slice(0, top).map((o) => o.i));
  return { shown: all.filter((_, i) => chosen.has(i)), hidden: all.length - top };
}

/** The *Method changed* block's lines: one per change, then what it means for the deltas. */
export function methodChangeLines(doc: ReviewDocument): { head: string; changes: string[]; meaning: string } | null {
  const n = doc.methodChanges.length;
  if (n === 0) return null;
  const { previous, current } = doc.compared;
  const head = `Method changed: ${n} difference${n === 1 ? '' : 's'} between how ${previous} and ${current} were scored.`;
  const r = doc.rescore;
  const meaning =
    r === null
      ? 'Only the kam version differs: scores may differ by the version alone.'
      : r.done
        ? `${previous}'s data (${r.customers}) was rescored with the current method: each move says whether the method change, the data or both made it, and the gates compare the rescored quarter with ${current}, so they see the data's changes only (--fail-on method-change gates the method).`
        : `The score deltas include the method change: ${r.reason}.`;
  return { head, changes: doc.methodChanges.map((c) => say(c.message)), meaning };
}

/**
 * One sentence per account that moved between the two compared snapshots, as the workshop's
 * step 10 records them: the current accounts in rank order (new ones, quadrant changes, who is
 * released or newly selected), then those no longer in the portfolio in their former order.
 */
export function movementSentences(doc: Pick<ReviewDocument, 'accounts'>): string[] {
  const lines: string[] = [];
  for (const a of doc.accounts) {
    const now = a.current;
    if (!now) continue;
    const was = a.previous;
    const who = accountLabel(a.id, a.name);
    if (!was) {
      lines.push(`${who}: new, now ${now.quadrant}${now.selected ? ' (selected)' : ''}`);
      continue;
    }
    const parts: string[] = [];
    if (was.quadrant !== now.quadrant) parts.push(`${was.quadrant} → ${now.quadrant}`);
    if (was.selected && !now.selected) parts.push('released from key-account resources');
    if (!was.selected && now.selected) parts.push('newly selected');
    if (parts.length > 0) lines.push(`${who}: ${parts.join('; ')}`);
  }
  const gone = doc.accounts.filter((a) => a.status === 'vanished').sort((x, y) => x.previous!.rank - y.previous!.rank);
  for (const a of gone) lines.push(`${a.id}: no longer in the portfolio${a.previous!.selected ? ' (was selected)' : ''}`);
  return lines;
}
