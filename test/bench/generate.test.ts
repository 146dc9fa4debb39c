// The benchmark's portfolios: deterministic, and --ties writes whole numbers (few distinct scores).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, GENERATOR_VERSION, paramsOf } from '../../bench/generate.mjs';
import { readObjects } from '../../bench/lib/csv.mjs';
import { readCriteria } from '../../bench/peers/criteria.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kam-bench-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generate', () => {
  it('writes the same files for the same seed', async () => {
    await generate({ accounts: 300, factors: 12, seed: 7, out: join(dir, 'a') });
    await generate({ accounts: 300, factors: 12, seed: 7, out: join(dir, 'b') });
    for (const f of ['customers.csv', 'criteria.csv']) expect(readFileSync(join(dir, 'a', f), 'utf8')).toBe(readFileSync(join(dir, 'b', f), 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'a', 'params.json'), 'utf8'))).toEqual({ generator: GENERATOR_VERSION, accounts: 300, factors: 12, seed: 7 });
  });

  it('with ties, writes whole-number scores and shares and spend in whole millions', async () => {
    const out = join(dir, 'ties');
    await generate({ accounts: 300, factors: 12, seed: 7, out, ties: true });
    const criteria = readCriteria(join(out, 'criteria.csv'));
    const rows = readObjects(readFileSync(join(out, 'customers.csv'), 'utf8'));
    expect(rows).toHaveLength(300);
    for (const row of rows) {
      for (const f of criteria) {
        const x = Number(row[f.factor]);
        if (f.normalize === 'minmax') expect(x % 1_000_000).toBe(0);
        else {
          expect(Number.isInteger(x)).toBe(true);
          if (f.normalize === 'none') expect(x >= 1 && x <= 10).toBe(true);
        }
      }
    }
    // Revenue stays in cents: only the factor columns are coarse.
    expect(rows.some((r) => !Number.isInteger(Number(r.revenue)))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'params.json'), 'utf8'))).toEqual(paramsOf({ accounts: 300, factors: 12, seed: 7, ties: true }));
    expect(paramsOf({ accounts: 1, factors: 2, seed: 1 })).not.toHaveProperty('ties');
  });
});

describe('the Node peers\' criteria reader', () => {
  it('applies the METHOD.md defaults to empty cells', () => {
    const file = join(dir, 'criteria.csv');
    writeFileSync(file, 'factor,axis,weight,min,max,direction,normalize\n"Spend, EUR",attractiveness,30,0,100,lower,minmax\nFit,strength,5,,,,\n');
    expect(readCriteria(file)).toEqual([
      { factor: 'Spend, EUR', axis: 'attractiveness', weight: 30, min: 0, max: 100, direction: 'lower', normalize: 'minmax' },
      { factor: 'Fit', axis: 'strength', weight: 5, min: 1, max: 10, direction: 'higher', normalize: 'none' },
    ]);
  });
});
