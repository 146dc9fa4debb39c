/**
 * The message catalogue (issue 18): every sentence, label and heading a user reads, in English
 * and Indonesian, is `t(key, values)`. One registry of areas (below); each area is one module
 * of catalog/ with an `en` table and an `id` table of the same keys (the compiler checks it,
 * and MessageKey makes a key that is in no table a compile error). Messages are compiled on
 * first use and kept. Numbers inside messages are formatted by the caller with i18n/numbers.ts
 * (as text) or by `#` in a plural.
 */
import * as app from './catalog/app.js';
import * as cli from './catalog/cli.js';
import * as core from './catalog/core.js';
import * as load from './catalog/load.js';
import * as picture from './catalog/picture.js';
import * as render from './catalog/render.js';
import * as review from './catalog/review.js';
import * as workshop from './catalog/workshop.js';
import { language, type Language } from './language.js';
import { compileMessage, formatMessage, type CompiledMessage, type MessageValues, type PluralStyle } from './message-format.js';
import { count, fixed } from './numbers.js';

export { language, useLanguage, languageFromEnv, langArgument, parseLanguage, LANGUAGES, type Language } from './language.js';

/** Every area of the catalogue, by the prefix of its keys. */
export const CATALOGUE = { app, cli, core, load, picture, render, review, workshop } as const;

type Areas = typeof CATALOGUE;
export type MessageKey = { [A in keyof Areas]: `${A}.${Extract<keyof Areas[A]['en'], string>}` }[keyof Areas];

const PLURALS: Readonly<Record<Language, PluralStyle>> = {
  // CLDR: English "one" is exactly 1 or -1; Indonesian has only "other".
  en: { category: (n) => (Math.abs(n) === 1 ? 'one' : 'other'), number: (n) => count(n, 'en'), fixed: (x, d) => fixed(x, d, 'en') },
  id: { category: () => 'other', number: (n) => count(n, 'id'), fixed: (x, d) => fixed(x, d, 'id') },
};

const compiled: Record<Language, Map<string, CompiledMessage>> = { en: new Map(), id: new Map() };

/** The text of `key` in a language, uncompiled (the catalogue tests read every entry). */
export function entry(key: MessageKey, lang: Language): string {
  const dot = key.indexOf('.');
  const area = CATALOGUE[key.slice(0, dot) as keyof Areas];
  return (area[lang] as Readonly<Record<string, string>>)[key.slice(dot + 1)];
}

/** The message `key` in the run's language (or `lang`), its placeholders filled from `values`. */
export function t(key: MessageKey, values: MessageValues = {}, lang: Language = language()): string {
  const cache = compiled[lang];
  let message = cache.get(key);
  if (message === undefined) {
    const text = entry(key, lang);
    if (text === undefined) throw new Error(`no message "${key}"`);
    message = compileMessage(text);
    cache.set(key, message);
  }
  return formatMessage(message, values, PLURALS[lang]);
}

/** Every key of the catalogue. */
export function messageKeys(): MessageKey[] {
  return Object.entries(CATALOGUE).flatMap(([area, tables]) => Object.keys(tables.en).map((k) => `${area}.${k}` as MessageKey));
}

/**
 * A sentence kept as its key and values until it is shown: what core computes and a document
 * carries (a warning, a release detail) is written in English into the JSON documents, which are
 * the contract and the same in every language, and in the reader's language on the screen and
 * in the briefs.
 */
export interface Message {
  readonly key: MessageKey;
  readonly values?: MessageArgs;
}

/**
 * A message's values: numbers, text, and messages that are said in the same language as the
 * message around them (a sentence with a note inside it stays one sentence in every language).
 */
export type MessageArgs = Readonly<Record<string, string | number | Message>>;

/** A Message; written as JSON (JSON.stringify) it is its English text, as every document holds it. */
export function message(key: MessageKey, values?: MessageArgs): Message {
  const m: Message & { toJSON(): string } = { key, ...(values === undefined ? {} : { values }), toJSON: () => say(m, 'en') };
  return m;
}

/**
 * A message's text in the run's language, or in `lang` (English for the JSON documents). A plain
 * string is text already said (a sentence made before it became a Message, or a file's own words).
 */
export function say(m: Message | string, lang: Language = language()): string {
  if (typeof m === 'string') return m;
  const values = m.values;
  if (values === undefined) return t(m.key, {}, lang);
  const said: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) said[k] = typeof v === 'object' ? say(v, lang) : v;
  return t(m.key, said, lang);
}
