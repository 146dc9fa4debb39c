/** `kam explain <account> <customers.csv>`: why one account sits where it does. */
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import { colorLevel, terminalWidth, type Io } from '../cli/io.js';
import { evaluate, type Evaluation } from '../core/engine.js';
import { UsageError } from '../core/errors.js';
import { Explainer } from '../core/explain.js';
import { accountRecord, resultHead, type ResultContext } from '../core/result.js';
import { QUADRANTS, type Portfolio } from '../core/types.js';
import { explainLines } from '../render/explain.js';
import { describeSplit } from '../render/report.js';
import type { Sink } from '../render/sink.js';
import { chalkPalette, plainPalette } from '../render/style.js';
import { assertNotInput, writeAtomically } from '../util/files.js';
import { loadInputs, planSelect, resultContext, type SelectFlags } from './select.js';

export type ExplainFlags = Omit<SelectFlags, 'top' | 'strengthAxis' | 'explain' | 'stability' | 'perturb' | 'scoreNoise' | 'seed'>;

export const EXPLAIN_SCHEMA = 'kam/explain@1';

export async function runExplain(account: string, customers: string, flags: ExplainFlags, io: Io): Promise<number> {
  const plan = planSelect(customers, { ...flags, top: '1', strengthAxis: 'left' });
  if (plan.format !== 'table' && plan.format !== 'json') throw new UsageError(`--format ${plan.format} is not available for kam explain; use table or json.`);
  if (plan.output !== undefined) assertNotInput(plan.output, [plan.customersPath, plan.criteriaPath], io.cwd);
  const inputs = await loadInputs(plan, io);
  const competitors = inputs.ratings?.competitorBest;
  const ev = evaluate(inputs.portfolio, inputs.factors, plan.method, competitors);
  const p = findAccount(inputs.portfolio, ev, account);
  const explainer = new Explainer(inputs.portfolio, ev, competitors);
  const ctx = resultContext(inputs, io);
  const toFile = plan.output !== undefined;
  const level = toFile ? 0 : colorLevel(io, flags.color);
  const render = (out: Sink): void => {
    if (plan.format === 'json') return writeExplainJson(out, inputs.portfolio, ev, p, explainer, ctx);
    const row = ev.scope[p];
    const lines = explainLines(
      {
        id: inputs.portfolio.ids[row],
        name: inputs.portfolio.names[row],
        rank: ev.order.indexOf(p) + 1,
        accounts: ev.order.length,
        quadrant: QUADRANTS[ev.quadrant[p]],
        split: describeSplit(ev),
      },
      explainer.explain(p),
      toFile ? 100 : terminalWidth(io),
      level === 0 ? plainPalette : chalkPalette(new Chalk({ level })),
    );
    out(`${lines.join('\n')}\n`);
  };
  if (plan.output !== undefined) writeAtomically(resolve(io.cwd, plan.output), render);
  else render((c) => void io.stdout.write(c));
  return 0;
}

/** The `kam/explain@1` document: the result's method and factors, and the one account with `explain`. */
function writeExplainJson(out: Sink, portfolio: Portfolio, ev: Evaluation, p: number, explainer: Explainer, ctx: ResultContext): void {
  const head = resultHead(ev, ctx);
  const doc = {
    schema: EXPLAIN_SCHEMA,
    generatedAt: ctx.generatedAt,
    kamVersion: ctx.kamVersion,
    inputs: ctx.inputs,
    method: head.method,
    factors: head.factors,
    account: accountRecord(portfolio, ev, ev.order.indexOf(p), { ...ctx, explainer }),
  };
  out(`${JSON.stringify(doc, null, 2)}\n`);
}

/**
 * The scope position of the account named on the command line: its key exactly, else its key
 * or its name ignoring case (when that names one account).
 */
export function findAccount(portfolio: Portfolio, ev: Evaluation, wanted: string): number {
  const position = new Map<number, number>();
  ev.scope.forEach((row, p) => position.set(row, p));
  const w = wanted.trim();
  let rows = portfolio.ids.flatMap((id, row) => (id === w ? [row] : []));
  if (rows.length === 0) {
    const lower = w.toLowerCase();
    rows = portfolio.ids.flatMap((id, row) => (id.toLowerCase() === lower || portfolio.names[row].toLowerCase() === lower ? [row] : []));
  }
  if (rows.length > 1) {
    const ids = rows.slice(0, 5).map((r) => portfolio.ids[r]);
    throw new UsageError(`"${wanted}" matches ${rows.length} accounts (${ids.join(', ')}${rows.length > 5 ? ', …' : ''}); give the account's key.`);
  }
  if (rows.length === 0) {
    const sample = portfolio.ids.slice(0, 3).join(', ');
    throw new UsageError(`There is no account "${wanted}" in ${portfolio.source}; give its key or name (keys look like ${sample}).`);
  }
  const p = position.get(rows[0]);
  if (p === undefined) throw new UsageError(`Account "${portfolio.ids[rows[0]]}" is not in the segments chosen with --segment.`);
  return p;
}
