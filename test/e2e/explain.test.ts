/** kam explain and select --explain end to end. */
import { describe, expect, it } from 'vitest';
import { kam } from '../helpers/run-kam.js';

const example = 'examples/customers.csv';
const env = { SOURCE_DATE_EPOCH: '1795428000' };

interface FactorX {
  factor: string;
  raw: number | null;
  u: number | null;
  weightPct: number;
  points: number;
  cross: { op: string; value: number } | null;
}
interface AxisX {
  score: number;
  boundary: number;
  margin: number;
  high: boolean;
  factors: FactorX[];
  change: { axis: string; factor: string; from: number; op: string; to: number; points: number; quadrant: string } | null;
}

function checkSums(axis: AxisX, score: number): void {
  expect(axis.score).toBe(score);
  expect(axis.factors.reduce((s, f) => s + f.points, 0)).toBeCloseTo(score, 9);
  expect(axis.margin).toBeCloseTo(axis.score - axis.boundary, 12);
}

describe('kam explain', () => {
  it('explains Cityline: contributions, margins, and the smallest change (strength, 0.8 short)', () => {
    const r = kam(['explain', 'C030', example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('C030 Cityline Convenience Stores: opportunistic (rank 28 of 30)');
    expect(r.stdout).toContain('Strength 49.2: low, 0.8 below the boundary 50');
    expect(r.stdout).toMatch(/^Product quality\s+6\s+0\.556\s+30\.0%\s+16\.7 6\.25 or more$/m);
    expect(r.stdout).toMatch(/^Total\s+100\.0%\s+49\.2$/m);
    expect(r.stdout).toContain('  strength +0.8: Product quality 6 → 6.25 or more (to maintenance)');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('finds an account by its name, ignoring case', () => {
    const r = kam(['explain', 'cityline convenience stores', example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('C030 Cityline Convenience Stores');
  });

  it('--format json: kam/explain@1 whose contributions add up to the scores', () => {
    const r = kam(['explain', 'C013', example, '--format', 'json'], { env });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['schema', 'generatedAt', 'kamVersion', 'inputs', 'method', 'factors', 'account']);
    expect(doc.schema).toBe('kam/explain@1');
    expect(doc.account.id).toBe('C013');
    checkSums(doc.account.explain.attractiveness, doc.account.attractiveness);
    checkSums(doc.account.explain.strength, doc.account.strength);
    // Gross margin 19 sits in band 10–20 (u 1/3); dropping below 10 costs 5 points: 54.7 → 49.7.
    const margin = doc.account.explain.attractiveness.factors.find((f: FactorX) => f.factor === 'Gross margin %');
    expect(margin.cross).toMatchObject({ op: '<', value: 10 });
  });

  it('takes the same scoring flags as select (here the median split)', () => {
    const r = kam(['explain', 'C008', example, '--split', 'median', '-f', 'json'], { env });
    const doc = JSON.parse(r.stdout);
    expect(doc.method.split.rule).toBe('median');
    expect(doc.account.explain.attractiveness.boundary).toBe(doc.method.split.attractiveness);
  });

  it('an unknown account is a usage error (exit 2) naming the file', () => {
    const r = kam(['explain', 'C999', example]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: There is no account "C999" in examples/customers.csv; give its key or name (keys look like C001, C002, C003).\n');
  });

  it('refuses csv and markdown formats', () => {
    expect(kam(['explain', 'C001', example, '-f', 'csv']).code).toBe(2);
  });
});

describe('kam select --explain', () => {
  it('adds explain to every account of the JSON; contributions add up to the scores', () => {
    const r = kam(['select', example, '--format', 'json', '--explain'], { env });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('kam/result@1');
    for (const a of doc.accounts) {
      expect(Object.keys(a.explain)).toEqual(['attractiveness', 'strength', 'change']);
      checkSums(a.explain.attractiveness, a.attractiveness);
      checkSums(a.explain.strength, a.strength);
    }
    const cityline = doc.accounts.find((a: { id: string }) => a.id === 'C030');
    expect(cityline.explain.change).toMatchObject({ axis: 'strength', factor: 'Product quality', from: 6, op: '>=', quadrant: 'maintenance' });
    // Strength 49.17 needs +0.83 points; Product quality carries 30 %: Δu = 0.83/30 = 1/36, Δx = 9/36 = 0.25.
    expect(cityline.explain.change.to).toBeCloseTo(6.25, 9);
  });

  it('without --explain there is no explain field', () => {
    const doc = JSON.parse(kam(['select', example, '--format', 'json'], { env }).stdout);
    expect(doc.accounts[0]).not.toHaveProperty('explain');
  });

  it('--explain outside JSON is a usage error', () => {
    const r = kam(['select', example, '--explain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--explain adds explanations to the JSON result');
  });
});
