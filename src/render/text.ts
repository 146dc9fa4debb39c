/** Small text helpers shared by the renderers: scores, the split rule, chart points (widths, cuts and wraps: text-width.ts). */
import type { Evaluation } from '../core/engine.js';
import { accountStability, type StabilityOutcome } from '../core/stability.js';
import { QUADRANTS, type Axis, type Portfolio, type Quadrant } from '../core/types.js';
import type { ValueOf } from '../core/vocabulary.js';
import type { DIRECTION, FACTOR_KIND, SALES_MODE } from '../core/vocabulary.js';
import { t, type MessageKey } from '../i18n/index.js';
import { language } from '../i18n/language.js';
import { fixed, longDate, plain } from '../i18n/numbers.js';
import { terminalSafe } from './escape.js';
import type { ChartPoint } from './kaism-chart.js';

/** A score as every table shows it: one decimal ("72.5", Indonesian "72,5"). */
export const fmtScore = (x: number): string => fixed(x, 1);

/** A whole number as kam's text always wrote it (`String(n)` in English, "1.234" in Indonesian). */
export const fmtInt = (n: number): string => fixed(n, 0);

const QUADRANT_NAMES: Readonly<Record<Quadrant, MessageKey>> = {
  key: 'render.quadrant.key',
  'key-development': 'render.quadrant.key-development',
  maintenance: 'render.quadrant.maintenance',
  opportunistic: 'render.quadrant.opportunistic',
};

/** A quadrant as human text shows it: its identifier in English (`key-development`), its name in Indonesian (Pengembangan kunci). */
export const quadrantName = (q: Quadrant): string => t(QUADRANT_NAMES[q]);

/** An axis in a sentence: its identifier in English, "daya tarik" / "kekuatan" in Indonesian. */
export const axisName = (a: Axis): string => t(a === 'attractiveness' ? 'render.axis.attractiveness' : 'render.axis.strength');

const SALES_MODE_NAMES: Readonly<Record<ValueOf<typeof SALES_MODE>, MessageKey>> = {
  farmer: 'render.salesmode.farmer',
  hunter: 'render.salesmode.hunter',
  'milk round': 'render.salesmode.milk round',
};

/** A sales mode (farmer, hunter, milk round), explained in Indonesian as the glossary does. */
export const salesModeName = (m: ValueOf<typeof SALES_MODE>): string => t(SALES_MODE_NAMES[m]);

/** A factor's direction and kind in the brief's factor table. */
export const directionName = (d: ValueOf<typeof DIRECTION>): string => t(d === 'higher' ? 'render.direction.higher' : 'render.direction.lower');
export const kindName = (k: ValueOf<typeof FACTOR_KIND>): string => t(k === 'pure' ? 'render.kind.pure' : 'render.kind.realistic');

/** "yes" in a Sel / Selected cell. */
export const yes = (): string => t('render.yes');

/**
 * Which split rule and which boundary values were used (METHOD.md §3: always say so). Fixed
 * boundaries come from --split unless `fixedBy` says who set them (the selection team).
 */
export function describeSplit(ev: Evaluation, fixedBy = t('render.split.set.flag')): string[] {
  const { rule, attractiveness, strength } = ev.split;
  const how =
    rule === 'fixed'
      ? t('render.split.how.fixed', { by: fixedBy })
      : rule === 'midpoint'
        ? t('render.split.how.midpoint')
        : t('render.split.how.portfolio', { rule });
  return [t('render.split.rule', { rule, how }), t('render.split.high', { attractiveness: fmtBoundary(attractiveness), strength: fmtBoundary(strength) })];
}

const fmtBoundary = (x: number): string => (Number.isInteger(x) ? plain(x) : fixed(x, 2));

export function chartPoints(portfolio: Portfolio, ev: Evaluation, stability?: StabilityOutcome | null): ChartPoint[] {
  const points: ChartPoint[] = new Array(ev.order.length);
  for (let r = 0; r < ev.order.length; r++) {
    const p = ev.order[r];
    points[r] = {
      id: terminalSafe(portfolio.ids[ev.scope[p]]),
      rank: r + 1,
      attractiveness: ev.attractiveness[p],
      strength: ev.strength[p],
      quadrant: QUADRANTS[ev.quadrant[p]],
    };
    if (stability) points[r].borderline = accountStability(stability, p).borderline;
  }
  return points;
}


/** Appends every item with a loop: `push(...items)` overflows the stack with a few hundred thousand. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** When a brief (Markdown or HTML) was made: the timestamp in English (as kam always wrote it), a long date and the time in Indonesian. */
export function generatedStamp(generatedAt: string): string {
  const m = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})/.exec(generatedAt);
  if (language() === 'en' || !m) return generatedAt;
  return t('render.markdown.stamp', { date: longDate(generatedAt), time: `${m[1]}.${m[2]}` });
}
