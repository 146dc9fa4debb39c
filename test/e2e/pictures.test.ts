/** The pictures end to end through the built binary: PNG sizes, flags, review pictures, large portfolios, lazy loading. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { BIN, FIXTURES, kam, ROOT, tempDir } from '../helpers/run-kam.js';
import { checkRunOutputs } from '../helpers/schemas.js';
import { findAll, hasClass, parseSvg } from '../helpers/svg.js';

const env = { SOURCE_DATE_EPOCH: '1795428000' };
const example = 'examples/customers.csv';

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk's length and type). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('kam select --format png', () => {
  const dir = tempDir();
  it.each([
    [[], 1920, 1080],
    [['--width', '800'], 800, 450],
    [['--scale', '0.5'], 640, 360],
    [['--scale', '2'], 2560, 1440],
  ])('%j gives a PNG of %i × %i', (args, width, height) => {
    const out = join(dir, `m-${width}.png`);
    const r = kam(['select', example, '--format', 'png', '-o', out, ...args], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(pngSize(readFileSync(out))).toEqual({ width, height });
  });

  it('is the same bytes on every run (fonts embedded, no system fonts)', () => {
    const a = kam(['select', example, '--format', 'png', '-o', join(dir, 'a.png'), '--width', '640'], { env });
    const b = kam(['select', example, '--format', 'png', '-o', join(dir, 'b.png'), '--width', '640'], { env });
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'a.png')).equals(readFileSync(join(dir, 'b.png')))).toBe(true);
  });

  it('refuses sizes out of range and size flags on other formats (exit 2)', () => {
    for (const [args, message] of [
      [['--format', 'png', '--width', '10'], /--width "10" must be a whole number of pixels from 320 to 8000/],
      [['--format', 'png', '--width', '800', '--scale', '2'], /--width or --scale, not both/],
      [['--format', 'svg', '--width', '800'], /--width sets the size of a PNG: use it with --format png/],
      [['--format', 'json', '--bubble', 'revenue'], /--bubble sizes the bubbles of the pictures/],
      [['--format', 'svg', '--bubble', 'margin'], /--bubble "margin" is not valid; use revenue, potential, none/],
    ] as const) {
      const r = kam(['select', example, ...args, '-o', join(dir, 'x')], { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.js/);
    }
  });
});

describe('pictures of kam select', () => {
  it('--bubble potential sizes by the potential column; a file without it is an input error', () => {
    const r = kam(['select', example, '--format', 'svg', '--bubble', 'potential'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bubble area: potential');
    expect(r.stdout).toMatch(/potential 3,600,000/); // C001's potential in the tooltip
    const bad = kam(['select', join(FIXTURES, 'review/q1.csv'), '--format', 'svg', '--bubble', 'potential'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--bubble potential needs a "potential" column, and the file has none/);
  });

  it('writes the HTML brief offline: inline matrix, no external references', () => {
    const r = kam(['select', example, '--format', 'html', '--ratings', 'examples/ratings.csv', '--stability', '100'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain("default-src 'none'");
    expect(r.stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(r.stdout.replace(/http:\/\/www\.w3\.org\/2000\/svg/g, '')).not.toMatch(/https?:\/\/|src=|href=|@import|url\((?!#)/);
    for (const h of ['The KAISM matrix', 'Selection', 'Ranked accounts', 'Method', 'Disagreements in the team', 'Stability of the quadrants']) expect(r.stdout).toContain(h);
  });

  it('--explain adds the explanations to the HTML brief', () => {
    const r = kam(['select', example, '--format', 'html', '--explain'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<h2>Explanations</h2>');
    expect((r.stdout.match(/<details>/g) ?? []).length).toBe(30);
  });

  it('draws a large portfolio as density cells with the selected accounts on top', async () => {
    const dir = tempDir();
    await generate({ accounts: 1000, factors: 6, out: dir, seed: 3 });
    const r = kam(['select', join(dir, 'customers.csv'), '--criteria', join(dir, 'criteria.csv'), '--format', 'svg', '--capacity', '25'], { env });
    expect(r.code).toBe(0);
    const svg = parseSvg(r.stdout);
    const cells = findAll(svg, (e) => e.tag === 'rect' && hasClass(e, 'cell'));
    expect(cells.reduce((n, c) => n + Number(c.attrs['data-count']), 0)).toBe(1000);
    const marks = findAll(svg, (e) => e.tag === 'g' && hasClass(e, 'account'));
    expect(marks).toHaveLength(25);
    expect(marks.every((m) => m.attrs['data-selected'] === 'true')).toBe(true);
  });
});

describe('kam review pictures', () => {
  const args = ['review', 'examples/ci/result-2026-q3.json', '--customers', 'examples/ci/customers-2026-q4.csv'];

  it('--format svg shows the movement: one mark per account, arrows for those that moved, entered and released marked', () => {
    const r = kam([...args, '--format', 'svg'], { env });
    expect(r.code).toBe(0);
    const svg = parseSvg(r.stdout);
    const marks = findAll(svg, (e) => e.tag === 'g' && hasClass(e, 'account'));
    expect(marks).toHaveLength(31); // 30 this quarter, C023 vanished
    const by = (id: string) => marks.find((m) => m.attrs['data-id'] === id)!;
    expect(hasClass(by('C012'), 'move-entered')).toBe(true);
    expect(hasClass(by('C005'), 'move-left')).toBe(true);
    expect(hasClass(by('C031'), 'move-new')).toBe(true);
    expect(hasClass(by('C023'), 'move-vanished')).toBe(true);
    // C005 fell from 62.2 to 36.4 in attractiveness: its arrow runs down.
    const arrow = by('C005').children.find((c) => c.tag === 'line' && hasClass(c, 'movement'))!;
    expect(Number(arrow.attrs.y2)).toBeGreaterThan(Number(arrow.attrs.y1));
    expect(Number(arrow.attrs.x2)).toBeCloseTo(Number(arrow.attrs.x1), 1);
  });

  it('--format html and --account history', () => {
    const r = kam([...args, '--format', 'html'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<h2>Release list</h2>');
    const dir = tempDir();
    for (const n of [1, 2, 3]) expect(kam(['select', join(FIXTURES, `review/q${n}.csv`), '--capacity', '4', '--format', 'json', '-o', join(dir, `q${n}.json`)], { env }).code).toBe(0);
    const h = kam(['review', 'q1.json', 'q2.json', 'q3.json', '--account', 'A03', '--format', 'svg'], { env, cwd: dir });
    expect(h.code).toBe(0);
    const svg = parseSvg(h.stdout);
    expect(findAll(svg, (e) => e.tag === 'polyline' && hasClass(e, 'series'))).toHaveLength(2);
    expect(findAll(svg, (e) => e.tag === 'g' && hasClass(e, 'point'))).toHaveLength(6);
  });

  it('--format png is not for kam review (exit 2)', () => {
    const r = kam([...args, '--format', 'png'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format png is not available for kam review; use table, json, markdown, csv, svg or html/);
  });
});

describe('resvg stays off the start-up path', () => {
  beforeAll(() => expect(readFileSync(BIN, 'utf8')).toContain('dist/cli/run.js'));
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--require', join(ROOT, 'test/helpers/record-loads.cjs'), BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
    checkRunOutputs(args, ROOT, { code: r.status ?? -1, stdout: r.stdout });
    return r;
  };

  it('is loaded for --format png only', () => {
    const dir = tempDir();
    for (const format of ['table', 'json', 'svg', 'html']) {
      const r = run(['select', example, '--format', format, '--no-interactive']);
      expect(r.status).toBe(0);
      expect(r.stderr).not.toMatch(/kam-test: loaded/);
    }
    const png = run(['select', example, '--format', 'png', '-o', join(dir, 'm.png')]);
    expect(png.status).toBe(0);
    expect(png.stderr).toMatch(/kam-test: loaded @resvg\/resvg-js/);
  });
});
