/** Density cells for large portfolios: cut at the split, counted exactly, one quadrant per cell. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellOf, densityGrid, splitEdges } from '../../../src/render/picture/density.js';

describe('splitEdges and cellOf', () => {
  it('cuts 0..100 at the split into about the asked number of cells', () => {
    expect(splitEdges(50, 4)).toEqual([0, 25, 50, 75, 100]);
    expect(splitEdges(60, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(splitEdges(0, 4)).toEqual([0, 25, 50, 75, 100]);
    expect(splitEdges(100, 2)).toEqual([0, 50, 100]);
  });

  it('puts a score on an edge in the cell above it, as the engine calls a score on the boundary high', () => {
    const e = splitEdges(50, 4);
    expect(cellOf(50, e)).toBe(2);
    expect(cellOf(49.999, e)).toBe(1);
    expect(cellOf(0, e)).toBe(0);
    expect(cellOf(100, e)).toBe(3);
    expect(cellOf(Number.NaN, e)).toBe(0);
  });
});

describe('densityGrid', () => {
  it('counts every account once and the selected ones apart (hand-counted)', () => {
    const a = Float64Array.from([10, 60, 60, 99, 50]);
    const s = Float64Array.from([10, 70, 70, 20, 50]);
    const sel = Uint8Array.from([0, 1, 1, 0, 1]);
    const g = densityGrid(a, s, sel, { attractiveness: 50, strength: 50 }, { columns: 2, rows: 2 });
    // Cells: row (attractiveness) 0 = 0..50, 1 = 50..100; column (strength) likewise.
    expect(Array.from(g.counts)).toEqual([1, 0, 1, 3]);
    expect(Array.from(g.selected)).toEqual([0, 0, 0, 3]);
    expect(g.max).toBe(3);
  });

  it('never mixes quadrants in a cell, for any split (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 200 }),
        (splitA, splitS, pts) => {
          const a = Float64Array.from(pts.map((p) => p[0]));
          const s = Float64Array.from(pts.map((p) => p[1]));
          const g = densityGrid(a, s, new Uint8Array(pts.length), { attractiveness: splitA, strength: splitS }, { columns: 48, rows: 32 });
          const cols = g.strengthEdges.length - 1;
          let total = 0;
          for (const c of g.counts) total += c;
          expect(total).toBe(pts.length);
          pts.forEach(([x, y]) => {
            const row = cellOf(x, g.attractivenessEdges);
            const col = cellOf(y, g.strengthEdges);
            expect(g.counts[row * cols + col]).toBeGreaterThan(0);
            // The cell lies wholly on the account's side of each boundary.
            const highA = x >= splitA;
            expect(highA ? g.attractivenessEdges[row] >= splitA - 1e-9 : g.attractivenessEdges[row + 1] <= splitA + 1e-9).toBe(true);
            const highS = y >= splitS;
            expect(highS ? g.strengthEdges[col] >= splitS - 1e-9 : g.strengthEdges[col + 1] <= splitS + 1e-9).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
