/** The plans of the Excel flags and the rating-sheet commands: every flag checked before any file is read. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodingFlag, namesFlag, type SelectFlags } from '../../src/app/flags.js';
import type { Io } from '../../src/app/io.js';
import { planRatingsCollect, planRatingsTemplate, planRun } from '../../src/app/plan.js';
import { UsageError } from '../../src/core/errors.js';
import { tempDir } from '../helpers/run-kam.js';

const io = (cwd: string): Io => ({ stdout: { write: () => true }, stderr: { write: () => true }, stdin: (async function* () {})(), env: {}, cwd });
const SELECT: SelectFlags = { format: 'table', missing: 'error', split: 'midpoint', sort: 'quadrant', strengthAxis: 'left', top: '200', interactive: false, color: false };
const select = (flags: Partial<SelectFlags>) => planRun('customers.csv', { ...SELECT, ...flags }, io(tempDir()));

describe('--excel, --locale, --sheet and --format xlsx', () => {
  it('--excel with --format csv: the locale (en by default), once', () => {
    expect(select({ format: 'csv' }).excel).toBeNull();
    expect(select({ format: 'csv', excel: true }).excel).toBe('en');
    expect(select({ format: 'csv', excel: true, locale: ' ID ' }).excel).toBe('id');
    expect(() => select({ format: 'csv', excel: true, locale: 'fr' })).toThrow('--locale "fr" is not valid; use en, id, de.');
    expect(() => select({ format: 'csv', locale: 'de' })).toThrow('--locale sets the separators of --excel CSV: add --excel');
    expect(() => select({ format: 'json', excel: true })).toThrow('--excel shapes CSV for a spreadsheet: use it with --format csv');
  });

  it('--format xlsx needs -o (not standard output) and takes --explain', () => {
    expect(() => select({ format: 'xlsx' })).toThrow('--format xlsx writes a workbook: give the file with -o');
    expect(() => select({ format: 'xlsx', output: '-' })).toThrow(UsageError);
    expect(select({ format: 'xlsx', output: 'out.xlsx', explain: true }).explain).toBe(true);
    expect(() => select({ format: 'csv', explain: true })).toThrow('--explain adds explanations to the JSON result, the HTML brief or the workbook: use it with --format json, html or xlsx');
  });

  it('--sheet as given, never empty', () => {
    expect(select({ sheet: 'Accounts' }).sheet).toBe('Accounts');
    expect(select({}).sheet).toBeUndefined();
    expect(() => select({ sheet: ' ' })).toThrow('--sheet needs the name or the number of a sheet.');
  });
});

describe('name lists', () => {
  it('from a comma list, each once', () => {
    expect(namesFlag('--raters', ' Ana, Ben ,Chen,', true)).toEqual(['Ana', 'Ben', 'Chen']);
    expect(namesFlag('--competitors', undefined, false)).toEqual([]);
    expect(() => namesFlag('--raters', ' , ', true)).toThrow('--raters needs at least one name');
    expect(() => namesFlag('--raters', 'Ana,ana', true)).toThrow('--raters: "ana" is named twice.');
  });
});

describe('kam ratings template', () => {
  const flags = { raters: 'Ana,Ben', output: 'sheets', color: false };

  it('one file per rater in the folder; the criteria beside the customers by default', () => {
    const plan = planRatingsTemplate('data/customers.csv', { ...flags, competitors: 'Polypak' }, io(tempDir()));
    expect(plan.raters).toEqual([
      { rater: 'Ana', file: 'sheets/Ana.xlsx' },
      { rater: 'Ben', file: 'sheets/Ben.xlsx' },
    ]);
    expect(plan.criteria).toBe('data/criteria.csv');
    expect(plan.competitors).toEqual(['Polypak']);
    expect(plan.factors).toEqual([]);
  });

  it('refuses what would lose or mix up a sheet: names that make one file, a filled sheet already there, a file as the folder', () => {
    const dir = tempDir();
    expect(() => planRatingsTemplate('c.csv', { ...flags, raters: 'A/B,A:B' }, io(dir))).toThrow('--raters: "A/B" and "A:B" would both be written to A_B.xlsx');
    mkdirSync(join(dir, 'sheets'));
    writeFileSync(join(dir, 'sheets', 'Ben.xlsx'), 'filled');
    expect(() => planRatingsTemplate('c.csv', flags, io(dir))).toThrow('sheets already holds Ben.xlsx; a filled sheet would be lost. Choose another folder, or add --force to replace them.');
    expect(planRatingsTemplate('c.csv', { ...flags, force: true }, io(dir)).raters).toHaveLength(2);
    writeFileSync(join(dir, 'file'), '');
    expect(() => planRatingsTemplate('c.csv', { ...flags, output: 'file' }, io(dir))).toThrow('-o file is a file; give a folder for the workbooks.');
    expect(() => planRatingsTemplate('c.csv', { ...flags, output: 'no/such' }, io(dir))).toThrow('-o no/such: the folder no does not exist.');
    expect(() => planRatingsTemplate('-', flags, io(dir))).toThrow('needs a customers file, not standard input');
    expect(() => planRatingsTemplate('c.csv', { raters: 'Ana', color: false }, io(dir))).toThrow('give the folder with -o');
  });

  it('never writes over an input', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Ana.xlsx'), '');
    expect(() => planRatingsTemplate('Ana.xlsx', { ...flags, output: '.', force: true }, io(dir))).toThrow('-o .: Ana.xlsx is one of the input files; kam never writes over its inputs. Choose another folder.');
  });
});

describe('kam ratings collect', () => {
  it('files or folders; -o or standard output; never standard input', () => {
    expect(planRatingsCollect(['sheets'], { color: false })).toEqual({ sheets: ['sheets'], output: { path: undefined, color: false }, criteria: undefined, encoding: 'utf-8' });
    expect(planRatingsCollect(['a.xlsx', 'b.xlsx'], { output: 'r.csv', criteria: 'c.csv', color: false }).output.path).toBe('r.csv');
    expect(() => planRatingsCollect(['-'], { color: false })).toThrow(UsageError);
  });
});

describe('--encoding', () => {
  it('one of ENCODING, or a common other name of one; usage errors name the values', () => {
    expect(encodingFlag(undefined)).toBe('utf-8');
    expect(encodingFlag(' Windows-1252 ')).toBe('windows-1252');
    expect(encodingFlag('cp1252')).toBe('windows-1252');
    expect(encodingFlag('ISO-8859-1')).toBe('latin1');
    expect(encodingFlag('utf8')).toBe('utf-8');
    expect(encodingFlag('UTF16')).toBe('utf-16');
    expect(() => encodingFlag('utf-16be')).toThrow('--encoding "utf-16be" is not one kam reads; use utf-8, utf-16, windows-1252 or latin1.');
    expect(() => encodingFlag('constructor')).toThrow(UsageError);
  });
  it('kam ratings collect takes it only for its --criteria', () => {
    expect(planRatingsCollect(['s'], { criteria: 'c.csv', encoding: 'latin1', color: false }).encoding).toBe('latin1');
    expect(() => planRatingsCollect(['s'], { encoding: 'latin1', color: false })).toThrow('--encoding reads the --criteria file');
  });
});
