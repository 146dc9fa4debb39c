/**
 * The accounts in rank order, a block at a time, with the columns the bulk writers need gathered
 * into rank order first: the rows come out in rank order but the columns are in file order, and
 * gathering one column at a time in a tight loop lets the scattered reads overlap.
 */
import type { Evaluation } from '../core/engine.js';
import type { Portfolio } from '../core/types.js';

const B = 1 << 14;

export interface RankBlock {
  /** Rank index (0-based) of the block's first account, and how many it holds. */
  first: number;
  size: number;
  /** Per account of the block: scope position, portfolio row, and its columns. */
  position: Uint32Array;
  row: Int32Array;
  attractiveness: Float64Array;
  strength: Float64Array;
  coverageA: Float64Array;
  coverageS: Float64Array;
  revenue: Float64Array;
  quadrant: Uint8Array;
  selected: Uint8Array;
  /** PARETO_CLASSES index, 255 without a Pareto view. */
  pareto: Uint8Array;
  /** Offsets of the account's packed text cell, and the index of its segment cell. */
  cellStart: Int32Array;
  cellEnd: Int32Array;
  segment: Uint32Array;
}

export function forEachRankBlock(
  portfolio: Portfolio,
  ev: Evaluation,
  cellOffsets: Int32Array,
  segmentOf: Uint32Array | null,
  visit: (block: RankBlock) => void,
): void {
  const { order, scope, attractiveness, strength, quadrant } = ev;
  const covA = ev.coverage.attractiveness;
  const covS = ev.coverage.strength;
  const selected = ev.selection.selected;
  const pareto = ev.pareto ? ev.pareto.cls : null;
  const revenue = portfolio.revenue;
  const b: RankBlock = {
    first: 0,
    size: 0,
    position: new Uint32Array(B),
    row: new Int32Array(B),
    attractiveness: new Float64Array(B),
    strength: new Float64Array(B),
    coverageA: new Float64Array(B),
    coverageS: new Float64Array(B),
    revenue: new Float64Array(B).fill(Number.NaN),
    quadrant: new Uint8Array(B),
    selected: new Uint8Array(B),
    pareto: new Uint8Array(B).fill(255),
    cellStart: new Int32Array(B),
    cellEnd: new Int32Array(B),
    segment: new Uint32Array(B),
  };
  for (let r0 = 0; r0 < order.length; r0 += B) {
    const m = Math.min(B, order.length - r0);
    b.first = r0;
    b.size = m;
    const pos = b.position;
    const row = b.row;
    for (let i = 0; i < m; i++) pos[i] = order[r0 + i];
    for (let i = 0; i < m; i++) row[i] = scope[pos[i]];
    for (let i = 0; i < m; i++) b.attractiveness[i] = attractiveness[pos[i]];
    for (let i = 0; i < m; i++) b.strength[i] = strength[pos[i]];
    for (let i = 0; i < m; i++) b.coverageA[i] = covA[pos[i]];
    for (let i = 0; i < m; i++) b.coverageS[i] = covS[pos[i]];
    for (let i = 0; i < m; i++) b.quadrant[i] = quadrant[pos[i]];
    for (let i = 0; i < m; i++) b.selected[i] = selected[pos[i]];
    if (pareto) for (let i = 0; i < m; i++) b.pareto[i] = pareto[pos[i]];
    if (revenue) for (let i = 0; i < m; i++) b.revenue[i] = revenue[row[i]];
    for (let i = 0; i < m; i++) b.cellStart[i] = cellOffsets[row[i]];
    for (let i = 0; i < m; i++) b.cellEnd[i] = cellOffsets[row[i] + 1];
    if (segmentOf) for (let i = 0; i < m; i++) b.segment[i] = segmentOf[row[i]];
    visit(b);
  }
}
