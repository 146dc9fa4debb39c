/** kam weights end to end: published AHP examples, files written (or not), errors and exit codes. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kam, tempDir } from '../helpers/run-kam.js';

const ahpDir = join(FIXTURES, 'ahp');
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** A fresh copy of a fixture's criteria (and pairs) in a temporary folder. */
function copy(name: string): { dir: string; criteria: string; pairs: string } {
  const dir = tempDir();
  const criteria = join(dir, 'criteria.csv');
  const pairs = join(dir, 'pairs.csv');
  copyFileSync(join(ahpDir, `${name}-criteria.csv`), criteria);
  copyFileSync(join(ahpDir, `${name}-pairs.csv`), pairs);
  return { dir, criteria, pairs };
}

describe('published AHP examples through the command line', () => {
  it('Wikipedia leader example: priorities .548/.127/.270/.056, λmax 4.118, CR 0.044; weights written as percentages', () => {
    const { criteria, pairs } = copy('leader');
    const before = readFileSync(criteria, 'utf8');
    const r = kam(['weights', criteria, '--axis', 'attractiveness', '--pairs', pairs, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('kam/weights@1');
    expect(doc.axis).toBe('attractiveness');
    // The eigenvector (0.54757, 0.12656, 0.26995, 0.05593); the page prints .547 for the first so
    // that its four figures sum to 1.000.
    expect(doc.factors.map((f: { priority: number }) => r3(f.priority))).toEqual([0.548, 0.127, 0.27, 0.056]);
    expect(r3(doc.lambdaMax)).toBe(4.118);
    expect(r3(doc.cr)).toBe(0.044);
    expect(doc.ri).toBe(0.9);
    expect(doc.consistent).toBe(true);
    expect(doc.written).toBe(criteria);
    // Hundredths by largest remainder: 54.75|7, 12.65|6, 26.99|5, 5.59|3 → 54.76, 12.66, 26.99, 5.59 (sum 100.00).
    expect(doc.factors.map((f: { weight: number }) => f.weight)).toEqual([54.76, 12.66, 26.99, 5.59]);
    expect(doc.factors.map((f: { previous: number }) => f.previous)).toEqual([25, 25, 25, 25]);
    const after = readFileSync(criteria, 'utf8');
    expect(after).toBe(
      before
        .replace('Experience,attractiveness,25,', 'Experience,attractiveness,54.76,')
        .replace('Education,attractiveness,25,', 'Education,attractiveness,12.66,')
        .replace('Charisma,attractiveness,25,', 'Charisma,attractiveness,26.99,')
        .replace('Age,attractiveness,25,', 'Age,attractiveness,5.59,'),
    );
  });

  it('Saaty (2008) drinks: priorities .177 .019 .042 .116 .190 .129 .327 and CR .022 (semicolons, no header)', () => {
    const { criteria, pairs } = copy('drinks');
    const r = kam(['weights', criteria, '--axis', 'strength', '--pairs', pairs, '-f', 'json', '--dry-run']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.factors.map((f: { priority: number }) => r3(f.priority))).toEqual([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(r3(doc.cr)).toBe(0.022);
    expect(doc.written).toBeNull();
    expect(readFileSync(criteria, 'utf8')).toBe(readFileSync(join(ahpDir, 'drinks-criteria.csv'), 'utf8'));
  });
});

describe('kam weights on the bundled example', () => {
  it('prints the table, writes the strength weights, and kam select uses them', () => {
    const dir = tempDir();
    copyFileSync('examples/criteria.csv', join(dir, 'criteria.csv'));
    copyFileSync('examples/customers.csv', join(dir, 'customers.csv'));
    const r = kam(['weights', 'criteria.csv', '--axis', 'strength', '--pairs', join(process.cwd(), 'examples/strength-pairs.csv')], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^AHP weights for the strength axis from 10 comparisons$/m);
    expect(r.stdout).toMatch(/^Product quality\s+30\s+\d+\.\d\d\s+0\.\d{4}$/m);
    expect(r.stdout).toMatch(/λmax \d\.\d{3} {2}CI \d\.\d{3} {2}RI 1\.12 {2}CR \d\.\d{3}: consistent/);
    expect(r.stdout).toContain('Wrote the strength weights into criteria.csv (other rows and columns unchanged).');
    const lines = readFileSync(join(dir, 'criteria.csv'), 'utf8').split('\n');
    const original = readFileSync('examples/criteria.csv', 'utf8').split('\n');
    expect(lines.slice(0, 7)).toEqual(original.slice(0, 7)); // header and attractiveness rows untouched
    const strength = lines.slice(7, 12).map((l) => Number(l.split(',')[2]));
    expect(strength.reduce((s, w) => s + w, 0)).toBeCloseTo(100, 9);
    const sel = kam(['select', 'customers.csv', '-f', 'json'], { cwd: dir });
    expect(sel.code).toBe(0);
    const weights = JSON.parse(sel.stdout).factors.filter((f: { axis: string }) => f.axis === 'strength').map((f: { weight: number }) => f.weight);
    expect(weights).toEqual(strength);
  });

  it('-o writes the updated criteria elsewhere and leaves the original as it was', () => {
    const { dir, criteria, pairs } = copy('leader');
    const r = kam(['weights', criteria, '--axis', 'attractiveness', '--pairs', pairs, '-o', join(dir, 'new.csv')]);
    expect(r.code).toBe(0);
    expect(readFileSync(criteria, 'utf8')).toBe(readFileSync(join(ahpDir, 'leader-criteria.csv'), 'utf8'));
    expect(readFileSync(join(dir, 'new.csv'), 'utf8')).toContain('Experience,attractiveness,54.76,');
  });
});

describe('errors', () => {
  it('missing pairs: exit 1 naming them, the criteria unchanged', () => {
    const { criteria, pairs } = copy('leader');
    writeFileSync(pairs, 'a,b,value\nExperience,Education,4\nExperience,Charisma,3\nExperience,Age,7\nCharisma,Education,3\n');
    const r = kam(['weights', criteria, '--axis', 'attractiveness', '--pairs', pairs]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kam: ${pairs}: 2 pairs are not compared: Education,Age; Charisma,Age (add a line "a,b,value" for each).\n`);
    expect(readFileSync(criteria, 'utf8')).toBe(readFileSync(join(ahpDir, 'leader-criteria.csv'), 'utf8'));
  });

  it('a value off the scale is named with its line', () => {
    const { criteria, pairs } = copy('leader');
    writeFileSync(pairs, readFileSync(pairs, 'utf8').replace('Experience,Age,7', 'Experience,Age,12'));
    const r = kam(['weights', criteria, '--axis', 'attractiveness', '--pairs', pairs]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${pairs}, line 4, field "value": 12 is not a comparison on Saaty's scale`);
  });

  it('inconsistent comparisons: written, with a warning naming the worst comparison', () => {
    const { criteria, pairs } = copy('leader');
    writeFileSync(pairs, readFileSync(pairs, 'utf8').replace('Charisma,Age,5', 'Age,Charisma,9'));
    const r = kam(['weights', criteria, '--axis', 'attractiveness', '--pairs', pairs]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^kam: warning: The comparisons are not consistent \(CR 0\.\d{3} > 0\.10\): "[A-Za-z]+" vs "[A-Za-z]+" = [\d/]+ disagrees most with the rest, which imply about [\d.]+\.\n$/);
    expect(r.stdout).toContain('not consistent (> 0.10)');
  });

  it('without a terminal and without --pairs: exit 2 saying what is needed', () => {
    const { criteria } = copy('leader');
    const r = kam(['weights', criteria, '--axis', 'attractiveness']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--pairs FILE');
  });

  it('bad usage: no --axis, a bad --axis, --dry-run with -o', () => {
    const { criteria, pairs } = copy('leader');
    expect(kam(['weights', criteria, '--pairs', pairs]).stderr).toBe('kam: kam weights needs --axis attractiveness or --axis strength.\n');
    expect(kam(['weights', criteria, '--axis', 'value', '--pairs', pairs]).code).toBe(2);
    expect(kam(['weights', criteria, '--axis', 'strength', '--pairs', pairs, '--dry-run', '-o', 'x.csv']).code).toBe(2);
  });

  it('an axis with one factor has nothing to compare: exit 1', () => {
    const { criteria, pairs } = copy('leader');
    const r = kam(['weights', criteria, '--axis', 'strength', '--pairs', pairs]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the strength axis has 1 factor; weighting by comparison needs at least two');
  });
});

describe('the file kam weights rewrites keeps its byte-order mark', () => {
  it('a UTF-8 BOM, and a UTF-16LE file written back as UTF-16LE with its BOM: only the weight cells change', () => {
    const { dir, criteria, pairs } = copy('leader');
    const plain = readFileSync(criteria);
    writeFileSync(criteria, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]));
    const r = kam(['weights', criteria, '--axis', 'attractiveness', '--pairs', pairs], { cwd: dir });
    expect(r.code).toBe(0);
    const after = readFileSync(criteria);
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.subarray(3).toString('utf8')).toContain('Experience,attractiveness,54.76,');

    const utf16 = join(dir, 'criteria16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plain.toString('utf8'), 'utf16le')]));
    const r16 = kam(['weights', utf16, '--axis', 'attractiveness', '--pairs', pairs], { cwd: dir });
    expect(r16.code).toBe(0);
    const after16 = readFileSync(utf16);
    expect([...after16.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(after16.subarray(2).toString('utf16le')).toBe(after.subarray(3).toString('utf8'));
  });
});
