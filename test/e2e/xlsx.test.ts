/**
 * Excel in and out through the built binary (issue 15): the bundled portfolio as workbooks gives
 * the JSON of its CSV files; --format xlsx is read back cell by cell; --excel CSV per locale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { kam, ROOT, tempDir } from '../helpers/run-kam.js';
import { readWorkbook, workbookBytes } from '../helpers/workbooks.js';

const EX = join(ROOT, 'examples');
const ENV = { SOURCE_DATE_EPOCH: '1764000000' };
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** A CSV file as a sheet: numbers typed as numbers, except in the key column (text, as a CRM keeps keys). */
function csvAsRows(file: string, keyText = true): ExcelJS.CellValue[][] {
  const rows = parse(readFileSync(file, 'utf8')) as string[][];
  return rows.map((r, i) => r.map((v, c) => (i > 0 && !(keyText && c === 0) && NUMERIC.test(v) ? Number(v) : v === '' ? null : v)));
}

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  writeFileSync(join(dir, 'customers.xlsx'), await workbookBytes([{ name: 'Accounts', rows: csvAsRows(join(EX, 'customers.csv')), styledEmptyRows: [40] }, { name: 'Notes', rows: [['exported from the CRM']] }]));
  writeFileSync(join(dir, 'criteria.xlsx'), await workbookBytes([{ name: 'Criteria', rows: csvAsRows(join(EX, 'criteria.csv'), false) }]));
  writeFileSync(join(dir, 'ratings.xlsx'), await workbookBytes([{ name: 'Ratings', rows: csvAsRows(join(EX, 'ratings.csv')) }]));
});

const json = (stdout: string) => {
  const doc = JSON.parse(stdout);
  delete doc.inputs;
  return doc;
};

describe('workbooks in: the same result as the CSV files', () => {
  it('customers, criteria and ratings from .xlsx give the JSON of the CSV run (but the inputs)', () => {
    const fromCsv = kam(['select', join(EX, 'customers.csv'), '--ratings', join(EX, 'ratings.csv'), '-f', 'json', '--stability', '50'], { env: ENV });
    const fromXlsx = kam(['select', 'customers.xlsx', '-c', 'criteria.xlsx', '--ratings', 'ratings.xlsx', '-f', 'json', '--stability', '50'], { cwd: dir, env: ENV });
    expect(fromCsv.code).toBe(0);
    expect(fromXlsx.code, fromXlsx.stderr).toBe(0);
    expect(json(fromXlsx.stdout)).toEqual(json(fromCsv.stdout));
    const inputs = JSON.parse(fromXlsx.stdout).inputs;
    expect(inputs.customers.path).toBe('customers.xlsx');
    expect(inputs.customers.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Two visible sheets: kam says which one it read.
    expect(fromXlsx.stderr).toBe('kam: note: customers.xlsx: read the sheet "Accounts" (the workbook has 2 sheets: Accounts, Notes; choose another with --sheet).\n');
  });

  it('a workbook on standard input, --sheet by name, and kam explain', () => {
    const bytes = readFileSync(join(dir, 'customers.xlsx'));
    const r = kam(['select', '-', '-c', 'criteria.xlsx', '-f', 'csv', '--sheet', 'accounts'], { cwd: dir, input: bytes });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(kam(['select', join(EX, 'customers.csv'), '-f', 'csv']).stdout);
    const e = kam(['explain', 'C007', 'customers.xlsx', '-c', 'criteria.xlsx'], { cwd: dir });
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout).toBe(kam(['explain', 'C007', join(EX, 'customers.csv')]).stdout);
  });

  it('a value off its scale found by the engine names the cell', async () => {
    const rows = csvAsRows(join(EX, 'customers.csv'));
    const col = rows[0].indexOf('Fit with our capabilities');
    rows[5][col] = 12;
    writeFileSync(join(dir, 'off.xlsx'), await workbookBytes([{ name: 'Accounts', rows }]));
    const r = kam(['select', 'off.xlsx', '-c', join(EX, 'criteria.csv'), '-f', 'json', '-o', 'off.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kam: off.xlsx, Accounts!${String.fromCharCode(65 + col)}6, field "Fit with our capabilities": 12 is outside the factor's scale 1..10.\n`);
  });

  it('a missing sheet is one sentence, exit 1', () => {
    const r = kam(['select', 'customers.xlsx', '-c', 'criteria.xlsx', '--sheet', 'Q3'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kam: customers.xlsx: the workbook has no sheet "Q3" (its sheets are: Accounts, Notes); give --sheet a name or a number from 1 to 2.\n');
  });
});

describe('--format xlsx', () => {
  let wb: ExcelJS.Workbook;
  let result: Record<string, any>;
  beforeAll(async () => {
    const args = ['select', join(EX, 'customers.csv'), '--ratings', join(EX, 'ratings.csv'), '--stability', '100', '--explain'];
    const r = kam([...args, '-f', 'xlsx', '-o', 'out.xlsx'], { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    wb = await readWorkbook(readFileSync(join(dir, 'out.xlsx')));
    // Written beside the workbook, so both record the inputs relative to the same folder.
    expect(kam([...args, '-f', 'json', '-o', 'out.json'], { cwd: dir, env: ENV }).code).toBe(0);
    result = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
  });

  const headerOf = (ws: ExcelJS.Worksheet): string[] => (ws.getRow(1).values as unknown[]).slice(1).map(String);

  it('has the sheets of the result', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Accounts', 'Factors', 'Summary', 'Disagreements', 'Competitors', 'Stability', 'Explanations']);
  });

  it('accounts: ids and names text, scores numbers in full with two decimals shown, selected TRUE/FALSE, quadrant fills', () => {
    const ws = wb.getWorksheet('Accounts')!;
    expect(headerOf(ws)).toEqual(['rank', 'id', 'name', 'attractiveness', 'strength', 'quadrant', 'selected', 'segment', 'revenue', 'pareto', 'coverage_attractiveness', 'coverage_strength', 'stability_pct', 'moves_to', 'borderline']);
    expect(ws.rowCount).toBe(result.accounts.length + 1);
    const fills = new Map<string, string>();
    result.accounts.forEach((a: any, i: number) => {
      const row = ws.getRow(i + 2);
      const cell = (k: number) => row.getCell(k);
      expect(cell(1).value).toBe(a.rank);
      expect(cell(2).type).toBe(ExcelJS.ValueType.String);
      expect(cell(2).value).toBe(a.id);
      expect(cell(3).value).toBe(a.name);
      for (const [k, key] of [[4, 'attractiveness'], [5, 'strength']] as const) {
        expect(cell(k).type).toBe(ExcelJS.ValueType.Number);
        expect(cell(k).value).toBe(a[key]); // full precision stored
        expect(cell(k).numFmt).toBe('0.00');
      }
      expect(cell(6).value).toBe(a.quadrant);
      const argb = (cell(6).fill as ExcelJS.FillPattern).fgColor!.argb!;
      expect(fills.get(a.quadrant) ?? argb).toBe(argb);
      fills.set(a.quadrant, argb);
      expect(cell(7).type).toBe(ExcelJS.ValueType.Boolean);
      expect(cell(7).value).toBe(a.selected);
      expect(cell(8).value).toBe(a.segment);
      expect(cell(9).value ?? null).toBe(a.revenue);
      expect(cell(10).value).toBe(a.pareto);
      expect(cell(11).value).toBe(a.coverage.attractiveness);
      expect(cell(13).value).toBe(a.stability.inQuadrantPct);
      expect(cell(14).value ?? null).toBe(a.stability.movesTo);
      expect(cell(15).value).toBe(a.stability.borderline);
    });
    // One fill per quadrant, four different ones.
    expect(new Set(fills.values()).size).toBe(fills.size);
    expect(fills.size).toBe(4);
  });

  it('every sheet: frozen header row, autofilter over the table, widths that fit the longest cell', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    const ws = wb.getWorksheet('Accounts')!;
    const longestName = Math.max(...result.accounts.map((a: any) => a.name.length));
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(longestName);
    expect(ws.getColumn(3).width).toBeLessThanOrEqual(61);
  });

  it('factors, summary, disagreements, competitors, stability and explanations hold the JSON\'s values', () => {
    const factors = wb.getWorksheet('Factors')!;
    expect(headerOf(factors)).toEqual(['factor', 'axis', 'weight', 'weight_pct', 'min', 'max', 'direction', 'normalize', 'kind', 'description']);
    result.factors.forEach((f: any, i: number) => {
      const row = factors.getRow(i + 2);
      expect([row.getCell(1).value, row.getCell(3).value, row.getCell(4).value, row.getCell(8).value]).toEqual([f.factor, f.weight, f.weightPct, f.normalize]);
    });
    const summary = new Map<string, unknown>();
    wb.getWorksheet('Summary')!.eachRow((row, r) => r > 1 && summary.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(summary.get('schema')).toBe('kam/result@1');
    expect(summary.get('accounts')).toBe(result.summary.accounts);
    expect(summary.get('selected')).toBe(result.summary.selected);
    expect(summary.get('quadrant key')).toBe(result.summary.quadrants.key);
    expect(summary.get('over capacity')).toBe(false);
    expect(summary.get('stability runs')).toBe(100);
    expect(summary.get('input customers')).toBe(result.inputs.customers.path);

    const dis = wb.getWorksheet('Disagreements')!;
    expect(dis.rowCount).toBe(result.disagreements.length + 1);
    const d0 = result.disagreements[0];
    expect([dis.getRow(2).getCell(1).value, dis.getRow(2).getCell(2).value, dis.getRow(2).getCell(4).value]).toEqual([d0.account, d0.factor, d0.score]);
    expect(wb.getWorksheet('Competitors')!.rowCount).toBe(result.accounts.reduce((n: number, a: any) => n + a.competitors.length, 0) + 1);
    expect(wb.getWorksheet('Stability')!.getRow(2).getCell(5).value).toBe(result.accounts[0].stability.inQuadrantPct);
    const ex = wb.getWorksheet('Explanations')!;
    const perAccount = result.factors.length;
    expect(ex.rowCount).toBe(result.accounts.length * perAccount + 1);
    const f0 = result.accounts[0].explain.attractiveness.factors[0];
    expect([ex.getRow(2).getCell(8).value, ex.getRow(2).getCell(13).value]).toEqual([f0.factor, f0.points]);
  });

  it('needs -o, and never writes over an input', () => {
    const r = kam(['select', join(EX, 'customers.csv'), '-f', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: --format xlsx writes a workbook: give the file with -o, e.g. -o selection.xlsx.\n');
    const over = kam(['select', 'customers.xlsx', '-c', 'criteria.xlsx', '-f', 'xlsx', '-o', 'customers.xlsx'], { cwd: dir });
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('is one of the input files');
  });
});

describe('--excel: CSV for a spreadsheet', () => {
  const machine = parse(kam(['select', join(EX, 'customers.csv'), '-f', 'csv']).stdout, { columns: true }) as Record<string, string>[];

  for (const [locale, delimiter, decimal] of [['en', ',', '.'], ['id', ';', ','], ['de', ';', ',']] as const) {
    it(`--locale ${locale}: BOM, "${delimiter}" and "${decimal}", keys as text formulas, CRLF`, () => {
      const r = kam(['select', join(EX, 'customers.csv'), '-f', 'csv', '--excel', '--locale', locale]);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('\ufeffrank' + delimiter + 'id')).toBe(true);
      expect(r.stdout.split('\r\n').length).toBe(machine.length + 2);
      const rows = parse(r.stdout.slice(1), { columns: true, delimiter }) as Record<string, string>[];
      rows.forEach((row, i) => {
        expect(row.id).toBe(`="${machine[i].id}"`);
        expect(row.name).toBe(machine[i].name);
        expect(row.attractiveness).toBe(machine[i].attractiveness.replace('.', decimal));
        expect(row.quadrant).toBe(machine[i].quadrant);
      });
    });
  }

  it('keys that a spreadsheet would turn into numbers stay text: 00601, 1E5, 20 digits', () => {
    const d = tempDir();
    writeFileSync(join(d, 'customers.csv'), 'id,name,Fit,Quality\n00601,Zero Lead,5,6\n1E5,Sci,7,3\n12345678901234567890,Long,2,9\n"a""b",Quote,8,8\n');
    writeFileSync(join(d, 'criteria.csv'), 'factor,axis,weight\nFit,attractiveness,1\nQuality,strength,1\n');
    const r = kam(['select', 'customers.csv', '-f', 'csv', '--excel', '--locale', 'de'], { cwd: d });
    expect(r.stdout).toContain('"=""00601"""');
    expect(r.stdout).toContain('"=""1E5"""');
    expect(r.stdout).toContain('"=""12345678901234567890"""');
    expect(r.stdout).toContain('"=""a""""b"""');
  });

  it('--locale without --excel, and --excel with another format, are usage errors', () => {
    expect(kam(['select', join(EX, 'customers.csv'), '-f', 'csv', '--locale', 'id']).code).toBe(2);
    expect(kam(['select', join(EX, 'customers.csv'), '-f', 'markdown', '--excel']).code).toBe(2);
    const bad = kam(['select', join(EX, 'customers.csv'), '-f', 'csv', '--excel', '--locale', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('kam: --locale "fr" is not valid; use en, id, de.\n');
  });
});
