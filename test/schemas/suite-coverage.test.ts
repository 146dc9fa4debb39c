/**
 * "Every JSON the suite writes validates against the shipped schemas" holds only while every
 * test runs kam through a helper that validates what it writes. This checks the test sources:
 * main() is called only through helpers that validate (kamInProcess, checkedMain, the workshop's), and a
 * test that starts the binary itself either validates what it wrote (checkRunOutputs,
 * watchKamFiles, checkKamText, assertKamDocument) or says why there is nothing to validate
 * (`// schema-check: …`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/run-kam.js';

const TEST = join(ROOT, 'test');
const HELPERS = join(TEST, 'helpers');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'fixtures' || name === 'golden' ? [] : walk(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

const files = walk(TEST).filter((f) => !f.startsWith(HELPERS) && f !== import.meta.filename);
const CHECKS = /\b(checkRunOutputs|watchKamFiles|checkKamText|assertKamDocument)\(|\/\/ schema-check: \S/;

describe('every kam run of the suite has its JSON validated', () => {
  test('main() is imported only by helpers that validate what it wrote', () => {
    const direct = files
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return /from '(\.\.\/)+src\/cli\/main\.js'/.test(text) && !CHECKS.test(text);
      })
      .map((f) => relative(ROOT, f));
    expect(direct).toEqual([]);
  });

  test('a test that starts the binary itself validates what it wrote, or says why there is nothing to', () => {
    const unchecked = files
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return /\bspawn(Sync)?\([^)]*\bBIN\b/.test(text) && !CHECKS.test(text);
      })
      .map((f) => relative(ROOT, f));
    expect(unchecked).toEqual([]);
  });

  test('the checks find what they must', () => {
    expect(/\bspawn(Sync)?\([^)]*\bBIN\b/.test("spawnSync(process.execPath, [BIN, 'select'])")).toBe(true);
    expect(CHECKS.test('checkRunOutputs(args, cwd, r)')).toBe(true);
    expect(CHECKS.test('// schema-check:')).toBe(false);
  });
});
