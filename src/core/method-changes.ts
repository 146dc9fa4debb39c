/**
 * Method changes between two snapshots (kam review): the strength mode, the split rule and
 * fixed boundaries, the factors (added, removed, axis, weight as a share of the axis, scale,
 * direction, normalisation, kind), the segments in scope, the capacity, the team's overrides, whether team ratings
 * were applied and how they were combined, the missing-value policy, the ranking and the kam
 * version. A quarter's scores compare with the last only when the method is the same, so every
 * difference is news: listed in the review, warned about, and a gate (`--fail-on
 * method-change`). Median and mean boundaries that moved with the data are not a change of
 * method (the rule is the decision). Pure.
 */
import type { MessageKey } from '../i18n/index.js';
import type { MessageValues } from '../i18n/message-format.js';
import { round9 } from './classify.js';
import { note, type Message } from './messages.js';

/** What a snapshot records of its method (read leniently from kam/result@1: older files may lack parts). */
export interface SnapshotMethod {
  strength: string | null;
  missing: string | null;
  sort: string | null;
  split: { rule: string; attractiveness: number; strength: number };
  capacity: number | null;
  segments: string[] | null;
  /** How raters' scores were combined; meaningful only when `ratings` is not null. */
  aggregate: string | null;
  factors: SnapshotFactor[];
  /** The team's overrides (step 9): added or removed accounts, each with its reason. */
  overrides: Array<{ id: string; action: string; reason: string }>;
  /** The ratings file applied (`inputs.ratings`), null when none. */
  ratings: { path: string; sha256: string } | null;
  kamVersion: string | null;
}

export interface SnapshotFactor {
  factor: string;
  axis: string;
  weight: number;
  weightPct: number;
  min: number;
  max: number;
  direction: string;
  normalize: string;
  kind: string;
}

/** The aspects of a method, in the order a review lists their changes. */
export const METHOD_ASPECTS = [
  'kamVersion',
  'strength',
  'split',
  'factors',
  'axis',
  'weight',
  'scale',
  'direction',
  'normalize',
  'kind',
  'segments',
  'capacity',
  'overrides',
  'ratings',
  'aggregate',
  'missing',
  'sort',
] as const;

export type MethodAspect = (typeof METHOD_ASPECTS)[number];

export interface MethodChange {
  aspect: MethodAspect;
  /** The factor, for the factor aspects; null otherwise. */
  factor: string | null;
  /** Before and after, as a review shows them (null: absent, e.g. a factor that was added). */
  previous: string | null;
  current: string | null;
  /** One sentence: `the weight of "Gross margin %" (attractiveness): 15 % → 25 %` (English in kam/review@1, the reader's language on the screen). */
  message: Message;
}

/** Aspects whose change cannot be told apart by rescoring the previous quarter's data with the current method (this kam is the only one at hand). */
export const NOT_RESCORED: readonly MethodAspect[] = ['kamVersion'];

const num = (x: number): string => String(round9(x));
const pct = (x: number): string => `${round9(x).toFixed(1)} %`;
/**
 * A number for a sentence, as String(x) writes it in English and with the reader's decimal comma
 * otherwise: the number itself under `name` and how many decimals String(x) shows under
 * `nameDecimals` ('text' for an exponent form, shown as it is; the catalogue's plainNumber).
 */
function plainValues(name: string, x: number): Record<string, number | string> {
  const v = round9(x);
  const m = /^-?\d+(?:\.(\d+))?$/.exec(String(v));
  return { [name]: v, [`${name}Decimals`]: m ? String(m[1]?.length ?? 0) : 'text' };
}
const key = (name: string): string => name.trim().toLowerCase();
const segmentsText = (s: string[] | null): string => (s === null ? 'all' : [...s].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).join(', '));
const splitText = (s: SnapshotMethod['split']): string => (s.rule === 'fixed' ? `${num(s.attractiveness)},${num(s.strength)}` : s.rule);

/** Every change of method from `previous` to `current`, in the order of METHOD_ASPECTS, factors in the current order. */
export function methodChanges(previous: SnapshotMethod, current: SnapshotMethod): MethodChange[] {
  const out: MethodChange[] = [];
  const add = (aspect: MethodAspect, factor: string | null, was: string | null, now: string | null, message: Message): void => {
    out.push({ aspect, factor, previous: was, current: now, message });
  };
  const scalar = (aspect: MethodAspect, sentence: ChangeSentence, was: string | null, now: string | null): void => {
    if (was !== null && now !== null && was !== now) add(aspect, null, was, now, said(sentence, { was, now }));
  };
  scalar('kamVersion', 'kam-version', previous.kamVersion, current.kamVersion);
  scalar('strength', 'strength', previous.strength, current.strength);
  const [ps, cs] = [previous.split, current.split];
  if (ps.rule !== cs.rule || (ps.rule === 'fixed' && splitText(ps) !== splitText(cs))) {
    add('split', null, splitText(ps), splitText(cs), said('split', { wasRule: ps.rule, ...plainValues('wasA', ps.attractiveness), ...plainValues('wasS', ps.strength), nowRule: cs.rule, ...plainValues('nowA', cs.attractiveness), ...plainValues('nowS', cs.strength) }));
  }

  const before = new Map(previous.factors.map((f) => [key(f.factor), f]));
  const after = new Map(current.factors.map((f) => [key(f.factor), f]));
  const factorAdds: MethodChange[] = [];
  for (const f of previous.factors) {
    if (!after.has(key(f.factor))) factorAdds.push(change('factors', f.factor, `${f.axis}, ${pct(f.weightPct)}`, null, said('factor-removed', { factor: f.factor, axis: f.axis, pct: round9(f.weightPct) })));
  }
  for (const f of current.factors) {
    if (!before.has(key(f.factor))) factorAdds.push(change('factors', f.factor, null, `${f.axis}, ${pct(f.weightPct)}`, said('factor-added', { factor: f.factor, axis: f.axis, pct: round9(f.weightPct) })));
  }
  out.push(...factorAdds);
  const perFactor: MethodChange[] = [];
  for (const f of current.factors) {
    const p = before.get(key(f.factor));
    if (!p) continue;
    const factor = f.factor;
    if (p.axis !== f.axis) perFactor.push(change('axis', f.factor, p.axis, f.axis, said('axis', { factor, was: p.axis, now: f.axis })));
    else if (round9(p.weightPct) !== round9(f.weightPct) && round9(p.weight) !== round9(f.weight)) {
      perFactor.push(change('weight', f.factor, pct(p.weightPct), pct(f.weightPct), said('weight', { factor, axis: f.axis, ...plainValues('was', p.weight), wasPct: round9(p.weightPct), ...plainValues('now', f.weight), nowPct: round9(f.weightPct) })));
    }
    if (round9(p.min) !== round9(f.min) || round9(p.max) !== round9(f.max)) {
      perFactor.push(change('scale', f.factor, `${num(p.min)}..${num(p.max)}`, `${num(f.min)}..${num(f.max)}`, said('scale', { factor, ...plainValues('wasMin', p.min), ...plainValues('wasMax', p.max), ...plainValues('nowMin', f.min), ...plainValues('nowMax', f.max) })));
    }
    if (p.direction !== f.direction) perFactor.push(change('direction', f.factor, p.direction, f.direction, said('direction', { factor, was: p.direction, now: f.direction })));
    if (p.normalize !== f.normalize) perFactor.push(change('normalize', f.factor, p.normalize, f.normalize, said('normalize', { factor, was: p.normalize, now: f.normalize })));
    if (f.axis === 'attractiveness' && p.axis === f.axis && p.kind !== f.kind) perFactor.push(change('kind', f.factor, p.kind, f.kind, said('kind', { factor, was: p.kind, now: f.kind })));
  }
  const order = (c: MethodChange): number => METHOD_ASPECTS.indexOf(c.aspect);
  out.push(...perFactor.sort((a, b) => order(a) - order(b)));

  const [pSeg, cSeg] = [segmentsText(previous.segments), segmentsText(current.segments)];
  if (pSeg.toLowerCase() !== cSeg.toLowerCase()) add('segments', null, pSeg, cSeg, said('segments', { was: pSeg, now: cSeg }));
  if (previous.capacity !== current.capacity) add('capacity', null, String(previous.capacity ?? 'not set'), String(current.capacity ?? 'not set'), said('capacity', { was: String(previous.capacity ?? 'unset'), now: String(current.capacity ?? 'unset') }));
  const overrideKey = (o: { id: string; action: string }): string => `${o.action} ${o.id}`;
  const wereOverrides = new Set(previous.overrides.map(overrideKey));
  const areOverrides = new Set(current.overrides.map(overrideKey));
  for (const o of previous.overrides) if (!areOverrides.has(overrideKey(o))) add('overrides', null, overrideKey(o), null, said('override-dropped', { action: o.action, id: o.id, reason: o.reason }));
  for (const o of current.overrides) if (!wereOverrides.has(overrideKey(o))) add('overrides', null, null, overrideKey(o), said('override-new', { action: o.action, id: o.id, reason: o.reason }));
  const rated = (m: SnapshotMethod): string => (m.ratings ? 'applied' : 'not applied');
  if ((previous.ratings === null) !== (current.ratings === null)) {
    add('ratings', null, rated(previous), rated(current), said('ratings', { was: previous.ratings ? 'applied' : 'not', wasPath: previous.ratings?.path ?? '', now: current.ratings ? 'applied' : 'not', nowPath: current.ratings?.path ?? '' }));
  } else if (previous.ratings && current.ratings) scalar('aggregate', 'aggregate', previous.aggregate, current.aggregate);
  scalar('missing', 'missing', previous.missing, current.missing);
  scalar('sort', 'sort', previous.sort, current.sort);
  return out;
}

function change(aspect: MethodAspect, factor: string, previous: string | null, current: string | null, message: Message): MethodChange {
  return { aspect, factor, previous, current, message };
}

/** The sentences of the changes (catalogue keys `core.method-change.*`, and `core.gate.method-change.*` as a gate's violation). */
type ChangeSentence = MessageKey extends infer K ? (K extends `core.method-change.${infer S}` ? S : never) : never;
const said = (sentence: ChangeSentence, values: MessageValues): Message => note(`core.method-change.${sentence}`, values);

/** Whether the changes can be told apart from the data by rescoring the previous quarter with the current method. */
export const rescorable = (changes: readonly MethodChange[]): boolean => changes.some((c) => !NOT_RESCORED.includes(c.aspect));
