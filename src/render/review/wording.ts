/** Words and marks shared by the review's table and Markdown renderings. */
import { accountLabel } from '../../core/accounts.js';
import type { Quadrant } from '../../core/types.js';
import type { AccountPoint, Cause, Movement, ReleaseReason, ReviewAccount, ReviewDocument, ReviewSnapshot } from '../../core/review.js';
import { language, message, say, t, type Language, type Message } from '../../i18n/index.js';
import { count, fixed } from '../../i18n/numbers.js';
import { quadrantName } from '../text.js';


/** A whole number as the review writes it: String(n) in English, 1.234 in Indonesian. */
export const whole = (n: number, lang: Language = language()): string => (lang === 'en' ? String(n) : count(n, lang));

export const score = (x: number): string => fixed(x, 1);

/** A change with its arrow: `▲ +2.0`, `▼ -15.0`, `= 0.0` (unchanged at one decimal). */
export function delta(x: number): string {
  const at = x.toFixed(1);
  if (at === '0.0' || at === '-0.0') return `= ${fixed(0, 1)}`;
  const text = fixed(x, 1);
  return x > 0 ? `▲ +${text}` : `▼ ${text}`;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** Scores 0..100 as one block each (the same scale for every account); `·` where absent. */
export function sparkline(history: ReadonlyArray<AccountPoint | null>, axis: 'attractiveness' | 'strength'): string {
  return history.map((p) => (p ? BLOCKS[Math.max(0, Math.min(7, Math.round((p[axis] / 100) * 7)))] : '·')).join('');
}

/**
 * A quadrant as the review's human text names it: its id in English, its Indonesian name in
 * Indonesian — render/text.ts `quadrantName`'s words, here in a language of the caller's choice
 * (the documents' sentences are English whatever the run speaks).
 */
export const quadrantWord = (q: Quadrant, lang: Language = language()): string => (lang === language() ? quadrantName(q) : t(`render.quadrant.${q}`, {}, lang));

/** The quadrant's letter in the trend (K, D, M, O; Indonesian K, P, M, O). */
export const quadrantLetter = (q: Quadrant): string => t(`review.letter.${q}`);

/** The quadrant per snapshot as letters (K key, D key development, M maintenance, O opportunistic). */
export const quadrantTrail = (history: ReadonlyArray<AccountPoint | null>): string => history.map((p) => (p ? quadrantLetter(p.quadrant) : '·')).join(' ');

/** An object whose every value is a message, read when it is used (so in the run's language). */
function lazyWords<K extends string>(keys: Record<K, Parameters<typeof t>[0] | null>): Record<K, string> {
  const o = {} as Record<K, string>;
  for (const k of Object.keys(keys) as K[]) {
    const key = keys[k];
    Object.defineProperty(o, k, { enumerable: true, get: () => (key === null ? '' : t(key)) });
  }
  return o;
}

export const SELECTION_WORD: Record<ReviewAccount['selection'], string> = lazyWords({ entered: 'review.selection.entered', left: 'review.selection.left', kept: 'review.selection.kept', out: null });

export const RELEASE_WORD: Record<ReleaseReason, string> = lazyWords({
  demoted: 'review.release.demoted',
  outside: 'review.release.outside',
  capacity: 'review.release.capacity',
  team: 'review.release.team',
  vanished: 'review.release.vanished',
});

/** Cheverton's advice for de-selecting an account (step 10), in the run's language when it is read. */
export function releaseGuidance(): string[] {
  return [t('review.guidance.1'), t('review.guidance.2'), t('review.guidance.3')];
}

/** The same advice as a list read when it is used (kept for the workshop's step 10). */
export const RELEASE_GUIDANCE: readonly string[] = (() => {
  const list: string[] = [];
  (['review.guidance.1', 'review.guidance.2', 'review.guidance.3'] as const).forEach((key, i) => Object.defineProperty(list, i, { enumerable: true, get: () => t(key) }));
  return list;
})();

export function capacityLine(s: ReviewSnapshot): string {
  const capacity = s.capacity === null ? t('review.capacity.none') : t('review.capacity.some', { n: whole(s.capacity) });
  return t('review.capacity.line', { accounts: whole(s.accounts), qualifying: whole(s.qualifying), selected: whole(s.selected), capacity, over: s.overCapacity ? 'yes' : 'no' });
}

export function titleLine(doc: ReviewDocument): string {
  const n = doc.snapshots.length;
  const all = n > 2 ? t('review.title.snapshots', { n: whole(n), labels: doc.snapshots.map((s) => s.label).join(', ') }) : '';
  return `${doc.compared.previous} → ${doc.compared.current}${all}`;
}

/** What moved an account, as the review words it when the previous quarter was rescored with the current method. */
export const CAUSE_WORD: Record<Cause, string> = lazyWords({ method: 'review.cause.method', data: 'review.cause.data', both: 'review.cause.both' });

/** `, by the method change` after a move whose cause is known; nothing otherwise. */
const byCause = (cause: Cause | null | undefined): string => (cause ? t('review.cause.by', { cause: CAUSE_WORD[cause] }) : '');

/** The movement lists as (title, items) pairs, each item an account with what changed (and, when told apart, what moved it). */
export function movementGroups(doc: ReviewDocument, name: (a: ReviewAccount) => string): Array<[string, string[]]> {
  const byId = new Map(doc.accounts.map((a) => [a.id, a]));
  const get = (id: string): ReviewAccount => byId.get(id)!;
  const q = (x: Quadrant): string => quadrantWord(x);
  const where = (a: ReviewAccount): string =>
    a.previous && a.current
      ? a.previous.quadrant === a.current.quadrant
        ? q(a.current.quadrant)
        : `${q(a.previous.quadrant)} → ${q(a.current.quadrant)}`
      : a.current
        ? t('review.where.new', { quadrant: q(a.current.quadrant) })
        : t('review.where.vanished');
  const release = new Map(doc.release.map((r) => [r.id, r]));
  const selectionCause = (id: string, entered: boolean): Cause | undefined => {
    const a = get(id);
    if (!a.rescored) return undefined;
    return entered ? (a.rescored.selected ? 'method' : 'data') : release.get(id)?.cause;
  };
  return [
    [t('review.group.entered'), doc.movements.entered.map((id) => `${name(get(id))} (${where(get(id))}${byCause(selectionCause(id, true))})`)],
    [t('review.group.left'), doc.movements.left.map((id) => `${name(get(id))} (${where(get(id))}${byCause(selectionCause(id, false))})`)],
    [t('review.group.quadrant'), doc.movements.quadrantChanges.map((c) => `${name(get(c.id))} ${q(c.from)} → ${q(c.to)} ${c.direction === 'up' ? '▲' : '▼'}${c.cause ? ` (${CAUSE_WORD[c.cause]})` : ''}`)],
    [t('review.group.new'), doc.movements.new.map((id) => `${name(get(id))} (${q(get(id).current!.quadrant)})`)],
    [t('review.group.vanished'), doc.movements.vanished.map((id) => `${name(get(id))} (${t('review.where.was', { quadrant: q(get(id).previous!.quadrant) })})`)],
  ];
}

/** At most `top` items of a list, then how many more (`; … and 12 more`); all of them with no limit. */
export function limited(items: readonly string[], top: number | null): string[] {
  if (top === null || items.length <= top) return [...items];
  return [...items.slice(0, top), t('review.more', { n: whole(items.length - top) })];
}

/** How a list of accounts of a review reads when `n` of them are left out. */
export const leftOut = (n: number): string => t('review.left.out', { n, count: whole(n) });

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
  const head = t('review.method.head', { n, count: whole(n), previous, current });
  const r = doc.rescore;
  const meaning =
    r === null
      ? t('review.method.version')
      : r.done
        ? t('review.method.rescored', { previous, customers: r.customers, current })
        : t('review.method.included', { reason: say(r.reason) });
  return { head, changes: doc.methodChanges.map((c) => say(c.message)), meaning };
}

/**
 * One message per account that moved between the two compared snapshots (core/review.ts
 * `movementOf`), as the workshop's step 10 records them: the current accounts in rank order (new
 * ones, quadrant changes, who is released or newly selected), then those no longer in the
 * portfolio in their former order. English in the JSON (`comparison.sentences`, the session's
 * `moved`), the reader's language on screen and in the briefs.
 */
export function movementMessages(moves: readonly Movement[]): Message[] {
  const q = (x: Quadrant): Message => message(`render.quadrant.${x}`);
  return moves.map((m) => {
    if (m.now === null) return message('review.sentence.gone', { who: m.id, selected: m.was?.selected ? message('review.sentence.was.selected') : '' });
    const who = accountLabel(m.id, m.name);
    if (m.was === null) return message('review.sentence.new', { who, quadrant: q(m.now.quadrant), selected: m.now.selected ? message('review.sentence.selected') : '' });
    const change = m.was.quadrant !== m.now.quadrant ? message('review.sentence.quadrants', { from: q(m.was.quadrant), to: q(m.now.quadrant) }) : '';
    const selection = m.was.selected && !m.now.selected ? message('review.sentence.released') : !m.was.selected && m.now.selected ? message('review.sentence.newly') : '';
    return message('review.sentence.moved', { who, change, selection, both: change !== '' && selection !== '' ? 'yes' : 'no' });
  });
}
