/** customers.csv (METHOD.md §2), loaded column-wise into a Portfolio. */
import { InputError, ProblemList, type Problem } from '../core/errors.js';
import type { Portfolio } from '../core/types.js';
import { headerKey, type Delimiter } from './csv-reader.js';
import { INVALID, numberProblem, parseNumberCell } from './numbers.js';
import { readTable } from './table.js';

export interface CustomersOptions {
  file: string;
  delimiter?: Delimiter;
  /** The factor names the criteria ask for; each must match a column. */
  factors: readonly string[];
  /** Factors that may be absent from the file because another source (ratings) provides them. */
  optional?: ReadonlySet<string>;
}

export function loadCustomers(text: string, opts: CustomersOptions): Portfolio {
  const { file } = opts;
  const problems = new ProblemList();
  const ids: string[] = [];
  const names: string[] = [];
  const segments: string[] = [];
  const channels: string[] = [];
  const revenue: number[] = [];
  const potential: number[] = [];
  const lines: number[] = [];
  const factorValues: number[][] = opts.factors.map(() => []);
  const firstLine = new Map<string, number>();

  let layout: ReturnType<typeof resolveColumns> | null = null;
  const table = readTable(text, file, opts.delimiter, problems, (fields, line, t) => {
    layout ??= resolveColumns(t.columns, opts, file);
    const id = fields[layout.id].trim();
    if (id === '') {
      problems.add({ file, line, field: t.headers[layout.id], message: 'the account key is empty' });
      return;
    }
    const dup = firstLine.get(id);
    if (dup !== undefined) {
      problems.add({ file, line, field: t.headers[layout.id], message: `the key "${id}" is already used on line ${dup}; keys must be unique` });
      return;
    }
    firstLine.set(id, line);
    ids.push(id);
    lines.push(line);
    const name = layout.name >= 0 ? fields[layout.name].trim() : '';
    names.push(name === '' ? id : name);
    if (layout.segment >= 0) segments.push(fields[layout.segment].trim());
    if (layout.channel >= 0) channels.push(fields[layout.channel].trim());
    const num = (col: number, header: string): number => {
      const v = parseNumberCell(fields[col], t.decimalComma);
      if (v === INVALID) {
        problems.add({ file, line, field: header, message: numberProblem(fields[col], t.decimalComma) });
        return Number.NaN;
      }
      return v;
    };
    if (layout.revenue >= 0) revenue.push(num(layout.revenue, t.headers[layout.revenue]));
    if (layout.potential >= 0) potential.push(num(layout.potential, t.headers[layout.potential]));
    for (let f = 0; f < layout.factorCols.length; f++) {
      const col = layout.factorCols[f];
      factorValues[f].push(col >= 0 ? num(col, t.headers[col]) : Number.NaN);
    }
  });
  layout ??= resolveColumns(table.columns, opts, file);
  problems.throwIfAny();
  if (ids.length === 0) throw new InputError({ file, message: 'there are no accounts; the file has a header but no data rows' });

  const values = new Map<string, Float64Array>();
  opts.factors.forEach((name, f) => values.set(name, Float64Array.from(factorValues[f])));
  return {
    source: file,
    n: ids.length,
    ids,
    names,
    segments: layout.segment >= 0 ? segments : null,
    channels: layout.channel >= 0 ? channels : null,
    revenue: layout.revenue >= 0 ? Float64Array.from(revenue) : null,
    potential: layout.potential >= 0 ? Float64Array.from(potential) : null,
    lines: Int32Array.from(lines),
    values,
    headers: table.headers,
  };
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
    const headers = [...columns.keys()].join(', ');
    missing[missing.length - 1].message += ` (the columns are: ${headers})`;
    throw new InputError(missing);
  }
  const id = col('id');
  return {
    id: id >= 0 ? id : 0,
    name: col('name'),
    segment: col('segment'),
    channel: col('channel'),
    revenue: col('revenue'),
    potential: col('potential'),
    factorCols,
  };
}
