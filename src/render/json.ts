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
  const { ids, names, segments, revenue } = portfolio;
  const idName = packCells(portfolio.n, (row) => `"id":${jsonString(ids[row])},"name":${jsonString(names[row])}`);
  const segmentCells = segments ? internCells(segments, (v) => `,"segment":${jsonString(v)}`) : null;
  const competitors = ctx.ratings?.competitors;
  const { attractiveness, strength, quadrant, order, scope } = ev;
  const covA = ev.coverage.attractiveness;
  const covS = ev.coverage.strength;
  const selected = ev.selection.selected;
  const pareto = ev.pareto ? ev.pareto.cls : null;
  const o = new ByteOut(out);
  // JSON numbers exactly as JSON.stringify writes them (short decimals without String()).
  const number = (at: number, x: number): number => writeNumber(o.buf, at, x);
  const money = (at: number, x: number): number => (x !== x ? writeBytes(o.buf, at, NULL) : number(at, x));
  const B = 1 << 14;
  const gRow = new Int32Array(B);
  const gA = new Float64Array(B);
  const gS = new Float64Array(B);
  const gRevenue = new Float64Array(B).fill(Number.NaN);
  const gCovA = new Float64Array(B);
  const gCovS = new Float64Array(B);
  const gStart = new Int32Array(B);
  const gEnd = new Int32Array(B);
  const gSegment = new Uint32Array(B);
  const gFlags = new Uint8Array(3 * B);
  for (let r0 = 0; r0 < n; r0 += B) {
    const m = Math.min(B, n - r0);
    for (let i = 0; i < m; i++) gRow[i] = scope[order[r0 + i]];
    for (let i = 0; i < m; i++) gA[i] = attractiveness[order[r0 + i]];
    for (let i = 0; i < m; i++) gS[i] = strength[order[r0 + i]];
    if (revenue) for (let i = 0; i < m; i++) gRevenue[i] = revenue[gRow[i]];
    for (let i = 0; i < m; i++) gCovA[i] = covA[order[r0 + i]];
    for (let i = 0; i < m; i++) gCovS[i] = covS[order[r0 + i]];
    for (let i = 0; i < m; i++) gStart[i] = idName.offsets[gRow[i]];
    for (let i = 0; i < m; i++) gEnd[i] = idName.offsets[gRow[i] + 1];
    if (segmentCells) for (let i = 0; i < m; i++) gSegment[i] = segmentCells.of[gRow[i]];
    for (let i = 0; i < m; i++) {
      const p = order[r0 + i];
      gFlags[3 * i] = quadrant[p];
      gFlags[3 * i + 1] = selected[p];
      gFlags[3 * i + 2] = pareto ? pareto[p] : 255;
    }
    for (let i = 0; i < m; i++) {
      const p = order[r0 + i];
      let extra = '';
      if (competitors) extra += `,"competitors":${JSON.stringify(competitors.get(gRow[i]) ?? [])}`;
      if (ctx.stability) extra += `,"stability":${JSON.stringify(accountStability(ctx.stability, p))}`;
      if (ctx.explainer) extra += `,"explain":${JSON.stringify(ctx.explainer.explain(p))}`;
      const cellStart = gStart[i];
      const cellEnd = gEnd[i];
      const segment = segmentCells ? segmentCells.cells[gSegment[i]] : NULL_SEGMENT;
      o.reserve(cellEnd - cellStart + segment.length + 3 * extra.length + 512);
      const buf = o.buf;
      let at = o.at;
      if (r0 + i > 0) buf[at++] = 44;
      at = writeBytes(buf, at, RANK);
      at = writeInt(buf, at, r0 + i + 1);
      buf[at++] = 44;
      at = writeBytes(buf, at, idName.bytes, cellStart, cellEnd);
      at = writeBytes(buf, at, ATTRACTIVENESS);
      at = number(at, gA[i]);
      at = writeBytes(buf, at, STRENGTH);
      at = number(at, gS[i]);
      at = writeBytes(buf, at, QUADRANT_CELLS[gFlags[3 * i]]);
      at = writeBytes(buf, at, BOOL[gFlags[3 * i + 1]]);
      at = writeBytes(buf, at, segment);
      at = writeBytes(buf, at, REVENUE);
      at = money(at, gRevenue[i]);
      at = writeBytes(buf, at, pareto ? PARETO_CELLS[gFlags[3 * i + 2]] : NO_PARETO);
      at = number(at, gCovA[i]);
      at = writeBytes(buf, at, COVERAGE_STRENGTH);
      at = number(at, gCovS[i]);
      buf[at++] = 125;
      at = writeText(buf, at, extra);
      buf[at++] = 125;
      o.at = at;
    }
  }
  o.flush();
  out('\n  ]');
}

export function writeResultJson(out: Sink, portfolio: Portfolio, ev: Evaluation, ctx: ResultContext): void {
  const head = resultHead(ev, ctx);
  out('{');
  RESULT_KEYS.forEach((key, i) => {
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
