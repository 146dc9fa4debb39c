/** `--format csv`: one row per account in rank order, cells guarded against formula injection. */
import { PARETO_CLASSES } from '../core/pareto.js';
import { accountStability, type StabilityOutcome } from '../core/stability.js';
import { QUADRANTS } from '../core/types.js';
import { ByteOut, internCells, longestCell, rowColumns, utf8, writeBytes, writeCsvCell, writeFixed9, writeInt, writeText } from './byte-rows.js';
import { csvText } from './escape.js';
import { CSV_COLUMNS, STABILITY_CSV_COLUMNS } from './csv-columns.js';
import { writeSpreadsheetCsv } from './csv-excel.js';
import { writeRanked } from './ranked-rows.js';
import type { RenderOptions, ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';


const QUADRANT_CELLS = QUADRANTS.map((q) => utf8(`,${q},`));
const SELECTED_CELLS = [utf8('false,'), utf8('true,')];
const PARETO_CELLS = PARETO_CLASSES.map((c) => utf8(`,${c},`));
const NO_PARETO = utf8(',,');
const ONE = utf8('1');

/**
 * `--format csv` (a ResultWriter): the machine CSV, or with `--excel` CSV for a spreadsheet. Each
 * account's row after its rank is rendered once in file order (keys and names copied from the
 * bytes they were read as), then the rows are written in rank order, each its rank and one
 * copied byte range (render/ranked-rows.ts).
 */
export function writeResultCsv(out: Sink, doc: ResultDocument, options?: Pick<RenderOptions, 'excel'>): void {
  if (options?.excel) return writeSpreadsheetCsv(out, doc, options.excel);
  const { portfolio, ev, ctx } = doc;
  const stability = ctx.stability;
  out(`${[...CSV_COLUMNS, ...(stability ? STABILITY_CSV_COLUMNS : [])].join(',')}\n`);
  const { scope } = ev;
  const bytes = portfolio.bytes;
  // Segments repeat: each distinct one escaped and encoded once; each row gets its index.
  const segmentCells = bytes ? (bytes.segmentOf ? { cells: bytes.segmentValues.map((v) => utf8(csvText(v))), of: bytes.segmentOf } : null) : portfolio.segments ? internCells(portfolio.segments, csvText) : null;
  const { ids, names, text, at, attractiveness, strength, quadrant, covA, covS, selected, pareto } = rowColumns(doc);
  const segmentRoom = segmentCells ? longestCell(segmentCells.cells) : 0;
  /** A score to 9 decimals, or as String() gives it when beyond safe integers (never a score). */
  const score = (buf: Buffer, to: number, x: number): number => {
    const next = writeFixed9(buf, to, x);
    return next >= 0 ? next : writeText(buf, to, String(x));
  };
  const coverage = (buf: Buffer, to: number, x: number): number => (x === 1 ? writeBytes(buf, to, ONE) : writeText(buf, to, String(x)));
  const extraOf = (p: number): string => (stability ? stabilityCells(stability, p) : '');
  /** An account's extra cells: made by `room`, which runs just before `render` writes them. */
  let extra = '';
  const textRoom = (row: number): number => (at ? at[2 * row + 2] - at[2 * row] : 3 * (ids[row].length + names[row].length));
  const o = new ByteOut(out);
  writeRanked(o, ev.order, {
    rowBytes: 75 + (text ? text.length / Math.max(1, portfolio.n) : 0),
    room: (p) => {
      extra = extraOf(p);
      // Quotes doubled and a guard at worst: twice the text and a few bytes; numbers, constants, segment, extra.
      return 2 * textRoom(scope[p]) + 8 + 256 + segmentRoom + 3 * extra.length;
    },
    render: (buf, to, p) => {
      const row = scope[p];
      if (text && at) {
        to = writeCsvCell(buf, to, text, at[2 * row], at[2 * row + 1]);
        buf[to++] = 44;
        to = writeCsvCell(buf, to, text, at[2 * row + 1], at[2 * row + 2]);
      } else to = writeText(buf, to, `${csvText(ids[row])},${csvText(names[row])}`);
      buf[to++] = 44;
      // Scores to 9 decimals, the precision kam compares them at (the JSON has them in full).
      to = score(buf, to, attractiveness[p]);
      buf[to++] = 44;
      to = score(buf, to, strength[p]);
      to = writeBytes(buf, to, QUADRANT_CELLS[quadrant[p]]);
      to = writeBytes(buf, to, SELECTED_CELLS[selected[p]]);
      if (segmentCells) to = writeBytes(buf, to, segmentCells.cells[segmentCells.of[row]]);
      to = writeBytes(buf, to, pareto ? PARETO_CELLS[pareto[p]] : NO_PARETO);
      to = coverage(buf, to, covA[p]);
      buf[to++] = 44;
      to = coverage(buf, to, covS[p]);
      to = writeText(buf, to, extra);
      buf[to++] = 10;
      return to;
    },
    prefixRoom: 24,
    prefix: (buf, to, r) => {
      to = writeInt(buf, to, r + 1);
      buf[to++] = 44;
      return to;
    },
  });
  o.flush();
}

function stabilityCells(s: StabilityOutcome, p: number): string {
  const a = accountStability(s, p);
  return `,${a.inQuadrantPct},${a.movesTo ?? ''},${a.borderline}`;
}
