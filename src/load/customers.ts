/** customers.csv (METHOD.md §2), loaded column-wise into a Portfolio. */
import { InputError, ProblemList, type Problem } from '../core/errors.js';
import type { Portfolio, PortfolioBytes } from '../core/types.js';
import type { Encoding } from '../core/vocabulary.js';
import { headerKey, type Delimiter } from './csv-reader.js';
import { decodeRange, fieldRaw, type FieldView } from './csv-bytes.js';
import { ByteCells, ByteKeys } from './key-index.js';
import { limitMessages, limits } from './limits.js';
import { INVALID, parseNumberBytes } from './number-bytes.js';
import { numberProblem } from './numbers.js';
import { scanTable, type ByteSource, type CsvTable } from './table.js';
import { t as msg } from '../i18n/index.js';
import { count } from '../i18n/numbers.js';

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
class Column<T extends Float64Array | Int32Array | Uint32Array> {
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
 * A low-cardinality column (segment, channel) as codes: the trimmed bytes of a cell are looked up
 * among the values seen so far and only a new value is decoded, so a million rows make a handful
 * of strings and a column of small integers.
 */
class ByteInterner {
  private readonly seen = new Map<number, Array<{ bytes: Uint8Array; code: number }>>();
  /** The first few values' bytes, looked through before hashing (a column of a handful of segments). */
  private readonly few: Uint8Array[] = [];
  readonly values: string[] = [];

  code(v: FieldView, i: number): number {
    const b = v.buf;
    let s = v.starts[i];
    let e = v.ends[i];
    while (s < e && (b[s] === 32 || b[s] === 9)) s++;
    while (e > s && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
    const few = this.few;
    for (let k = 0; k < few.length; k++) if (sameBytes(few[k], b, s, e)) return k;
    let h = 0x811c9dc5;
    for (let k = s; k < e; k++) h = Math.imul(h ^ b[k], 0x01000193);
    const bucket = this.seen.get(h);
    if (bucket) {
      for (const known of bucket) if (sameBytes(known.bytes, b, s, e)) return known.code;
    }
    const entry = { bytes: b.slice(s, e), code: this.values.length };
    this.values.push(decodeRange(b, s, e));
    if (few.length < 16) few.push(entry.bytes);
    if (bucket) bucket.push(entry);
    else this.seen.set(h, [entry]);
    return entry.code;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array, s: number, e: number): boolean {
  if (a.length !== e - s) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[s + k]) return false;
  return true;
}

const floats = (n: number): Float64Array => new Float64Array(n);
const ints = (n: number): Int32Array => new Int32Array(n);
const codes = (n: number): Uint32Array => new Uint32Array(n);

/** Field i's bytes without the spaces and tabs around them: [s, e). */
function trimmed(v: FieldView, i: number): [number, number] {
  const b = v.buf;
  let s = v.starts[i];
  let e = v.ends[i];
  while (s < e && (b[s] === 32 || b[s] === 9)) s++;
  while (e > s && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
  return [s, e];
}

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
  // Keys and names stay the bytes they were read as (cells 2r and 2r + 1): strings are made only
  // when something asks for them (a table, an error, an override), never for a CSV or JSON run.
  const text = new ByteCells(2 * expectedRows, 12);
  const keys = new ByteKeys(text, 2, expectedRows);
  const lines = new Column(ints, expectedRows);
  // The optional columns, sized once the header says which the file has.
  let segments = new Column(codes, 0);
  let channels = new Column(codes, 0);
  let revenue = new Column(floats, 0);
  let potential = new Column(floats, 0);
  let factorValues: Array<Column<Float64Array>> = [];
  // Segments and channels repeat: one string of each, found from the bytes without decoding.
  const segmentText = new ByteInterner();
  const channelText = new ByteInterner();

  let layout!: ReturnType<typeof resolveColumns>;
  /** With otherNumeric: the other columns, and whether they held only numbers (and at least one). */
  const others: Array<{ col: number; name: string; state: 'empty' | 'number' | 'text'; values: Column<Float64Array> }> = [];
  /** A number cell (parsed by the scan when it is a plain decimal); an invalid one is reported and counts as missing. */
  const cellNumber = (v: FieldView, col: number, dc: boolean, line: number, t: CsvTable): number => {
    const fast = v.numbers[col];
    if (fast === fast) return fast;
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
      const b = v.buf;
      const [s, e] = trimmed(v, layout.id);
      if (s === e) {
        problems.add({ file, line, field: t.headers[layout.id], message: msg('load.customers.key-empty') });
        return;
      }
      if (lines.length >= limits().accounts) throw new InputError({ file, line, message: limitMessages.accounts(limits()) });
      const dup = keys.addOrFind(b, s, e);
      if (dup !== -1) {
        const id = decodeRange(b, s, e);
        problems.add({ file, line, field: t.headers[layout.id], message: msg('load.customers.key-twice', { key: id, line: String(lines.at(dup)) }) });
        return;
      }
      text.push(b, s, e);
      if (layout.name >= 0) {
        const [ns, ne] = trimmed(v, layout.name);
        if (ns < ne) text.push(b, ns, ne);
        else text.push(b, s, e);
      } else text.push(b, s, e);
      lines.push(line);
      if (layout.segment >= 0) segments.push(segmentText.code(v, layout.segment));
      if (layout.channel >= 0) channels.push(channelText.code(v, layout.channel));
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
      const sized = (col: number): number => (col >= 0 ? expectedRows : 0);
      segments = new Column(codes, sized(layout.segment));
      channels = new Column(codes, sized(layout.channel));
      revenue = new Column(floats, sized(layout.revenue));
      potential = new Column(floats, sized(layout.potential));
      factorValues = layout.factorCols.map(() => new Column(floats, expectedRows));
      if (opts.otherNumeric) {
        const used = new Set([layout.id, layout.name, layout.segment, layout.channel, layout.revenue, layout.potential, ...layout.factorCols]);
        t.headers.forEach((h, col) => {
          if (!used.has(col) && !RESERVED_COLUMNS.has(headerKey(h))) others.push({ col, name: h, state: 'empty', values: new Column(floats, expectedRows) });
        });
      }
      return [layout.revenue, layout.potential, ...layout.factorCols];
    },
    typeof source === 'string' ? 'utf-8' : opts.encoding,
  );
  problems.throwIfAny();
  const n = lines.length;
  if (n === 0) throw new InputError({ file, message: msg('load.customers.no-accounts', { why: msg('load.customers.no-accounts.why') }) });

  const values = new Map<string, Float64Array>();
  opts.factors.forEach((name, f) => values.set(name, factorValues[f].finish()));
  const numericColumns = others.filter((o) => o.state === 'number').map((o) => o.name);
  for (const o of others) if (o.state === 'number') values.set(o.name, o.values.finish());
  const cells = text.finish();
  const segmentOf = layout.segment >= 0 ? segments.finish() : null;
  const channelOf = layout.channel >= 0 ? channels.finish() : null;
  const portfolio = withText(
    {
      source: file,
      n,
      channels: channelOf ? Array.from(channelOf, (c) => channelText.values[c]) : null,
      revenue: layout.revenue >= 0 ? revenue.finish() : null,
      potential: layout.potential >= 0 ? potential.finish() : null,
      lines: lines.finish(),
      values,
      headers: table.headers,
      keysAscending: keys.ascending,
      bytes: { text: cells.bytes, at: cells.at, segmentOf, segmentValues: segmentText.values },
    },
  );
  return { portfolio, numericColumns };
}

/**
 * The portfolio with its text columns made from its bytes on first read (then kept): a run that
 * only copies the bytes (CSV, JSON) never makes a string of a key or a name. (A function of its
 * own, so that the getters hold on to these bytes only, not to the loader's columns.)
 */
function withText(rest: Omit<Portfolio, 'ids' | 'names' | 'segments'> & { bytes: PortfolioBytes }): Portfolio {
  const portfolio = rest as Portfolio;
  const { text, at, segmentOf, segmentValues } = rest.bytes;
  const n = rest.n;
  const decoded = (cell: number): string[] => {
    const out = new Array<string>(n);
    for (let r = 0; r < n; r++) out[r] = decodeRange(text, at[2 * r + cell], at[2 * r + cell + 1]);
    return out;
  };
  const make = {
    ids: () => decoded(0),
    names: () => decoded(1),
    segments: () => (segmentOf ? Array.from(segmentOf, (c) => segmentValues[c]) : null),
  };
  for (const key of ['ids', 'names', 'segments'] as const) {
    Object.defineProperty(portfolio, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = make[key]();
        Object.defineProperty(portfolio, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
    });
  }
  return portfolio;
}

function resolveColumns(columns: Map<string, number>, opts: CustomersOptions, file: string) {
  const col = (name: string): number => columns.get(name) ?? -1;
  const missing: Problem[] = [];
  const factorCols = opts.factors.map((factor) => {
    const c = col(headerKey(factor));
    if (c < 0 && !opts.optional?.has(factor)) {
      missing.push({ file, line: 1, message: msg('load.customers.no-column', { factor }) });
    }
    return c;
  });
  if (missing.length > 0) {
    const names = [...columns.keys()];
    const first = names.slice(0, 30).join(', ');
    const headers = names.length > 30 ? msg('load.customers.columns-more', { headers: first, more: count(names.length - 30) }) : first;
    missing[missing.length - 1].message += msg('load.customers.columns-are', { headers });
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
