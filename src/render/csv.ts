/** `--format csv`: one row per account in rank order, cells guarded against formula injection. */
import { PARETO_CLASSES } from '../core/pareto.js';
import { accountStability, type StabilityOutcome } from '../core/stability.js';
import { QUADRANTS } from '../core/types.js';
import { ByteOut, internCells, packCells, utf8, writeBytes, writeFixed9, writeInt, writeText } from './byte-rows.js';
import { csvText } from './escape.js';
import { forEachRankBlock } from './rank-blocks.js';
import { CSV_COLUMNS, STABILITY_CSV_COLUMNS } from './csv-columns.js';
import { writeSpreadsheetCsv } from './csv-excel.js';
import type { RenderOptions, ResultDocument } from './result-document.js';
import type { Sink } from './sink.js';


const QUADRANT_CELLS = QUADRANTS.map((q) => utf8(`,${q},`));
const SELECTED_CELLS = [utf8('false,'), utf8('true,')];
const PARETO_CELLS = PARETO_CLASSES.map((c) => utf8(`,${c},`));
const NO_PARETO = utf8(',,');
const ONE = utf8('1');

/** `--format csv` (a ResultWriter): the machine CSV, or with `--excel` CSV for a spreadsheet. */
export function writeResultCsv(out: Sink, doc: ResultDocument, options?: Pick<RenderOptions, 'excel'>): void {
  if (options?.excel) return writeSpreadsheetCsv(out, doc, options.excel);
  const { portfolio, ev, ctx } = doc;
  const stability = ctx.stability;
  out(`${[...CSV_COLUMNS, ...(stability ? STABILITY_CSV_COLUMNS : [])].join(',')}\n`);
  const { ids, names, segments } = portfolio;
  // Segments repeat: each distinct one escaped and encoded once; each row gets its index.
  const segmentCells = segments ? internCells(segments, csvText) : null;
  // "id,name" of every account, escaped and encoded in one pass in file order: read later in
  // rank order, each row costs one cache miss instead of several.
  const idName = packCells(portfolio.n, (row) => `${csvText(ids[row])},${csvText(names[row])}`);
  const o = new ByteOut(out);
  /** A score to 9 decimals, or as String() gives it when beyond safe integers (never a score). */
  const score = (at: number, x: number): number => {
    const next = writeFixed9(o.buf, at, x);
    return next >= 0 ? next : writeText(o.buf, at, String(x));
  };
  const coverage = (at: number, x: number): number => (x === 1 ? writeBytes(o.buf, at, ONE) : writeText(o.buf, at, String(x)));
  forEachRankBlock(portfolio, ev, idName.offsets, segmentCells?.of ?? null, (b) => {
    for (let i = 0; i < b.size; i++) {
      const cellStart = b.cellStart[i];
      const cellEnd = b.cellEnd[i];
      const extra = stability ? stabilityCells(stability, b.position[i]) : '';
      const segmentCell = segmentCells ? segmentCells.cells[b.segment[i]] : null;
      // One capacity check a row: the cells plus numbers, constants and any segment or extra text.
      o.reserve(cellEnd - cellStart + 256 + (segmentCell ? segmentCell.length : 0) + 3 * extra.length);
      const buf = o.buf;
      let at = writeInt(buf, o.at, b.first + i + 1);
      buf[at++] = 44;
      at = writeBytes(buf, at, idName.bytes, cellStart, cellEnd);
      buf[at++] = 44;
      // Scores to 9 decimals, the precision kam compares them at (the JSON has them in full).
      at = score(at, b.attractiveness[i]);
      buf[at++] = 44;
      at = score(at, b.strength[i]);
      at = writeBytes(buf, at, QUADRANT_CELLS[b.quadrant[i]]);
      at = writeBytes(buf, at, SELECTED_CELLS[b.selected[i]]);
      if (segmentCell) at = writeBytes(buf, at, segmentCell);
      at = writeBytes(buf, at, ev.pareto ? PARETO_CELLS[b.pareto[i]] : NO_PARETO);
      at = coverage(at, b.coverageA[i]);
      buf[at++] = 44;
      at = coverage(at, b.coverageS[i]);
      at = writeText(buf, at, extra);
      buf[at++] = 10;
      o.at = at;
    }
  });
  o.flush();
}

function stabilityCells(s: StabilityOutcome, p: number): string {
  const a = accountStability(s, p);
  return `,${a.inQuadrantPct},${a.movesTo ?? ''},${a.borderline}`;
}
