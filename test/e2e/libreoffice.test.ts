/**
 * What LibreOffice makes of kam's workbooks (skipped where LibreOffice is not installed): the
 * result workbook opens with ids as text, scores as numbers and selected as logical values; the
 * rating sheets, filled and saved again by LibreOffice, collect into the same result.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { kam, ROOT, tempDir } from '../helpers/run-kam.js';
import { readWorkbook } from '../helpers/workbooks.js';

const EX = join(ROOT, 'examples');
const ENV = { SOURCE_DATE_EPOCH: '1764000000' };
const SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** `soffice --headless --convert-to` in its own profile, so it runs beside any other LibreOffice. */
function convert(files: string[], to: string, outdir: string): void {
  const profile = `file://${tempDir()}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outdir, ...files], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
}

/** The cells of a flat ODF sheet's rows: value type and value, as LibreOffice typed them. */
function fodsRows(xml: string, sheet: string): Array<Array<{ type: string | null; value: string }>> {
  const start = xml.indexOf(`<table:table table:name="${sheet}"`);
  const body = xml.slice(start, xml.indexOf('</table:table>', start));
  return [...body.matchAll(/<table:table-row[^>]*>(.*?)<\/table:table-row>/gs)].map((row) =>
    [...row[1].matchAll(/<table:table-cell([^>]*?)(?:\/>|>(.*?)<\/table:table-cell>)/gs)].flatMap((c) => {
      const attrs = c[1];
      const type = /office:value-type="([^"]+)"/.exec(attrs)?.[1] ?? null;
      const value = /office:(?:boolean-)?value="([^"]+)"/.exec(attrs)?.[1] ?? (c[2] ?? '').replace(/<[^>]+>/g, '').trim();
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
      return Array.from({ length: Math.min(repeat, 64) }, () => ({ type, value }));
    }),
  );
}

describe.skipIf(!SOFFICE)('kam workbooks in LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    for (const f of ['customers.csv', 'criteria.csv', 'ratings.csv']) copyFileSync(join(EX, f), join(dir, f));
  });

  it('--format xlsx opens with ids as text, scores as numbers in full, selected as TRUE/FALSE', () => {
    const r = kam(['select', 'customers.csv', '-f', 'xlsx', '-o', 'selection.xlsx'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    convert([join(dir, 'selection.xlsx')], 'fods', dir);
    const rows = fodsRows(readFileSync(join(dir, 'selection.fods'), 'utf8'), 'Accounts');
    const result = JSON.parse(kam(['select', 'customers.csv', '-f', 'json'], { cwd: dir, env: ENV }).stdout);
    expect(rows[0].slice(0, 7).map((c) => c.value)).toEqual(['rank', 'id', 'name', 'attractiveness', 'strength', 'quadrant', 'selected']);
    result.accounts.forEach((a: { id: string; attractiveness: number; selected: boolean }, i: number) => {
      const [, id, , att, , , selected] = rows[i + 1];
      expect(id).toEqual({ type: 'string', value: a.id });
      expect(att.type).toBe('float');
      expect(Number(att.value)).toBeCloseTo(a.attractiveness, 10);
      expect(selected).toEqual({ type: 'boolean', value: String(a.selected) });
    });
  }, 180_000);

  it('rating sheets filled and saved again by LibreOffice collect into the result of ratings.csv', async () => {
    expect(kam(['ratings', 'template', 'customers.csv', '--raters', 'Ana,Ben,Chen', '--competitors', 'Polypak,Adhesa', '-o', 'sheets'], { cwd: dir, env: ENV }).code).toBe(0);
    const scores = (parse(readFileSync(join(dir, 'ratings.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>).filter((x) => x.score !== 'NA');
    for (const rater of ['Ana', 'Ben', 'Chen']) {
      const file = join(dir, 'sheets', `${rater}.xlsx`);
      const wb = await readWorkbook(readFileSync(file));
      const ws = wb.getWorksheet('Ratings')!;
      const headers = (ws.getRow(1).values as unknown[]).map((v) => (v === undefined ? '' : String(v)));
      const rowOf = new Map<string, number>();
      ws.eachRow((row, r) => r > 1 && rowOf.set(String(row.getCell(1).value), r));
      for (const x of scores.filter((s) => s.rater === rater)) ws.getRow(rowOf.get(x.account)!).getCell(headers.indexOf(x.competitor === '' ? x.factor : `${x.factor} (${x.competitor})`)).value = Number(x.score);
      await wb.xlsx.writeFile(file);
    }
    // Opened and saved by LibreOffice: its own zip, styles, shared strings and validations.
    const saved = join(dir, 'saved');
    mkdirSync(saved);
    convert(readdirSync(join(dir, 'sheets')).map((f) => join(dir, 'sheets', f)), 'xlsx:Calc MS Excel 2007 XML', saved);
    expect(readdirSync(saved).sort()).toEqual(['Ana.xlsx', 'Ben.xlsx', 'Chen.xlsx']);
    const select = (ratings: string) => {
      const r = kam(['select', 'customers.csv', '--ratings', ratings, '-f', 'json'], { cwd: dir, env: ENV });
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout);
      delete doc.inputs;
      return doc;
    };
    expect(select('saved')).toEqual(select('ratings.csv'));
  }, 300_000);
});
