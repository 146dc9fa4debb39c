/** `--format csv`: one row per account in rank order, cells guarded against formula injection. */
import type { Evaluation } from '../core/engine.js';
import { PARETO_CLASSES } from '../core/pareto.js';
import { accountStability, type StabilityOutcome } from '../core/stability.js';
import { QUADRANTS, type Portfolio } from '../core/types.js';
import { ByteOut, internCells, packCells, utf8, writeBytes, writeFixed9, writeInt, writeText } from './byte-rows.js';
import { csvText } from './escape.js';
import type { Sink } from './sink.js';

export const CSV_COLUMNS = [
  'rank',
  'id',
  'name',
  'attractiveness',
  'strength',
  'quadrant',
  'selected',
  'segment',
  'pareto',
  'coverage_attractiveness',
  'coverage_strength',
] as const;

/** Added after CSV_COLUMNS with --stability. */
export const STABILITY_CSV_COLUMNS = ['stability_pct', 'moves_to', 'borderline'] as const;

const QUADRANT_CELLS = QUADRANTS.map((q) => utf8(`,${q},`));
const SELECTED_CELLS = [utf8('false,'), utf8('true,')];
const PARETO_CELLS = PARETO_CLASSES.map((c) => utf8(`,${c},`));
const NO_PARETO = utf8(',,');
const ONE = utf8('1');

export function writeResultCsv(out: Sink, portfolio: Portfolio, ev: Evaluation, stability?: StabilityOutcome | null): void {
  out(`${[...CSV_COLUMNS, ...(stability ? STABILITY_CSV_COLUMNS : [])].join(',')}\n`);
  const { ids, names, segments } = portfolio;
  // Segments repeat: each distinct one escaped and encoded once; each row gets its index.
  const segmentCells = segments ? internCells(segments, csvText) : null;
  // "id,name" of every account, escaped and encoded in one pass in file order: read later in
  // rank order, each row costs one cache miss instead of several.
  const idName = packCells(portfolio.n, (row) => `${csvText(ids[row])},${csvText(names[row])}`);
  const covA = ev.coverage.attractiveness;
  const covS = ev.coverage.strength;
  const pareto = ev.pareto ? ev.pareto.cls : null;
  const selected = ev.selection.selected;
  const { attractiveness, strength, quadrant, order, scope } = ev;
  const o = new ByteOut(out);
  /** A score to 9 decimals, or as String() gives it when beyond safe integers (never a score). */
  const score = (at: number, x: number): number => {
    const next = writeFixed9(o.buf, at, x);
    return next >= 0 ? next : writeText(o.buf, at, String(x));
  };
  const coverage = (at: number, x: number): number => (x === 1 ? writeBytes(o.buf, at, ONE) : writeText(o.buf, at, String(x)));
  // Rows go out in rank order, but the columns are in file order: gather a block of each column
  // in a tight loop first (the reads overlap there), then write the block's rows in sequence.
  const B = 1 << 14;
  const gRow = new Int32Array(B);
  const gStart = new Int32Array(B);
  const gEnd = new Int32Array(B);
  const gSegment = new Uint32Array(B);
  const gA = new Float64Array(B);
  const gS = new Float64Array(B);
  const gCovA = new Float64Array(B);
  const gCovS = new Float64Array(B);
  const gFlags = new Uint8Array(B * 3);
  for (let r0 = 0; r0 < order.length; r0 += B) {
    const m = Math.min(B, order.length - r0);
    for (let i = 0; i < m; i++) gRow[i] = scope[order[r0 + i]];
    for (let i = 0; i < m; i++) gStart[i] = idName.offsets[gRow[i]];
    for (let i = 0; i < m; i++) gEnd[i] = idName.offsets[gRow[i] + 1];
    if (segmentCells) for (let i = 0; i < m; i++) gSegment[i] = segmentCells.of[gRow[i]];
    for (let i = 0; i < m; i++) gA[i] = attractiveness[order[r0 + i]];
    for (let i = 0; i < m; i++) gS[i] = strength[order[r0 + i]];
    for (let i = 0; i < m; i++) gCovA[i] = covA[order[r0 + i]];
    for (let i = 0; i < m; i++) gCovS[i] = covS[order[r0 + i]];
    for (let i = 0; i < m; i++) {
      const p = order[r0 + i];
      gFlags[3 * i] = quadrant[p];
      gFlags[3 * i + 1] = selected[p];
      gFlags[3 * i + 2] = pareto ? pareto[p] : 255;
    }
    for (let i = 0; i < m; i++) {
      const cellStart = gStart[i];
      const cellEnd = gEnd[i];
      const extra = stability ? stabilityCells(stability, order[r0 + i]) : '';
      // One capacity check a row: the cells plus numbers, constants and any segment or extra text.
      const segmentCell = segmentCells ? segmentCells.cells[gSegment[i]] : null;
      o.reserve(cellEnd - cellStart + 256 + (segmentCell ? segmentCell.length : 0) + 3 * extra.length);
      const buf = o.buf;
      let at = writeInt(buf, o.at, r0 + i + 1);
      buf[at++] = 44;
      at = writeBytes(buf, at, idName.bytes, cellStart, cellEnd);
      buf[at++] = 44;
      // Scores to 9 decimals, the precision kam compares them at (the JSON has them in full).
      at = score(at, gA[i]);
      buf[at++] = 44;
      at = score(at, gS[i]);
      at = writeBytes(buf, at, QUADRANT_CELLS[gFlags[3 * i]]);
      at = writeBytes(buf, at, SELECTED_CELLS[gFlags[3 * i + 1]]);
      if (segmentCell) at = writeBytes(buf, at, segmentCell);
      at = writeBytes(buf, at, pareto ? PARETO_CELLS[gFlags[3 * i + 2]] : NO_PARETO);
      at = coverage(at, gCovA[i]);
      buf[at++] = 44;
      at = coverage(at, gCovS[i]);
      at = writeText(buf, at, extra);
      buf[at++] = 10;
      o.at = at;
    }
  }
  o.flush();
}

function stabilityCells(s: StabilityOutcome, p: number): string {
  const a = accountStability(s, p);
  return `,${a.inQuadrantPct},${a.movesTo ?? ''},${a.borderline}`;
}
