/** Steps 4–6: the market map, segmentation with the Pareto view, the KAISM and its boundaries. */
import { pareto } from '../core/pareto.js';
import { QUADRANT_INFO, QUADRANTS, type Portfolio } from '../core/types.js';
import { formatSplit, isSplitProblem, parseSplit, SPLIT_RULE, type SplitRule } from '../core/split.js';
import { STRENGTH_SIDE } from '../core/vocabulary.js';
import { terminalSafe } from '../render/escape.js';
import { currentMethod, type Step } from './context.js';
import { barChart, money, paretoCurve, plural } from './text.js';

const val = (a: Float64Array | null, i: number): number => (a && a[i] === a[i] ? a[i] : 0);

/** Revenue, potential and account count per value of a column (channel or segment), largest revenue first. */
export function groupTotals(portfolio: Portfolio, labels: string[]): Array<{ label: string; accounts: number; revenue: number; potential: number }> {
  const by = new Map<string, { label: string; accounts: number; revenue: number; potential: number }>();
  for (let i = 0; i < portfolio.n; i++) {
    const label = labels[i] === '' ? '(none)' : labels[i];
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

export const marketStep: Step = {
  n: 4,
  key: 'market',
  title: 'Map the real opportunity',
  intro:
    'The market map shows where revenue and potential sit by channel to market, including accounts that buy nothing yet. It guards against picking only last year\'s best customers.',
  async run({ p, session, data, width }) {
    const pf = data.portfolio;
    if (!pf.channels || (!pf.revenue && !pf.potential)) {
      const note = !pf.channels
        ? `${data.customersPath} has no channel column, so there is no market map (add one to see it).`
        : `${data.customersPath} has no revenue or potential column, so there is no market map.`;
      session.answers.market = { shown: false, note };
      p.say(note);
      return 'skipped: no channel data';
    }
    const groups = groupTotals(pf, pf.channels);
    const series = [...(pf.revenue ? ['revenue'] : []), ...(pf.potential ? ['potential'] : [])];
    const rows = groups.map((g) => ({
      label: terminalSafe(g.label),
      values: [...(pf.revenue ? [g.revenue] : []), ...(pf.potential ? [g.potential] : [])],
    }));
    p.say(barChart(rows, series, width));
    const pros = prospects(pf);
    const note = pros.length > 0 ? `${plural(pros.length, 'prospect')} (potential, no revenue yet)` : 'no prospects without revenue';
    if (pros.length > 0) {
      p.say(`Prospects, not buying yet: ${pros.slice(0, 8).map((i) => `${terminalSafe(pf.names[i])} (${money(val(pf.potential, i))})`).join(', ')}${pros.length > 8 ? ', …' : ''}`);
    }
    session.answers.market = { shown: true, note };
    return `${plural(groups.length, 'channel')}; ${note}`;
  },
};

export const segmentationStep: Step = {
  n: 5,
  key: 'segmentation',
  title: 'Segmentation',
  intro:
    'Compare like with like: group the accounts by segment and choose the segments in scope. The Pareto curve shows how much revenue the top 20 % of accounts bring (classes A/B/C).',
  async run({ p, session, data, width, flagsMethod }) {
    const pf = data.portfolio;
    if (pf.revenue) {
      const rev = Array.from(pf.revenue, (r) => (r === r ? r : 0)).sort((a, b) => b - a);
      const out = pareto(Float64Array.from(rev), (i) => String(i).padStart(9, '0'));
      if (out) p.say([...paretoCurve(rev, width), `Top 20 % of accounts bring ${out.top20SharePct.toFixed(1)} % of revenue.`]);
    }
    if (!pf.segments) {
      session.answers.segmentation = { segments: null };
      p.say(`${data.customersPath} has no segment column: all ${pf.n} accounts are in scope.`);
      return `all ${pf.n} accounts in scope (no segments)`;
    }
    const groups = groupTotals(pf, pf.segments);
    p.say([
      `${'Segment'.padEnd(24)} ${'Accounts'.padStart(8)} ${'Revenue'.padStart(10)} ${'Potential'.padStart(10)}`,
      ...groups.map((g) => `${terminalSafe(g.label).slice(0, 24).padEnd(24)} ${String(g.accounts).padStart(8)} ${money(g.revenue).padStart(10)} ${money(g.potential).padStart(10)}`),
    ]);
    const prev = session.answers.segmentation?.segments ?? flagsMethod.segments;
    const inScope = (label: string) => prev === null || prev.some((s) => s.toLowerCase() === label.toLowerCase());
    const chosen = await p.checkbox<string>({
      id: 'segmentation.segments',
      message: 'Segments in scope:',
      choices: groups.map((g) => ({ value: g.label, name: `${terminalSafe(g.label)} (${g.accounts})`, checked: inScope(g.label) })),
      validate: (v) => (v.length > 0 ? true : 'Keep at least one segment in scope.'),
    });
    const segments = chosen.length === groups.length ? null : groups.filter((g) => chosen.includes(g.label)).map((g) => g.label);
    session.answers.segmentation = { segments };
    const count = groups.filter((g) => chosen.includes(g.label)).reduce((a, g) => a + g.accounts, 0);
    return segments === null ? `all ${plural(groups.length, 'segment')} in scope (${count} accounts)` : `${plural(chosen.length, 'segment')} in scope (${count} accounts)`;
  },
};

const boundary = (v: string) => (/^\d+(\.\d+)?$/.test(v.trim()) && Number(v) <= 100 ? true : 'Type a number from 0 to 100.');

export const kaismStep: Step = {
  n: 6,
  key: 'kaism',
  title: 'The KAISM',
  intro:
    'The Key Account Identification and Selection Matrix plots each account\'s attractiveness to us (vertical) against our relative strength as the customer sees it (horizontal). The boundaries split it into four quadrants, each with its own treatment and sales mode.',
  async run(env) {
    const { p, session } = env;
    p.say(QUADRANTS.map((q) => `  ${QUADRANT_INFO[q].title.padEnd(16)} ${QUADRANT_INFO[q].treatment} (${QUADRANT_INFO[q].salesMode})`));
    const prev = session.answers.kaism;
    const flagSplit = currentMethod(env).split;
    const saved = prev ? parseSplit(prev.split) : flagSplit;
    const prevRule: SplitRule = isSplitProblem(saved) ? 'midpoint' : saved.rule;
    const rule = await p.select<SplitRule>({
      id: 'kaism.rule',
      message: 'Where do the boundaries sit?',
      default: prevRule,
      choices: SPLIT_RULE.values.map((r) => ({ value: r, name: `${r}: ${SPLIT_RULE.help[r]}` })),
    });
    let split: string = rule;
    if (rule === 'fixed') {
      const fixed = !isSplitProblem(saved) && saved.rule === 'fixed' ? saved : flagSplit.rule === 'fixed' ? flagSplit : { attractiveness: 50, strength: 50 };
      const a = (await p.input({ id: 'kaism.attractiveness', message: 'Attractiveness boundary (0–100):', default: String(fixed.attractiveness), validate: boundary })).trim();
      const s = (await p.input({ id: 'kaism.strength', message: 'Strength boundary (0–100):', default: String(fixed.strength), validate: boundary })).trim();
      split = formatSplit({ rule: 'fixed', attractiveness: Number(a), strength: Number(s) });
    }
    session.answers.kaism = { split, strengthAxis: prev?.strengthAxis ?? env.flagsStrengthAxis };
    const side = await p.select<'left' | 'right'>({
      id: 'kaism.strengthAxis',
      message: 'Where does high strength sit on the chart?',
      default: session.answers.kaism.strengthAxis,
      choices: STRENGTH_SIDE.values.map((v) => ({ value: v, name: STRENGTH_SIDE.help[v] })),
    });
    session.answers.kaism.strengthAxis = side;
    p.say(`Boundary rule ${split}; high strength on the ${side}; a score at or above its boundary is high.`);
    return `boundaries: ${split}; high strength on the ${side}`;
  },
};
