/** The quarterly CI run: the built binary, no terminal, replays a saved session. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { KamResult } from '../../src/core/result.js';
import { kam } from '../helpers/run-kam.js';
import { CANCEL, exampleDir, readSessionFile, workshop } from '../workshop/helpers.js';

/** A result without its time and the replay's record of its session. */
const same = (r: KamResult) => {
  const { session: _replayed, ...method } = r.method;
  return { ...r, generatedAt: '', method };
};

describe('kam select --session FILE without a terminal', () => {
  test('prints the same JSON result the workshop saved, and the CSV and table too', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {}, { session: 'q4.json' })).code).toBe(0);
    const r = kam(['select', 'customers.csv', '--session', 'q4.json', '--format', 'json'], { cwd: dir, env: { CI: 'true' } });
    expect(r.stderr).toBe('kam: warning: 13 accounts are in the key quadrants but the capacity is 12: the lowest-ranked of them is not selected.\n');
    expect(r.code).toBe(0);
    const saved = readSessionFile(dir, 'q4.json').result!;
    const replayed = JSON.parse(r.stdout) as KamResult;
    // The replay records the session it replayed and the flags given on top; otherwise it is the workshop's result.
    expect(replayed.method.session).toEqual({ file: 'q4.json', flags: { '--format': 'json' }, overridden: [] });
    expect(same(replayed)).toEqual(same(saved));
    const table = kam(['select', 'customers.csv', '--session', 'q4.json', '--no-interactive'], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Selected: 12 of 13 in the key quadrants (capacity 12).');
    const csv = kam(['select', 'customers.csv', '--session', 'q4.json', '-f', 'csv', '-o', 'out.csv'], { cwd: dir });
    expect(csv.code).toBe(0);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8').split('\n')[1]).toMatch(/^1,C001,Nordhavn Foods,/);
  });

  test('a workshop on ratings: the binary replays it from the recorded ratings file, settled scores included', async () => {
    const dir = exampleDir();
    const settle = { 'attractiveness.settle': ['C007 Access to decision makers'], 'attractiveness.settle.score': '4', 'attractiveness.settle.reason': 'Ana met the new CEO' };
    expect((await workshop(dir, settle, { ratings: 'ratings.csv', session: 'q4.json' })).code).toBe(0);
    const r = kam(['select', 'customers.csv', '--session', 'q4.json', '--no-interactive', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const saved = readSessionFile(dir, 'q4.json').result!;
    const replayed = JSON.parse(r.stdout) as KamResult;
    expect(same(replayed)).toEqual(same(saved));
    expect(replayed.disagreements.find((d) => d.account === 'C007')?.settled).toEqual({ score: 4, reason: 'Ana met the new CEO' });
  });

  test('an unfinished session: every missing answer listed, exit 2, nothing written', async () => {
    const dir = exampleDir();
    await workshop(dir, { 'resources.managers': CANCEL });
    const r = kam(['select', 'customers.csv', '--resume', '-f', 'json', '-o', 'out.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('kam:   - '))).toEqual([
      'kam:   - the criteria (steps 7 and 8: the factors and their weights)',
      'kam:   - the method (steps 2, 5, 6, 9: capacity, segments, boundaries, overrides)',
    ]);
    expect(() => readFileSync(join(dir, 'out.json'))).toThrow();
  });

  test('-o may not overwrite the session', async () => {
    const dir = exampleDir();
    await workshop(dir, {});
    const r = kam(['select', 'customers.csv', '--session', 'kam-session.json', '-o', 'kam-session.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is one of the input files');
  });
});
