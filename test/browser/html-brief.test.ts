/**
 * The HTML brief and review in headless Chromium: they load with no console error and no
 * request beyond the file itself, the table sorts and filters, no two labels overlap as the
 * browser draws them, and the matrix looks as stored (a screenshot compared with a tolerance).
 * UPDATE_SCREENSHOTS=1 rewrites the stored image.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watchedPage } from '../helpers/browser.js';
import { kam, ROOT, tempDir } from '../helpers/run-kam.js';

/** The little of the DOM the page functions below use (they run in Chromium; tsconfig has no DOM lib). */
interface DomElement {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; top: number; right: number; bottom: number };
  parentElement: DomElement | null;
}
declare const document: { querySelectorAll(selector: string): Iterable<DomElement> };

const env = { SOURCE_DATE_EPOCH: '1795428000' };
const EXPECTED = join(ROOT, 'test/browser/expected/matrix-example.png');

let browser: Browser;
let dir: string;
let brief: string;
let review: string;

beforeAll(async () => {
  dir = tempDir();
  brief = join(dir, 'brief.html');
  review = join(dir, 'review.html');
  for (const [args, out] of [
    [['select', 'examples/customers.csv', '--format', 'html', '--capacity', '10'], brief],
    [['review', 'examples/ci/result-2026-q3.json', '--customers', 'examples/ci/customers-2026-q4.csv', '--format', 'html'], review],
  ] as const) {
    const r = kam([...args, '-o', out], { env });
    expect(r.code).toBe(0);
  }
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const column = async (page: import('playwright-core').Page, table: string, i: number): Promise<string[]> =>
  page.$$eval(`#${table} tbody tr:not([hidden])`, (rows, k) => rows.map((r) => (r as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells[k].textContent ?? ''), i);

describe('the HTML brief in Chromium', () => {
  it('loads with no console error and no request but the file itself', async () => {
    const { page, errors, requests } = await watchedPage(browser);
    await page.goto(pathToFileURL(brief).href);
    await page.waitForLoadState('load');
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(brief).href]);
    await page.close();
  });

  it('sorts the ranked table by a header click, and back', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(pathToFileURL(brief).href);
    const strengthCol = (await page.$$eval('#ranked thead th', (ths) => ths.map((t) => t.textContent?.trim() ?? ''))).findIndex((t) => t.startsWith('Strength'));
    expect(strengthCol).toBeGreaterThan(0);
    const before = await column(page, 'ranked', 0);
    expect(before.slice(0, 3)).toEqual(['1', '2', '3']);
    await page.click(`#ranked thead th:nth-child(${strengthCol + 1}) button`);
    const desc = (await column(page, 'ranked', strengthCol)).map(Number);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(await page.getAttribute(`#ranked thead th:nth-child(${strengthCol + 1})`, 'aria-sort')).toBe('descending');
    await page.click(`#ranked thead th:nth-child(${strengthCol + 1}) button`);
    const asc = (await column(page, 'ranked', strengthCol)).map(Number);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    // Text columns sort as text: the account names A to Z.
    await page.click('#ranked thead th:nth-child(2) button');
    const names = await column(page, 'ranked', 1);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by quadrant and selection, on the table and the matrix', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(pathToFileURL(brief).href);
    expect(await page.locator('#ranked tbody tr:not([hidden])').count()).toBe(30);
    await page.uncheck('input[data-quadrant="opportunistic"]');
    await page.uncheck('input[data-quadrant="maintenance"]');
    expect(await page.locator('#ranked tbody tr:not([hidden])').count()).toBe(13);
    expect(await page.locator('.controls output').textContent()).toBe('13 of 30 rows shown');
    expect(await page.locator('svg .account.filtered-out').count()).toBe(17);
    await page.check('input[data-selected-only]');
    // Capacity 10: ten of the 13 in the key quadrants are selected.
    expect(await page.locator('#ranked tbody tr:not([hidden])').count()).toBe(10);
    const quadrants = await page.$$eval('#ranked tbody tr:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-quadrant')));
    expect(new Set(quadrants)).toEqual(new Set(['key', 'key-development']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws no two labels over each other, nor over a mark other than their own', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(pathToFileURL(brief).href);
    const { labels, marks } = await page.evaluate(() => {
      const box = (e: DomElement) => {
        const r = e.getBoundingClientRect();
        return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, id: e.getAttribute('data-for') ?? e.parentElement?.getAttribute('data-id') ?? '' };
      };
      return { labels: [...document.querySelectorAll('svg text.label')].map(box), marks: [...document.querySelectorAll('svg .account circle.mark')].map(box) };
    });
    expect(labels).toHaveLength(30);
    const overlap = (a: (typeof labels)[0], b: (typeof labels)[0]) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
    const clashes: string[] = [];
    labels.forEach((a, i) => labels.forEach((b, j) => j > i && overlap(a, b) && clashes.push(`${a.id} × ${b.id}`)));
    // A label may touch the bounding square of a round mark at its corners: compare with the circle inscribed.
    for (const l of labels) {
      for (const m of marks) {
        if (m.id === l.id) continue;
        const cx = (m.x0 + m.x1) / 2;
        const cy = (m.y0 + m.y1) / 2;
        const r = (m.x1 - m.x0) / 2;
        const dx = Math.max(l.x0 - cx, 0, cx - l.x1);
        const dy = Math.max(l.y0 - cy, 0, cy - l.y1);
        if (dx * dx + dy * dy < (r - 0.5) ** 2) clashes.push(`${l.id} over ${m.id}`);
      }
    }
    expect(clashes).toEqual([]);
    await page.close();
  });

  it('looks like the stored screenshot of the example matrix (within a tolerance)', async () => {
    const { page } = await watchedPage(browser, { width: 1280, height: 900 });
    await page.goto(pathToFileURL(brief).href);
    const shot = await page.locator('figure svg').first().screenshot();
    if (process.env.UPDATE_SCREENSHOTS || !existsSync(EXPECTED)) {
      mkdirSync(join(ROOT, 'test/browser/expected'), { recursive: true });
      writeFileSync(EXPECTED, shot);
      if (!process.env.UPDATE_SCREENSHOTS) throw new Error(`no stored screenshot: wrote ${EXPECTED}; look at it, commit it and run again`);
    }
    const a = PNG.sync.read(readFileSync(EXPECTED));
    const b = PNG.sync.read(shot);
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    let differing = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      const d = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]), Math.abs(a.data[i + 2] - b.data[i + 2]));
      if (d > 48) differing++;
    }
    // Anti-aliasing and a font hinting update move a few pixels; a moved label or mark moves thousands.
    expect(differing / (a.width * a.height)).toBeLessThan(0.0005);
    await page.close();
  });

  it('prints on A4 landscape pages', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(pathToFileURL(brief).href);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    // A4 landscape is 842 × 595 points; the brief takes a few pages.
    expect(boxes.length).toBeGreaterThan(1);
    for (const b of boxes) expect(b).toEqual([842, 595]);
    await page.close();
  });
});

describe('the HTML review in Chromium', () => {
  it('loads cleanly, sorts and filters', async () => {
    const { page, errors, requests } = await watchedPage(browser);
    await page.goto(pathToFileURL(review).href);
    expect(requests).toEqual([pathToFileURL(review).href]);
    expect(await page.locator('svg .account').count()).toBe(31);
    // The strength Δ column (#, Account, Quadrant, Attractiveness, Δ, Strength, Δ): highest first.
    await page.click('#accounts thead th:nth-child(7) button');
    const names = await column(page, 'accounts', 1);
    expect(names[0]).toBe('C012 Lumen Medical Devices'); // +19.4
    // New and vanished accounts have no change: they go last.
    expect(names.slice(-2).sort()).toEqual(['C023 Stellan Auto Glass', 'C031 Solberg Biotech']);
    await page.uncheck('input[data-quadrant="opportunistic"]');
    const quadrants = await page.$$eval('#accounts tbody tr:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-quadrant')));
    expect(quadrants).not.toContain('opportunistic');
    expect(errors).toEqual([]);
    await page.close();
  });
});
