/** Binary searches over ascending Float64Arrays, shared by the normalisations and the analyses. */

/** The first index whose value is not below x. */
export function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is greater than x. */
export function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One factor's values in scope, sorted ascending without the missing ones, with its distinct
 * values and how many values lie below and at each (built on first use). Explain asks each
 * account's curve of it without copying the column per account.
 */
export class SortedColumn {
  private index: { values: Float64Array; less: Int32Array; count: Int32Array } | null = null;

  constructor(readonly sorted: Float64Array) {}

  static of(raw: Float64Array, scope: Uint32Array): SortedColumn {
    let n = 0;
    for (let p = 0; p < scope.length; p++) if (raw[scope[p]] === raw[scope[p]]) n++;
    const sorted = new Float64Array(n);
    let k = 0;
    for (let p = 0; p < scope.length; p++) {
      const x = raw[scope[p]];
      if (x === x) sorted[k++] = x;
    }
    return new SortedColumn(sorted.sort());
  }

  /** The distinct values ascending; `less[i]` values lie below values[i], `count[i]` equal it. */
  get distinct(): { values: Float64Array; less: Int32Array; count: Int32Array } {
    if (this.index === null) {
      const s = this.sorted;
      const values: number[] = [];
      const less: number[] = [];
      const count: number[] = [];
      for (let i = 0; i < s.length; ) {
        const end = upperBound(s, s[i]);
        values.push(s[i]);
        less.push(i);
        count.push(end - i);
        i = end;
      }
      this.index = { values: Float64Array.from(values), less: Int32Array.from(less), count: Int32Array.from(count) };
    }
    return this.index;
  }

  /** The index of `x` among the distinct values, or -1. */
  distinctIndex(x: number): number {
    const d = this.distinct.values;
    const i = lowerBound(d, x);
    return i < d.length && d[i] === x ? i : -1;
  }
}
