/**
 * What the matrix picture shows, taken from an evaluation: the accounts drawn as marks (all of
 * them, or for a large portfolio the selected ones and the team's overrides over density cells),
 * their bubble values, and the words of the title, the split rule and the date.
 */
import type { Evaluation } from '../../core/engine.js';
import { InputError } from '../../core/errors.js';
import { PARETO_CLASSES } from '../../core/pareto.js';
import { accountStability, type AccountStability } from '../../core/stability.js';
import { QUADRANTS, type ParetoClass, type Portfolio, type Quadrant } from '../../core/types.js';
import { densityGrid, type DensityGrid } from './density.js';
import type { RenderOptions, ResultDocument } from '../result-document.js';
import type { Bubble } from './options.js';

/** Up to this many accounts every account is a mark with a label (a name, or its number). */
export const LABEL_ALL_MAX = 150;
/** Up to this many accounts every account is a mark; above, density cells. */
export const MARK_ALL_MAX = 400;
/** Marks drawn over the density cells at most (the highest-ranked selected accounts). */
export const MARKS_OVER_DENSITY_MAX = 2000;
/** Labels at most when not every account is labelled. */
export const LABELS_MAX = 40;
/** With more selected accounts than MARKS_OVER_DENSITY_MAX, the cells show the selected share and only these many top-ranked are marked. */
export const TOP_MARKED = 12;

export interface MatrixMark {
  /** Scope position in the evaluation. */
  p: number;
  rank: number;
  id: string;
  name: string;
  attractiveness: number;
  strength: number;
  quadrant: Quadrant;
  selected: boolean;
  /** An applied override of the team. */
  override: 'add' | 'remove' | null;
  /** The bubble column's value; null when missing (or no bubbles). */
  bubble: number | null;
  revenue: number | null;
  pareto: ParetoClass | null;
  stability: AccountStability | null;
  /** Whether the mark gets a label (a name or its number). */
  labelled: boolean;
}

export interface MatrixModel {
  mode: 'marks' | 'density';
  marks: MatrixMark[];
  density: DensityGrid | null;
  /** Selected accounts not drawn as marks (density mode, over the cap). */
  selectedUnmarked: number;
  /** Density mode with too many selected accounts to mark: the cells show the share selected. */
  selectionShaded: boolean;
  accounts: number;
  bubble: Bubble;
  /** Largest bubble value among the marks (0 when none). */
  bubbleMax: number;
  split: Evaluation['split'];
  strengthAxis: 'left' | 'right';
  relativeStrength: boolean;
  counts: Record<Quadrant, number>;
  selected: number;
  qualifying: number;
  capacity: number | null;
  hasStability: boolean;
  title: string;
  subtitle: string;
  footer: string;
  /** Words for the split rule: "midpoint: attractiveness ≥ 50, strength ≥ 50". */
  splitText: string;
}

/** The bubble column: as asked, or revenue when present; an asked-for column the file lacks is an input error. */
export function bubbleMetric(portfolio: Portfolio, asked: Bubble | null): Bubble {
  if (asked === null) return portfolio.revenue ? 'revenue' : 'none';
  if (asked !== 'none' && portfolio[asked] === null) {
    throw new InputError({ file: portfolio.source, message: `--bubble ${asked} needs a "${asked}" column, and the file has none (use --bubble none)` });
  }
  return asked;
}

/** A path's last part, whichever the separator. */
const fileName = (path: string): string => path.replace(/\\/g, '/').split('/').pop() ?? path;

const boundary = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

export function splitText(split: Evaluation['split']): string {
  return `${split.rule}: attractiveness ≥ ${boundary(split.attractiveness)}, strength ≥ ${boundary(split.strength)}`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function matrixModel(doc: Pick<ResultDocument, 'portfolio' | 'ev' | 'ctx'>, opts: Pick<RenderOptions, 'strengthAxis' | 'picture'>): MatrixModel {
  const { portfolio, ev, ctx } = doc;
  const n = ev.order.length;
  const bubble = bubbleMetric(portfolio, opts.picture.bubble);
  const column = bubble === 'none' ? null : portfolio[bubble];
  const overrideOf = new Map<string, 'add' | 'remove'>();
  for (const o of ev.selection.overrides) if (o.applied) overrideOf.set(o.id, o.action);
  const mode = n <= MARK_ALL_MAX ? 'marks' : 'density';

  const mark = (r: number, labelled: boolean): MatrixMark => {
    const p = ev.order[r];
    const row = ev.scope[p];
    const id = portfolio.ids[row];
    const value = (c: Float64Array | null): number | null => (c && c[row] === c[row] ? c[row] : null);
    return {
      p,
      rank: r + 1,
      id,
      name: portfolio.names[row],
      attractiveness: ev.attractiveness[p],
      strength: ev.strength[p],
      quadrant: QUADRANTS[ev.quadrant[p]],
      selected: ev.selection.selected[p] === 1,
      override: overrideOf.get(id) ?? null,
      bubble: value(column),
      revenue: value(portfolio.revenue),
      pareto: ev.pareto ? PARETO_CLASSES[ev.pareto.cls[p]] : null,
      stability: ctx.stability ? accountStability(ctx.stability, p) : null,
      labelled,
    };
  };

  const marks: MatrixMark[] = [];
  let selectedUnmarked = 0;
  let density: DensityGrid | null = null;
  if (mode === 'marks') {
    let labels = 0;
    for (let r = 0; r < n; r++) {
      const p = ev.order[r];
      const wanted = n <= LABEL_ALL_MAX || ((ev.selection.selected[p] === 1 || overrideOf.has(portfolio.ids[ev.scope[p]])) && labels < LABELS_MAX);
      if (wanted && n > LABEL_ALL_MAX) labels++;
      marks.push(mark(r, wanted));
    }
  } else {
    density = densityGrid(ev.attractiveness, ev.strength, ev.selection.selected, ev.split, { columns: 48, rows: 32 });
    const cap = ev.selection.count > MARKS_OVER_DENSITY_MAX ? TOP_MARKED : MARKS_OVER_DENSITY_MAX;
    let labels = 0;
    for (let r = 0; r < n; r++) {
      const p = ev.order[r];
      const overridden = overrideOf.size > 0 && overrideOf.has(portfolio.ids[ev.scope[p]]);
      if (ev.selection.selected[p] !== 1 && !overridden) continue;
      if (marks.length >= cap && !overridden) {
        selectedUnmarked++;
        continue;
      }
      const labelled = labels < LABELS_MAX;
      if (labelled) labels++;
      marks.push(mark(r, labelled));
    }
  }
  let bubbleMax = 0;
  for (const m of marks) if (m.bubble !== null && m.bubble > bubbleMax) bubbleMax = m.bubble;

  const s = ev.selection;
  const inputs = Object.values(ctx.inputs).map((i) => (i.path === '-' ? 'standard input' : fileName(i.path)));
  const date = ctx.generatedAt.slice(0, 10);
  const cap = s.capacity === null ? 'no capacity set' : `capacity ${s.capacity}`;
  return {
    mode,
    marks,
    density,
    selectedUnmarked,
    selectionShaded: mode === 'density' && ev.selection.count > MARKS_OVER_DENSITY_MAX,
    accounts: n,
    // Many small marks over the cells read better at one size.
    bubble: mode === 'density' && marks.length > LABEL_ALL_MAX ? 'none' : bubble,
    bubbleMax,
    split: ev.split,
    strengthAxis: opts.strengthAxis,
    relativeStrength: ev.method.strength === 'relative',
    counts: ev.counts,
    selected: s.count,
    qualifying: s.qualifying,
    capacity: s.capacity,
    hasStability: ctx.stability !== undefined,
    title: `Key-account selection: ${s.count.toLocaleString('en-US')} of ${plural(n, 'account')} selected`,
    subtitle: `KAISM matrix · split ${splitText(ev.split)} · ${plural(s.qualifying, 'account')} in the key quadrants, ${cap}`,
    footer: `kam ${ctx.kamVersion} · ${date} · ${inputs.join(', ')}`,
    splitText: splitText(ev.split),
  };
}

const fmtScore = (x: number): string => x.toFixed(1);

/** The tooltip of a mark, one line each: the account's numbers. */
export function markTitle(m: MatrixMark, bubble: Bubble): string[] {
  const name = m.name === m.id ? m.id : `${m.id} ${m.name}`;
  const parts = [
    `${name}`,
    `rank ${m.rank}, ${m.quadrant}${m.selected ? ', selected' : ''}${m.override === 'add' ? ' (added by the team)' : m.override === 'remove' ? ' (removed by the team)' : ''}`,
    `attractiveness ${fmtScore(m.attractiveness)}, strength ${fmtScore(m.strength)}`,
  ];
  if (m.revenue !== null) parts.push(`revenue ${m.revenue.toLocaleString('en-US', { maximumFractionDigits: 2 })}${m.pareto ? ` (Pareto ${m.pareto})` : ''}`);
  if (bubble === 'potential' && m.bubble !== null) parts.push(`potential ${m.bubble.toLocaleString('en-US', { maximumFractionDigits: 2 })}`);
  if (m.stability) parts.push(`in its quadrant in ${Math.floor(m.stability.inQuadrantPct + 1e-9)} % of the stability runs${m.stability.borderline ? ' (borderline)' : ''}`);
  return parts;
}
