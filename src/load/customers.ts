/** customers.csv (METHOD.md §2), loaded column-wise into a Portfolio. */
import { InputError, ProblemList, type Problem } from '../core/errors.js';
import type { Portfolio } from '../core/types.js';
import type { Encoding } from '../core/vocabulary.js';
import { headerKey, type Delimiter } from './csv-reader.js';
import { fieldRaw, fieldText, type FieldView } from './csv-bytes.js';
import { UniqueKeys } from './key-index.js';
import { limitMessages, limits } from './limits.js';
import { INVALID, parseNumberBytes } from './number-bytes.js';
import { numberProblem } from './numbers.js';
import { scanTable, type ByteSource, type CsvTable } from './table.js';

export interface CustomersOptions {
  file: string;
  delimiter?: Delimiter;
  /** `--encoding`: how the bytes are read when no byte-order mark says (UTF-8 by default). */
  encoding?: Encoding;
  /** The factor names the criteria ask for; each must match a column. */
  factors: readonly string[];
  /** Factors that may be absent from the file because another source (ratings) provides them. */
  optional?: ReadonlySet<string>;
  /** Leave out columns the caller will not show (a CSV result has no channel or potential). */
  skip?: { channel?: boolean; potential?: boolean };
  /**
   * Also load every other column whose cells are all numbers (or missing), for the workshop's
   * raw factors; their names come back in `numericColumns`, in file order.
   */
  otherNumeric?: boolean;
}

/** Columns with a meaning of their own (METHOD.md §2), never raw factors. */
export const RESERVED_COLUMNS: ReadonlySet<string> = new Set(['id', 'name', 'segment', 'channel', 'revenue', 'potential']);

/** A growable typed-array column, sized from an estimate of the row count. */
class Column<T extends Float64Array | Int32Array> {
  private data: T;
  length = 0;
  constructor(
    private readonly make: (n: number) => T,
    capacity: number,
  ) {
    this.data = make(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i];
  }
  /** A view when the estimate was close (a copy would briefly need twice the memory). */
  finish(): T {
    return (this.length * 1.25 >= this.data.length ? this.data.subarray(0, this.length) : this.data.slice(0, this.length)) as T;
  }
}

/**
 * Trimmed text of a low-cardinality column (segment, channel): the bytes are looked up among the
 * values seen so far and only a new value is decoded, so a million rows make a handful of strings.
 */
class ByteInterner {
  private readonly seen = new Map<number, Array<{ bytes: Uint8Array; text: string }>>();

  text(v: FieldView, i: number): string {
    const b = v.buf;
    let s = v.starts[i];
    let e = v.ends[i];
    while (s < e && (b[s] === 32 || b[s] === 9)) s++;
    while (e > s && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
    let h = 0x811c9dc5;
    for (let k = s; k < e; k++) h = Math.imul(h ^ b[k], 0x01000193);
    const bucket = this.seen.get(h);
    if (bucket) {
      for (const known of bucket) if (sameBytes(known.bytes, b, s, e)) return known.text;
    }
    const text = fieldText(v, i);
    const entry = { bytes: b.slice(s, e), text };
    if (bucket) bucket.push(entry);
    else this.seen.set(h, [entry]);
    return text;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array, s: number, e: number): boolean {
  if (a.length !== e - s) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[s + k]) return false;
  return true;
}

/** A string column filled in order, in an array allocated once at the estimated size. */
class TextColumn {
  private data: string[];
  length = 0;
  constructor(capacity: number) {
    this.data = new Array<string>(Math.max(16, capacity));
  }
  push(s: string): void {
    if (this.length === this.data.length) this.data.length = this.data.length * 2;
    this.data[this.length++] = s;
  }
  at(i: number): string {
    return this.data[i];
  }
  finish(): string[] {
    this.data.length = this.length;
    return this.data;
  }
}

const floats = (n: number): Float64Array => new Float64Array(n);
const ints = (n: number): Int32Array => new Int32Array(n);

/**
 * Loads customers.csv from its text, its bytes, or its chunks in order. `expectedRows` sizes the
 * columns up front (an estimate is fine).
 */
export function loadCustomers(source: string | ByteSource, opts: CustomersOptions, expectedRows = 1024): Portfolio {
  return loadCustomerColumns(source, opts, expectedRows).portfolio;
}

/** loadCustomers, with the names of the other numeric columns it loaded (`otherNumeric`). */
export function loadCustomerColumns(source: string | ByteSource, opts: CustomersOptions, expectedRows = 1024): { portfolio: Portfolio; numericColumns: string[] } {
  const { file } = opts;
  const problems = new ProblemList();
  // Sized up front: growing a million-element array by push leaves each outgrown copy behind
  // in the large-object space until a full collection.
  const ids = new TextColumn(expectedRows);
  const names = new TextColumn(expectedRows);
  const segments = new TextColumn(expectedRows);
  const channels = new TextColumn(expectedRows);
  const revenue = new Column(floats, expectedRows);
  const potential = new Column(floats, expectedRows);
  const lines = new Column(ints, expectedRows);
  const factorValues = opts.factors.map(() => new Column(floats, expectedRows));
  const seen = new UniqueKeys((row) => ids.at(row), expectedRows);
  // Segments and channels repeat: one string of each, found from the bytes without decoding.
  const segmentText = new ByteInterner();
  const channelText = new ByteInterner();

  let layout!: ReturnType<typeof resolveColumns>;
  /** With otherNumeric: the other columns, and whether they held only numbers (and at least one). */
  const others: Array<{ col: number; name: string; state: 'empty' | 'number' | 'text'; values: Column<Float64Array> }> = [];
  /** A number cell; an invalid one is reported and counts as missing. */
  const cellNumber = (v: FieldView, col: number, dc: boolean, line: number, t: CsvTable): number => {
    const x = parseNumberBytes(v.buf, v.starts[col], v.ends[col], dc);
    if (x !== INVALID) return x;
    problems.add({ file, line, field: t.headers[col], message: numberProblem(fieldRaw(v, col), dc) });
    return Number.NaN;
  };
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  const table = scanTable(
    bytes,
    file,
    opts.delimiter,
    problems,
    (v, line, t) => {
      const id = fieldText(v, layout.id);
      if (id === '') {
        problems.add({ file, line, field: t.headers[layout.id], message: 'the account key is empty' });
        return;
      }
      if (ids.length >= limits().accounts) throw new InputError({ file, line, message: limitMessages.accounts(limits()) });
      const dup = seen.addOrFind(id, ids.length);
      if (dup !== -1) {
        problems.add({ file, line, field: t.headers[layout.id], message: `the key "${id}" is already used on line ${lines.at(dup)}; keys must be unique` });
        return;
      }
      ids.push(id);
      lines.push(line);
      const name = layout.name >= 0 ? fieldText(v, layout.name) : '';
      names.push(name === '' ? id : name);
      if (layout.segment >= 0) segments.push(segmentText.text(v, layout.segment));
      if (layout.channel >= 0) channels.push(channelText.text(v, layout.channel));
      const dc = t.decimalComma;
      if (layout.revenue >= 0) revenue.push(cellNumber(v, layout.revenue, dc, line, t));
      if (layout.potential >= 0) potential.push(cellNumber(v, layout.potential, dc, line, t));
      const cols = layout.factorCols;
      for (let f = 0; f < cols.length; f++) factorValues[f].push(cols[f] >= 0 ? cellNumber(v, cols[f], dc, line, t) : Number.NaN);
      for (let k = 0; k < others.length; k++) {
        const o = others[k];
        if (o.state === 'text') continue;
        const x = parseNumberBytes(v.buf, v.starts[o.col], v.ends[o.col], dc);
        if (x === INVALID) o.state = 'text';
        else {
          if (x === x) o.state = 'number';
          o.values.push(x);
        }
      }
    },
    (t) => {
      layout = resolveColumns(t.columns, opts, file);
      if (opts.otherNumeric) {
        const used = new Set([layout.id, layout.name, layout.segment, layout.channel, layout.revenue, layout.potential, ...layout.factorCols]);
        t.headers.forEach((h, col) => {
          if (!used.has(col) && !RESERVED_COLUMNS.has(headerKey(h))) others.push({ col, name: h, state: 'empty', values: new Column(floats, expectedRows) });
        });
      }
    },
    typeof source === 'string' ? 'utf-8' : opts.encoding,
  );
  problems.throwIfAny();
  if (ids.length === 0) throw new InputError({ file, message: 'there are no accounts; the file has a header but no data rows' });

  const values = new Map<string, Float64Array>();
  opts.factors.forEach((name, f) => values.set(name, factorValues[f].finish()));
  const numericColumns = others.filter((o) => o.state === 'number').map((o) => o.name);
  for (const o of others) if (o.state === 'number') values.set(o.name, o.values.finish());
  const portfolio: Portfolio = {
    source: file,
    n: ids.length,
    ids: ids.finish(),
    names: names.finish(),
    segments: layout.segment >= 0 ? segments.finish() : null,
    channels: layout.channel >= 0 ? channels.finish() : null,
    revenue: layout.revenue >= 0 ? revenue.finish() : null,
    potential: layout.potential >= 0 ? potential.finish() : null,
    lines: lines.finish(),
    values,
    headers: table.headers,
  };
  return { portfolio, numericColumns };
}

function resolveColumns(columns: Map<string, number>, opts: CustomersOptions, file: string) {
  const col = (name: string): number => columns.get(name) ?? -1;
  const missing: Problem[] = [];
  const factorCols = opts.factors.map((factor) => {
    const c = col(headerKey(factor));
    if (c < 0 && !opts.optional?.has(factor)) {
      missing.push({ file, line: 1, message: `no column matches the criteria factor "${factor}"` });
    }
    return c;
  });
  if (missing.length > 0) {
    const names = [...columns.keys()];
    const headers = `${names.slice(0, 30).join(', ')}${names.length > 30 ? ` and ${(names.length - 30).toLocaleString('en-US')} more` : ''}`;
    missing[missing.length - 1].message += ` (the columns are: ${headers})`;
    throw new InputError(missing);
  }
  const id = col('id');
  return {
    id: id >= 0 ? id : 0,
    name: col('name'),
    segment: col('segment'),
    channel: opts.skip?.channel ? -1 : col('channel'),
    revenue: col('revenue'),
    potential: opts.skip?.potential ? -1 : col('potential'),
    factorCols,
  };
}
