/**
 * The words of METHOD.md that the command line, the files, the sessions, the review and the
 * workshop share: each vocabulary is defined once here — its values, how a text names one, and a
 * line of help per value — and every reader and writer of the word goes through it. Pure.
 */
import { t } from '../i18n/index.js';
import type { Language } from '../i18n/language.js';

export interface Vocabulary<T extends string> {
  readonly values: readonly T[];
  /** One line per value, for --help, the docs and the workshop's choices (in the run's language, read when used). */
  readonly help: Readonly<Record<T, string>>;
  /** The value a text names (trimmed, any case), or null. */
  parse(text: string): T | null;
  /** Whether a value read from a file (JSON) is one of the values, exactly as written. */
  includes(value: unknown): value is T;
  /** The values for prose: "error, renormalize or midpoint" (the connective in the run's language). */
  readonly list: string;
}

/** A line of help: a text, or a function giving it in the run's language when it is read (vocabularies are built at import, before main() picks the language). */
export type HelpLine = string | (() => string);

export type ValueOf<V> = V extends Vocabulary<infer T> ? T : never;

/** "a", "a or b", "a, b or c" ("a, b atau c" in Indonesian). */
export function orList(items: readonly string[], lang?: Language): string {
  return items.length <= 1 ? (items[0] ?? '') : t('core.vocabulary.or-list', { head: items.slice(0, -1).join(', '), last: items[items.length - 1] }, lang);
}

export function vocabulary<T extends string>(help: Record<T, HelpLine>): Vocabulary<T> {
  const values = Object.keys(help) as T[];
  const byText = new Map<string, T>(values.map((v) => [v.toLowerCase(), v]));
  return {
    values,
    get help(): Readonly<Record<T, string>> {
      return Object.fromEntries(values.map((v) => [v, typeof help[v] === 'function' ? (help[v] as () => string)() : help[v]])) as Record<T, string>;
    },
    parse: (text) => byText.get(text.trim().toLowerCase()) ?? null,
    includes: (value): value is T => typeof value === 'string' && (values as readonly string[]).includes(value),
    get list(): string {
      return orList(values);
    },
  };
}

/** A line of help from the core catalogue, read when it is used. */
const line =
  (key: Parameters<typeof t>[0], values?: Parameters<typeof t>[1]): (() => string) =>
  () =>
    t(key, values);

export const AXIS = vocabulary({
  attractiveness: line('core.axis.attractiveness'),
  strength: line('core.axis.strength'),
});

export const DIRECTION = vocabulary({
  higher: line('core.direction.higher'),
  lower: line('core.direction.lower'),
});

export const FACTOR_KIND = vocabulary({
  pure: line('core.kind.pure'),
  realistic: line('core.kind.realistic'),
});

export const MISSING_POLICY = vocabulary({
  error: line('core.missing.error'),
  renormalize: line('core.missing.renormalize'),
  midpoint: line('core.missing.midpoint'),
});

export const SORT_KEY = vocabulary({
  quadrant: line('core.sort.quadrant'),
  attractiveness: line('core.sort.attractiveness'),
  strength: line('core.sort.strength'),
});

export const STRENGTH_MODE = vocabulary({
  absolute: line('core.strength-mode.absolute'),
  relative: line('core.strength-mode.relative'),
});

export const AGGREGATE = vocabulary({
  median: line('core.aggregate.median'),
  mean: line('core.aggregate.mean'),
});

export const STRENGTH_SIDE = vocabulary({
  left: line('core.side.left'),
  right: line('core.side.right'),
});

/**
 * The spreadsheet locales of `--excel` CSV: the list separator between fields and the decimal
 * separator in numbers that a spreadsheet set to that locale reads (render/csv-excel.ts).
 */
export const SPREADSHEET_SEPARATORS = {
  en: { language: 'English', delimiter: ',', decimal: '.' },
  id: { language: 'Indonesian', delimiter: ';', decimal: ',' },
  de: { language: 'German', delimiter: ';', decimal: ',' },
} as const satisfies Record<string, { language: string; delimiter: ',' | ';'; decimal: '.' | ',' }>;

export const SPREADSHEET_LOCALE = vocabulary<keyof typeof SPREADSHEET_SEPARATORS>({
  en: line('core.spreadsheet.en', SPREADSHEET_SEPARATORS.en),
  id: line('core.spreadsheet.id', SPREADSHEET_SEPARATORS.id),
  de: line('core.spreadsheet.de', SPREADSHEET_SEPARATORS.de),
});

export type SpreadsheetLocale = ValueOf<typeof SPREADSHEET_LOCALE>;

/** Cheverton's sales modes (METHOD.md §1, step 2). */
export const SALES_MODE = vocabulary({
  farmer: line('core.sales-mode.farmer'),
  hunter: line('core.sales-mode.hunter'),
  'milk round': line('core.sales-mode.milk-round'),
});

/** The quadrants in ranking order (METHOD.md §3); the identifiers are part of the contract. */
export const QUADRANT = vocabulary({
  key: line('core.quadrant.key'),
  'key-development': line('core.quadrant.key-development'),
  maintenance: line('core.quadrant.maintenance'),
  opportunistic: line('core.quadrant.opportunistic'),
});

export type Quadrant = ValueOf<typeof QUADRANT>;

/** What a quadrant is called and how Cheverton treats it, in the run's language (read when used); its default sales mode. */
export interface QuadrantInfo {
  readonly title: string;
  readonly treatment: string;
  readonly salesMode: ValueOf<typeof SALES_MODE>;
}

const quadrantInfo = (q: Quadrant, salesMode: ValueOf<typeof SALES_MODE>): QuadrantInfo => ({
  get title() {
    return t(`core.quadrant.title.${q}`);
  },
  get treatment() {
    return t(`core.quadrant.treatment.${q}`);
  },
  salesMode,
});

export const QUADRANT_INFO: Readonly<Record<Quadrant, QuadrantInfo>> = {
  key: quadrantInfo('key', 'farmer'),
  'key-development': quadrantInfo('key-development', 'hunter'),
  maintenance: quadrantInfo('maintenance', 'milk round'),
  opportunistic: quadrantInfo('opportunistic', 'milk round'),
};

/**
 * The text encodings of CSV inputs (`--encoding`, load/encoding.ts). A byte-order mark decides
 * over the flag; `latin1` is read as every browser reads ISO-8859-1, as Windows-1252.
 */
export const ENCODING = vocabulary({
  'utf-8': line('core.encoding.utf-8'),
  'utf-16': line('core.encoding.utf-16'),
  'windows-1252': line('core.encoding.windows-1252'),
  latin1: line('core.encoding.latin1'),
});

export type Encoding = ValueOf<typeof ENCODING>;

/** The languages kam speaks (`--lang`, KAM_LANG, the locale; i18n/language.ts): messages, help and display numbers. */
export const LANGUAGE = vocabulary<Language>({
  en: line('core.language.en'),
  id: line('core.language.id'),
});

/** Other names users give the encodings (`utf8`, `cp1252`, `iso-8859-1` …), each for one of them. */
export const ENCODING_ALIASES: Readonly<Record<string, Encoding>> = {
  utf8: 'utf-8',
  utf16: 'utf-16',
  cp1252: 'windows-1252',
  'win-1252': 'windows-1252',
  'latin-1': 'latin1',
  'iso-8859-1': 'latin1',
  'iso8859-1': 'latin1',
};
