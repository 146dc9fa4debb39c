/**
 * `--format json`: the kam/result@1 document, streamed account by account so a million
 * accounts never sit in memory as one string. The head is indented; each account is one
 * compact line (grep-friendly, and a fraction of the size). Same content as `buildResult`.
 */
import type { Evaluation } from '../core/engine.js';
import { PARETO_CLASSES } from '../core/pareto.js';
import { RESULT_KEYS, resultHead, type ResultContext } from '../core/result.js';
import { accountStability } from '../core/stability.js';
import { QUADRANTS, type Portfolio } from '../core/types.js';
import type { Sink } from './sink.js';

const indent = (json: string, pad: string): string => json.replace(/\n/g, `\n${pad}`);

const str = (s: string | null): string => (s === null ? 'null' : JSON.stringify(s));
const num = (a: Float64Array | null, i: number): string => (a === null || a[i] !== a[i] ? 'null' : String(a[i]));

/**
 * The account at rank index `r` as compact JSON: exactly `JSON.stringify(accountRecord(…))`,
 * written out by hand because it runs a million times.
 */
export function accountJson(portfolio: Portfolio, ev: Evaluation, r: number, ctx?: ResultContext): string {
  const p = ev.order[r];
  const row = ev.scope[p];
  const competitors = ctx?.ratings?.competitors;
  return (
    `{"rank":${r + 1},"id":${str(portfolio.ids[row])},"name":${str(portfolio.names[row])},` +
    `"attractiveness":${ev.attractiveness[p]},"strength":${ev.strength[p]},"quadrant":"${QUADRANTS[ev.quadrant[p]]}",` +
    `"selected":${ev.selection.selected[p] === 1},"segment":${str(portfolio.segments ? portfolio.segments[row] : null)},` +
    `"channel":${str(portfolio.channels ? portfolio.channels[row] : null)},"revenue":${num(portfolio.revenue, row)},` +
    `"potential":${num(portfolio.potential, row)},"pareto":${ev.pareto ? `"${PARETO_CLASSES[ev.pareto.cls[p]]}"` : 'null'},` +
    `"coverage":{"attractiveness":${ev.coverage.attractiveness[p]},"strength":${ev.coverage.strength[p]}}` +
    `${competitors ? `,"competitors":${JSON.stringify(competitors.get(row) ?? [])}` : ''}` +
    `${ctx?.stability ? `,"stability":${JSON.stringify(accountStability(ctx.stability, p))}` : ''}` +
    `${ctx?.explainer ? `,"explain":${JSON.stringify(ctx.explainer.explain(p))}` : ''}}`
  );
}

export function writeResultJson(out: Sink, portfolio: Portfolio, ev: Evaluation, ctx: ResultContext): void {
  const head = resultHead(ev, ctx);
  out('{');
  RESULT_KEYS.forEach((key, i) => {
    out(`${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (key === 'accounts') return streamArray(out, ev.order.length, (r) => accountJson(portfolio, ev, r, ctx));
    // Disagreements may run into the hundred thousands on a large, noisy ratings file.
    if (key === 'disagreements') return streamArray(out, head.disagreements.length, (i) => JSON.stringify(head.disagreements[i]));
    out(indent(JSON.stringify(head[key], null, 2), '  '));
  });
  out('\n}\n');
}

/** A top-level array, one compact item per line, in chunks of about 64 KiB. */
function streamArray(out: Sink, n: number, item: (i: number) => string): void {
  if (n === 0) {
    out('[]');
    return;
  }
  out('[');
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += `${i === 0 ? '' : ','}\n    ${item(i)}`;
    if (buf.length > 1 << 16) {
      out(buf);
      buf = '';
    }
  }
  out(`${buf}\n  ]`);
}
