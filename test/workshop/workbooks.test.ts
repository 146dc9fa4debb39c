/** The workshop on workbooks: the same data and the same selection as on the CSV files. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SelectFlags } from '../../src/app/flags.js';
import { planRun } from '../../src/app/plan.js';
import { ScriptedPrompter, type Script } from '../../src/prompts/scripted-prompter.js';
import { loadWorkshop } from '../../src/workshop/run.js';
import { checkedMain as main, ROOT, tempDir } from '../helpers/run-kam.js';
import { workbookBytes } from '../helpers/workbooks.js';
import { readSessionFile, ttyIo } from './helpers.js';

const EX = join(ROOT, 'examples');
/** A CSV file as a sheet: numbers typed as numbers (keys in the first column stay text). */
const rowsOf = (file: string): CellValue[][] =>
  (parse(readFileSync(file, 'utf8')) as string[][]).map((r, i) => r.map((v, c) => (i > 0 && c > 0 && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)));

async function workbookDir(): Promise<{ dir: string; criteriaBook: Buffer }> {
  const dir = tempDir();
  for (const f of ['customers.csv', 'criteria.csv', 'ratings.csv']) copyFileSync(join(EX, f), join(dir, f));
  writeFileSync(join(dir, 'customers.xlsx'), await workbookBytes([{ name: 'Accounts', rows: rowsOf(join(EX, 'customers.csv')) }]));
  const criteriaBook = await workbookBytes([{ name: 'Criteria', rows: rowsOf(join(EX, 'criteria.csv')) }]);
  writeFileSync(join(dir, 'criteria.xlsx'), criteriaBook);
  writeFileSync(join(dir, 'ratings.xlsx'), await workbookBytes([{ name: 'Ratings', rows: rowsOf(join(EX, 'ratings.csv')) }]));
  return { dir, criteriaBook };
}

const FLAGS: SelectFlags = { format: 'table', missing: 'error', split: 'midpoint', sort: 'quadrant', strengthAxis: 'left', top: '200', interactive: true, color: false };

describe('workshop data from workbooks', () => {
  it('customers, criteria and ratings workbooks give the data of the CSV files', async () => {
    const { dir } = await workbookDir();
    const { io, err } = ttyIo(dir);
    const fromXlsx = (await loadWorkshop(planRun('customers.xlsx', { ...FLAGS, criteria: 'criteria.xlsx', ratings: 'ratings.xlsx', session: 'x.json' }, io), io)).data;
    const fromCsv = (await loadWorkshop(planRun('customers.csv', { ...FLAGS, ratings: 'ratings.csv', session: 'y.json' }, io), io)).data;
    expect(err()).toBe('');
    expect(fromXlsx.criteria).toEqual(fromCsv.criteria);
    expect(fromXlsx.criteriaWorkbook).toBe(true);
    expect(fromCsv.criteriaWorkbook).toBe(false);
    expect(fromXlsx.numericColumns).toEqual(fromCsv.numericColumns);
    const p = (d: typeof fromCsv) => ({ ids: d.portfolio.ids, names: d.portfolio.names, segments: d.portfolio.segments, values: [...d.portfolio.values].map(([k, v]) => [k, Array.from(v)]) });
    expect(p(fromXlsx)).toEqual(p(fromCsv));
    expect(fromXlsx.ratings!.outcome.disagreements).toEqual(fromCsv.ratings!.outcome.disagreements);
    expect(fromXlsx.inputs.customers.path).toBe('customers.xlsx');
    expect(fromXlsx.portfolio.sheet?.sheet).toBe('Accounts');
  });
});

describe('the workshop on workbooks', () => {
  it('runs on customers and criteria workbooks, and writes the agreed criteria beside the workbook as CSV, never over it', async () => {
    const { dir, criteriaBook } = await workbookDir();
    // Enter everywhere, but yes to writing the agreed criteria (file name: the default).
    const script: Script = { 'review.writeCriteria': true };
    const run = async (args: string[]) => {
      const prompter = new ScriptedPrompter(script);
      const { io } = ttyIo(dir, true, prompter);
      return { code: await main(['select', ...args, '--no-color'], io), prompter };
    };
    const x = await run(['customers.xlsx', '--sheet', 'Accounts', '--criteria', 'criteria.xlsx', '--session', 'xlsx-session.json']);
    expect(x.code).toBe(0);
    // The replay command it suggests reads the same sheet, and gives the session's result.
    const replay = 'kam select customers.xlsx --sheet Accounts --session xlsx-session.json --no-interactive';
    expect(x.prompter.transcript.join('\n')).toContain(replay);
    const { io: rio, out } = ttyIo(dir, false);
    expect(await main([...replay.split(' ').slice(1), '--format', 'json'], rio)).toBe(0);
    expect(x.prompter.transcript).toContain('? criteria file:');
    expect(readFileSync(join(dir, 'criteria.xlsx'))).toEqual(criteriaBook);
    expect(readFileSync(join(dir, 'criteria.csv'), 'utf8').split('\n')[0]).toBe('factor,axis,weight,min,max,direction,normalize,kind,description');
    const s = readSessionFile(dir, 'xlsx-session.json');
    expect(s.inputs.customers.path).toBe('customers.xlsx');
    expect(s.answers.review?.criteriaWrittenTo).toBe('criteria.csv');
    expect(JSON.parse(out()).accounts).toEqual(s.result?.accounts);
    // The same answers on the CSV files give the same selection.
    const csvDir = tempDir();
    for (const f of ['customers.csv', 'criteria.csv']) copyFileSync(join(EX, f), join(csvDir, f));
    const prompter = new ScriptedPrompter({ 'review.writeCriteria': true, 'review.criteriaFile': 'agreed.csv' });
    expect(await main(['select', 'customers.csv', '--no-color'], ttyIo(csvDir, true, prompter).io)).toBe(0);
    expect(s.result?.accounts).toEqual(readSessionFile(csvDir).result?.accounts);
  });

  it('step 10 refuses to write the criteria as CSV over a workbook', async () => {
    const { dir, criteriaBook } = await workbookDir();
    // A scripted answer that the question refuses stops the run with the question's sentence.
    for (const name of ['criteria.xlsx', 'other.xlsx']) {
      const prompter = new ScriptedPrompter({ 'review.writeCriteria': true, 'review.criteriaFile': name });
      const { io, err } = ttyIo(dir, true, prompter);
      expect(await main(['select', 'customers.xlsx', '--criteria', 'criteria.xlsx', '--no-color'], io)).toBe(1);
      expect(err()).toContain(`"${name}" to "review.criteriaFile" is refused: That is a workbook; the criteria are written as CSV: choose a .csv name.`);
    }
    expect(readFileSync(join(dir, 'criteria.xlsx'))).toEqual(criteriaBook);
  });
});
