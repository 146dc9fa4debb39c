/**
 * The words of METHOD.md that the command line, the files, the sessions, the review and the
 * workshop share: each vocabulary is defined once here — its values, how a text names one, and a
 * line of help per value — and every reader and writer of the word goes through it. Pure.
 */
import type { Language } from '../i18n/language.js';

export interface Vocabulary<T extends string> {
  readonly values: readonly T[];
  /** One line per value, for --help, the docs and the workshop's choices. */
  readonly help: Readonly<Record<T, string>>;
  /** The value a text names (trimmed, any case), or null. */
  parse(text: string): T | null;
  /** Whether a value read from a file (JSON) is one of the values, exactly as written. */
  includes(value: unknown): value is T;
  /** The values for prose: "error, renormalize or midpoint". */
  readonly list: string;
}

export type ValueOf<V> = V extends Vocabulary<infer T> ? T : never;

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function vocabulary<T extends string>(help: Record<T, string>): Vocabulary<T> {
  const values = Object.keys(help) as T[];
  const byText = new Map<string, T>(values.map((v) => [v.toLowerCase(), v]));
  return {
    values,
    help,
    parse: (text) => byText.get(text.trim().toLowerCase()) ?? null,
    includes: (value): value is T => typeof value === 'string' && (values as readonly string[]).includes(value),
    list: orList(values),
  };
}

export const AXIS = vocabulary({
  attractiveness: 'how attractive the customer is to us (the vertical axis)',
  strength: "our strength against the competition in the customer's eyes (the horizontal axis)",
});

export const DIRECTION = vocabulary({
  higher: 'higher is better',
  lower: 'lower is better (a cost, a risk)',
});

export const FACTOR_KIND = vocabulary({
  pure: 'pure: how attractive the customer is in itself',
  realistic: 'realistic: our chance of success, fit with our resources',
});

export const MISSING_POLICY = vocabulary({
  error: 'every missing value is listed and the run stops (exit 1)',
  renormalize: 'leave the factor out for that account and divide by the weights present',
  midpoint: 'a missing value counts as the middle of the scale (0.5)',
});

export const SORT_KEY = vocabulary({
  quadrant: 'by quadrant, then attractiveness, strength and key',
  attractiveness: 'by attractiveness, then strength and key',
  strength: 'by strength, then attractiveness and key',
});

export const STRENGTH_MODE = vocabulary({
  absolute: 'our own ratings are the strength factors',
  relative: "our rating against the best competitor's: 50 = parity",
});

export const AGGREGATE = vocabulary({
  median: "the median of the raters' scores",
  mean: "the mean of the raters' scores",
});

export const STRENGTH_SIDE = vocabulary({
  left: 'left, as Cheverton and McDonald draw it',
  right: 'right, like an ordinary x axis',
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

export const SPREADSHEET_LOCALE = vocabulary(
  Object.fromEntries(Object.entries(SPREADSHEET_SEPARATORS).map(([k, s]) => [k, `${s.language}: "${s.delimiter}" between fields, "${s.decimal}" in numbers`])) as Record<
    keyof typeof SPREADSHEET_SEPARATORS,
    string
  >,
);

export type SpreadsheetLocale = ValueOf<typeof SPREADSHEET_LOCALE>;

/** Cheverton's sales modes (METHOD.md §1, step 2). */
export const SALES_MODE = vocabulary({
  farmer: 'farmer: growing an account over time',
  hunter: 'hunter: winning new business',
  'milk round': 'milk round: efficiency (service centre, telesales, e-commerce)',
});

/** The quadrants in ranking order (METHOD.md §3); the identifiers are part of the contract. */
export const QUADRANT = vocabulary({
  key: 'high attractiveness, high strength',
  'key-development': 'high attractiveness, low strength',
  maintenance: 'low attractiveness, high strength',
  opportunistic: 'low attractiveness, low strength',
});

export type Quadrant = ValueOf<typeof QUADRANT>;

export const QUADRANT_INFO: Record<Quadrant, { title: string; treatment: string; salesMode: ValueOf<typeof SALES_MODE> }> = {
  key: { title: 'KEY', treatment: 'invest: strategic partnership', salesMode: 'farmer' },
  'key-development': {
    title: 'KEY DEVELOPMENT',
    treatment: "invest selectively: win the customer's preference",
    salesMode: 'hunter',
  },
  maintenance: { title: 'MAINTENANCE', treatment: 'maintain efficiently', salesMode: 'milk round' },
  opportunistic: {
    title: 'OPPORTUNISTIC',
    treatment: 'manage for cash, serve opportunistically',
    salesMode: 'milk round',
  },
};

/**
 * The text encodings of CSV inputs (`--encoding`, load/encoding.ts). A byte-order mark decides
 * over the flag; `latin1` is read as every browser reads ISO-8859-1, as Windows-1252.
 */
export const ENCODING = vocabulary({
  'utf-8': 'UTF-8, with or without a byte-order mark (the default)',
  'utf-16': 'UTF-16 (Excel\'s "Unicode Text"): little-endian unless a byte-order mark says big-endian',
  'windows-1252': 'Windows-1252, what Excel saves as "CSV" on Windows in Western languages (€ is byte 0x80)',
  latin1: 'Latin-1 (ISO-8859-1), read as Windows-1252 as browsers do: the same letters, and € ‘ ’ “ ” for bytes 0x80-0x9F',
});

export type Encoding = ValueOf<typeof ENCODING>;

/** The languages kam speaks (`--lang`, KAM_LANG, the locale; i18n/language.ts): messages, help and display numbers. */
export const LANGUAGE = vocabulary<Language>({
  en: 'English (the default)',
  id: 'Bahasa Indonesia',
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
