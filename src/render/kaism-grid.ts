/**
 * Character-cell helpers for the KAISM chart: a canvas of cells with one "ink" per cell that is
 * turned into styled lines at the end (the widths of user text come from text-width.ts).
 * Pure: no I/O, no terminal access.
 */
import { cellsOf, cut } from './text-width.js';

/** A cell's ink: 0 plain, 1 axis, 2 dim, 3 + index into QUADRANTS for a quadrant colour. */
export type Ink = number;
export const PLAIN: Ink = 0;
export const AXIS: Ink = 1;
export const DIM: Ink = 2;

/** The cells of `text` (see text-width.ts `cellsOf`), cut to at most `max` columns with '…' marking a cut. */
export function fitCells(text: string, max: number): string[] {
  return cellsOf(cut(text, max));
}

/** A rectangle of single-column cells, each with an ink. */
export class Canvas {
  private readonly chars: string[];
  private readonly inks: Uint8Array;

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    this.chars = new Array<string>(rows * cols).fill(' ');
    this.inks = new Uint8Array(rows * cols);
  }

  /** Write cells from (row, col) rightwards; anything outside the canvas is dropped. */
  put(row: number, col: number, cells: readonly string[] | string, ink: Ink): void {
    if (row < 0 || row >= this.rows) return;
    const list = typeof cells === 'string' ? cellsOf(cells) : cells;
    for (let i = 0; i < list.length; i++) {
      const c = col + i;
      if (c < 0 || c >= this.cols) continue;
      this.chars[row * this.cols + c] = list[i];
      this.inks[row * this.cols + c] = ink;
    }
  }

  /** Fill `count` cells of a row with one character. */
  fill(row: number, col: number, count: number, ch: string, ink: Ink): void {
    for (let i = 0; i < count; i++) this.put(row, col + i, [ch], ink);
  }

  /** One row as text, runs of equal ink painted together, trailing blanks dropped. */
  line(row: number, paint: (ink: Ink, text: string) => string): string {
    const base = row * this.cols;
    let end = this.cols;
    while (end > 0 && this.chars[base + end - 1] === ' ' && this.inks[base + end - 1] === PLAIN) end--;
    let out = '';
    let start = 0;
    for (let c = 1; c <= end; c++) {
      if (c === end || this.inks[base + c] !== this.inks[base + start]) {
        const run = this.chars.slice(base + start, base + c).join('');
        out += paint(this.inks[base + start], run);
        start = c;
      }
    }
    return out;
  }
}

/** Something to write at a cell of a plot: a marker (may be empty) and a label beside it. */
export interface Item {
  row: number;
  col: number;
  marker: string[];
  label: string[];
  markerInk: Ink;
  labelInk: Ink;
}

export interface Placed {
  item: Item;
  /** The plot column where the item's text starts. */
  start: number;
  /** Marker then label (to the right of the cell), or label then marker (to its left). */
  right: boolean;
}

/**
 * Place every item of a rows x cols plot to the right of its cell or, failing that, to its
 * left, within the columns `span(col)` (its quadrant), with at least one blank column between
 * items. Earlier items choose first. With `nudge` (numbers, whose cell is approximate anyway)
 * an item may also move up to one row and three columns away, never onto another item's cell
 * nor across a boundary. Null if some item does not fit or two share a cell.
 */
export function placeItems(
  items: readonly Item[],
  rows: number,
  cols: number,
  span: (col: number) => [number, number],
  /** Enables nudging; the row of the horizontal boundary line, which items never cross. */
  boundaryRow?: number,
): Placed[] | null {
  const nudge = boundaryRow !== undefined;
  const owner = new Int32Array(rows * cols).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const k = items[i].row * cols + items[i].col;
    if (owner[k] !== -1) return null;
    owner[k] = i;
  }
  const side = (r: number): number => (boundaryRow === undefined ? 0 : Math.sign(r - boundaryRow));
  const rowSpan = (row: number): [number, number] => {
    // Rows above and below the horizontal boundary belong to different quadrants.
    const same = (r: number): boolean => r >= 0 && r < rows && side(r) === side(row);
    return [same(row - 1) ? row - 1 : row, same(row + 1) ? row + 1 : row];
  };
  const placed: Placed[] = [];
  for (let i = 0; i < items.length; i++) {
    const { row, col, marker, label } = items[i];
    const len = Math.max(1, marker.length + label.length);
    const [lo, hi] = span(col);
    const free = (r: number, start: number): boolean => {
      if (start < lo || start + len - 1 > hi) return false;
      for (let x = Math.max(lo, start - 1); x <= Math.min(hi, start + len); x++) {
        const o = owner[r * cols + x];
        if (o !== -1 && o !== i) return false;
      }
      return true;
    };
    const candidates: Array<[number, number, boolean]> = [[row, col, true], [row, col - len + 1, false]];
    if (nudge) {
      const [r0, r1] = rowSpan(row);
      for (let d = 1; d <= 3; d++) candidates.push([row, col + d, true], [row, col - len + 1 - d, false]);
      for (const r of [r0, r1]) {
        if (r === row) continue;
        for (let d = 0; d <= 3; d++) candidates.push([r, col + d, true], [r, col - len + 1 - d, false]);
      }
    }
    const hit = candidates.find(([r, start]) => free(r, start));
    if (!hit) return null;
    const [r, start, right] = hit;
    for (let x = start; x < start + len; x++) owner[r * cols + x] = i;
    placed.push({ item: r === row ? items[i] : { ...items[i], row: r }, start, right });
  }
  return placed;
}

/** Draw placed items with the plot's cell (0, 0) at canvas cell (top, left). */
export function drawItems(cv: Canvas, placed: readonly Placed[], top: number, left: number): void {
  for (const { item, start, right } of placed) {
    const first = right ? item.marker : item.label;
    const second = right ? item.label : item.marker;
    cv.put(top + item.row, left + start, first, right ? item.markerInk : item.labelInk);
    cv.put(top + item.row, left + start + first.length, second, right ? item.labelInk : item.markerInk);
  }
}
