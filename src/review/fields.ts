/**
 * Reading fields out of a parsed JSON document (a kam result or session) with one problem per
 * bad field, named by its path (`accounts[3].quadrant`), so a hand-edited file is explained.
 */
import { ProblemList } from '../core/errors.js';

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

  object(v: Json, field: string): Record<string, Json> | null {
    if (isRecord(v)) return v;
    this.bad(field, 'must be an object');
    return null;
  }

  array(v: Json, field: string): Json[] {
    if (Array.isArray(v)) return v;
    this.bad(field, 'must be a list');
    return [];
  }

  string(v: Json, field: string): string {
    if (typeof v === 'string') return v;
    this.bad(field, 'must be text');
    return '';
  }

  number(v: Json, field: string): number {
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.bad(field, 'must be a number');
    return Number.NaN;
  }

  numberOrNull(v: Json, field: string): number | null {
    return v === null || v === undefined ? null : this.number(v, field);
  }

  boolean(v: Json, field: string): boolean {
    if (typeof v === 'boolean') return v;
    this.bad(field, 'must be true or false');
    return false;
  }

  oneOf<T extends string>(v: Json, field: string, allowed: readonly T[]): T {
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.bad(field, `${JSON.stringify(v) ?? 'nothing'} is not one of ${allowed.join(', ')}`);
    return allowed[0];
  }

  stringListOrNull(v: Json, field: string): string[] | null {
    if (v === null || v === undefined) return null;
    return this.array(v, field).map((s, i) => this.string(s, `${field}[${i}]`));
  }

  done(): void {
    this.problems.throwIfAny();
  }
}
