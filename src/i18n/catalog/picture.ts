/**
 * The picture messages, English and Indonesian (issue 18). Keys are this area's; t('picture.<key>', …)
 * finds them. ICU syntax: {name}, {n, plural, one {…} other {…}} with #, {x, select, …},
 * '' for an apostrophe only where a quote would start ('{'). The compiler refuses an
 * Indonesian table without every English key; test/i18n/catalogue.test.ts checks that both
 * languages take the same placeholders.
 */
import type { Entries } from '../entries.js';

export const en = {
  'area.name': 'picture',
} as const;

export const id: Entries<typeof en> = {
  'area.name': 'picture',
};
