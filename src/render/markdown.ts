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
import { append, chartPoints, describeSplit, fmtScore } from './text.js';
import type { BriefSection, RenderOptions, ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';
import { stabilityLines } from './stability.js';
import { plainPalette } from './style.js';
import { say } from '../i18n/index.js';


const pct = (x: number): string => `${x.toFixed(1)} %`;

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** `--format markdown` (a ResultWriter): the workshop's sections, the method, the matrix, the selection, the ranked list. */
export function writeMarkdownBrief(out: Sink, doc: ResultDocument, o: RenderOptions): void {
  const { portfolio, ev, ctx } = doc;
  const brief = { strengthAxis: o.strengthAxis, sections: [...(doc.sections ?? []), ...stabilitySection(portfolio, ev, ctx, o.top)] };
  const L: string[] = [];
  const name = (p: number): string => markdownSafe(accountLabel(portfolio.ids[ev.scope[p]], portfolio.names[ev.scope[p]]));
  L.push('# Key-account selection brief', '');
  L.push(`Generated ${ctx.generatedAt} by kam ${ctx.kamVersion} from ${Object.values(ctx.inputs).map((i) => markdownCode(i.path)).join(', ')}.`, '');
  for (const s of brief.sections ?? []) L.push(`## ${s.title}`, '', s.body, '');

  L.push('## Method', '');
  L.push(`- ${describeSplit(ev, doc.splitSetBy).join(' ')}`);
  L.push(`- Missing values: ${ev.method.missing}. Relative strength: ${ev.method.strength}. Ranking: by ${ev.method.sort}.`);
  L.push(`- Capacity: ${ev.selection.capacity ?? 'not set'}.`);
  if (ev.method.segments) L.push(`- Segments in scope: ${ev.method.segments.map(markdownSafe).join(', ')}.`);
  L.push(`- Realistic factors carry ${pct(realisticWeightPct(ev.factors))} of the attractiveness weight (the higher, the more pragmatic the selection).`, '');
  append(L, table(
    ['Factor', 'Axis', 'Weight %', 'Scale', 'Direction', 'Normalise', 'Kind'],
    factorRecords(ev.factors).map((f) => [
      markdownSafe(f.factor),
      f.axis,
      f.weightPct.toFixed(1),
      `${f.min}–${f.max}`,
      f.direction,
      markdownSafe(f.normalize),
      f.axis === 'attractiveness' ? f.kind : '',
    ]),
  ));
  L.push('');

  L.push('## The KAISM matrix', '');
  const chart = renderKaismChart(chartPoints(portfolio, ev), {
    width: 100,
    split: { attractiveness: ev.split.attractiveness, strength: ev.split.strength },
    strengthAxis: brief.strengthAxis,
  });
  append(L, markdownFence(chart));
  L.push('');
  append(L, table(
    ['Quadrant', 'Accounts', "Cheverton's treatment", 'Sales mode'],
    QUADRANTS.map((q) => [q, String(ev.counts[q]), QUADRANT_INFO[q].treatment, QUADRANT_INFO[q].salesMode]),
  ));
  L.push('');

  L.push('## Selection', '');
  const s = ev.selection;
  L.push(`${s.count} account${s.count === 1 ? '' : 's'} selected of ${s.qualifying} in the key quadrants (capacity: ${s.capacity ?? 'not set'}).`, '');
  for (let r = 0; r < ev.order.length; r++) {
    const p = ev.order[r];
    if (s.selected[p]) L.push(`${r + 1}. ${name(p)} — ${QUADRANTS[ev.quadrant[p]]}, attractiveness ${fmtScore(ev.attractiveness[p])}, strength ${fmtScore(ev.strength[p])}`);
  }
  if (s.overrides.length > 0) {
    L.push('', "The team's overrides:", '');
    for (const o of s.overrides) {
      L.push(`- ${o.action === 'add' ? 'Added' : 'Removed'} ${markdownSafe(o.id)}: ${markdownSafe(o.reason)}${o.applied ? '' : ` (not applied: ${o.note ?? ''})`}`);
    }
  }
  if (ev.warnings.length > 0) {
    L.push('', '**Warnings**', '');
    for (const w of ev.warnings) L.push(`- ${markdownSafe(say(w))}`);
  }
  if (ctx.comparison) {
    const c = ctx.comparison;
    L.push('', `## Since ${markdownSafe(c.file)}`, '');
    if (c.sentences.length === 0) L.push('No account moved.');
    else for (const m of c.sentences) L.push(`- ${markdownSafe(m)}`);
  }
  L.push('', '## Ranked list', '');
  append(L, table(
    ['#', 'Account', 'Segment', 'Attractiveness', 'Strength', 'Quadrant', 'Selected', 'Pareto'],
    Array.from(ev.order, (p, r) => [
      String(r + 1),
      name(p),
      portfolio.segments ? markdownSafe(portfolio.segments[ev.scope[p]]) : '',
      fmtScore(ev.attractiveness[p]),
      fmtScore(ev.strength[p]),
      QUADRANTS[ev.quadrant[p]],
      s.selected[p] ? 'yes' : '',
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
  return [{ title: 'Stability of the quadrants', body: markdownFence(lines).join('\n') }];
}
