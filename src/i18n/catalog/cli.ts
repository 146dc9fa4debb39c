/**
 * The cli messages, English and Indonesian (issue 18). Keys are this area's; t('cli.<key>', …)
 * finds them. ICU syntax: {name}, {n, plural, one {…} other {…}} with #, {x, select, …},
 * '' for an apostrophe only where a quote would start ('{'). The compiler refuses an
 * Indonesian table without every English key; test/i18n/catalogue.test.ts checks that both
 * languages take the same placeholders.
 */
import type { Entries } from '../entries.js';

export const en = {
  'lang.invalid': '--lang "{value}" is not a language kam speaks; use {list}.',
} as const;

export const id: Entries<typeof en> = {
  'lang.invalid': '--lang "{value}" bukan bahasa yang dikenal kam; gunakan {list}.',
};
