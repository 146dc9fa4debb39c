/**
 * Small builders for the core tests: Portfolios, Factors and Methods from literal arrays, and
 * a way to look at an Evaluation account by account.
 */
import { expect } from 'vitest';
import { DEFAULT_METHOD, type Evaluation, type Method } from '../../src/core/engine.js';
import { InputError } from '../../src/core/errors.js';
import { QUADRANTS, type Axis, type Factor, type Portfolio, type Quadrant } from '../../src/core/types.js';

/** A cell: a number, or null for missing (NaN in the Portfolio). */
export type Cell = number | null;

export interface PortfolioSpec {
  ids: string[];
  /** Factor name → one value per account. */
  values: Record<string, Cell[]>;
  names?: string[];
  segments?: string[];
  channels?: string[];
  revenue?: Cell[];
  potential?: Cell[];
  /** File name for messages; defaults to customers.csv. */
  source?: string;
  /** Line of each account; defaults to 2, 3, … (line 1 is the header). */
  lines?: number[];
}

const toArray = (cells: readonly Cell[]): Float64Array => Float64Array.from(cells, (c) => (c === null ? Number.NaN : c));

export function makePortfolio(spec: PortfolioSpec): Portfolio {
  const n = spec.ids.length;
  const values = new Map<string, Float64Array>();
  for (const [name, cells] of Object.entries(spec.values)) {
    if (cells.length !== n) throw new Error(`test builder: factor "${name}" has ${cells.length} values for ${n} ids`);
    values.set(name, toArray(cells));
  }
  return {
    source: spec.source ?? 'customers.csv',
    n,
    ids: [...spec.ids],
    names: spec.names ? [...spec.names] : [...spec.ids],
    segments: spec.segments ? [...spec.segments] : null,
    channels: spec.channels ? [...spec.channels] : null,
    revenue: spec.revenue ? toArray(spec.revenue) : null,
    potential: spec.potential ? toArray(spec.potential) : null,
    lines: spec.lines ? Int32Array.from(spec.lines) : Int32Array.from(spec.ids, (_, i) => i + 2),
    values,
    headers: ['id', ...Object.keys(spec.values)],
  };
}

/** A factor with METHOD.md's defaults (min 1, max 10, higher, none, pure) unless overridden. */
export function makeFactor(factor: string, axis: Axis, weight: number, more: Partial<Factor> = {}): Factor {
  return {
    factor,
    axis,
    weight,
    min: 1,
    max: 10,
    direction: 'higher',
    normalize: { kind: 'none' },
    kind: 'pure',
    description: '',
    ...more,
  };
}

export function makeMethod(more: Partial<Method> = {}): Method {
  return { ...DEFAULT_METHOD, overrides: [], ...more };
}

export interface AccountView {
  id: string;
  rank: number;
  attractiveness: number;
  strength: number;
  quadrant: Quadrant;
  selected: boolean;
  coverage: { attractiveness: number; strength: number };
}

/** The evaluation per account id. */
export function byId(portfolio: Portfolio, ev: Evaluation): Map<string, AccountView> {
  const out = new Map<string, AccountView>();
  ev.order.forEach((p, r) => {
    const id = portfolio.ids[ev.scope[p]];
    out.set(id, {
      id,
      rank: r + 1,
      attractiveness: ev.attractiveness[p],
      strength: ev.strength[p],
      quadrant: QUADRANTS[ev.quadrant[p]],
      selected: ev.selection.selected[p] === 1,
      coverage: { attractiveness: ev.coverage.attractiveness[p], strength: ev.coverage.strength[p] },
    });
  });
  return out;
}

/** Account ids in rank order. */
export function rankedIds(portfolio: Portfolio, ev: Evaluation): string[] {
  return Array.from(ev.order, (p) => portfolio.ids[ev.scope[p]]);
}

/** Runs `f`, expects it to throw an InputError, and returns it. */
export function expectInputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
