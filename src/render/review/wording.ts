/** Words and marks shared by the review's table and Markdown renderings. */
import { accountLabel } from '../../core/accounts.js';
import type { Quadrant } from '../../core/types.js';
import type { AccountPoint, ReleaseReason, ReviewAccount, ReviewDocument, ReviewSnapshot } from '../../core/review.js';

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

/** The movement lists as (title, items) pairs, each item an account with what changed. */
export function movementGroups(doc: ReviewDocument, name: (a: ReviewAccount) => string): Array<[string, string[]]> {
  const byId = new Map(doc.accounts.map((a) => [a.id, a]));
  const get = (id: string): ReviewAccount => byId.get(id)!;
  const where = (a: ReviewAccount): string => (a.previous && a.current ? (a.previous.quadrant === a.current.quadrant ? a.current.quadrant : `${a.previous.quadrant} → ${a.current.quadrant}`) : a.current ? `new, ${a.current.quadrant}` : 'vanished');
  return [
    ['Entered the selection', doc.movements.entered.map((id) => `${name(get(id))} (${where(get(id))})`)],
    ['Left the selection', doc.movements.left.map((id) => `${name(get(id))} (${where(get(id))})`)],
    ['Quadrant changes', doc.movements.quadrantChanges.map((c) => `${name(get(c.id))} ${c.from} → ${c.to} ${c.direction === 'up' ? '▲' : '▼'}`)],
    ['New accounts', doc.movements.new.map((id) => `${name(get(id))} (${get(id).current!.quadrant})`)],
    ['Vanished accounts', doc.movements.vanished.map((id) => `${name(get(id))} (was ${get(id).previous!.quadrant})`)],
  ];
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
