/**
 * `--format json`: the kam/result@1 document, streamed account by account so a million
 * accounts never sit in memory as one string. Same shape as `buildResult`, key for key.
 */
import type { Evaluation } from '../core/engine.js';
import { accountRecord, RESULT_KEYS, resultHead, type ResultContext } from '../core/result.js';
import type { Portfolio } from '../core/types.js';
import type { Sink } from './sink.js';

const indent = (json: string, pad: string): string => json.replace(/\n/g, `\n${pad}`);

export function writeResultJson(out: Sink, portfolio: Portfolio, ev: Evaluation, ctx: ResultContext): void {
  const head = resultHead(ev, ctx);
  out('{');
  RESULT_KEYS.forEach((key, i) => {
    out(`${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (key === 'accounts') return streamArray(out, ev.order.length, (r) => accountRecord(portfolio, ev, r, ctx));
    // Disagreements may run into the hundred thousands on a large, noisy ratings file.
    if (key === 'disagreements') return streamArray(out, head.disagreements.length, (i) => head.disagreements[i]);
    out(indent(JSON.stringify(head[key], null, 2), '  '));
  });
  out('\n}\n');
}

/** A top-level array, item by item, in chunks of about 64 KiB. */
function streamArray(out: Sink, n: number, item: (i: number) => unknown): void {
  if (n === 0) {
    out('[]');
    return;
  }
  out('[');
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += `${i === 0 ? '' : ','}\n    ${indent(JSON.stringify(item(i), null, 2), '    ')}`;
    if (buf.length > 1 << 16) {
      out(buf);
      buf = '';
    }
  }
  out(`${buf}\n  ]`);
}
