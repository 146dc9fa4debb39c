/**
 * The command line's flags as commander hands them over (strings), and the one parser of each
 * flag's value into kam's vocabulary. A bad value is a UsageError (exit 2) naming the flag.
 * Nothing after the plan (app/plan.ts) reads a raw flag.
 */
import { UsageError } from '../core/errors.js';
import { language, t } from '../i18n/index.js';
import { count, plain } from '../i18n/numbers.js';
import { alternatives } from './language.js';
import { isSplitProblem, parseSplit, SPLIT_SYNTAX, type SplitSpec } from '../core/split.js';
import { DEFAULT_STABILITY, type StabilityOptions } from '../core/stability.js';
import { ENCODING, ENCODING_ALIASES, type Encoding, type Vocabulary } from '../core/vocabulary.js';
import { DELIMITER_NAMES, parseDelimiterName, type Delimiter } from '../load/csv-reader.js';

/** Flags every command takes. */
export interface CommonFlags {
  color: boolean;
  debug?: boolean;
  /** The options given on the command line (commander's attribute names), as opposed to defaults. */
  given?: readonly string[];
}

/** Flags of commands that read CSV inputs. */
export interface CsvFlags {
  delimiter?: string;
  /** --encoding of CSV inputs without a byte-order mark. */
  encoding?: string;
}

/** `kam select`. */
export interface SelectFlags extends CommonFlags, CsvFlags {
  criteria?: string;
  format: string;
  output?: string;
  missing: string;
  split: string;
  sort: string;
  strength?: string;
  ratings?: string;
  aggregate?: string;
  capacity?: string;
  segment?: string[];
  stability?: string | boolean;
  perturb?: string;
  scoreNoise?: string;
  seed?: string;
  explain?: boolean;
  strengthAxis: string;
  top: string;
  interactive: boolean;
  session?: string;
  resume?: boolean;
  compare?: string;
  overrideSession?: boolean;
  quiet?: boolean;
  /** The pictures: --bubble (svg, png, html), --width and --scale (png). */
  bubble?: string;
  width?: string;
  scale?: string;
  /** A customers workbook's sheet, by name or number. */
  sheet?: string;
  /** CSV for a spreadsheet, in the separators of --locale. */
  excel?: boolean;
  locale?: string;
}

/** `kam explain`: the flags of select that shape the evaluation it explains. */
export type ExplainFlags = Pick<
  SelectFlags,
  'criteria' | 'format' | 'output' | 'missing' | 'split' | 'sort' | 'strength' | 'ratings' | 'aggregate' | 'capacity' | 'segment' | 'delimiter' | 'encoding' | 'sheet' | 'color' | 'debug'
>;

/** `kam review`. */
export interface ReviewFlags extends CommonFlags, CsvFlags {
  format: string;
  output?: string;
  customers?: string;
  session?: string;
  saveResult?: string;
  failOn?: string[];
  account?: string;
  ratings?: string;
  previousCustomers?: string;
  top?: string;
  quiet?: boolean;
}

/** `kam weights`. */
export interface WeightsFlags extends CommonFlags, CsvFlags {
  axis?: string;
  pairs?: string;
  format: string;
  output?: string;
  dryRun?: boolean;
  interactive: boolean;
}

/** `kam ratings template`. */
export interface RatingsTemplateFlags extends CommonFlags, CsvFlags {
  criteria?: string;
  raters?: string;
  competitors?: string;
  factors?: string;
  output?: string;
  force?: boolean;
  sheet?: string;
}

/** `kam ratings collect`: --encoding reads its --criteria. */
export interface RatingsCollectFlags extends CommonFlags, Pick<CsvFlags, 'encoding'> {
  output?: string;
  criteria?: string;
}

/** `"Ana,Ben, Chen"` → the names, each once (case-insensitively), none empty; `required`: at least one. */
export function namesFlag(flag: string, value: string | undefined, required: boolean): string[] {
  const names = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0) {
    if (required) throw new UsageError(t('app.flag.names.none', { flag }));
    return [];
  }
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n.toLowerCase())) throw new UsageError(t('app.flag.names.twice', { flag, name: n }));
    seen.add(n.toLowerCase());
  }
  return names;
}

/** `--sheet`: a sheet's name or number, as given (the workbook decides whether it has one). */
export function sheetFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(t('app.flag.sheet.empty'));
  return value;
}

/** One of a vocabulary's values, or a UsageError listing them. */
export function vocabularyFlag<T extends string>(flag: string, vocabulary: Vocabulary<T>, value: string, allowed: readonly T[] = vocabulary.values): T {
  const v = vocabulary.parse(value);
  if (v !== null && allowed.includes(v)) return v;
  throw new UsageError(t('app.flag.invalid', { flag, value, use: allowed.join(', ') }));
}

/**
 * `--format` of one command: one of its formats, or a usage error that says when the format is
 * one another command writes.
 */
export function formatFlag<T extends string>(command: string, formats: Vocabulary<T>, value: string, everyFormat: readonly string[]): T {
  const v = formats.parse(value);
  if (v !== null) return v;
  const known = everyFormat.includes(value.trim().toLowerCase());
  const use = alternatives(formats.values);
  throw new UsageError(known ? t('app.flag.format.other-command', { value: value.trim(), command, use }) : t('app.flag.invalid', { flag: '--format', value, use }));
}

/** `midpoint`, `median`, `mean`, or `A,S` with both numbers in 0..100. */
export function splitFlag(value: string, flag = '--split'): SplitSpec {
  const s = parseSplit(value);
  if (!isSplitProblem(s)) return s;
  if (s.problem === 'range') throw new UsageError(t('app.flag.split.range', { flag, value }));
  throw new UsageError(t('app.flag.invalid', { flag, value, use: language() === 'en' ? SPLIT_SYNTAX : t('app.flag.split.syntax') }));
}

export function countFlag(flag: string, value: string, min = 0): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(t('app.flag.count', { flag, value, min: plain(min) }));
  return Number(v);
}

/** The delimiter names `--delimiter` takes (it also takes the characters themselves). */
export const DELIMITER_WORDS: readonly string[] = Object.values(DELIMITER_NAMES);

export function delimiterFlag(value: string | undefined): Delimiter | undefined {
  if (value === undefined) return undefined;
  const d = parseDelimiterName(value);
  if (d === null) throw new UsageError(t('app.flag.delimiter', { value }));
  return d;
}

/** `--encoding`: one of ENCODING's values or a common other name of one (`utf8`, `cp1252`, `iso-8859-1`); UTF-8 without it. */
export function encodingFlag(value: string | undefined): Encoding {
  if (value === undefined) return 'utf-8';
  const key = value.trim().toLowerCase();
  const v = ENCODING.parse(value) ?? (Object.hasOwn(ENCODING_ALIASES, key) ? ENCODING_ALIASES[key] : null);
  if (v !== null) return v;
  throw new UsageError(t('app.flag.encoding', { value, use: alternatives(ENCODING.values) }));
}

/** `--segment A --segment B` or `--segment A,B`. */
export function segmentsFlag(values: string[] | undefined): string[] | null {
  if (!values || values.length === 0) return null;
  const list = values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  if (list.length === 0) throw new UsageError(t('app.flag.segment.empty'));
  return list;
}

/** A decimal number (point or comma) within lo..hi. */
export function decimalFlag(flag: string, value: string, lo: number, hi: number): number {
  const v = value.trim().replace(',', '.');
  const x = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v) ? Number(v) : Number.NaN;
  if (!(x >= lo && x <= hi)) {
    throw new UsageError(hi === Infinity ? t('app.flag.decimal.unbounded', { flag, value, lo: plain(lo) }) : t('app.flag.decimal', { flag, value, lo: plain(lo), hi: plain(hi) }));
  }
  return x;
}

function wholeFlag(flag: string, value: string, lo: number, hi: number): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < lo || Number(v) > hi) {
    throw new UsageError(t('app.flag.whole', { flag, value, lo: plain(lo), hi: count(hi) }));
  }
  return Number(v);
}

/**
 * The stability options, or null when none of the flags is given. `--perturb`, `--score-noise`
 * and `--seed` imply `--stability` with its default number of runs.
 */
export function stabilityFlags(flags: Pick<SelectFlags, 'stability' | 'perturb' | 'scoreNoise' | 'seed'>): StabilityOptions | null {
  const { stability, perturb, scoreNoise, seed } = flags;
  if (stability === undefined && perturb === undefined && scoreNoise === undefined && seed === undefined) return null;
  return {
    runs: typeof stability === 'string' ? wholeFlag('--stability', stability, 1, 10_000_000) : DEFAULT_STABILITY.runs,
    perturb: perturb === undefined ? DEFAULT_STABILITY.perturb : decimalFlag('--perturb', perturb, 0, 1),
    scoreNoise: scoreNoise === undefined ? DEFAULT_STABILITY.scoreNoise : decimalFlag('--score-noise', scoreNoise, 0, Infinity),
    seed: seed === undefined ? DEFAULT_STABILITY.seed : wholeFlag('--seed', seed, 0, 4294967295),
  };
}
