/** `kam explain` as text: per axis the factors' contributions, the margin, the change that crosses. */
import { accountLabel } from '../core/accounts.js';
import type { Evaluation } from '../core/engine.js';
import type { AccountExplanation, AxisExplanation, Explainer } from '../core/explain.js';
import { accountRecord, resultHead, type ResultContext } from '../core/result.js';
import { QUADRANTS, type Portfolio, type Quadrant } from '../core/types.js';
import { terminalSafe } from './escape.js';
import { describeChange, describeCrossing, fmtValue } from './explain-wording.js';
import { t } from '../i18n/index.js';
import { fixed } from '../i18n/numbers.js';
import { describeSplit, fmtInt, quadrantName } from './text.js';
import { fit, padStart, wrap } from './text-width.js';
import type { RenderOptions } from './result-document.js';
import type { Sink } from './sink.js';
import type { Palette } from './style.js';

function axisLines(name: string, a: AxisExplanation, width: number, palette: Palette): string[] {
  const line = t('render.explain.axis.line', {
    axis: name,
    score: fixed(a.score, 1),
    side: a.high ? 'high' : 'low',
    margin: fixed(Math.abs(a.margin), 1),
    where: a.margin >= 0 ? 'above' : 'below',
    boundary: fmtValue(a.boundary),
  });
  const lines = [palette.bold(line)];
  const cols = [10, 6, 7, 6, 16];
  const factorW = Math.max(12, width - cols.reduce((s, c) => s + c, 0) - cols.length);
  const row = (cells: string[]): string =>
    [fit(cells[0], factorW), ...cells.slice(1, 5).map((c, i) => padStart(c, cols[i])), fit(cells[5], cols[4])].join(' ').trimEnd();
  lines.push(
    palette.dim(
      row([
        t('render.explain.header.factor'),
        t('render.explain.header.value'),
        t('render.explain.header.u'),
        t('render.explain.header.weight'),
        t('render.explain.header.points'),
        t('render.explain.header.crosses'),
      ]),
    ),
  );
  for (const f of a.factors) {
    lines.push(
      row([
        terminalSafe(f.factor),
        fmtValue(f.raw),
        f.u === null ? '–' : fixed(f.u, 3),
        `${fixed(f.weightPct, 1)}%`,
        fixed(f.points, 1),
        f.cross === null ? '–' : describeCrossing(f.cross),
      ]),
    );
  }
  lines.push(row([t('render.explain.total'), '', '', `${fixed(100, 1)}%`, fixed(a.score, 1), '']));
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
    palette.bold(
      t('render.explain.title', {
        account: terminalSafe(title),
        quadrant: palette.quadrant(h.quadrant, quadrantName(h.quadrant)),
        rank: fmtInt(h.rank),
        accounts: fmtInt(h.accounts),
      }),
    ),
    ...h.split,
    '',
    ...axisLines(t('render.explain.axis.attractiveness'), e.attractiveness, width, palette),
    '',
    ...axisLines(t('render.explain.axis.strength'), e.strength, width, palette),
    '',
  ];
  if (e.change === null) lines.push(...wrap(t('render.explain.none'), width));
  else {
    lines.push(...wrap(t('render.explain.smallest'), width), `  ${terminalSafe(describeChange(e.change))}`);
    const other = e.change.axis === 'attractiveness' ? e.strength.change : e.attractiveness.change;
    if (other) lines.push(`  ${t('render.explain.otherwise', { change: terminalSafe(describeChange(other)) })}`);
  }
  lines.push(...wrap(t('render.explain.note'), width));
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
