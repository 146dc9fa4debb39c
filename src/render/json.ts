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
import { ByteOut, internCells, jsonString, packCells, utf8, writeBytes, writeInt, writeNumber, writeText } from './byte-rows.js';
import { forEachRankBlock } from './rank-blocks.js';
import type { ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';

const indent = (json: string, pad: string): string => json.replace(/\n/g, `\n${pad}`);

const CELL = (key: string): Uint8Array => utf8(`,"${key}":`);
const QUADRANT_CELLS = QUADRANTS.map((q) => utf8(`,"quadrant":"${q}","selected":`));
const BOOL = [utf8('false'), utf8('true')];
const PARETO_CELLS = PARETO_CLASSES.map((c) => utf8(`,"pareto":"${c}","coverage":{"attractiveness":`));
const NO_PARETO = utf8(',"pareto":null,"coverage":{"attractiveness":');
const NULL_SEGMENT = utf8(',"segment":null');
const REVENUE = CELL('revenue');
const STRENGTH = CELL('strength');
const COVERAGE_STRENGTH = CELL('strength');
const NULL = utf8('null');
const RANK = utf8('\n    {"rank":');
const ATTRACTIVENESS = CELL('attractiveness');

/**
 * The accounts array: one compact line per account, each exactly `JSON.stringify(accountRecord(…))`.
 * Written as bytes a block at a time, the block's columns gathered into rank order first (see
 * csv.ts): a million accounts in about a second.
 */
function writeAccounts(out: Sink, portfolio: Portfolio, ev: Evaluation, ctx: ResultContext): void {
  const n = ev.order.length;
  if (n === 0) {
    out('[]');
    return;
  }
  out('[');
  const { ids, names, segments } = portfolio;
  const idName = packCells(portfolio.n, (row) => `"id":${jsonString(ids[row])},"name":${jsonString(names[row])}`);
  const segmentCells = segments ? internCells(segments, (v) => `,"segment":${jsonString(v)}`) : null;
  const competitors = ctx.ratings?.competitors;
  const o = new ByteOut(out);
  // JSON numbers exactly as JSON.stringify writes them (short decimals without String()).
  const number = (at: number, x: number): number => writeNumber(o.buf, at, x);
  const money = (at: number, x: number): number => (x !== x ? writeBytes(o.buf, at, NULL) : number(at, x));
  forEachRankBlock(portfolio, ev, idName.offsets, segmentCells?.of ?? null, (b) => {
    for (let i = 0; i < b.size; i++) {
      const p = b.position[i];
      let extra = '';
      if (competitors) extra += `,"competitors":${JSON.stringify(competitors.get(b.row[i]) ?? [])}`;
      if (ctx.stability) extra += `,"stability":${JSON.stringify(accountStability(ctx.stability, p))}`;
      if (ctx.explainer) extra += `,"explain":${JSON.stringify(ctx.explainer.explain(p))}`;
      const cellStart = b.cellStart[i];
      const cellEnd = b.cellEnd[i];
      const segment = segmentCells ? segmentCells.cells[b.segment[i]] : NULL_SEGMENT;
      o.reserve(cellEnd - cellStart + segment.length + 3 * extra.length + 512);
      const buf = o.buf;
      let at = o.at;
      if (b.first + i > 0) buf[at++] = 44;
      at = writeBytes(buf, at, RANK);
      at = writeInt(buf, at, b.first + i + 1);
      buf[at++] = 44;
      at = writeBytes(buf, at, idName.bytes, cellStart, cellEnd);
      at = writeBytes(buf, at, ATTRACTIVENESS);
      at = number(at, b.attractiveness[i]);
      at = writeBytes(buf, at, STRENGTH);
      at = number(at, b.strength[i]);
      at = writeBytes(buf, at, QUADRANT_CELLS[b.quadrant[i]]);
      at = writeBytes(buf, at, BOOL[b.selected[i]]);
      at = writeBytes(buf, at, segment);
      at = writeBytes(buf, at, REVENUE);
      at = money(at, b.revenue[i]);
      at = writeBytes(buf, at, ev.pareto ? PARETO_CELLS[b.pareto[i]] : NO_PARETO);
      at = number(at, b.coverageA[i]);
      at = writeBytes(buf, at, COVERAGE_STRENGTH);
      at = number(at, b.coverageS[i]);
      buf[at++] = 125;
      at = writeText(buf, at, extra);
      buf[at++] = 125;
      o.at = at;
    }
  });
  o.flush();
  out('\n  ]');
}

/** `--format json` (a ResultWriter). */
export function writeResultJson(out: Sink, { portfolio, ev, ctx }: ResultDocument): void {
  const head = resultHead(ev, ctx);
  out('{');
  RESULT_KEYS.filter((key) => key === 'accounts' || head[key] !== undefined).forEach((key, i) => {
    out(`${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (key === 'accounts') return writeAccounts(out, portfolio, ev, ctx);
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
