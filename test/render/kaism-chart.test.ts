import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderKaismChart, type ChartOptions, type ChartPoint, type ChartStyle } from '../../src/render/kaism-chart.js';
import { QUADRANTS, type Quadrant } from '../../src/core/types.js';

type Split = ChartOptions['split'];
const MID: Split = { attractiveness: 50, strength: 50 };

/** The engine's rule: a score on the boundary is high. */
function quadrantFor(a: number, s: number, split: Split): Quadrant {
  const highA = a >= split.attractiveness;
  const highS = s >= split.strength;
  return highA ? (highS ? 'key' : 'key-development') : highS ? 'maintenance' : 'opportunistic';
}

const pt = (id: string, rank: number, a: number, s: number, split: Split = MID): ChartPoint => ({
  id,
  rank,
  attractiveness: a,
  strength: s,
  quadrant: quadrantFor(a, s, split),
});

const strip = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, '');
/** Visible columns: every character used here is one column except CJK ideographs. */
const cols = (s: string): number => [...strip(s)].reduce((n, ch) => n + (/\p{Script=Han}/u.test(ch) ? 2 : 1), 0);

function render(points: readonly ChartPoint[], over: Partial<ChartOptions> = {}): string[] {
  return renderKaismChart(points, { width: 80, split: MID, strengthAxis: 'left', ...over });
}

/** Where the frame and the boundary lines are (string indices; all chars here are one unit). */
function geometry(lines: string[]) {
  const top = lines.findIndex((l) => l.includes('┌'));
  const bottom = lines.findIndex((l) => l.includes('└'));
  return {
    top,
    bottom,
    left: lines[top].indexOf('┌'),
    right: lines[top].indexOf('┐'),
    boundaryCol: lines[top].indexOf('┬'),
    boundaryRow: lines.findIndex((l) => l.includes('├')),
  };
}

function locate(lines: string[], text: string): { row: number; col: number } {
  const row = lines.findIndex((l) => l.includes(text));
  expect(row, `"${text}" not found in\n${lines.join('\n')}`).toBeGreaterThanOrEqual(0);
  return { row, col: lines[row].indexOf(text) };
}

/** The text inside the frame, row by row (boundary lines included). */
function interior(lines: string[]): string[] {
  const g = geometry(lines);
  return lines.slice(g.top + 1, g.bottom).map((l) => l.slice(g.left + 1, g.right));
}

function digitSum(lines: string[]): number {
  let sum = 0;
  for (const row of interior(lines)) for (const ch of row) if (ch >= '0' && ch <= '9') sum += Number(ch);
  return sum;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomPoints(n: number, split: Split, seed: number): ChartPoint[] {
  const rnd = random(seed);
  return Array.from({ length: n }, (_, i) => pt(`acct-${i}`, i + 1, rnd() * 100, rnd() * 100, split));
}

describe('frame, titles and axes', () => {
  it('puts KEY top-left and the other titles in their corners when high strength is on the left', () => {
    const lines = render([]);
    const g = geometry(lines);
    const top = lines[g.top];
    const bottom = lines[g.bottom];
    expect(top.indexOf(' KEY ')).toBeGreaterThan(g.left);
    expect(top.indexOf(' KEY ')).toBeLessThan(g.left + 4);
    expect(top.indexOf('KEY DEVELOPMENT')).toBeGreaterThan(g.boundaryCol);
    expect(top.indexOf('KEY DEVELOPMENT') + 'KEY DEVELOPMENT'.length).toBeGreaterThan(g.right - 4);
    expect(bottom.indexOf('MAINTENANCE')).toBeLessThan(g.left + 4);
    expect(bottom.indexOf('OPPORTUNISTIC') + 'OPPORTUNISTIC'.length).toBeGreaterThan(g.right - 4);
    expect(bottom.indexOf('OPPORTUNISTIC')).toBeGreaterThan(bottom.indexOf('┴'));
  });

  it('mirrors the titles when high strength is on the right', () => {
    const lines = render([], { strengthAxis: 'right' });
    const g = geometry(lines);
    const top = lines[g.top];
    const bottom = lines[g.bottom];
    expect(top.indexOf('KEY DEVELOPMENT')).toBeLessThan(g.left + 4);
    expect(top.indexOf(' KEY ─┐')).toBeGreaterThan(g.boundaryCol);
    expect(bottom.indexOf('OPPORTUNISTIC')).toBeLessThan(g.left + 4);
    expect(bottom.indexOf('MAINTENANCE')).toBeGreaterThan(bottom.indexOf('┴'));
  });

  it('labels the axes with arrows, reversed for strengthAxis right, and ticks 0 / boundary / 100', () => {
    const left = render([], { split: { attractiveness: 60, strength: 45 } });
    expect(left[0]).toContain('↑ higher attractiveness');
    const xl = left[left.length - 1];
    expect(xl.indexOf('← higher relative strength')).toBeLessThan(xl.indexOf('lower →'));
    const ticks = left[left.length - 2];
    expect(ticks.trim().split(/\s+/)).toEqual(['100', '45', '0']);
    const g = geometry(left);
    expect(left[g.top + 1].trimStart().startsWith('100 │')).toBe(true);
    expect(left[g.boundaryRow].trimStart().startsWith('60 ├')).toBe(true);
    expect(left[g.bottom - 1].trimStart().startsWith('0 │')).toBe(true);

    const right = render([], { strengthAxis: 'right' });
    const xr = right[right.length - 1];
    expect(xr.indexOf('← lower')).toBeLessThan(xr.indexOf('higher relative strength →'));
    expect(right[right.length - 2].trim().split(/\s+/)).toEqual(['0', '50', '100']);
  });

  it('fits 80x24: 17 plot rows by default, 22 lines in all', () => {
    const lines = render([pt('a', 1, 80, 80)]);
    const g = geometry(lines);
    expect(g.bottom - g.top - 1).toBe(17);
    expect(lines).toHaveLength(22);
    expect(Math.max(...lines.map(cols))).toBeLessThanOrEqual(80);
  });

  it('moves the boundary lines with the split', () => {
    // width 80: gutter 4 ("100" + space), frame at column 4, 74 plot columns from column 5.
    // 17 rows: the boundary row is round((100 - a) / 100 * 16) below the top plot row.
    const mid = geometry(render([]));
    expect(mid.left).toBe(4);
    expect(mid.boundaryCol).toBe(5 + 37); // round(0.5 * 73) = 37 (36.5 rounds up)
    expect(mid.boundaryRow).toBe(mid.top + 1 + 8);

    const split = { attractiveness: 60, strength: 45 };
    const moved = geometry(render([], { split }));
    expect(moved.boundaryCol).toBe(5 + 40); // round(0.55 * 73) = round(40.15)
    expect(moved.boundaryRow).toBe(moved.top + 1 + 6); // round(0.4 * 16) = round(6.4)

    const flipped = geometry(render([], { split, strengthAxis: 'right' }));
    expect(flipped.boundaryCol).toBe(5 + 33); // round(0.45 * 73) = round(32.85)

    const lowA = geometry(render([], { split: { attractiveness: 20, strength: 80 } }));
    expect(lowA.boundaryCol).toBe(5 + 15); // round(0.2 * 73) = round(14.6)
    expect(lowA.boundaryRow).toBe(lowA.top + 1 + 13); // round(0.8 * 16) = round(12.8)
  });
});

describe('placing accounts', () => {
  it('puts strength 90 / attractiveness 90 top-left with strength on the left, top-right otherwise', () => {
    const p = [pt('star', 1, 90, 90)];
    const left = render(p);
    const gl = geometry(left);
    const at = locate(left, '●star');
    expect(at.row).toBeLessThan(gl.boundaryRow);
    expect(at.col).toBeGreaterThan(gl.left);
    expect(at.col).toBeLessThan(gl.boundaryCol);
    expect(at.col - gl.left).toBeLessThan((gl.boundaryCol - gl.left) / 2); // near the left edge

    const right = render(p, { strengthAxis: 'right' });
    const gr = geometry(right);
    const ar = locate(right, '●');
    expect(ar.row).toBeLessThan(gr.boundaryRow);
    expect(ar.col).toBeGreaterThan(gr.boundaryCol);
    expect(gr.right - ar.col).toBeLessThan((gr.right - gr.boundaryCol) / 2); // near the right edge
  });

  it('puts a score exactly on the boundary on the high side, next to the line', () => {
    const split = { attractiveness: 60, strength: 45 };
    const lines = render([pt('edge', 1, 60, 45, split)], { split });
    const g = geometry(lines);
    expect(pt('edge', 1, 60, 45, split).quadrant).toBe('key');
    const m = locate(lines, '●');
    expect(m.row).toBe(g.boundaryRow - 1);
    expect(m.col).toBe(g.boundaryCol - 1);
    expect(lines[m.row]).toContain('edge●│');
  });

  it("follows the point's quadrant when its score falls on the other side of the line", () => {
    // The engine rounded 59.96 up to 60: the account is KEY and must be drawn as KEY.
    const split = { attractiveness: 60, strength: 45 };
    const p: ChartPoint = { id: 'round', rank: 1, attractiveness: 59.96, strength: 44.96, quadrant: 'key' };
    const lines = render([p], { split });
    const g = geometry(lines);
    const m = locate(lines, '●');
    expect(m.row).toBeLessThan(g.boundaryRow);
    expect(m.col).toBeLessThan(g.boundaryCol);
    // And just below both boundaries is low/low: bottom-right with strength on the left.
    const low = render([pt('low', 1, 59.9, 44.9, split)], { split });
    const gl = geometry(low);
    const ml = locate(low, '●');
    expect(ml.row).toBe(gl.boundaryRow + 1);
    expect(ml.col).toBe(gl.boundaryCol + 1);
  });

  it('labels a few spread accounts with a marker and a shortened id, and no legend', () => {
    const points = [
      pt('acme-corporation', 1, 90, 90),
      pt('globex', 2, 75, 20),
      pt('initech', 3, 20, 70),
      pt('umbrella', 4, 10, 10),
    ];
    const lines = render(points);
    const g = geometry(lines);
    const acme = locate(lines, 'acme-co…');
    expect(lines[acme.row][acme.col - 1]).toBe('●');
    for (const id of ['globex', 'initech', 'umbrella']) expect(lines.join('\n')).toContain(id);
    expect(locate(lines, 'globex').row).toBeLessThan(g.boundaryRow);
    expect(locate(lines, 'initech').row).toBeGreaterThan(g.boundaryRow);
    expect(lines).toHaveLength(22); // no legend, no note
  });

  it('numbers colliding accounts, joins a shared cell, and lists a compact legend', () => {
    const points = [pt('alpha', 2, 90, 90), pt('beta', 1, 90, 90), pt('gamma', 3, 20, 20)];
    const lines = render(points);
    expect(lines.join('\n')).not.toContain('●');
    const g = geometry(lines);
    const shared = locate(lines, '1,2');
    expect(shared.row).toBeLessThan(g.boundaryRow);
    expect(shared.col).toBeLessThan(g.boundaryCol);
    const three = interior(lines).findIndex((r) => r.includes('3'));
    expect(three).toBeGreaterThan(g.boundaryRow - g.top - 1);
    const legend = lines.slice(g.bottom + 3);
    expect(legend).toHaveLength(1); // three entries side by side
    expect(legend[0]).toMatch(/^1 beta +2 alpha +3 gamma$/);
  });

  it('nudges a number that would touch its neighbour, by at most one row and three columns', () => {
    // Split 50, width 80: the high-strength side is plot columns 0..36, 37 bins of 50/37 points.
    // Strength 91 -> column 36 - floor(0.82 * 37) = 6; strength 90 -> 36 - floor(0.8 * 37) = 7.
    // "1" and "2" side by side would read as 12, so "2" moves to a free spot nearby.
    const points = [pt('north-pole', 1, 90, 91), pt('north-star', 2, 90, 90)];
    const lines = render(points);
    const standalone = (digit: string): { row: number; col: number } => {
      const re = new RegExp(`(?<![\\d,])${digit}(?![\\d,])`);
      const g = geometry(lines);
      for (let row = g.top + 1; row < g.bottom; row++) {
        const m = re.exec(lines[row].slice(g.left + 1, g.right));
        if (m) return { row, col: g.left + 1 + m.index };
      }
      throw new Error(`${digit} not plotted`);
    };
    const one = standalone('1');
    const two = standalone('2');
    expect(lines.join('\n')).not.toMatch(/12|21/);
    expect(Math.abs(one.col - (4 + 1 + 6))).toBeLessThanOrEqual(3);
    expect(Math.abs(two.row - one.row)).toBeLessThanOrEqual(1);
    expect(Math.abs(two.col - one.col)).toBeGreaterThanOrEqual(2);
    expect(Math.abs(two.col - (4 + 1 + 7))).toBeLessThanOrEqual(3);
    expect(lines[lines.length - 1]).toMatch(/^1 north-pole +2 north-star$/);
  });
});

describe('density mode', () => {
  it('counts 5,000 accounts cell by cell; the digits add up to 5,000', () => {
    const split = { attractiveness: 60, strength: 45 };
    const points = randomPoints(5000, split, 7);
    // 160 columns and 80 rows give about 4,000 cells: fewer than 10 accounts in every cell.
    const lines = render(points, { split, width: 160, height: 80 });
    const inside = interior(lines).join('');
    expect(inside).not.toContain('#');
    expect(digitSum(lines)).toBe(5000);
    expect(lines[lines.length - 1]).toContain('5,000 accounts');
    expect(lines[lines.length - 1]).toContain('# = 10 or more');
  });

  it('shows # for 10 or more accounts in a cell and never splits a count into adjacent digits', () => {
    const points = [
      ...Array.from({ length: 200 }, (_, i) => pt(`same-${i}`, i + 1, 80, 80)),
      ...randomPoints(100, MID, 3).map((p, i) => ({ ...p, rank: 201 + i })),
    ];
    const lines = render(points);
    const inside = interior(lines);
    expect(inside.join('')).toContain('#');
    for (const row of inside) expect(row).not.toMatch(/[0-9#][0-9#]/);
    expect(digitSum(lines)).toBeLessThanOrEqual(100);
  });

  it('keeps each count inside its quadrant', () => {
    const split = { attractiveness: 60, strength: 45 };
    const points = randomPoints(3000, split, 11);
    const lines = render(points, { split, width: 160, height: 80 });
    const g = geometry(lines);
    const expected = { key: 0, 'key-development': 0, maintenance: 0, opportunistic: 0 };
    for (const p of points) expected[p.quadrant]++;
    const got = { key: 0, 'key-development': 0, maintenance: 0, opportunistic: 0 };
    for (let r = g.top + 1; r < g.bottom; r++) {
      for (let c = g.left + 1; c < g.right; c++) {
        const ch = lines[r][c] ?? ' ';
        if (ch < '1' || ch > '9') continue;
        const highA = r < g.boundaryRow;
        const highS = c < g.boundaryCol;
        got[highA ? (highS ? 'key' : 'key-development') : highS ? 'maintenance' : 'opportunistic'] += Number(ch);
      }
    }
    expect(got).toEqual(expected);
  });

  it('handles a million accounts quickly', () => {
    const rnd = random(5);
    const points: ChartPoint[] = [];
    for (let i = 0; i < 1_000_000; i++) points.push(pt('x', i + 1, rnd() * 100, rnd() * 100));
    const t = performance.now();
    const lines = render(points);
    expect(performance.now() - t).toBeLessThan(1500);
    expect(lines).toHaveLength(23);
    expect(lines[lines.length - 1]).toContain('1,000,000 accounts');
  });
});

describe('styling and width', () => {
  it('paints titles and markers by quadrant and the frame as axis; stripped it equals plain', () => {
    const ansi: ChartStyle = {
      quadrant: (q, t) => `\x1b[3${QUADRANTS.indexOf(q) + 1}m${t}\x1b[39m`,
      axis: (t) => `\x1b[90m${t}\x1b[39m`,
      dim: (t) => `\x1b[2m${t}\x1b[22m`,
    };
    const points = [pt('acme', 1, 90, 90), pt('zeta', 2, 10, 10)];
    const styled = render(points, { style: ansi });
    expect(styled.map(strip)).toEqual(render(points));
    expect(styled.join('\n')).toContain('\x1b[31mKEY\x1b[39m');
    expect(styled.join('\n')).toContain('\x1b[31m●\x1b[39m');
    expect(styled.join('\n')).toContain('\x1b[34mOPPORTUNISTIC\x1b[39m');
    expect(styled.join('\n')).toContain('\x1b[90m┌');
  });

  it('counts wide characters as two columns', () => {
    const lines = render([pt('東京電力株式会社', 1, 90, 90)], { width: 40 });
    expect(lines.join('\n')).toContain('東京電…');
    for (const l of lines) expect(cols(l)).toBeLessThanOrEqual(40);
    const g = geometry(lines);
    const row = lines.findIndex((l) => l.includes('東'));
    expect(cols(lines[row].slice(0, lines[row].lastIndexOf('│') + 1))).toBe(g.right + 1);
  });

  it('never exceeds the width and identifies every account (property)', () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    const arb = fc.record({
      width: fc.integer({ min: 40, max: 160 }),
      height: fc.option(fc.integer({ min: 5, max: 30 }), { nil: undefined }),
      split: fc.record({ attractiveness: score, strength: score }),
      strengthAxis: fc.constantFrom<'left' | 'right'>('left', 'right'),
      scores: fc.array(fc.tuple(score, score, fc.stringMatching(/^[a-z0-9-]{1,12}$/)), { maxLength: 60 }),
    });
    const modes = { label: 0, numbered: 0, density: 0 };
    fc.assert(
      fc.property(arb, ({ width, height, split, strengthAxis, scores }) => {
        const points = scores.map(([a, s, id], i) => pt(`${id}`, i + 1, a, s, split));
        const lines = renderKaismChart(points, { width, height, split, strengthAxis });
        for (const l of lines) expect(cols(l)).toBeLessThanOrEqual(width);
        const g = geometry(lines);
        const inside = interior(lines).join('\n');
        const after = lines.slice(g.bottom + 3);
        if (inside.includes('●')) {
          modes.label++;
          for (const p of points) expect(inside).toContain(p.id.length <= 8 ? p.id : `${p.id.slice(0, 7)}…`);
          expect(after).toEqual([]);
        } else if (after.length > 0 && !after[0].includes('# = 10')) {
          modes.numbered++;
          const shown = new Set(inside.match(/\d+/g) ?? []);
          for (const p of points) expect(shown.has(String(p.rank))).toBe(true);
          const legend = after.join('\n');
          for (const p of points) expect(legend).toMatch(new RegExp(`(^|\\s)${p.rank} ${p.id}(\\s|$)`, 'm'));
        } else {
          modes.density++;
          if (!inside.includes('#')) expect(digitSum(lines)).toBe(points.length);
          else expect(digitSum(lines)).toBeLessThan(points.length);
        }
      }),
      { numRuns: 300 },
    );
    // The property exercised all three modes (each turns up dozens of times in 300 runs).
    expect(Math.min(modes.label, modes.numbered, modes.density)).toBeGreaterThan(0);
  });
});
