/**
 * `--format markdown`: the step-9 brief that communicates the selection to the business —
 * method, matrix, quadrants, selection with reasons, ranked list. The workshop adds the team's
 * objectives, resources and members through `BriefContext`.
 */
import { accountLabel } from '../core/accounts.js';
import type { Evaluation } from '../core/engine.js';
import { PARETO_CLASSES } from '../core/pareto.js';
import { factorRecords, realisticWeightPct, type ResultContext } from '../core/result.js';
import { QUADRANT_INFO, QUADRANTS, type Portfolio } from '../core/types.js';
import { markdownCode, markdownFence, markdownSafe } from './escape.js';
import { renderKaismChart } from './kaism-chart.js';
import { say, t } from '../i18n/index.js';
import { fixed, percent, plain } from '../i18n/numbers.js';
import { append, axisName, generatedStamp, chartPoints, describeSplit, directionName, fmtInt, fmtScore, kindName, quadrantName, salesModeName, yes } from './text.js';
import type { BriefSection, RenderOptions, ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';
import { stabilityLines } from './stability.js';
import { plainPalette } from './style.js';

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** `--format markdown` (a ResultWriter): the workshop's sections, the method, the matrix, the selection, the ranked list. */
export function writeMarkdownBrief(out: Sink, doc: ResultDocument, o: RenderOptions): void {
  const { portfolio, ev, ctx } = doc;
  const brief = { strengthAxis: o.strengthAxis, sections: [...(doc.sections ?? []), ...stabilitySection(portfolio, ev, ctx, o.top)] };
  const L: string[] = [];
  const name = (p: number): string => markdownSafe(accountLabel(portfolio.ids[ev.scope[p]], portfolio.names[ev.scope[p]]));
  L.push(t('render.markdown.title'), '');
  const inputs = Object.values(ctx.inputs).map((i) => markdownCode(i.path)).join(', ');
  L.push(t('render.markdown.generated', { stamp: generatedStamp(ctx.generatedAt), version: ctx.kamVersion, inputs }), '');
  for (const s of brief.sections ?? []) L.push(`## ${s.title}`, '', s.body, '');

  const capacity = ev.selection.capacity === null ? t('render.markdown.capacity.none') : fmtInt(ev.selection.capacity);
  L.push(t('render.markdown.method'), '');
  L.push(`- ${describeSplit(ev, doc.splitSetBy).join(' ')}`);
  L.push(`- ${t('render.markdown.method.policies', { missing: ev.method.missing, strength: ev.method.strength, sort: ev.method.sort })}`);
  L.push(`- ${t('render.markdown.method.capacity', { capacity })}`);
  if (ev.method.segments) L.push(`- ${t('render.markdown.method.segments', { segments: ev.method.segments.map(markdownSafe).join(', ') })}`);
  L.push(`- ${t('render.markdown.method.realistic', { pct: percent(realisticWeightPct(ev.factors), 1) })}`, '');
  append(L, table(
    [
      t('render.markdown.factors.factor'),
      t('render.markdown.factors.axis'),
      t('render.markdown.factors.weight'),
      t('render.markdown.factors.scale'),
      t('render.markdown.factors.direction'),
      t('render.markdown.factors.normalize'),
      t('render.markdown.factors.kind'),
    ],
    factorRecords(ev.factors).map((f) => [
      markdownSafe(f.factor),
      axisName(f.axis),
      fixed(f.weightPct, 1),
      `${plain(f.min)}–${plain(f.max)}`,
      directionName(f.direction),
      markdownSafe(f.normalize),
      f.axis === 'attractiveness' ? kindName(f.kind) : '',
    ]),
  ));
  L.push('');

  L.push(t('render.markdown.matrix'), '');
  const chart = renderKaismChart(chartPoints(portfolio, ev), {
    width: 100,
    split: { attractiveness: ev.split.attractiveness, strength: ev.split.strength },
    strengthAxis: brief.strengthAxis,
  });
  append(L, markdownFence(chart));
  L.push('');
  append(L, table(
    [t('render.markdown.quadrants.quadrant'), t('render.markdown.quadrants.accounts'), t('render.markdown.quadrants.treatment'), t('render.markdown.quadrants.mode')],
    QUADRANTS.map((q) => [quadrantName(q), fmtInt(ev.counts[q]), QUADRANT_INFO[q].treatment, salesModeName(QUADRANT_INFO[q].salesMode)]),
  ));
  L.push('');

  L.push(t('render.markdown.selection'), '');
  const s = ev.selection;
  L.push(t('render.markdown.selection.line', { n: s.count, count: fmtInt(s.count), qualifying: fmtInt(s.qualifying), capacity }), '');
  for (let r = 0; r < ev.order.length; r++) {
    const p = ev.order[r];
    if (s.selected[p]) {
      L.push(
        t('render.markdown.selection.account', {
          rank: String(r + 1),
          account: name(p),
          quadrant: quadrantName(QUADRANTS[ev.quadrant[p]]),
          attractiveness: fmtScore(ev.attractiveness[p]),
          strength: fmtScore(ev.strength[p]),
        }),
      );
    }
  }
  if (s.overrides.length > 0) {
    L.push('', t('render.markdown.overrides'), '');
    for (const o of s.overrides) {
      const note = o.applied ? '' : t('render.markdown.override.notapplied', { note: o.note ?? '' });
      const values = { id: markdownSafe(o.id), reason: markdownSafe(o.reason), note };
      L.push(o.action === 'add' ? t('render.markdown.override.add', values) : t('render.markdown.override.remove', values));
    }
  }
  if (ev.warnings.length > 0) {
    L.push('', t('render.markdown.warnings'), '');
    for (const w of ev.warnings) L.push(`- ${markdownSafe(say(w))}`);
  }
  if (ctx.comparison) {
    const c = ctx.comparison;
    L.push('', t('render.markdown.since', { file: markdownSafe(c.file) }), '');
    if (c.sentences.length === 0) L.push(t('render.markdown.since.none'));
    else for (const m of c.sentences) L.push(`- ${markdownSafe(say(m))}`);
  }
  L.push('', t('render.markdown.ranked'), '');
  append(L, table(
    [
      t('render.markdown.ranked.rank'),
      t('render.markdown.ranked.account'),
      t('render.markdown.ranked.segment'),
      t('render.markdown.ranked.attractiveness'),
      t('render.markdown.ranked.strength'),
      t('render.markdown.ranked.quadrant'),
      t('render.markdown.ranked.selected'),
      t('render.markdown.ranked.pareto'),
    ],
    Array.from(ev.order, (p, r) => [
      String(r + 1),
      name(p),
      portfolio.segments ? markdownSafe(portfolio.segments[ev.scope[p]]) : '',
      fmtScore(ev.attractiveness[p]),
      fmtScore(ev.strength[p]),
      quadrantName(QUADRANTS[ev.quadrant[p]]),
      s.selected[p] ? yes() : '',
      ev.pareto ? PARETO_CLASSES[ev.pareto.cls[p]] : '',
    ]),
  ));
  out(`${L.join('\n')}\n`);
}

/** The brief's section on --stability (none without it). */
function stabilitySection(portfolio: Portfolio, ev: Evaluation, ctx: ResultContext, top: number): BriefSection[] {
  const s = ctx.stability;
  if (!s) return [];
  const lines = stabilityLines(portfolio, ev, s, { width: 100, top, palette: plainPalette });
  return [{ title: t('render.markdown.stability'), body: markdownFence(lines).join('\n') }];
}
