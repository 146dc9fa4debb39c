/**
 * Golden outputs (see cases.ts): every case's stdout, stderr, exit code and written files must
 * be byte-identical to test/golden/expected/. `UPDATE_GOLDEN=1` records them instead.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, kam, kamInProcess, ROOT, tempDir } from '../helpers/run-kam.js';
import { GOLDEN_CASES } from './cases.js';
import { WORKSHOP_CASES, runWorkshopCase } from './workshop-cases.js';

const EXPECTED = join(ROOT, 'test/golden/expected');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const ENV = { SOURCE_DATE_EPOCH: '1795428000' };

/** A scratch folder with the examples and fixtures under short names. */
function scratch(): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'examples'), join(dir, 'ex'), { recursive: true });
  cpSync(join(ROOT, 'examples/ci'), join(dir, 'ci'), { recursive: true });
  for (const sub of ['messy', 'bad', 'review', 'ahp', 'clean', 'sessions']) cpSync(join(FIXTURES, sub), join(dir, sub), { recursive: true });
  return dir;
}

/** Compares (or, with UPDATE_GOLDEN=1, records) one recorded output. */
function golden(name: string, actual: string): void {
  const file = join(EXPECTED, name);
  if (UPDATE) {
    mkdirSync(EXPECTED, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${name} is recorded (run with UPDATE_GOLDEN=1 once)`).toBe(true);
  // Compared as a whole, so a changed byte anywhere fails with the first difference shown.
  expect.soft(actual, name).toBe(readFileSync(file, 'utf8'));
}

describe('golden outputs of the built binary', () => {
  for (const c of GOLDEN_CASES) {
    test(c.name, () => {
      const dir = scratch();
      for (const args of c.before ?? []) expect(kam(args, { cwd: dir, env: ENV }).code).toBe(0);
      const input = c.stdin === undefined ? undefined : readFileSync(join(dir, c.stdin));
      const r = kam(c.args, { cwd: join(dir, c.cwd ?? '.'), env: { ...ENV, ...c.env }, input });
      golden(`${c.name}.out`, `exit ${r.code}\n--- stderr\n${r.stderr}--- stdout\n${r.stdout}`);
      for (const f of c.files ?? []) golden(`${c.name}.${f.replace(/\//g, '_')}`, readFileSync(join(dir, f), 'utf8'));
    });
  }
});

describe('golden outputs on a terminal (in-process, coloured, 120 columns)', () => {
  test('select-tty-colour', async () => {
    const dir = scratch();
    const r = await kamInProcess(['select', 'ex/customers.csv', '--no-interactive', '--ratings', 'ex/ratings.csv'], {
      cwd: dir,
      tty: true,
      columns: 120,
      env: { ...ENV, TERM: 'xterm-256color' },
    });
    golden('select-tty-colour.out', `exit ${r.code}\n--- stderr\n${r.stderr}--- stdout\n${r.stdout}`);
  });
});

describe('golden workshops (scripted answers)', () => {
  for (const c of WORKSHOP_CASES) {
    test(c.name, async () => {
      const out = await runWorkshopCase(c);
      golden(`workshop-${c.name}.transcript`, out.transcript);
      for (const [file, text] of out.files) golden(`workshop-${c.name}.${file.replace(/\//g, '_')}`, text);
    });
  }
});
