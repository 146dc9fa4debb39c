/**
 * Reading fields out of a parsed JSON document (a kam result or session) with one problem per
 * bad field, named by its path (`accounts[3].quadrant`), so a hand-edited file is explained.
 */
import { ProblemList } from '../core/errors.js';
import type { Vocabulary } from '../core/vocabulary.js';
import { t as msg } from '../i18n/index.js';

export type Json = unknown;

export function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Typed getters over one JSON object; each bad field adds a problem and returns a fallback. */
export class FieldReader {
  constructor(
    readonly file: string,
    readonly problems: ProblemList = new ProblemList(),
  ) {}

  private bad(field: string, message: string): void {
    this.problems.add({ file: this.file, field, message });
  }

  /** A problem with a field whose type was right but whose value is not. */
  problem(field: string, message: string): void {
    this.bad(field, message);
  }

  object(v: Json, field: string): Record<string, Json> | null {
    if (isRecord(v)) return v;
    this.bad(field, msg('load.json.object'));
    return null;
  }

  array(v: Json, field: string): Json[] {
    if (Array.isArray(v)) return v;
    this.bad(field, msg('load.json.list'));
    return [];
  }

  string(v: Json, field: string): string {
    if (typeof v === 'string') return v;
    this.bad(field, msg('load.json.text'));
    return '';
  }

  number(v: Json, field: string): number {
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.bad(field, msg('load.json.number'));
    return Number.NaN;
  }

  numberOrNull(v: Json, field: string): number | null {
    return v === null || v === undefined ? null : this.number(v, field);
  }

  boolean(v: Json, field: string): boolean {
    if (typeof v === 'boolean') return v;
    this.bad(field, msg('load.json.boolean'));
    return false;
  }

  oneOf<T extends string>(v: Json, field: string, allowed: readonly T[]): T {
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.bad(field, msg('load.json.one-of', { value: JSON.stringify(v) ?? msg('load.json.nothing'), list: allowed.join(', ') }));
    return allowed[0];
  }

  /** One of a vocabulary's values, exactly as kam writes it. */
  vocabulary<T extends string>(v: Json, field: string, vocabulary: Vocabulary<T>): T {
    return this.oneOf(v, field, vocabulary.values);
  }

  /** A whole number ≥ 0. */
  count(v: Json, field: string): number {
    const x = this.number(v, field);
    if (x === x && !(Number.isInteger(x) && x >= 0)) this.bad(field, msg('load.json.whole', { value: String(x) }));
    return x;
  }

  /** An optional field: `read` only when it is present and not null. */
  optional<T>(o: Record<string, Json>, key: string, at: string, read: (v: Json, field: string) => T): T | undefined {
    return o[key] === undefined || o[key] === null ? undefined : read(o[key], at === '' ? key : `${at}.${key}`);
  }

  stringListOrNull(v: Json, field: string): string[] | null {
    if (v === null || v === undefined) return null;
    return this.array(v, field).map((s, i) => this.string(s, `${field}[${i}]`));
  }

  done(): void {
    this.problems.throwIfAny();
  }
}

/**
 * A typed reader of one JSON value at a path: each bad part is one problem of the FieldReader,
 * and the value read is returned (a fallback where it was bad). Built from the combinators below,
 * a decoder for a type must name a decoder for every one of its fields, so a field added to the
 * type does not compile until it is read.
 */
export type Decoder<T> = (r: FieldReader, v: Json, at: string) => T;

export const text: Decoder<string> = (r, v, at) => r.string(v, at);
export const number: Decoder<number> = (r, v, at) => r.number(v, at);
export const whole: Decoder<number> = (r, v, at) => r.count(v, at);
export const boolean: Decoder<boolean> = (r, v, at) => r.boolean(v, at);
export const word = <T extends string>(vocabulary: Vocabulary<T>): Decoder<T> => (r, v, at) => r.vocabulary(v, at, vocabulary);
export const literal = <T extends string>(...values: T[]): Decoder<T> => (r, v, at) => r.oneOf(v, at, values);
/** null stays null. */
export const nullable = <T>(d: Decoder<T>): Decoder<T | null> => (r, v, at) => (v === null ? null : d(r, v, at));
/** An absent field reads as null, like null itself. */
export const orNull = <T>(d: Decoder<T>): Decoder<T | null> => (r, v, at) => (v === null || v === undefined ? null : d(r, v, at));
/** An absent field is undefined. */
export const optional = <T>(d: Decoder<T>): Decoder<T | undefined> => (r, v, at) => (v === undefined ? undefined : d(r, v, at));
export const listOf = <T>(d: Decoder<T>): Decoder<T[]> => (r, v, at) => r.array(v, at).map((x, i) => d(r, x, `${at}[${i}]`));
/** An object with exactly the given keys. */
export const recordOf =
  <K extends string, T>(keys: readonly K[], d: Decoder<T>): Decoder<Record<K, T>> =>
  (r, v, at) => {
    const o = r.object(v, at) ?? {};
    return Object.fromEntries(keys.map((k) => [k, d(r, o[k], `${at}.${k}`)])) as Record<K, T>;
  };
/** An object read field by field; fields decoded as undefined are left out. */
export function shape<T extends object>(fields: { [K in keyof T]-?: Decoder<T[K]> }): Decoder<T> {
  return (r, v, at) => {
    const o = r.object(v, at) ?? {};
    const out: Record<string, unknown> = {};
    for (const [key, d] of Object.entries(fields) as Array<[string, Decoder<unknown>]>) {
      const value = d(r, o[key], at === '' ? key : `${at}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as T;
  };
}
