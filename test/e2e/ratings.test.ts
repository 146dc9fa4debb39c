/** The built binary with --ratings: team scores, disagreements, competitors and relative strength. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kam, tempDir } from '../helpers/run-kam.js';

const customers = 'examples/customers.csv';
const ratings = 'examples/ratings.csv';
const env = { SOURCE_DATE_EPOCH: '1795428000' };

function json(args: string[], input?: string) {
  const r = kam(['select', customers, ...args, '--format', 'json'], { env, input });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

type Account = { id: string; strength: number; quadrant: string; competitors?: Array<Record<string, unknown>> };
const account = (doc: { accounts: Account[] }, id: string): Account => doc.accounts.find((a) => a.id === id)!;

describe('kam select --ratings on the bundled example (three raters, two competitors)', () => {
  it('table: relative strength and the disagreements, one line each, within 80 columns', () => {
    const r = kam(['select', customers, '--ratings', ratings]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Strength is relative: 50 = parity with the best competitor.\n8 of 30 accounts have competitor ratings');
    expect(r.stdout).toContain('Disagreements (spread ≥ 30 % of the scale): 8\n');
    expect(r.stdout).toContain('  C002 Technical support: Ana 8, Ben 9, Chen 5 (spread 44 %)\n');
    expect(r.stdout).toContain('  C009 Product quality vs Polypak: Ana 8, Ben 5 (spread 33 %)\n');
    expect(r.stdout.indexOf('Disagreements')).toBeGreaterThan(r.stdout.indexOf('opportunistic  '));
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('json: inputs.ratings, method, disagreements and per-account competitors', () => {
    const doc = json(['--ratings', ratings]);
    expect(doc.inputs.ratings.path).toBe(ratings);
    expect(doc.inputs.ratings.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.method).toMatchObject({ strength: 'relative', aggregate: 'median' });
    expect(doc.disagreements).toHaveLength(8);
    expect(doc.disagreements[0]).toEqual({
      account: 'C002',
      factor: 'Technical support',
      competitor: null,
      score: 8,
      raters: [
        { rater: 'Ana', score: 8 },
        { rater: 'Ben', score: 9 },
        { rater: 'Chen', score: 5 },
      ],
      spread: 4,
      spreadPct: 400 / 9,
    });
    expect(doc.disagreements[1]).toMatchObject({ account: 'C003', factor: 'Delivery reliability', competitor: 'Adhesa', score: 7.5, spread: 3 });
    // C001: Polypak 8 = our 8 on quality (gap 0); Adhesa 5 beats our 4 on price (1..5): 100 × (3/4 − 4/4) = −25
    const c001 = account(doc, 'C001');
    expect(c001.competitors).toContainEqual({ factor: 'Product quality', best: 'Polypak', bestScore: 8, ourScore: 8, gap: 0 });
    expect(c001.competitors).toContainEqual({ factor: 'Price competitiveness', best: 'Adhesa', bestScore: 5, ourScore: 4, gap: -25 });
    expect(c001.competitors!.map((c) => c.factor)).toEqual(['Product quality', 'Delivery reliability', 'Technical support', 'Price competitiveness']);
    expect(account(doc, 'C030').competitors).toEqual([]);
    expect(Object.keys(doc)).toEqual(['schema', 'generatedAt', 'kamVersion', 'inputs', 'method', 'factors', 'accounts', 'summary', 'disagreements', 'warnings']);
  });

  it('relative strength changes the matrix: Meridian drops to key development, Grupo Alvarado rises to key', () => {
    const plain = json([]);
    const rated = json(['--ratings', ratings]);
    expect(account(plain, 'C002').quadrant).toBe('key');
    expect(account(rated, 'C002').quadrant).toBe('key-development');
    expect(account(plain, 'C007').quadrant).toBe('key-development');
    expect(account(rated, 'C007').quadrant).toBe('key');
    // No competitor ratings and no team scores for C030: unchanged.
    expect(account(rated, 'C030').strength).toBe(account(plain, 'C030').strength);
  });

  it('--strength absolute keeps our own ratings on the axis but still reports the competitors', () => {
    const doc = json(['--ratings', ratings, '--strength', 'absolute']);
    expect(doc.method.strength).toBe('absolute');
    expect(account(doc, 'C002').quadrant).toBe('key');
    expect(account(doc, 'C001').competitors).toHaveLength(4);
  });

  it('--aggregate mean: (8 + 9 + 5)/3 for C002 Technical support', () => {
    const doc = json(['--ratings', ratings, '--aggregate', 'mean']);
    expect(doc.method.aggregate).toBe('mean');
    expect(doc.disagreements[0].score).toBe(7.33333333333); // 22/3 to 12 significant digits (METHOD.md §3)
  });

  it('without --ratings: no disagreements, no competitors field, aggregate still reported', () => {
    const doc = json([]);
    expect(doc.disagreements).toEqual([]);
    expect(doc.accounts[0]).not.toHaveProperty('competitors');
    expect(doc.inputs).not.toHaveProperty('ratings');
    expect(doc.method.aggregate).toBe('median');
  });

  it('a semicolon / decimal-comma / BOM / CRLF twin of ratings.csv gives the same result; --ratings - reads standard input', () => {
    const dir = tempDir();
    const text = readFileSync(ratings, 'utf8');
    const messy = `\uFEFF${text.replace(/,/g, ';').replace(/\n/g, '\r\n').replace(/^account;factor/, 'Account ; FACTOR ')}`;
    writeFileSync(join(dir, 'ratings.csv'), messy);
    const a = json(['--ratings', ratings]);
    const b = json(['--ratings', join(dir, 'ratings.csv')]);
    const c = json(['--ratings', '-'], text);
    for (const d of [a, b, c]) delete d.inputs;
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });
});

describe('ratings errors and edge cases', () => {
  it('every problem of a bad ratings file, with file, line and field; exit 1 and no output file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.csv'), 'account,factor,score,competitor\nC999,Product quality,5,\nC001,Quality,5,\nC001,Product quality,12,\nC001,Fit with our capabilities,5,Polypak\nC002,Price competitiveness,cheap,\n');
    const out = join(dir, 'out.json');
    const r = kam(['select', customers, '--ratings', join(dir, 'bad.csv'), '-o', out, '--format', 'json']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(`kam: ${join(dir, 'bad.csv')}, line 2, field "account": no account "C999" in examples/customers.csv.`);
    expect(lines[1]).toContain('line 3, field "factor": "Quality" is not a factor of the criteria');
    expect(lines[2]).toContain('line 4, field "score": 12 is outside the scale 1..10 of "Product quality".');
    expect(lines[3]).toContain('line 5, field "competitor": "Fit with our capabilities" is an attractiveness factor');
    expect(lines[4]).toContain('line 6, field "score": "cheap" is not a number.');
    expect(() => readFileSync(out)).toThrow();
  });

  it('bad --aggregate is a usage error; the ratings file cannot be the output', () => {
    const r = kam(['select', customers, '--ratings', ratings, '--aggregate', 'mode']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kam: --aggregate "mode" is not valid; use median, mean.\n');
    expect(kam(['select', customers, '--ratings', ratings, '-o', ratings]).code).toBe(2);
    expect(kam(['select', '-', '--criteria', 'examples/criteria.csv', '--ratings', '-']).code).toBe(2);
  });

  it('a factor can come from ratings.csv alone; unrated accounts are then missing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'criteria.csv'), 'factor,axis,weight\nSize,attractiveness,1\nService,strength,1\n');
    writeFileSync(join(dir, 'customers.csv'), 'id,Size\nA,8\nB,3\nC,5\n');
    writeFileSync(join(dir, 'ratings.csv'), 'account,factor,score,rater\nA,Service,9,ana\nA,Service,3,ben\nA,Service,4,cy\nB,Service,7,ana\n');
    const missing = kam(['select', join(dir, 'customers.csv'), '--ratings', join(dir, 'ratings.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`kam: ${join(dir, 'customers.csv')}, line 4, field "Service": the value is missing (score it, or run with --missing renormalize or --missing midpoint).\n`);
    const r = kam(['select', join(dir, 'customers.csv'), '--ratings', join(dir, 'ratings.csv'), '--missing', 'midpoint', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    // A: median of 9, 3, 4 = 4 → (4 − 1)/9 = 1/3 → 33.3; B: 7 → 2/3 → 66.7; C: midpoint → 50
    expect(account(doc, 'A').strength).toBeCloseTo(100 / 3, 9);
    expect(account(doc, 'B').strength).toBeCloseTo(200 / 3, 9);
    expect(account(doc, 'C').strength).toBe(50);
    expect(doc.method.strength).toBe('absolute');
    expect(doc.disagreements).toEqual([
      { account: 'A', factor: 'Service', competitor: null, score: 4, raters: [{ rater: 'ana', score: 9 }, { rater: 'ben', score: 3 }, { rater: 'cy', score: 4 }], spread: 6, spreadPct: 600 / 9 },
    ]);
  });

  it('more than ten disagreements: the first ten, then a count', () => {
    const dir = tempDir();
    const rows = ['account,factor,score,rater'];
    for (let i = 1; i <= 12; i++) {
      const id = `C${String(i).padStart(3, '0')}`;
      rows.push(`${id},Product quality,1,ana`, `${id},Product quality,10,ben`);
    }
    writeFileSync(join(dir, 'r.csv'), rows.join('\n'));
    const r = kam(['select', customers, '--ratings', join(dir, 'r.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Disagreements (spread ≥ 30 % of the scale): 12\n');
    expect(r.stdout).toContain('  C010 Product quality: ana 1, ben 10 (spread 100 %)\n  … and 2 more (all of them in --format json).');
    expect(r.stdout).not.toContain('Strength is relative');
  });

  it('--strength relative without competitor ratings warns that strength falls back to our ratings', () => {
    const r = kam(['select', customers, '--strength', 'relative', '--format', 'json'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('kam: warning: --strength relative without competitor ratings');
    expect(JSON.parse(r.stdout).method.strength).toBe('relative');
  });
});

describe('aggregates as the raters wrote them (METHOD.md §3)', () => {
  it('the mean of 6.1 and 6.3 meets a bands:6.2 threshold; three ratings of 0.1 on a 0..0.1 scale stay in scale', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'customers.csv'), 'id,Margin,Fit,Quality\nA,0,0.05,5\nB,0,0.05,5\n');
    writeFileSync(join(dir, 'criteria.csv'), 'factor,axis,weight,min,max,normalize\nMargin,attractiveness,1,0,10,bands:6.2\nFit,attractiveness,1,0,0.1,none\nQuality,strength,1,1,10,none\n');
    writeFileSync(
      join(dir, 'ratings.csv'),
      'account,factor,rater,score\nA,Margin,Ana,6.1\nA,Margin,Ben,6.3\nB,Margin,Ana,6.1\nB,Margin,Ben,6.2\nA,Fit,Ana,0.1\nA,Fit,Ben,0.1\nA,Fit,Chen,0.1\n',
    );
    const r = kam(['select', 'customers.csv', '--ratings', 'ratings.csv', '--aggregate', 'mean', '--format', 'json'], { cwd: dir, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const a = doc.accounts.find((x: { id: string }) => x.id === 'A');
    const b = doc.accounts.find((x: { id: string }) => x.id === 'B');
    // A: Margin mean 6.2 ≥ 6.2 → band 1 (u 1); Fit 0.1 on 0..0.1 → u 1: attractiveness 100.
    expect(a.attractiveness).toBe(100);
    // B: Margin mean 6.15 < 6.2 → band 0; Fit 0.05 → u 0.5: attractiveness 25.
    expect(b.attractiveness).toBe(25);
  });
});
