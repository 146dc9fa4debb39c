/**
 * Team scoring sheets through the built binary (issue 15, part 4): kam ratings template writes a
 * workbook per rater; raters fill them (here with exceljs, as a spreadsheet program saves them);
 * kam ratings collect and --ratings FOLDER give the result of the equivalent ratings.csv.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { kam, ROOT, tempDir } from '../helpers/run-kam.js';
import { readWorkbook } from '../helpers/workbooks.js';

const EX = join(ROOT, 'examples');
const ENV = { SOURCE_DATE_EPOCH: '1764000000' };
const RATERS = ['Ana', 'Ben', 'Chen'];

interface Rating {
  account: string;
  factor: string;
  competitor: string;
  rater: string;
  score: string;
}
// A score of NA is a rater who did not rate: on a sheet, an empty cell.
const example = (parse(readFileSync(join(EX, 'ratings.csv'), 'utf8'), { columns: true }) as Rating[]).filter((x) => x.score !== 'NA');

/** Fills a rater's template with their scores from examples/ratings.csv, as the rater would, and saves it. */
async function fill(file: string, rater: string, edit?: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = await readWorkbook(readFileSync(file));
  const ws = wb.getWorksheet('Ratings')!;
  const headers = (ws.getRow(1).values as unknown[]).map((v) => (v === undefined ? '' : String(v)));
  const rowOf = new Map<string, number>();
  ws.eachRow((row, r) => r > 1 && rowOf.set(String(row.getCell(1).value), r));
  for (const x of example.filter((e) => e.rater === rater)) {
    const header = x.competitor === '' ? x.factor : `${x.factor} (${x.competitor})`;
    const col = headers.indexOf(header);
    expect(col, header).toBeGreaterThan(0);
    ws.getRow(rowOf.get(x.account)!).getCell(col).value = Number(x.score);
  }
  edit?.(ws);
  await wb.xlsx.writeFile(file);
}

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  for (const f of ['customers.csv', 'criteria.csv', 'ratings.csv']) copyFileSync(join(EX, f), join(dir, f));
  const r = kam(['ratings', 'template', 'customers.csv', '--raters', RATERS.join(','), '--competitors', 'Polypak,Adhesa', '-o', 'sheets'], { cwd: dir, env: ENV });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^Wrote 3 rating sheets to sheets\/: Ana\.xlsx, Ben\.xlsx, Chen\.xlsx \(30 accounts, 18 score columns: Cost to serve, /);
  mkdirSync(join(dir, 'blank'));
  for (const name of RATERS) copyFileSync(join(dir, 'sheets', `${name}.xlsx`), join(dir, 'blank', `${name}.xlsx`));
  for (const name of RATERS) await fill(join(dir, 'sheets', `${name}.xlsx`), name);
});

describe('kam ratings template', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await readWorkbook(readFileSync(join(dir, 'blank', 'Ana.xlsx')));
    ws = wb.getWorksheet('Ratings')!;
  });

  it('a Ratings sheet, instructions, and the hidden description', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Ratings', 'visible'],
      ['How to rate', 'visible'],
      ['kam', 'veryHidden'],
    ]);
    expect(String(wb.getWorksheet('How to rate')!.getRow(1).getCell(1).value)).toBe('Scores of Ana');
  });

  it('one row per account with its key as text, locked; one unlocked, validated cell per score', () => {
    const customers = parse(readFileSync(join(EX, 'customers.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(ws.rowCount).toBe(customers.length + 1);
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 5)).toEqual(['id', 'name', 'segment', 'Cost to serve', 'Fit with our capabilities']);
    expect(headers).toContain('Product quality (Polypak)');
    expect(headers).not.toContain('Fit with our capabilities (Polypak)'); // competitors only on strength factors
    customers.forEach((c, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(1).value).toBe(c.id);
      expect(row.getCell(1).numFmt).toBe('@');
      expect(row.getCell(1).protection?.locked ?? true).toBe(true);
      expect(row.getCell(2).value).toBe(c.name);
    });
    const cost = ws.getRow(2).getCell(4);
    expect(cost.value).toBeNull();
    expect(cost.protection?.locked).toBe(false);
    expect(cost.dataValidation).toMatchObject({ type: 'decimal', operator: 'between', allowBlank: true, formulae: [1, 5], showErrorMessage: true });
    const quality = ws.getRow(31).getCell(headers.indexOf('Product quality (Polypak)') + 1);
    expect(quality.dataValidation).toMatchObject({ type: 'decimal', formulae: [1, 10] });
  });

  it('each score header carries its description; the sheet is protected, frozen at the scores, filterable', () => {
    expect(ws.getRow(1).getCell(4).note).toBe('Effort to serve the account (small drops, special specs, claims) from 1 (low) to 5 (high): lower is better. Scale 1 to 5, lower is better. Leave the cell empty if you cannot judge.');
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true, autoFilter: true });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
  });

  it('never replaces a sheet that is there, unless --force', () => {
    const again = kam(['ratings', 'template', 'customers.csv', '--raters', 'Ana,Dewi', '-o', 'sheets'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('kam: sheets already holds Ana.xlsx; a filled sheet would be lost. Choose another folder, or add --force to replace them.\n');
    expect(existsSync(join(dir, 'sheets', 'Dewi.xlsx'))).toBe(false);
    const forced = kam(['ratings', 'template', 'customers.csv', '--raters', 'Ana', '-o', 'fresh', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
  });

  it('needs raters and a folder; measured factors are not rated', () => {
    expect(kam(['ratings', 'template', 'customers.csv', '-o', 'x'], { cwd: dir }).stderr).toContain('--raters needs at least one name');
    expect(kam(['ratings', 'template', 'customers.csv', '--raters', 'A'], { cwd: dir }).stderr).toContain('give the folder with -o');
    expect(kam(['ratings', 'template', 'customers.csv', '--raters', 'A', '--factors', 'Category spend EUR', '-o', 'x'], { cwd: dir }).code).toBe(2);
  });
});

describe('kam ratings collect', () => {
  it('the filled sheets give back the ratings of ratings.csv, grouped as it is', () => {
    const r = kam(['ratings', 'collect', 'sheets', '-o', 'collected.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`Collected ${example.length} scores from 3 rating sheets into collected.csv.`);
    const got = parse(readFileSync(join(dir, 'collected.csv'), 'utf8'), { columns: true }) as Rating[];
    const key = (x: Rating) => [x.account, x.factor, x.competitor, x.rater, Number(x.score)].join('|');
    expect(got.map(key).sort()).toEqual(example.map(key).sort());
    expect(readFileSync(join(dir, 'collected.csv'), 'utf8').split('\n').slice(0, 4)).toEqual([
      'account,factor,score,rater,competitor',
      'C001,Access to decision makers,9,Ana,',
      'C001,Access to decision makers,8,Ben,',
      'C001,Access to decision makers,8,Chen,',
    ]);
  });

  it('says who has not rated what', () => {
    const r = kam(['ratings', 'collect', 'sheets', '-o', 'collected.csv'], { cwd: dir });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(
      /^Ana: 142 of 540 scores; not rated: Cost to serve, Fit with our capabilities, Ease of doing business \(Polypak\), Ease of doing business \(Adhesa\) for no account; Access to decision makers for C014, C015, C016, C017, C018 and 12 more; /,
    );
    expect(lines[3]).toMatch(/^Chen: 77 of 540 scores; not rated: .*Technical support for C008, /);
    const blank = kam(['ratings', 'collect', 'blank/Ana.xlsx'], { cwd: dir });
    expect(blank.stdout).toBe('account,factor,score,rater,competitor\n');
    expect(blank.stderr).toBe('kam: Collected 0 scores from 1 rating sheet.\nkam: Ana: no scores yet (0 of 540; blank/Ana.xlsx).\n');
  });

  it('a score off its scale, text and a date are named by file and cell; nothing is written', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    for (const name of RATERS) copyFileSync(join(dir, 'sheets', `${name}.xlsx`), join(bad, `${name}.xlsx`));
    await fill(join(bad, 'Ben.xlsx'), 'Ben', (ws) => {
      ws.getCell('G3').value = 12; // Product quality, 1..10
      ws.getCell('D5').value = 'two'; // Cost to serve
      ws.getCell('H4').value = new Date(Date.UTC(2025, 0, 3));
      // As a spreadsheet formats a typed date (a new style: exceljs shares style objects between cells).
      ws.getCell('H4').style = { ...ws.getCell('H4').style, numFmt: 'yyyy-mm-dd' };
    });
    const r = kam(['ratings', 'collect', 'bad', '-o', 'bad.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'kam: bad/Ben.xlsx, Ratings!G3, field "Product quality": 12 is outside the scale 1..10 of "Product quality".',
        'kam: bad/Ben.xlsx, Ratings!H4, field "Product quality (Polypak)": the cell holds a date (2025-01-03), not a number; format the column as Number and enter the values again.',
        'kam: bad/Ben.xlsx, Ratings!D5, field "Cost to serve": "two" is not a number.',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(dir, 'bad.csv'))).toBe(false);
    // The same problems when the folder is given to kam select.
    const s = kam(['select', 'customers.csv', '--ratings', 'bad', '-f', 'json'], { cwd: dir });
    expect(s.code).toBe(1);
    expect(s.stderr.split('\n').slice(0, 2)).toEqual(['kam: note: bad: read 3 rating sheets (Ana, Ben, Chen).', 'kam: bad/Ben.xlsx, Ratings!G3, field "Product quality": 12 is outside the scale 1..10 of "Product quality".']);
  });

  it('two sheets of one rater, and a workbook that is not a rating sheet, are refused', () => {
    const twice = join(dir, 'twice');
    mkdirSync(twice);
    copyFileSync(join(dir, 'sheets', 'Ana.xlsx'), join(twice, 'Ana.xlsx'));
    copyFileSync(join(dir, 'sheets', 'Ana.xlsx'), join(twice, 'Ana (1).xlsx'));
    writeFileSync(join(twice, '~$Ana.xlsx'), 'an Excel lock file');
    const r = kam(['ratings', 'collect', 'twice'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("kam: twice/Ana.xlsx: this is Ana's rating sheet, and so is twice/Ana (1).xlsx; collect one sheet per rater.\n");
  });
});

describe('the round trip: template → filled → collect → select', () => {
  const json = (stdout: string) => {
    const doc = JSON.parse(stdout);
    delete doc.inputs;
    return doc;
  };
  const select = (ratings: string) => kam(['select', 'customers.csv', '--ratings', ratings, '-f', 'json', '--explain'], { cwd: dir, env: ENV });

  it('collected ratings.csv, and the folder itself, give the result of the equivalent ratings.csv', () => {
    kam(['ratings', 'collect', 'sheets', '-o', 'collected.csv'], { cwd: dir });
    const expected = select('ratings.csv');
    expect(expected.code).toBe(0);
    const viaCsv = select('collected.csv');
    expect(json(viaCsv.stdout)).toEqual(json(expected.stdout));
    const viaFolder = select('sheets');
    expect(viaFolder.code, viaFolder.stderr).toBe(0);
    expect(json(viaFolder.stdout)).toEqual(json(expected.stdout));
    expect(viaFolder.stderr).toBe('kam: note: sheets: read 3 rating sheets (Ana, Ben, Chen).\n');
    expect(JSON.parse(viaFolder.stdout).inputs.ratings.path).toBe('sheets');
  });

  it('the table and CSV outputs match too', () => {
    for (const f of ['csv', 'markdown']) {
      const a = kam(['select', 'customers.csv', '--ratings', 'ratings.csv', '-f', f], { cwd: dir, env: ENV });
      const b = kam(['select', 'customers.csv', '--ratings', 'sheets', '-f', f], { cwd: dir, env: ENV });
      expect(b.stdout.replaceAll('sheets', 'ratings.csv')).toBe(a.stdout);
    }
  });
});
