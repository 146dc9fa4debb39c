/** Label placement: labels never overlap each other, a mark, a reserved box, or leave the plot. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, segmentHitsBox, type Box, type Circle, type LabelRequest, type Placement, type PlacementSpace } from '../../../src/render/picture/labels.js';

const BOUNDS: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const space = (circles: Circle[], over: Partial<PlacementSpace> = {}): PlacementSpace => ({ bounds: BOUNDS, circles, boxes: [], soft: [], ascent: 10, descent: 3, lineHeight: 14, ...over });
const request = (circles: Circle[], i: number, name: string, region: Box = BOUNDS): LabelRequest => ({
  anchor: circles[i],
  mark: i,
  region,
  texts: [
    { lines: [name], width: name.length * 7, kind: 'name', cost: 0 },
    { lines: [String(i + 1)], width: 8, kind: 'number', cost: 0 },
  ],
});
const overlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const hitsCircle = (c: Circle, b: Box): boolean => {
  const dx = Math.max(b.x0 - c.cx, 0, c.cx - b.x1);
  const dy = Math.max(b.y0 - c.cy, 0, c.cy - b.y1);
  return dx * dx + dy * dy < c.r * c.r;
};

function checkLayout(placed: Array<Placement | null>, circles: Circle[], s: PlacementSpace): void {
  const boxes = placed.filter((p): p is Placement => p !== null).map((p) => p.box);
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    expect(b.x0 >= s.bounds.x0 && b.x1 <= s.bounds.x1 && b.y0 >= s.bounds.y0 && b.y1 <= s.bounds.y1).toBe(true);
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(b, boxes[j])).toBe(false);
    for (const c of circles) expect(hitsCircle(c, b)).toBe(false);
    for (const r of s.boxes) expect(overlap(b, r)).toBe(false);
  }
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its mark, on its middle line', () => {
    const circles = [{ cx: 100, cy: 100, r: 10 }];
    const [p] = placeLabels([request(circles, 0, 'Nordhavn')], space(circles));
    expect(p).not.toBeNull();
    expect(p!.kind).toBe('name');
    expect(p!.leader).toBeNull();
    expect(p!.box.x0).toBeCloseTo(111, 6); // 1 px off the mark's edge
    expect((p!.box.y0 + p!.box.y1) / 2).toBeCloseTo(100, 6);
    expect(p!.x).toBeCloseTo(115, 6); // the text starts inside its 4 px side padding
  });

  it('goes to the left when the right is taken, and never over a reserved box', () => {
    const circles = [{ cx: 200, cy: 100, r: 10 }];
    const reserved: Box = { x0: 205, y0: 80, x1: 400, y1: 120 };
    const s = space(circles, { boxes: [reserved] });
    const [p] = placeLabels([request(circles, 0, 'Meridian')], s);
    expect(p!.box.x1).toBeLessThanOrEqual(190);
    checkLayout([p], circles, s);
  });

  it('keeps a label in its region (the quadrant) while there is room', () => {
    const circles = [{ cx: 195, cy: 100, r: 5 }];
    const region: Box = { x0: 0, y0: 0, x1: 200, y1: 300 };
    const [p] = placeLabels([request(circles, 0, 'Veridia Biologics', region)], space(circles));
    expect(p!.box.x1).toBeLessThanOrEqual(200);
  });

  it('falls back to the number where no name fits, and leaves a label out only when nothing fits', () => {
    // A mark boxed in by others: its name cannot stand anywhere near it, its number can.
    const circles: Circle[] = [{ cx: 200, cy: 150, r: 4 }];
    for (let k = 0; k < 12; k++) circles.push({ cx: 200 + 40 * Math.cos((k * Math.PI) / 6), cy: 150 + 28 * Math.sin((k * Math.PI) / 6), r: 12 });
    const s = space(circles, { bounds: { x0: 120, y0: 90, x1: 280, y1: 210 } });
    const [p] = placeLabels([request(circles, 0, 'A rather long account name')], s);
    expect(p).not.toBeNull();
    expect(p!.kind).toBe('number');
    expect(p!.lines).toEqual(['1']);
    checkLayout([p], circles, s);
    const full = space([{ cx: 10, cy: 10, r: 9 }], { bounds: { x0: 0, y0: 0, x1: 20, y1: 20 } });
    expect(placeLabels([request(full.circles as Circle[], 0, 'x')], full)).toEqual([null]);
  });

  it('never lets a label cover another label, a mark or leave the plot (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ cx: fc.integer({ min: 10, max: 390 }), cy: fc.integer({ min: 10, max: 290 }), r: fc.integer({ min: 3, max: 14 }), name: fc.string({ minLength: 1, maxLength: 18 }) }), { minLength: 1, maxLength: 40 }),
        (marks) => {
          const circles = marks.map(({ cx, cy, r }) => ({ cx, cy, r }));
          const s = space(circles, { soft: [{ x1: 200, y1: 0, x2: 200, y2: 300 }] });
          const placed = placeLabels(marks.map((m, i) => request(circles, i, m.name)), s);
          checkLayout(placed, circles, s);
          // Leader lines never run through another label.
          const boxes = placed.map((p) => p?.box);
          placed.forEach((p, i) => {
            if (!p?.leader) return;
            boxes.forEach((b, j) => {
              if (b && j !== i) expect(segmentHitsBox(p.leader!, b)).toBe(false);
            });
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is deterministic', () => {
    const circles = Array.from({ length: 30 }, (_, i) => ({ cx: 50 + ((i * 37) % 300), cy: 40 + ((i * 53) % 220), r: 4 + (i % 9) }));
    const reqs = circles.map((_, i) => request(circles, i, `Account ${i}`));
    expect(placeLabels(reqs, space(circles))).toEqual(placeLabels(reqs, space(circles)));
  });
});
