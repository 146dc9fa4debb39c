/** `kam explain` as text: per axis the factors' contributions, the margin, the change that crosses. */
import { accountLabel } from '../core/accounts.js';
import type { Evaluation } from '../core/engine.js';
import type { AccountExplanation, AxisExplanation, Explainer } from '../core/explain.js';
import { accountRecord, resultHead, type ResultContext } from '../core/result.js';
import { QUADRANTS, type Portfolio, type Quadrant } from '../core/types.js';
import { terminalSafe } from './escape.js';
import { describeChange, describeCrossing, fmtValue } from './explain-wording.js';
import { describeSplit } from './text.js';
import { fit, padStart, wrap } from './text-width.js';
import type { RenderOptions } from './result-document.js';
import type { Sink } from './sink.js';
import type { Palette } from './style.js';

function axisLines(name: string, a: AxisExplanation, width: number, palette: Palette): string[] {
  const side = a.high ? 'high' : 'low';
  const margin = `${Math.abs(a.margin).toFixed(1)} ${a.margin >= 0 ? 'above' : 'below'}`;
  const lines = [palette.bold(`${name} ${a.score.toFixed(1)}: ${side}, ${margin} the boundary ${fmtValue(a.boundary)}`)];
  const cols = [10, 6, 7, 6, 16];
  const factorW = Math.max(12, width - cols.reduce((s, c) => s + c, 0) - cols.length);
  const row = (cells: string[]): string =>
    [fit(cells[0], factorW), ...cells.slice(1, 5).map((c, i) => padStart(c, cols[i])), fit(cells[5], cols[4])].join(' ').trimEnd();
  lines.push(palette.dim(row(['Factor', 'Value', 'u', 'Weight', 'Points', 'Crosses alone at'])));
  for (const f of a.factors) {
    lines.push(
      row([
        terminalSafe(f.factor),
        fmtValue(f.raw),
        f.u === null ? '–' : f.u.toFixed(3),
        `${f.weightPct.toFixed(1)}%`,
        f.points.toFixed(1),
        f.cross === null ? '–' : describeCrossing(f.cross),
      ]),
    );
  }
  lines.push(row(['Total', '', '', '100.0%', a.score.toFixed(1), '']));
  return lines;
}

export interface ExplainHeader {
  id: string;
  name: string;
  rank: number;
  accounts: number;
  quadrant: Quadrant;
  /** The split rule and boundary lines (describeSplit). */
  split: string[];
}

export function explainLines(h: ExplainHeader, e: AccountExplanation, width: number, palette: Palette): string[] {
  const title = accountLabel(h.id, h.name);
  const lines = [
    palette.bold(`${terminalSafe(title)}: ${palette.quadrant(h.quadrant, h.quadrant)} (rank ${h.rank} of ${h.accounts})`),
    ...h.split,
    '',
    ...axisLines('Attractiveness', e.attractiveness, width, palette),
    '',
    ...axisLines('Strength', e.strength, width, palette),
    '',
  ];
  if (e.change === null) lines.push('No single factor can move this account across a boundary on its own.');
  else {
    lines.push('Smallest single-factor change across a boundary:', `  ${terminalSafe(describeChange(e.change))}`);
    const other = e.change.axis === 'attractiveness' ? e.strength.change : e.attractiveness.change;
    if (other) lines.push(`  otherwise ${terminalSafe(describeChange(other))}`);
  }
  lines.push(...wrap('Each factor is changed alone, the other accounts and the boundaries held where they are.', width));
  return lines;
}

/** One account explained: the run it belongs to and its scope position. */
export interface ExplainDocument {
  portfolio: Portfolio;
  ev: Evaluation;
  ctx: ResultContext;
  /** Scope position of the account. */
  position: number;
  explainer: Explainer;
}

export type ExplainWriter = (out: Sink, doc: ExplainDocument, o: Pick<RenderOptions, 'width' | 'palette'>) => void;

export const EXPLAIN_SCHEMA = 'kam/explain@1';

/** The account in text: per axis the factors' contributions, the margin, the change that crosses. */
export function writeExplainText(out: Sink, d: ExplainDocument, o: Pick<RenderOptions, 'width' | 'palette'>): void {
  const row = d.ev.scope[d.position];
  const lines = explainLines(
    {
      id: d.portfolio.ids[row],
      name: d.portfolio.names[row],
      rank: d.ev.order.indexOf(d.position) + 1,
      accounts: d.ev.order.length,
      quadrant: QUADRANTS[d.ev.quadrant[d.position]],
      split: describeSplit(d.ev),
    },
    d.explainer.explain(d.position),
    o.width,
    o.palette,
  );
  out(`${lines.join('\n')}\n`);
}

/** The `kam/explain@1` document: the result's method and factors, and the one account with `explain`. */
export function writeExplainJson(out: Sink, d: ExplainDocument): void {
  const head = resultHead(d.ev, d.ctx);
  const doc = {
    schema: EXPLAIN_SCHEMA,
    generatedAt: d.ctx.generatedAt,
    kamVersion: d.ctx.kamVersion,
    inputs: d.ctx.inputs,
    method: head.method,
    factors: head.factors,
    account: accountRecord(d.portfolio, d.ev, d.ev.order.indexOf(d.position), { ...d.ctx, explainer: d.explainer }),
  };
  out(`${JSON.stringify(doc, null, 2)}\n`);
}
