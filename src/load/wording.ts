/**
 * Pieces of the readers' sentences that several readers share (issue 18): a list of choices
 * ("higher or lower" / "higher atau lower"), a column named by its position ("column 3" /
 * "kolom 3", and back), and a count or position as the reader's language writes it.
 */
import { count } from '../i18n/numbers.js';
import { language } from '../i18n/language.js';
import { t as msg } from '../i18n/index.js';

/** "a, b or c" in the run's language (the values themselves, the contract's words, unchanged). */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return msg('load.or-list', { head: items.slice(0, -1).join(', '), last: items[items.length - 1] });
}

/**
 * A whole number in a sentence: in English as kam always wrote it there (String(n), no
 * grouping), in Indonesian grouped by count() (1.234).
 */
export function whole(n: number): string {
  return language() === 'en' ? String(n) : count(n);
}

/** The field name of a column without a header name: "column 3" / "kolom 3" (1-based). */
export function columnField(n: number): string {
  return msg('load.table.column', { n: String(n) });
}

/** The 1-based position a `columnField` names (in either language), or null for a header name. */
export function columnOfField(field: string): number | null {
  for (const lang of ['en', 'id'] as const) {
    const [before, after] = msg('load.table.column', { n: '\u0000' }, lang).split('\u0000');
    if (field.startsWith(before) && field.endsWith(after)) {
      const digits = field.slice(before.length, field.length - after.length);
      if (/^\d+$/.test(digits)) return Number(digits);
    }
  }
  return null;
}
