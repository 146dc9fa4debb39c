/**
 * Density for large portfolios: accounts counted in cells of the score plane. The cells are cut
 * at the split values, so no cell straddles a boundary and every cell lies in one quadrant.
 * O(accounts) time, O(cells) memory.
 */

export interface DensityGrid {
  /** Cell edges along strength and attractiveness, ascending score values from 0 to 100. */
  strengthEdges: number[];
  attractivenessEdges: number[];
  /** Accounts per cell, row-major: index = row × columns + column (row along attractiveness). */
  counts: Uint32Array;
  /** Selected accounts per cell. */
  selected: Uint32Array;
  max: number;
}

/** Edges from 0 to 100 with one at `split`, about `cells` cells in all, none wider than the others by much. */
export function splitEdges(split: number, cells: number): number[] {
  const s = Math.min(100, Math.max(0, split));
  const low = s <= 0 ? 0 : Math.max(1, Math.round((cells * s) / 100));
  const high = s >= 100 ? 0 : Math.max(1, cells - low);
  const edges: number[] = [0];
  for (let i = 1; i <= low; i++) edges.push((s * i) / low);
  for (let i = 1; i <= high; i++) edges.push(s + ((100 - s) * i) / high);
  return edges;
}

/** The cell of score x (0..100) between `edges`: a score on an edge goes to the cell above it (≥ is high). */
export function cellOf(x: number, edges: readonly number[]): number {
  const last = edges.length - 2;
  if (!(x > 0)) return 0;
  if (x >= 100) return last;
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (x >= edges[mid]) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function densityGrid(
  attractiveness: Float64Array,
  strength: Float64Array,
  selected: Uint8Array,
  split: { attractiveness: number; strength: number },
  cells: { columns: number; rows: number },
): DensityGrid {
  const strengthEdges = splitEdges(split.strength, cells.columns);
  const attractivenessEdges = splitEdges(split.attractiveness, cells.rows);
  const cols = strengthEdges.length - 1;
  const rows = attractivenessEdges.length - 1;
  const counts = new Uint32Array(cols * rows);
  const sel = new Uint32Array(cols * rows);
  // Equal-width cells on each side of the split: the column is arithmetic, then checked against the edges.
  const col = lookup(strengthEdges, split.strength);
  const row = lookup(attractivenessEdges, split.attractiveness);
  for (let p = 0; p < attractiveness.length; p++) {
    const i = row(attractiveness[p]) * cols + col(strength[p]);
    counts[i]++;
    if (selected[p]) sel[i]++;
  }
  let max = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i] > max) max = counts[i];
  return { strengthEdges, attractivenessEdges, counts, selected: sel, max };
}

/** cellOf, with a guess from the equal widths on each side of the split corrected by one step. */
function lookup(edges: readonly number[], split: number): (x: number) => number {
  const last = edges.length - 2;
  const s = Math.min(100, Math.max(0, split));
  const low = edges.findIndex((e) => e >= s && e > 0);
  const lowCells = s <= 0 ? 0 : low;
  const highCells = last + 1 - lowCells;
  return (x) => {
    if (!(x > 0)) return 0;
    if (x >= 100) return last;
    let i = x < s ? Math.floor((x / s) * lowCells) : lowCells + Math.floor(((x - s) / (100 - s)) * highCells);
    i = Math.max(0, Math.min(last, i));
    while (i > 0 && x < edges[i]) i--;
    while (i < last && x >= edges[i + 1]) i++;
    return i;
  };
}
