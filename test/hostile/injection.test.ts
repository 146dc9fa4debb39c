/**
 * Nothing injected: hostile account names through the built binary reach a spreadsheet as text,
 * Markdown as literal text, and the terminal without a single control character.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { kam, tempDir } from '../helpers/run-kam.js';

const HOSTILE: Array<[id: string, name: string, segment: string]> = [
  ['H01', '=HYPERLINK("http://evil.example","click")', '+SUM(A1:A9)'],
  ['H02', '-2+3', '@cmd'],
  ['H03', '\tTabbed', '\r=CR'],
  ['=H04', 'Evil | Corp', 'Food'],
  ['H05', '<script>alert(1)</script>', '<b>bold</b>'],
  ['H06', '[click me](http://evil.example)', '![img](x.png)'],
  ['H07', 'see http://evil.example and www.evil.example', '&lt;tag&gt;'],
  ['```', 'Fence', '**bold** _it_ `code`'],
  ['H09', '\u001b[2J\u001b[31mRed\u001b[0m', '\u001b]0;title\u0007'],
  ['H10', '\u202eesreveR', '\u009b31mC1'],
];

/** One CSV field, quoted as a spreadsheet export would. */
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

let dir: string;
beforeAll(() => {
  dir = tempDir();
  const rows = HOSTILE.map(([id, name, seg], i) => [q(id), q(name), q(seg), 1 + (i % 10), 10 - (i % 10)].join(','));
  writeFileSync(join(dir, 'customers.csv'), `id,name,segment,Fit,Quality\n${rows.join('\n')}\n`);
  writeFileSync(join(dir, 'criteria.csv'), 'factor,axis,weight\nFit,attractiveness,1\nQuality,strength,1\n');
});

describe('CSV output: no formulas for a spreadsheet', () => {
  it('every id, name and segment that a spreadsheet would run starts with a single quote', () => {
    const r = kam(['select', 'customers.csv', '-f', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) {
      for (const col of ['id', 'name', 'segment']) {
        const cell = row[col];
        // Only leading spaces in front of = + - @, or a leading tab or CR, make a formula.
        const dangerous = /^[\t\r]/.test(cell) || /^ *[=+\-@]/.test(cell);
        expect(dangerous, `${col} ${JSON.stringify(cell)}`).toBe(false);
      }
    }
    const byId = new Map(rows.map((x) => [x.id, x]));
    expect(byId.get('H01')!.name).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(byId.get('H01')!.segment).toBe("'+SUM(A1:A9)");
    expect(byId.get('H02')!.segment).toBe("'@cmd");
    expect(byId.get("'=H04")!.name).toBe('Evil | Corp');
  });
});

describe('Markdown brief: account names are text', () => {
  let md: string;
  beforeAll(() => {
    const r = kam(['select', 'customers.csv', '-f', 'markdown'], { cwd: dir });
    expect(r.code).toBe(0);
    md = r.stdout;
  });

  it('every ranked-list row keeps its 8 columns (pipes escaped)', () => {
    const list = md.slice(md.indexOf('## Ranked list'));
    const rows = list.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| #'));
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(8);
  });

  it('no raw HTML, links, images, autolinks or emphasis from the data', () => {
    const text = md.replace(/^`{3,}[\s\S]*?^`{3,}$/gm, ''); // the chart's code block is literal anyway
    expect(text).not.toMatch(/(?<!\\)<(script|b>)/);
    expect(text).not.toMatch(/(?<!\\)\]\(/);
    expect(text).not.toMatch(/(?<!\\)http:\/\//);
    expect(text).not.toMatch(/(?<!\\)www\./);
    expect(text).toContain('Evil \\| Corp');
    expect(text).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
  });

  it('an id of backticks cannot close the chart code block early', () => {
    const chartStart = md.indexOf('## The KAISM matrix');
    const fence = /^(`{3,})text$/m.exec(md.slice(chartStart))!;
    expect(fence[1].length).toBeGreaterThan(3);
    const body = md.slice(chartStart + fence.index + fence[0].length);
    const close = body.indexOf(`\n${fence[1]}\n`);
    expect(close).toBeGreaterThan(0);
    expect(body.slice(0, close)).not.toMatch(new RegExp(`^${fence[1]}$`, 'm'));
  });
});

describe('terminal output: data cannot move the cursor or recolour the screen', () => {
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('the table and chart hold no control characters from the data', () => {
    const r = kam(['select', 'customers.csv', '--no-interactive'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain('[2J[31mRed[0m');
  });

  it('error messages quoting a cell strip its control characters', () => {
    writeFileSync(join(dir, 'bad.csv'), 'id,name,Fit,Quality\nA1,Acme,"\u001b[2J\u001b]0;pwned\u0007",5\n');
    const r = kam(['select', 'bad.csv', '-c', 'criteria.csv', '--no-interactive'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stderr).toContain('kam: bad.csv, line 2, field "Fit": "[2J]0;pwned" is not a number.');
  });
});
