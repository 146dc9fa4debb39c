/**
 * The matrix SVG of the bundled example: well-formed, one mark per account at the position its
 * scores give, the boundary lines at the split values, a tooltip per mark, no external URLs.
 */
import { describe, expect, it } from 'vitest';
import { kamInProcess } from '../../helpers/run-kam.js';
import { allText, findAll, hasClass, parseSvg, type Element } from '../../helpers/svg.js';

const env = { SOURCE_DATE_EPOCH: '1795428000' };
const example = 'examples/customers.csv';

async function run(args: string[]): Promise<string> {
  const r = await kamInProcess(['select', example, ...args], { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

interface Account {
  id: string;
  attractiveness: number;
  strength: number;
  quadrant: string;
  selected: boolean;
}

async function result(args: string[] = []): Promise<{ accounts: Account[]; method: { split: { attractiveness: number; strength: number } } }> {
  return JSON.parse(await run([...args, '--format', 'json']));
}

/** The plot area's rectangle: where scores 0..100 are drawn. */
function plotArea(svg: Element): { x: number; y: number; w: number; h: number } {
  const [r] = findAll(svg, (e) => e.tag === 'rect' && hasClass(e, 'plot-area'));
  return { x: Number(r.attrs.x), y: Number(r.attrs.y), w: Number(r.attrs.width), h: Number(r.attrs.height) };
}

/** Hand-computed mapping: attractiveness up, strength high on the left (or right). */
const expectedX = (p: ReturnType<typeof plotArea>, s: number, side: 'left' | 'right'): number => (side === 'left' ? p.x + ((100 - s) / 100) * p.w : p.x + (s / 100) * p.w);
const expectedY = (p: ReturnType<typeof plotArea>, a: number): number => p.y + ((100 - a) / 100) * p.h;

describe('kam select --format svg', () => {
  it('is well-formed XML with one mark per account where its scores put it', async () => {
    const svg = parseSvg(await run(['--format', 'svg']));
    const { accounts } = await result();
    const p = plotArea(svg);
    const marks = findAll(svg, (e) => e.tag === 'g' && hasClass(e, 'account'));
    expect(marks).toHaveLength(accounts.length);
    expect(new Set(marks.map((m) => m.attrs['data-id']))).toEqual(new Set(accounts.map((a) => a.id)));
    for (const a of accounts) {
      const g = marks.find((m) => m.attrs['data-id'] === a.id)!;
      const circle = g.children.find((c) => c.tag === 'circle' && hasClass(c, 'mark'))!;
      expect(Number(circle.attrs.cx)).toBeCloseTo(expectedX(p, a.strength, 'left'), 1);
      expect(Number(circle.attrs.cy)).toBeCloseTo(expectedY(p, a.attractiveness), 1);
      expect(g.attrs['data-quadrant']).toBe(a.quadrant);
      expect(g.attrs['data-selected']).toBe(String(a.selected));
      // Selected marks differ by their outline, not by colour alone.
      if (a.selected) expect([circle.attrs.stroke, circle.attrs['stroke-width']]).toEqual(['#1A1A1A', '2']);
      else expect(circle.attrs.stroke).not.toBe('#1A1A1A');
      const title = g.children.find((c) => c.tag === 'title')!;
      expect(title.text).toContain(a.id);
      expect(title.text).toMatch(new RegExp(`attractiveness ${a.attractiveness.toFixed(1)}, strength ${a.strength.toFixed(1)}`));
    }
  });

  it('draws the boundary lines at the split values', async () => {
    for (const [args, side] of [[[], 'left'], [['--split', '60,45', '--strength-axis', 'right'], 'right']] as const) {
      const svg = parseSvg(await run([...args, '--format', 'svg']));
      const { method } = await result([...args]);
      const p = plotArea(svg);
      const lines = findAll(svg, (e) => e.tag === 'line' && hasClass(e, 'boundary'));
      expect(lines).toHaveLength(2);
      const a = lines.find((l) => l.attrs['data-axis'] === 'attractiveness')!;
      const s = lines.find((l) => l.attrs['data-axis'] === 'strength')!;
      expect(Number(a.attrs.y1)).toBeCloseTo(expectedY(p, method.split.attractiveness), 2);
      expect(Number(a.attrs.y2)).toBeCloseTo(expectedY(p, method.split.attractiveness), 2);
      expect(Number(s.attrs.x1)).toBeCloseTo(expectedX(p, method.split.strength, side), 2);
      expect(Number(s.attrs.x2)).toBeCloseTo(expectedX(p, method.split.strength, side), 2);
      // Every mark is on the side of each line its quadrant says.
      const { accounts } = await result([...args]);
      for (const acc of accounts) {
        const circle = findAll(svg, (e) => e.tag === 'g' && e.attrs['data-id'] === acc.id)[0].children.find((c) => c.tag === 'circle')!;
        const high = acc.quadrant === 'key' || acc.quadrant === 'key-development';
        expect(Number(circle.attrs.cy) <= Number(a.attrs.y1)).toBe(high);
      }
    }
  });

  it('names the quadrants with their treatment, the split rule and the date, and has no external reference', async () => {
    const text = await run(['--format', 'svg']);
    const svg = parseSvg(text);
    const words = allText(svg);
    for (const w of ['KEY · 6', 'KEY DEVELOPMENT · 7', 'MAINTENANCE · 8', 'OPPORTUNISTIC · 9', 'invest: strategic partnership', 'manage for cash, serve opportunistically']) expect(words).toContain(w);
    expect(words).toContain('split midpoint: attractiveness ≥ 50, strength ≥ 50');
    expect(words).toContain('2026-11-23');
    expect(words).toContain('Bubble area: revenue');
    expect(text.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|url\((?!#)|href|@import|<image/);
    // Each label is for a plotted account; a number label's account is in the legend.
    const labels = findAll(svg, (e) => e.tag === 'text' && hasClass(e, 'label'));
    expect(labels.length).toBe(30);
    const numbered = labels.filter((l) => hasClass(l, 'label-number'));
    const legend = findAll(svg, (e) => hasClass(e, 'legend-number')).map(allText);
    expect(legend).toHaveLength(numbered.length);
    for (const l of numbered) expect(legend.some((row) => row.startsWith(allText(l)))).toBe(true);
  });

  it('sizes bubbles by area: the radius grows with the square root of the revenue', async () => {
    const svg = parseSvg(await run(['--format', 'svg']));
    const r = (id: string): number => Number(findAll(svg, (e) => e.tag === 'g' && e.attrs['data-id'] === id)[0].children.find((c) => c.tag === 'circle')!.attrs.r);
    // C001 2,480,000 and C002 1,960,000 of revenue (examples/customers.csv).
    expect(r('C002') / r('C001')).toBeCloseTo(Math.sqrt(1960000 / 2480000), 2);
    const none = parseSvg(await run(['--format', 'svg', '--bubble', 'none']));
    const radii = new Set(findAll(none, (e) => e.tag === 'circle' && hasClass(e, 'mark')).map((c) => c.attrs.r));
    expect(radii.size).toBe(1);
  });

  it('keeps hostile names well-formed and inert', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'kam-svg-'));
    copyFileSync('examples/criteria.csv', join(dir, 'criteria.csv'));
    const csv = readFileSync(example, 'utf8').replace('Nordhavn Foods', '"<script>alert(1)</script> & \u001b[31m\u202e ""quoted"" \'x\'"');
    writeFileSync(join(dir, 'customers.csv'), csv);
    const r = await kamInProcess(['select', join(dir, 'customers.csv'), '--format', 'svg'], { env });
    expect(r.code).toBe(0);
    const svg = parseSvg(r.stdout);
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u202e');
    const g = findAll(svg, (e) => e.tag === 'g' && e.attrs['data-id'] === 'C001')[0];
    expect(g.children.find((c) => c.tag === 'title')!.text).toContain('C001 <script>alert(1)</script> & ');
  });
});
