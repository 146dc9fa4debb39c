/** Step 9 writes the HTML brief beside the Markdown one; the replay writes it with --format html. Both carry the team's sections. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exampleDir, readSessionFile, replay, workshop } from './helpers.js';

describe('the HTML brief of the workshop', () => {
  test('step 10 writes kam-selection.html with the matrix, the ranked table and the team sections', async () => {
    const dir = exampleDir();
    const r = await workshop(dir, { 'objectives.smart': 'Grow the Nordic food accounts by 2028.' });
    expect(r.code).toBe(0);
    expect(readSessionFile(dir).answers.review?.written).toEqual(['kam-selection.md', 'kam-selection.json', 'kam-selection.csv', 'kam-selection.html']);
    const file = join(dir, 'kam-selection.html');
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    for (const section of ['Objectives', 'Resources', 'The KAISM matrix', 'Selection', 'Ranked accounts', 'Method']) expect(html).toContain(`<h2>${section}</h2>`);
    expect(html).toContain('Grow the Nordic food accounts by 2028.');
    expect(html).toContain('3 key-account managers × 4 accounts each = capacity 12');
    // The matrix: one mark per account of the example, 12 of them selected (capacity 12).
    expect(html.match(/<g class="account /g)).toHaveLength(30);
    expect(html.match(/<g class="account [^"]* selected"/g)).toHaveLength(12);
  });

  test("the team's words are text in the page, never markup", async () => {
    const dir = exampleDir();
    expect((await workshop(dir, { 'objectives.smart': 'Win <script>alert(1)</script> *all* of [them](http://x)' })).code).toBe(0);
    const html = readFileSync(join(dir, 'kam-selection.html'), 'utf8');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('SMART: Win &lt;script&gt;alert(1)&lt;/script&gt; *all* of [them](http://x)');
  });

  test('the replay of the session writes the same brief with --format html', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, { 'objectives.smart': 'Grow the Nordic food accounts by 2028.' })).code).toBe(0);
    const r = await replay(dir, { format: 'html' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<h2>Objectives</h2>');
    expect(r.stdout).toContain('Grow the Nordic food accounts by 2028.');
    // The brief is written in step 10, with the review date; the replay has it too.
    const review = '<section><h2>Review</h2><p>Next review: 2027-02-18.</p></section>\n';
    expect(r.stdout).toContain(review);
    const strip = (s: string): string => s.replace(review, '').replace(/Generated [^ ]+ by/, 'Generated … by').replace(/ · \d{4}-\d\d-\d\d · /g, ' · … · ');
    expect(strip(r.stdout)).toBe(strip(readFileSync(join(dir, 'kam-selection.html'), 'utf8')));
  });
});
