/** The built binary on fixture files: outputs, exit codes, messy-CSV twins, files written. */
import { existsSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kam, tempDir } from '../helpers/run-kam.js';

const clean = join(FIXTURES, 'clean/customers.csv');
const messy = join(FIXTURES, 'messy/customers.csv');
const example = 'examples/customers.csv';

function json(args: string[]) {
  const r = kam([...args, '--format', 'json'], { env: { SOURCE_DATE_EPOCH: '1795428000' } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('kam select on the bundled example', () => {
  it('prints the ranked table, the KAISM chart, the quadrant lines and the split rule', () => {
    const r = kam(['select', example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s*#\s+Account\s+Segment\s+Attr\.\s+Str\.\s+Quadrant\s+Sel\s+ABC/m);
    expect(r.stdout).toContain('C001 Nordhavn Foods');
    for (const title of ['KEY', 'KEY DEVELOPMENT', 'MAINTENANCE', 'OPPORTUNISTIC']) expect(r.stdout).toContain(title);
    expect(r.stdout).toMatch(/←.*higher relative strength/);
    expect(r.stdout).toMatch(/key-development\s+7\s+invest selectively: win the customer's preference \(hunter\)/);
    expect(r.stdout).toContain('Split rule: midpoint (midpoint of each axis).\nHigh means attractiveness ≥ 50, strength ≥ 50.');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('has exactly the kam/result@1 shape of METHOD.md §4', () => {
    const doc = json(['select', example]);
    expect(Object.keys(doc)).toEqual(['schema', 'generatedAt', 'kamVersion', 'inputs', 'method', 'factors', 'accounts', 'summary', 'disagreements', 'warnings']);
    expect(doc.schema).toBe('kam/result@1');
    expect(doc.generatedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(doc.inputs.customers.path).toBe(example);
    expect(doc.inputs.customers.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.inputs.criteria.path).toBe('examples/criteria.csv');
    expect(doc.method).toMatchObject({ strength: 'absolute', missing: 'error', sort: 'quadrant', split: { rule: 'midpoint', attractiveness: 50, strength: 50 }, capacity: null });
    expect(Object.keys(doc.factors[0])).toEqual(['factor', 'axis', 'weight', 'weightPct', 'min', 'max', 'direction', 'normalize', 'kind', 'description']);
    const a = doc.accounts[0];
    for (const k of ['rank', 'id', 'name', 'attractiveness', 'strength', 'quadrant', 'selected', 'segment', 'revenue', 'pareto', 'coverage']) expect(a).toHaveProperty(k);
    expect(a.rank).toBe(1);
    expect(a.coverage).toEqual({ attractiveness: 1, strength: 1 });
    expect(doc.accounts.map((x: { rank: number }) => x.rank)).toEqual(doc.accounts.map((_: unknown, i: number) => i + 1));
    const q = doc.summary.quadrants;
    expect(Object.keys(q)).toEqual(['key', 'key-development', 'maintenance', 'opportunistic']);
    expect(q.key + q['key-development'] + q.maintenance + q.opportunistic).toBe(doc.summary.accounts);
    expect(doc.summary.accounts).toBe(30);
    expect(typeof doc.summary.realisticWeightPct).toBe('number');
    expect(typeof doc.summary.top20RevenueSharePct).toBe('number');
    expect(doc.warnings).toEqual([]);
    // Full precision, not rounded for display.
    expect(doc.accounts.some((x: { attractiveness: number }) => !Number.isInteger(x.attractiveness * 100))).toBe(true);
  });
});

describe('messy CSV spellings', () => {
  it('a semicolon / decimal-comma / BOM / CRLF / odd-header file gives the same result as its clean twin', () => {
    const a = json(['select', clean]);
    const b = json(['select', messy]);
    delete a.inputs;
    delete b.inputs;
    expect(b).toEqual(a);
    expect(a.accounts.map((x: { id: string }) => x.id)).toContain('00601');
  });

  it('reads customers from standard input with -', () => {
    const text = readFileSync(clean, 'utf8');
    const r = kam(['select', '-', '--criteria', join(FIXTURES, 'clean/criteria.csv'), '--format', 'csv'], { input: text });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('rank,id,name,attractiveness,strength,quadrant,selected,segment,pareto,coverage_attractiveness,coverage_strength');
  });
});

describe('formats', () => {
  it('csv: rank order, scores to 9 decimals, formula cells guarded', () => {
    const r = kam(['select', clean, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const doc = json(['select', clean]);
    expect(rows.map((x) => x.id)).toEqual(doc.accounts.map((x: { id: string }) => x.id));
    // The CSV rounds scores to 9 decimals (the precision kam compares them at); the JSON is full.
    const round9 = (x: number): number => Math.round(x * 1e9) / 1e9;
    expect(rows.map((x) => Number(x.attractiveness))).toEqual(doc.accounts.map((x: { attractiveness: number }) => round9(x.attractiveness)));
    expect(rows.map((x) => Number(x.strength))).toEqual(doc.accounts.map((x: { strength: number }) => round9(x.strength)));
    expect(rows.find((x) => x.id === '00605')!.name).toBe("'=HYPERLINK(1)");
    expect(rows.find((x) => x.id === '00601')!.name).toBe('Acme, Inc.');
  });

  it('markdown: the step-9 brief', () => {
    const r = kam(['select', example, '--format', 'markdown', '--capacity', '8']);
    expect(r.code).toBe(0);
    for (const h of ['# Key-account selection brief', '## Method', '## The KAISM matrix', '## Selection', '## Ranked list']) expect(r.stdout).toContain(h);
    expect(r.stdout).toContain('8 accounts selected of 13 in the key quadrants (capacity: 8)');
    expect(r.stderr).toContain('capacity is 8');
  });

  it('-o writes the file atomically and nothing to standard output', () => {
    const dir = tempDir();
    const out = join(dir, 'result.json');
    const r = kam(['select', example, '--format', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schema).toBe('kam/result@1');
  });
});

describe('colour', () => {
  it('FORCE_COLOR colours, NO_COLOR and --no-color do not', () => {
    expect(kam(['select', example], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(kam(['select', example], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(kam(['select', example, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('exit codes and errors', () => {
  it('an unknown flag is a usage error (2)', () => {
    const r = kam(['select', example, '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
  });

  it('a bad flag value is a usage error (2) naming the flag', () => {
    for (const args of [['--split', '120,3'], ['--format', 'xml'], ['--capacity', '-1'], ['--missing', 'ignore'], ['--sort', 'name']]) {
      const r = kam(['select', example, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(args[0]);
    }
  });

  it('a missing file is bad input (1), one sentence, no stack trace; a default path says where it came from', () => {
    const r = kam(['select', 'nope/customers.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'kam: nope/criteria.csv: the file does not exist.\n' +
        'kam: nope/criteria.csv is the criteria file kam reads by default (criteria.csv beside the customers file); give --criteria FILE to read another.\n',
    );
    const named = kam(['select', 'nope/customers.csv', '--criteria', 'nope/criteria.csv']);
    expect(named.stderr).toBe('kam: nope/criteria.csv: the file does not exist.\n');
  });

  it('a bad value names file, line and field; --debug adds the stack', () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'clean/criteria.csv'), join(dir, 'criteria.csv'));
    const text = readFileSync(clean, 'utf8').replace('23.5', 'lots').replace('9.1', '"1,5"');
    writeFileSync(join(dir, 'customers.csv'), text);
    const r = kam(['select', 'customers.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('kam: customers.csv, line 2, field "Margin": "lots" is not a number.');
    expect(r.stderr).toContain('line 3, field "Growth": "1,5" has a decimal comma');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(kam(['select', 'customers.csv', '--debug'], { cwd: dir }).stderr).toMatch(/\n\s+at /);
  });

  it('missing values under --missing error list every cell (1); renormalize scores them', () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, 'clean/criteria.csv'), join(dir, 'criteria.csv'));
    writeFileSync(join(dir, 'customers.csv'), readFileSync(clean, 'utf8').replace(',8,7.5,8,6', ',NA,7.5,,6'));
    const r = kam(['select', 'customers.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 2, field "Fit": the value is missing');
    expect(r.stderr).toContain('line 2, field "Delivery": the value is missing');
    const ok = kam(['select', 'customers.csv', '--missing', 'renormalize', '--format', 'json'], { cwd: dir });
    expect(ok.code).toBe(0);
    const acme = JSON.parse(ok.stdout).accounts.find((a: { id: string }) => a.id === '00601');
    expect(acme.coverage).toEqual({ attractiveness: 0.75, strength: 0.65 });
  });

  it('a failing run leaves no output file, and kam never writes over an input', () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    expect(kam(['select', 'nope.csv', '-o', out, '--criteria', join(FIXTURES, 'clean/criteria.csv')]).code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const r = kam(['select', clean, '-o', clean]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is one of the input files');
  });

  it('help and version exit 0; no command exits 2', () => {
    expect(kam(['--help']).code).toBe(0);
    expect(kam(['select', '--help']).stdout).toContain('--criteria');
    expect(kam(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(kam([]).code).toBe(2);
  });
});
