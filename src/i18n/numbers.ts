/**
 * Numbers, money, percentages and dates as the reader's language writes them (issue 18):
 * English as kam has always written them (1234.5, 1,234, 4.50 M), Indonesian as Intl's id-ID
 * does (1.234,5 · 1.234 · 4,50 jt · 1,23 M for miliar · Kamis, 18 Februari 2027). Only display
 * text goes through here: inputs are parsed as METHOD.md fixes, and JSON/CSV numbers stay
 * machine numbers. The Indonesian digits are written by hand (no Intl set-up on a run's start);
 * test/i18n/numbers.test.ts checks them against Intl.NumberFormat('id-ID'). Pure.
 */
import { language, type Language } from './language.js';

/** "1234567" → "1.234.567". */
function groupDots(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += '.';
    out += digits[i];
  }
  return out;
}

/** Indonesian form of an English decimal text ("-1234.50" → "-1.234,50"); other text (Infinity, 1e+21) unchanged. */
function indonesian(text: string, group: boolean): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  return `${m[1]}${group ? groupDots(m[2]) : m[2]}${m[3] === undefined ? '' : `,${m[3]}`}`;
}

/**
 * `x` with `digits` decimals: English `x.toFixed(digits)` (no grouping, as kam's tables always
 * had), Indonesian with a decimal comma and dots between thousands.
 */
export function fixed(x: number, digits: number, lang: Language = language()): string {
  const text = x.toFixed(digits);
  return lang === 'en' ? text : indonesian(text, true);
}

/** A number as String(x) writes it, with the Indonesian decimal comma (no grouping: a value from a file, a weight). */
export function plain(x: number | string, lang: Language = language()): string {
  const text = String(x);
  return lang === 'en' ? text : indonesian(text, false);
}

/** A count: 1,234 / 1.234. */
export function count(n: number, lang: Language = language()): string {
  if (lang === 'en') return n.toLocaleString('en-US');
  const text = Number.isInteger(n) ? String(n) : String(Math.round(n));
  return /e/.test(text) ? text : indonesian(text, true);
}

/** A percentage with `digits` decimals and the space kam puts before the sign: "12.5 %" / "12,5 %". */
export function percent(x: number, digits = 1, lang: Language = language()): string {
  return `${fixed(x, digits, lang)} %`;
}

/**
 * Money in the workshop's short form. English: 1.23 bn, 4.50 M, 12.5 k. Indonesian, as
 * Indonesian readers write it: 1,23 M (miliar), 4,50 jt (juta), 12,5 rb (ribu).
 */
export function money(x: number, lang: Language = language()): string {
  const a = Math.abs(x);
  const [bn, m, k] = lang === 'en' ? ['bn', 'M', 'k'] : ['M', 'jt', 'rb'];
  if (a >= 1e9) return `${fixed(x / 1e9, 2, lang)} ${bn}`;
  if (a >= 1e6) return `${fixed(x / 1e6, 2, lang)} ${m}`;
  if (a >= 1e3) return `${fixed(x / 1e3, 1, lang)} ${k}`;
  return fixed(x, 0, lang);
}

/** A whole amount with thousands separators: 1,234,567 / 1.234.567. */
export function amount(x: number, lang: Language = language()): string {
  return lang === 'en' ? x.toLocaleString('en-US', { maximumFractionDigits: 0 }) : count(Math.round(x), lang);
}

const ID_DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const ID_MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A calendar day (an ISO date, `2027-02-18`, or the date part of a timestamp) in words:
 * "Thursday, 4 March 2027" / "Kamis, 04 Maret 2027" (as Intl writes them). Text that is no date is returned as it is.
 */
export function longDate(iso: string, lang: Language = language()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3])) return iso;
  const [days, months] = lang === 'en' ? [EN_DAYS, EN_MONTHS] : [ID_DAYS, ID_MONTHS];
  // CLDR's full date: "EEEE, d MMMM y" in English, "EEEE, dd MMMM y" in Indonesian.
  const day = lang === 'en' ? String(d.getUTCDate()) : String(d.getUTCDate()).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${day} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
