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
import { ByteOut, internCells, longestCell, rowColumns, jsonString, utf8, writeBytes, writeInt, writeJsonString, writeNumber, writeText } from './byte-rows.js';
import { writeRanked } from './ranked-rows.js';
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

const ID = utf8('"id":');
const NAME = utf8(',"name":');

/**
 * The accounts array: one compact line per account, each exactly `JSON.stringify(accountRecord(…))`.
 * Everything after an account's rank is rendered once in file order (keys and names copied from
 * the bytes they were read as), then the lines are written in rank order, each its rank and one
 * copied byte range (render/ranked-rows.ts): a million accounts in about a second.
 */
function writeAccounts(out: Sink, portfolio: Portfolio, ev: Evaluation, ctx: ResultContext): void {
  const n = ev.order.length;
  if (n === 0) {
    out('[]');
    return;
  }
  out('[');
  const { scope } = ev;
  const bytes = portfolio.bytes;
  const segmentCells = bytes
    ? bytes.segmentOf
      ? { cells: bytes.segmentValues.map((v) => utf8(`,"segment":${jsonString(v)}`)), of: bytes.segmentOf }
      : null
    : portfolio.segments
      ? internCells(portfolio.segments, (v) => `,"segment":${jsonString(v)}`)
      : null;
  const { ids, names, text, at, attractiveness, strength, quadrant, covA, covS, selected, pareto } = rowColumns({ portfolio, ev });
  const revenue = portfolio.revenue;
  const competitors = ctx.ratings?.competitors;
  const segmentRoom = segmentCells ? longestCell(segmentCells.cells) : NULL_SEGMENT.length;
  // JSON numbers exactly as JSON.stringify writes them (short decimals without String()).
  const money = (buf: Buffer, to: number, x: number): number => (x !== x ? writeBytes(buf, to, NULL) : writeNumber(buf, to, x));
  const textRoom = (row: number): number => (at ? at[2 * row + 2] - at[2 * row] : 3 * (ids[row].length + names[row].length));
  /** An account's extra cells: made by `room`, which runs just before `render` writes them. */
  let extra = '';
  const o = new ByteOut(out);
  writeRanked(o, ev.order, {
    rowBytes: 250 + (text ? text.length / Math.max(1, portfolio.n) : 0),
    room: (p) => {
      extra = '';
      if (competitors) extra += `,"competitors":${JSON.stringify(competitors.get(scope[p]) ?? [])}`;
      if (ctx.stability) extra += `,"stability":${JSON.stringify(accountStability(ctx.stability, p))}`;
      if (ctx.explainer) extra += `,"explain":${JSON.stringify(ctx.explainer.explain(p))}`;
      // A control character escapes to six bytes at worst; numbers, constants, segment, extra.
      return 6 * textRoom(scope[p]) + 16 + 512 + segmentRoom + 3 * extra.length;
    },
    render: (buf, to, p) => {
      const row = scope[p];
      if (text && at) {
        to = writeBytes(buf, to, ID);
        to = writeJsonString(buf, to, text, at[2 * row], at[2 * row + 1]);
        to = writeBytes(buf, to, NAME);
        to = writeJsonString(buf, to, text, at[2 * row + 1], at[2 * row + 2]);
      } else to = writeText(buf, to, `"id":${jsonString(ids[row])},"name":${jsonString(names[row])}`);
      to = writeBytes(buf, to, ATTRACTIVENESS);
      to = writeNumber(buf, to, attractiveness[p]);
      to = writeBytes(buf, to, STRENGTH);
      to = writeNumber(buf, to, strength[p]);
      to = writeBytes(buf, to, QUADRANT_CELLS[quadrant[p]]);
      to = writeBytes(buf, to, BOOL[selected[p]]);
      to = writeBytes(buf, to, segmentCells ? segmentCells.cells[segmentCells.of[row]] : NULL_SEGMENT);
      to = writeBytes(buf, to, REVENUE);
      to = revenue ? money(buf, to, revenue[row]) : writeBytes(buf, to, NULL);
      to = writeBytes(buf, to, pareto ? PARETO_CELLS[pareto[p]] : NO_PARETO);
      to = writeNumber(buf, to, covA[p]);
      to = writeBytes(buf, to, COVERAGE_STRENGTH);
      to = writeNumber(buf, to, covS[p]);
      buf[to++] = 125;
      to = writeText(buf, to, extra);
      buf[to++] = 125;
      return to;
    },
    prefixRoom: 40,
    prefix: (buf, to, r) => {
      if (r > 0) buf[to++] = 44;
      to = writeBytes(buf, to, RANK);
      to = writeInt(buf, to, r + 1);
      buf[to++] = 44;
      return to;
    },
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
