/** Steps 4–6: the market map, segmentation with the Pareto view, the KAISM and its boundaries. */
import { pareto } from '../core/pareto.js';
import { QUADRANT_INFO, QUADRANTS, type Portfolio } from '../core/types.js';
import { formatSplit, isSplitProblem, parseSplit, SPLIT_RULE, type SplitRule } from '../core/split.js';
import { STRENGTH_SIDE } from '../core/vocabulary.js';
import { terminalSafe } from '../render/escape.js';
import { currentMethod, DEFAULT_SALES_MODES, type Step } from './context.js';
import { fit, padEnd, padStart, textWidth, wrap } from '../render/text-width.js';
import { t } from '../i18n/index.js';
import { fixed } from '../i18n/numbers.js';
import { titleColumn } from './steps-setup.js';
import { money, num, paretoCurve } from './text.js';

/** The label of the accounts without a channel or segment: kept as the session records it, shown in the reader's language. */
const NONE = '(none)';
const shownLabel = (label: string): string => (label === NONE ? t('workshop.word.none') : label);

/**
 * The market map's note as the reader reads it: the session records it in English (its human
 * text is the same in every language); the known notes are shown in the reader's language.
 */
export function marketNoteText(note: string): string {
  const m = /^(\d+) prospects? \(potential, no revenue yet\)$/.exec(note);
  if (m) return t('workshop.market.prospects', { n: Number(m[1]) });
  if (note === t('workshop.market.noProspects', {}, 'en')) return t('workshop.market.noProspects');
  return note;
}

const val = (a: Float64Array | null, i: number): number => (a && a[i] === a[i] ? a[i] : 0);

/** Revenue, potential and account count per value of a column (channel or segment), largest revenue first. */
export function groupTotals(portfolio: Portfolio, labels: string[]): Array<{ label: string; accounts: number; revenue: number; potential: number }> {
  const by = new Map<string, { label: string; accounts: number; revenue: number; potential: number }>();
  for (let i = 0; i < portfolio.n; i++) {
    const label = labels[i] === '' ? NONE : labels[i];
    const g = by.get(label) ?? { label, accounts: 0, revenue: 0, potential: 0 };
    g.accounts++;
    g.revenue += val(portfolio.revenue, i);
    g.potential += val(portfolio.potential, i);
    by.set(label, g);
  }
  return [...by.values()].sort((a, b) => b.revenue - a.revenue || b.potential - a.potential || (a.label < b.label ? -1 : 1));
}

/** Accounts that buy nothing yet but could: revenue 0 (or none), potential above 0. */
export function prospects(portfolio: Portfolio): number[] {
  const rows: number[] = [];
  if (!portfolio.potential) return rows;
  for (let i = 0; i < portfolio.n; i++) if (val(portfolio.revenue, i) === 0 && val(portfolio.potential, i) > 0) rows.push(i);
  return rows;
}

interface MapRow {
  label: string;
  accounts: number;
  revenue: number;
  potential: number;
  prospects: number;
}

/** Per channel (and per segment within it): accounts, revenue, potential and prospects, largest revenue first. */
export function marketMap(portfolio: Portfolio): Array<MapRow & { segments: MapRow[] }> {
  const channels = portfolio.channels!;
  const byChannel = new Map<string, MapRow & { bySegment: Map<string, MapRow> }>();
  const add = (r: MapRow, i: number) => {
    const rev = val(portfolio.revenue, i);
    const pot = val(portfolio.potential, i);
    r.accounts++;
    r.revenue += rev;
    r.potential += pot;
    if (rev === 0 && pot > 0) r.prospects++;
  };
  const empty = (label: string): MapRow => ({ label, accounts: 0, revenue: 0, potential: 0, prospects: 0 });
  for (let i = 0; i < portfolio.n; i++) {
    const label = channels[i] === '' ? NONE : channels[i];
    let c = byChannel.get(label);
    if (!c) byChannel.set(label, (c = { ...empty(label), bySegment: new Map() }));
    add(c, i);
    if (portfolio.segments) {
      const seg = portfolio.segments[i] === '' ? NONE : portfolio.segments[i];
      let g = c.bySegment.get(seg);
      if (!g) c.bySegment.set(seg, (g = empty(seg)));
      add(g, i);
    }
  }
  const order = (a: MapRow, b: MapRow) => b.revenue - a.revenue || b.potential - a.potential || (a.label < b.label ? -1 : 1);
  return [...byChannel.values()].sort(order).map(({ bySegment, ...c }) => ({ ...c, segments: [...bySegment.values()].sort(order) }));
}

const pctOf = (x: number, total: number): string => (total > 0 ? `${fixed((100 * x) / total, 0)} %` : '–');

/** The market map as a table fitted to `width` and at most `rows` lines (segments within channels when they fit). */
export function marketTable(portfolio: Portfolio, width: number, rows: number): string[] {
  const map = marketMap(portfolio);
  const total = map.reduce((t, c) => ({ revenue: t.revenue + c.revenue, potential: t.potential + c.potential }), { revenue: 0, potential: 0 });
  const heads = (['accounts', 'revenue', 'share', 'potential', 'share', 'gap', 'prospects'] as const).map((h) => t(`workshop.market.head.${h}`));
  // The English widths, wider where a language's heading is longer.
  const cols = [8, 9, 6, 9, 6, 9, 9].map((w, i) => Math.max(w, textWidth(heads[i]) + (i === 2 || i === 4 ? 1 : 0)));
  const labelW = Math.max(12, Math.min(28, width - cols.reduce((a, b) => a + b + 1, 0)));
  const line = (label: string, r: MapRow): string =>
    [
      fit(label, labelW),
      num(r.accounts).padStart(cols[0]),
      money(r.revenue).padStart(cols[1]),
      pctOf(r.revenue, total.revenue).padStart(cols[2]),
      money(r.potential).padStart(cols[3]),
      pctOf(r.potential, total.potential).padStart(cols[4]),
      money(r.potential - r.revenue).padStart(cols[5]),
      num(r.prospects).padStart(cols[6]),
    ].join(' ');
  const head = [padEnd(t('workshop.market.head.label'), labelW), ...heads.map((h, i) => padStart(h, cols[i]))].join(' ');
  const withSegments = 2 + map.length + map.reduce((a, c) => a + c.segments.length, 0) <= rows;
  const out = [head];
  for (const c of map) {
    out.push(line(terminalSafe(shownLabel(c.label)), c));
    if (withSegments && c.segments.length > 1) for (const g of c.segments) out.push(line(`  ${terminalSafe(shownLabel(g.label))}`, g));
  }
  const all: MapRow = { label: 'All', accounts: portfolio.n, revenue: total.revenue, potential: total.potential, prospects: map.reduce((a, c) => a + c.prospects, 0) };
  out.push(line(t('workshop.market.all'), all));
  return out;
}

export const marketStep: Step = {
  n: 4,
  key: 'market',
  get title() {
    return t('workshop.step4.title');
  },
  get intro() {
    return t('workshop.step4.intro');
  },
  async run(env) {
    const { p, session, data } = env;
    const pf = data.portfolio;
    const prev = session.answers.market;
    if (!pf.channels || (!pf.revenue && !pf.potential)) {
      // The session keeps the note in English; the screen shows it in the reader's language.
      const key = !pf.channels ? 'workshop.market.noChannels' : 'workshop.market.noMoney';
      session.answers.market = { shown: false, note: t(key, { file: data.customersPath }, 'en') };
      p.say(t(key, { file: data.customersPath }));
      return t('workshop.market.skipped');
    }
    const map = marketMap(pf);
    const pros = prospects(pf);
    const channelsQuestion = 3 + map.length;
    p.show((size) => {
      const lines = marketTable(pf, size.columns, size.rows - env.p.used() - channelsQuestion - 3);
      if (pros.length > 0) {
        const names = pros.map((i) => `${terminalSafe(pf.names[i])} ${money(val(pf.potential, i))}`);
        lines.push(...wrap(t('workshop.market.prospectList', { names: names.join(', ') }), size.columns, '  ').slice(0, 2));
      }
      return lines;
    });
    const note = pros.length > 0 ? t('workshop.market.prospects', { n: pros.length }, 'en') : t('workshop.market.noProspects', {}, 'en');
    const chosen = await p.checkbox<string>({
      id: 'market.channels',
      message: t('workshop.market.question'),
      choices: map.map((c) => ({ value: c.label, name: terminalSafe(shownLabel(c.label)), checked: prev?.channels?.includes(c.label) ?? false })),
    });
    const answer: NonNullable<typeof session.answers.market> = { shown: true, note, ...(chosen.length > 0 ? { channels: chosen } : {}) };
    if (chosen.length > 0) {
      const why = (await p.input({ id: 'market.note', message: t('workshop.market.why'), default: prev?.teamNote })).trim();
      if (why !== '') answer.teamNote = why;
    }
    session.answers.market = answer;
    return t('workshop.market.summary', { n: map.length, note: marketNoteText(note), noted: chosen.length > 0 ? 'yes' : 'no', channels: chosen.map(shownLabel).join(', ') });
  },
};

export const segmentationStep: Step = {
  n: 5,
  key: 'segmentation',
  get title() {
    return t('workshop.step5.title');
  },
  get intro() {
    return t('workshop.step5.intro');
  },
  async run(env) {
    const { p, session, data, flagsMethod } = env;
    const pf = data.portfolio;
    const groups = pf.segments ? groupTotals(pf, pf.segments) : [];
    const below = pf.segments ? 3 + groups.length : 1;
    if (pf.revenue) {
      const rev = Array.from(pf.revenue, (r) => (r === r ? r : 0)).sort((a, b) => b - a);
      const out = pareto(Float64Array.from(rev), (i) => String(i).padStart(9, '0'));
      if (out) {
        p.show((size) => {
          const h = Math.max(2, Math.min(14, size.rows - env.p.used() - below - 4));
          return [...paretoCurve(rev, size.columns, h), t('workshop.pareto.top20', { share: fixed(out.top20SharePct, 1) })];
        });
      }
    }
    if (!pf.segments) {
      session.answers.segmentation = { segments: null };
      p.say(t('workshop.segmentation.none', { file: data.customersPath, n: num(pf.n) }));
      return t('workshop.segmentation.noneSummary', { n: num(pf.n) });
    }
    const segW = Math.min(24, Math.max(...groups.map((g) => textWidth(terminalSafe(shownLabel(g.label))))));
    const accountsWord = t('workshop.segmentation.accounts');
    const prev = session.answers.segmentation?.segments ?? flagsMethod.segments;
    const inScope = (label: string) => prev === null || prev.some((s) => s.toLowerCase() === label.toLowerCase());
    const chosen = await p.checkbox<string>({
      id: 'segmentation.segments',
      message: t('workshop.segmentation.question'),
      choices: groups.map((g) => ({
        value: g.label,
        name: `${fit(terminalSafe(shownLabel(g.label)), segW)} ${num(g.accounts).padStart(4)} ${accountsWord} ${money(g.revenue).padStart(9)} ${money(g.potential).padStart(9)}`,
        checked: inScope(g.label),
      })),
      validate: (v) => (v.length > 0 ? true : t('workshop.segmentation.keepOne')),
    });
    const segments = chosen.length === groups.length ? null : groups.filter((g) => chosen.includes(g.label)).map((g) => g.label);
    session.answers.segmentation = { segments };
    const count = groups.filter((g) => chosen.includes(g.label)).reduce((a, g) => a + g.accounts, 0);
    return t('workshop.segmentation.summary', { all: segments === null ? 'yes' : 'no', n: segments === null ? groups.length : chosen.length, accounts: num(count) });
  },
};

const boundary = (v: string) => (/^\d+(\.\d+)?$/.test(v.trim()) && Number(v) <= 100 ? true : t('workshop.kaism.boundary'));

export const kaismStep: Step = {
  n: 6,
  key: 'kaism',
  get title() {
    return t('workshop.step6.title');
  },
  get intro() {
    return t('workshop.step6.intro');
  },
  async run(env) {
    const { p, session } = env;
    const modes = session.answers.resources?.salesModes ?? DEFAULT_SALES_MODES;
    const column = titleColumn(QUADRANTS.map((q) => QUADRANT_INFO[q].title));
    p.say(QUADRANTS.map((q) => `  ${column(QUADRANT_INFO[q].title)} ${QUADRANT_INFO[q].treatment} (${modes[q]})`));
    const prev = session.answers.kaism;
    const flagSplit = currentMethod(env).split;
    const saved = prev ? parseSplit(prev.split) : flagSplit;
    const prevRule: SplitRule = isSplitProblem(saved) ? 'midpoint' : saved.rule;
    const rule = await p.select<SplitRule>({
      id: 'kaism.rule',
      message: t('workshop.kaism.rule'),
      default: prevRule,
      choices: SPLIT_RULE.values.map((r) => ({ value: r, name: `${r}: ${SPLIT_RULE.help[r]}` })),
    });
    let split: string = rule;
    if (rule === 'fixed') {
      const fixed = !isSplitProblem(saved) && saved.rule === 'fixed' ? saved : flagSplit.rule === 'fixed' ? flagSplit : { attractiveness: 50, strength: 50 };
      const a = (await p.input({ id: 'kaism.attractiveness', message: t('workshop.kaism.attractiveness'), default: String(fixed.attractiveness), validate: boundary })).trim();
      const s = (await p.input({ id: 'kaism.strength', message: t('workshop.kaism.strength'), default: String(fixed.strength), validate: boundary })).trim();
      split = formatSplit({ rule: 'fixed', attractiveness: Number(a), strength: Number(s) });
    }
    session.answers.kaism = { split, strengthAxis: prev?.strengthAxis ?? env.flagsStrengthAxis };
    const side = await p.select<'left' | 'right'>({
      id: 'kaism.strengthAxis',
      message: t('workshop.kaism.side'),
      default: session.answers.kaism.strengthAxis,
      choices: STRENGTH_SIDE.values.map((v) => ({ value: v, name: STRENGTH_SIDE.help[v] })),
    });
    session.answers.kaism.strengthAxis = side;
    return t('workshop.kaism.summary', { split, side });
  },
};
