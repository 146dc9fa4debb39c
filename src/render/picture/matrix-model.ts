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
import { language, t } from '../../i18n/index.js';
import { count, fixed, longDate, plain } from '../../i18n/numbers.js';
import { densityGrid, type DensityGrid } from './density.js';
import { quadrantName } from '../text.js';
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
    throw new InputError({ file: portfolio.source, message: t('picture.error.bubble', { column: asked }) });
  }
  return asked;
}

/** A path's last part, whichever the separator. */
const fileName = (path: string): string => path.replace(/\\/g, '/').split('/').pop() ?? path;

const boundary = (x: number): string => (Number.isInteger(x) ? plain(x) : fixed(x, 2));

/** The split rule's word (midpoint / titik tengah); `A,S` as it is written. */
export function ruleWord(rule: string): string {
  return rule === 'midpoint' || rule === 'median' || rule === 'mean' || rule === 'fixed' ? t(`picture.rule.${rule}`) : rule;
}

export function splitText(split: Evaluation['split']): string {
  return t('picture.matrix.split', { rule: ruleWord(split.rule), attractiveness: boundary(split.attractiveness), strength: boundary(split.strength) });
}

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
  const inputs = Object.values(ctx.inputs).map((i) => (i.path === '-' ? t('picture.matrix.stdin') : fileName(i.path)));
  // The day of the run: 2027-02-18 in English (as always), Kamis, 18 Februari 2027 in Indonesian.
  const date = language() === 'en' ? ctx.generatedAt.slice(0, 10) : longDate(ctx.generatedAt);
  const cap = s.capacity === null ? t('picture.matrix.capacity.none') : t('picture.matrix.capacity', { n: plain(s.capacity) });
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
    title: t('picture.matrix.title', { selected: count(s.count), n, count: count(n) }),
    subtitle: t('picture.matrix.subtitle', { split: splitText(ev.split), n: s.qualifying, count: count(s.qualifying), capacity: cap }),
    footer: `kam ${ctx.kamVersion} · ${date} · ${inputs.join(', ')}`,
    splitText: splitText(ev.split),
  };
}

const fmtScore = (x: number): string => fixed(x, 1);
/** A bubble's value as the tooltip writes it (grouped, up to two decimals). */
function value(x: number): string {
  if (language() === 'en') return x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const r = Math.round(x * 100) / 100;
  return fixed(r, Number.isInteger(r) ? 0 : Number.isInteger(r * 10) ? 1 : 2);
}

/** The tooltip of a mark, one line each: the account's numbers. */
export function markTitle(m: MatrixMark, bubble: Bubble): string[] {
  const name = m.name === m.id ? m.id : `${m.id} ${m.name}`;
  const parts = [
    `${name}`,
    `${t('picture.tip.rank', { rank: language() === 'en' ? String(m.rank) : count(m.rank), quadrant: quadrantName(m.quadrant) })}${m.selected ? t('picture.tip.selected') : ''}${m.override === 'add' ? t('picture.tip.added') : m.override === 'remove' ? t('picture.tip.removed') : ''}`,
    t('picture.tip.scores', { attractiveness: fmtScore(m.attractiveness), strength: fmtScore(m.strength) }),
  ];
  if (m.revenue !== null) parts.push(`${t('picture.tip.revenue', { value: value(m.revenue) })}${m.pareto ? t('picture.tip.pareto', { cls: m.pareto }) : ''}`);
  if (bubble === 'potential' && m.bubble !== null) parts.push(t('picture.tip.potential', { value: value(m.bubble) }));
  if (m.stability) parts.push(`${t('picture.tip.stability', { pct: plain(Math.floor(m.stability.inQuadrantPct + 1e-9)) })}${m.stability.borderline ? t('picture.tip.borderline') : ''}`);
  return parts;
}
