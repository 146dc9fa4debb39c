/**
 * The normalisation kinds of METHOD.md §3, in one registry: each kind is one file of this folder
 * and one entry here. Parsing and formatting the criteria's `normalize` column, u for the engine,
 * shifted u for stability and the curve for explain all go through the entry of the kind, so a
 * kind that lacks one of them does not compile. Pure.
 */
import { t } from '../../i18n/index.js';
import { orList } from '../vocabulary.js';
import { bands } from './bands.js';
import type { FactorScale, NormalizeContext, NormalizeKind, ParseNumber } from './kind.js';
import { minmax } from './minmax.js';
import { none } from './none.js';
import { percentile } from './percentile.js';

export type { Curve, FactorScale, NoiseModel, NormalizeContext, ParseNumber } from './kind.js';

/** Checks that every entry is a complete kind under its own name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const registry = <T extends { [K in keyof T]: NormalizeKind<K & string, any> }>(kinds: T): T => kinds;

/** Every kind, in the order the docs and messages list them. */
export const NORMALIZATIONS = registry({ none, minmax, percentile, bands });

type Kinds = typeof NORMALIZATIONS;
export type NormalizeName = keyof Kinds;
type ParamsOf<K extends NormalizeName> = Kinds[K] extends NormalizeKind<K, infer P> ? P : never;

/** A factor's normalisation: its kind and the kind's parameters. */
export type Normalize = { [K in NormalizeName]: { kind: K } & ParamsOf<K> }[NormalizeName];

export const NORMALIZE_NAMES = Object.keys(NORMALIZATIONS) as NormalizeName[];

/** The kind's definition (the one place the registry is read through a union). */
export function normalization(n: Normalize): NormalizeKind<NormalizeName, Normalize> {
  return NORMALIZATIONS[n.kind] as unknown as NormalizeKind<NormalizeName, Normalize>;
}

/** "none, minmax, percentile or bands:T1;T2;…" (the connective in the run's language). */
export const normalizeSyntax = (): string => orList(Object.values(NORMALIZATIONS).map((k) => k.syntax));

/** `none`, `minmax`, `percentile` or `bands:T1;T2;…`; reports why not and returns null. */
export function parseNormalize(value: string, num: ParseNumber, report: (message: string) => void): Normalize | null {
  const v = value.trim();
  const colon = v.indexOf(':');
  const name = (colon < 0 ? v : v.slice(0, colon)).toLowerCase();
  const kind = Object.hasOwn(NORMALIZATIONS, name) ? (NORMALIZATIONS[name as NormalizeName] as NormalizeKind<NormalizeName, object>) : undefined;
  if (kind !== undefined && (colon < 0) === (kind.parse === undefined)) {
    if (kind.parse === undefined) return { kind: kind.name } as Normalize;
    const params = kind.parse(v.slice(colon + 1), num, report);
    return params === null ? null : ({ kind: kind.name, ...params } as Normalize);
  }
  report(t('core.normalize.unknown', { value: v, syntax: normalizeSyntax() }));
  return null;
}

/** The canonical spelling of a normalisation, as in criteria.csv and the JSON result. */
export function formatNormalize(n: Normalize): string {
  return normalization(n).format(n);
}

/** A kind without parameters by its name (the workshop's raw columns). */
export function simpleNormalize(name: NormalizeName): Normalize {
  if (NORMALIZATIONS[name].parse !== undefined) throw new Error(`internal: the normalisation ${name} needs parameters`);
  return { kind: name } as Normalize;
}

export interface NormalizedFactor extends FactorScale {
  normalize: Normalize;
  direction: 'higher' | 'lower';
}

/**
 * u of one factor for each scope position (`scope[p]` is the row of the p-th account in scope),
 * after `direction = lower`. Writes into `out` when given (a scratch column reused across factors).
 */
export function normalizeFactor(raw: Float64Array, scope: Uint32Array, f: NormalizedFactor, ctx: NormalizeContext, out?: Float64Array): Float64Array {
  const n = scope.length;
  const u = out ?? new Float64Array(n);
  normalization(f.normalize).column(raw, scope, f, f.normalize, ctx, u);
  if (f.direction === 'lower') {
    for (let p = 0; p < n; p++) u[p] = 1 - u[p];
  }
  return u;
}

/** Whether the factor's values must lie on its min..max scale (kinds such as `none`). */
export function onScale(f: { normalize: Normalize }): boolean {
  return normalization(f.normalize).onScale;
}
