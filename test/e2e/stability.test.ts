/** kam select --stability end to end on the bundled example. */
import { describe, expect, it } from 'vitest';
import { kam } from '../helpers/run-kam.js';

const example = 'examples/customers.csv';
const env = { SOURCE_DATE_EPOCH: '1795428000' };

function json(args: string[]) {
  const r = kam(['select', example, ...args, '--format', 'json'], { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

interface Stab {
  inQuadrantPct: number;
  movesTo: string | null;
  movesToPct: number;
  borderline: boolean;
}

describe('--stability in the JSON', () => {
  it('adds method.stability, summary.borderline and a stability record per account', () => {
    const doc = json(['--stability']);
    expect(doc.schema).toBe('kam/result@1');
    expect(doc.method.stability).toEqual({ runs: 1000, perturb: 0.2, scoreNoise: 0, seed: 1, borderlinePct: 80 });
    expect(typeof doc.summary.borderline).toBe('number');
    for (const a of doc.accounts) {
      expect(Object.keys(a.stability)).toEqual(['inQuadrantPct', 'movesTo', 'movesToPct', 'borderline']);
      expect(a.stability.borderline).toBe(a.stability.inQuadrantPct < 80);
      expect(a.stability.inQuadrantPct + a.stability.movesToPct).toBeLessThanOrEqual(100 + 1e-9);
    }
  });

  it('without --stability the document has none of it', () => {
    const doc = json([]);
    expect(doc.method).not.toHaveProperty('stability');
    expect(doc.summary).not.toHaveProperty('borderline');
    expect(doc.accounts[0]).not.toHaveProperty('stability');
  });

  it('p = 0 and no score noise: every account 100 %', () => {
    const doc = json(['--stability', '200', '--perturb', '0']);
    expect(doc.method.stability.runs).toBe(200);
    for (const a of doc.accounts) expect(a.stability).toEqual({ inQuadrantPct: 100, movesTo: null, movesToPct: 0, borderline: false });
    expect(doc.summary.borderline).toBe(0);
  });

  it('the same seed prints the same numbers; another seed other numbers', () => {
    const args = ['select', example, '--score-noise', '1', '--format', 'json'];
    const a = kam([...args, '--seed', '42'], { env });
    const b = kam([...args, '--seed', '42'], { env });
    expect(b.stdout).toBe(a.stdout);
    const pct = (out: string) => JSON.parse(out).accounts.map((x: { stability: Stab }) => x.stability.inQuadrantPct);
    expect(pct(kam([...args, '--seed', '43'], { env }).stdout)).not.toEqual(pct(a.stdout));
  });

  it('score noise makes Cityline (49.2 strength, 0.8 under the line) borderline', () => {
    const doc = json(['--score-noise', '1']);
    expect(doc.method.stability).toEqual({ runs: 1000, perturb: 0.2, scoreNoise: 1, seed: 1, borderlinePct: 80 });
    const cityline = doc.accounts.find((a: { id: string }) => a.id === 'C030');
    expect(cityline.stability.borderline).toBe(true);
    expect(cityline.stability.movesTo).toBe('maintenance');
    expect(doc.summary.borderline).toBeGreaterThanOrEqual(1);
  });
});

describe('--stability in the table, the chart and the CSV', () => {
  it('shows a Stab column, marks borderline accounts with * in the table and the chart, and lists them', () => {
    const r = kam(['select', example, '--stability', '--score-noise', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s*#\s+Account\s+Segment\s+Attr\.\s+Str\.\s+Quadrant\s+Sel\s+ABC\s+Stab$/m);
    expect(r.stdout).toMatch(/C030 Cityline.*opportunistic\s+C\s+\d\d%\*$/m);
    expect(r.stdout).toMatch(/^ 1 C001 .*100%$/m);
    expect(r.stdout).toMatch(/│28\* /); // rank 28 on the chart
    expect(r.stdout).toContain('* borderline: not stable in its quadrant');
    expect(r.stdout).toContain('Stability: 1,000 runs, weights × 0.8–1.2, values ± 1 scale point, seed 1.');
    expect(r.stdout).toMatch(/^ {2}C030 Cityline Convenience S\S*\s+\d+\.\d % in opportunistic, else maintenance \d+\.\d %$/m);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('says so when every account is stable', () => {
    const r = kam(['select', example, '--stability', '100']);
    expect(r.stdout).toContain('Stability: 100 runs, weights × 0.8–1.2, no score noise, seed 1.');
    expect(r.stdout).toContain('All 30 accounts stay in their quadrant in at least 80 % of the runs.');
  });

  it('adds stability_pct, moves_to and borderline to the CSV', () => {
    const r = kam(['select', example, '--score-noise', '1', '--format', 'csv']);
    const [head, ...rows] = r.stdout.trim().split('\n');
    expect(head.endsWith(',coverage_strength,stability_pct,moves_to,borderline')).toBe(true);
    expect(rows.find((l) => l.includes(',C030,'))).toMatch(/,\d+(\.\d+)?,maintenance,true$/);
  });

  it('adds a stability section to the Markdown brief', () => {
    const r = kam(['select', example, '--stability', '50', '--format', 'markdown']);
    expect(r.stdout).toContain('## Stability of the quadrants');
    expect(r.stdout).toContain('Stability: 50 runs');
  });
});

describe('flag values', () => {
  it('refuses out-of-range values with exit 2', () => {
    for (const args of [['--perturb', '1.5'], ['--perturb', 'x'], ['--stability', '0'], ['--score-noise', '-1'], ['--seed', '-3'], ['--seed', '1.5']]) {
      const r = kam(['select', example, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^kam: --[a-z-]+ ".*" must be a (whole )?number from /);
    }
  });
});
