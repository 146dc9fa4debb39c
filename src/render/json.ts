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
  const head = resultHead(ev, ctx) as unknown as Record<string, unknown>;
  out('{');
  RESULT_KEYS.forEach((key, i) => {
    out(`${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (key !== 'accounts') {
      out(indent(JSON.stringify(head[key], null, 2), '  '));
      return;
    }
    const n = ev.order.length;
    if (n === 0) {
      out('[]');
      return;
    }
    out('[');
    let buf = '';
    for (let r = 0; r < n; r++) {
      buf += `${r === 0 ? '' : ','}\n    ${indent(JSON.stringify(accountRecord(portfolio, ev, r, ctx), null, 2), '    ')}`;
      if (buf.length > 1 << 16) {
        out(buf);
        buf = '';
      }
    }
    out(`${buf}\n  ]`);
  });
  out('\n}\n');
}
