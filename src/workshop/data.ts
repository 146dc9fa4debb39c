/**
 * What the workshop works on: the portfolio with every column a factor could come from (the
 * criteria's factors and the file's other numeric columns), and the criteria file when present.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ProblemList } from '../core/errors.js';
import type { InputFile } from '../core/result.js';
import type { Factor, Portfolio } from '../core/types.js';
import { headerKey, type Delimiter } from '../load/csv-reader.js';
import { loadCriteria } from '../load/criteria.js';
import { loadCustomers } from '../load/customers.js';
import { INVALID, parseNumberCell } from '../load/numbers.js';
import { readTable } from '../load/table.js';
import { readInputFile } from '../util/files.js';

/** Columns with a meaning of their own, never offered as factors. */
const RESERVED = new Set(['id', 'name', 'segment', 'channel', 'revenue', 'potential']);

export interface WorkshopData {
  customersPath: string;
  criteriaPath: string;
  portfolio: Portfolio;
  /** criteria.csv's factors, or none when there is no criteria file. */
  criteria: Factor[];
  /** Numeric columns of customers.csv that are not criteria factors (candidate raw factors). */
  numericColumns: string[];
  inputs: { customers: InputFile; criteria: InputFile | null };
}

/** Header names whose every non-missing cell is a number (at least one number), in file order. */
export function numericColumns(text: string, file: string, delimiter?: Delimiter): string[] {
  const state = new Map<number, boolean>();
  const table = readTable(text, file, delimiter, new ProblemList(), (fields, _line, t) => {
    fields.forEach((cell, i) => {
      if (state.get(i) === false) return;
      const v = parseNumberCell(cell, t.decimalComma);
      if (v === INVALID) state.set(i, false);
      else if (!Number.isNaN(v)) state.set(i, true);
    });
  });
  const idCol = table.columns.get('id') ?? 0;
  return table.headers.filter((h, i) => i !== idCol && state.get(i) === true && !RESERVED.has(headerKey(h)));
}

export function loadWorkshopData(customersPath: string, criteriaPath: string, cwd: string, delimiter?: Delimiter): WorkshopData {
  const customers = readInputFile(customersPath, cwd);
  const hasCriteria = existsSync(resolve(cwd, criteriaPath));
  const criteriaFile = hasCriteria ? readInputFile(criteriaPath, cwd) : null;
  const criteria = criteriaFile ? loadCriteria(criteriaFile.text, criteriaPath, delimiter) : [];
  const taken = new Set(criteria.map((f) => headerKey(f.factor)));
  const numeric = numericColumns(customers.text, customersPath, delimiter).filter((h) => !taken.has(headerKey(h)));
  const portfolio = loadCustomers(customers.text, {
    file: customersPath,
    delimiter,
    factors: [...criteria.map((f) => f.factor), ...numeric],
  });
  return {
    customersPath,
    criteriaPath,
    portfolio,
    criteria,
    numericColumns: numeric,
    inputs: {
      customers: { path: customers.path, sha256: customers.sha256 },
      criteria: criteriaFile ? { path: criteriaFile.path, sha256: criteriaFile.sha256 } : null,
    },
  };
}
