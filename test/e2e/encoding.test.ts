/**
 * --encoding end to end on the built binary: the examples (with accented names, € and curly
 * quotes put in) saved as Windows-1252, Latin-1 and UTF-16 read exactly as their UTF-8 twins,
 * from a file or standard input, for every command that reads CSV; the refusals name the flag;
 * kam weights writes a criteria file back in the encoding it read it in.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeText, type ReadEncoding } from '../../src/load/encoding.js';
import { kam, ROOT, tempDir } from '../helpers/run-kam.js';

const env = { SOURCE_DATE_EPOCH: '1795428000' };
const examples = join(ROOT, 'examples');
let dir = '';

/** The examples' text with characters only an encoding other than ASCII holds (all in Windows-1252). */
function accented(name: string): string {
  const text = readFileSync(join(examples, name), 'utf8');
  return text
    .replace('Nordhavn Foods', 'Société Nordhavn “Fødevarer” €')
    .replaceAll('Product quality', 'Qualité produit')
    .replace(/,Ana,/g, ',José,');
}

const FILES = ['customers.csv', 'criteria.csv', 'ratings.csv', 'strength-pairs.csv'];

/** Each example in a folder of its own, written in `enc` (with a byte-order mark when `bom`). */
function folder(name: string, enc: ReadEncoding, bom = false): string {
  const d = join(dir, name);
  for (const f of FILES) {
    const text = accented(f);
    writeFileSync(join(d, f), encodeText(bom ? `\ufeff${text}` : text, enc, f), { flag: 'w' });
  }
  return d;
}

/** A result without what differs by design between the twins: the input files' paths and hashes. */
function result(stdout: string): unknown {
  const doc = JSON.parse(stdout);
  delete doc.inputs;
  return doc;
}

const select = (cwd: string, extra: string[] = [], input?: Buffer) =>
  kam(['select', input === undefined ? 'customers.csv' : '-', '-c', 'criteria.csv', '--ratings', 'ratings.csv', '-f', 'json', ...extra], { cwd, env, input });

let utf8Result: unknown;

beforeAll(async () => {
  dir = tempDir();
  const { mkdirSync } = await import('node:fs');
  for (const n of ['utf8', 'cp1252', 'utf16', 'utf16bom', 'utf16be']) mkdirSync(join(dir, n));
  folder('utf8', 'utf-8');
  folder('cp1252', 'windows-1252');
  folder('utf16', 'utf-16le');
  folder('utf16bom', 'utf-16le', true);
  folder('utf16be', 'utf-16be', true);
  const r = select(join(dir, 'utf8'));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  utf8Result = result(r.stdout);
  expect(JSON.stringify(utf8Result)).toContain('Société Nordhavn “Fødevarer” €');
  expect(JSON.stringify(utf8Result)).toContain('Qualité produit');
});

describe('kam select reads every encoding as its UTF-8 twin', () => {
  it.each([
    ['cp1252', ['--encoding', 'windows-1252']],
    ['cp1252', ['--encoding', 'latin1']],
    ['cp1252', ['--encoding', 'CP1252']],
    ['utf16', ['--encoding', 'utf-16']],
    ['utf16bom', []],
    ['utf16bom', ['--encoding', 'windows-1252']],
    ['utf16be', ['--encoding', 'utf-16']],
  ])('%s with %j: the same result, exit 0, nothing on standard error', (name, flags) => {
    const r = select(join(dir, name), flags);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(result(r.stdout)).toEqual(utf8Result);
  });

  it('customers from standard input in Windows-1252', () => {
    const d = join(dir, 'cp1252');
    const r = select(d, ['--encoding', 'windows-1252'], readFileSync(join(d, 'customers.csv')));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(result(r.stdout)).toEqual(utf8Result);
  });

  it('without --encoding a Windows-1252 export is refused: exit 1, the file, the line, the byte and the flag, no output', () => {
    const r = select(join(dir, 'cp1252'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // criteria.csv is read before customers.csv; "Qualité produit" is on its line 8.
    expect(r.stderr).toBe(
      'kam: criteria.csv, line 8: the text is not valid UTF-8 (byte 0xE9); if the file is Windows-1252 or Latin-1 (as Excel saves "CSV" on Windows), add --encoding windows-1252.\n',
    );
  });

  it('without --encoding a UTF-16 export without a BOM is refused with the flag that reads it', () => {
    const r = select(join(dir, 'utf16'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kam: criteria.csv: the file looks like UTF-16 text without a byte-order mark; add --encoding utf-16 to read it.\n');
  });

  it('a UTF-8 file given --encoding windows-1252 is refused where its bytes are undefined in Windows-1252 (” is E2 80 9D)', () => {
    const r = select(join(dir, 'utf8'), ['--encoding', 'windows-1252']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kam: customers.csv, line 2: byte 0x9D is not a character in Windows-1252, so the file is in another encoding; try --encoding utf-8 or --encoding utf-16.\n');
  });

  it('an unknown encoding is a usage error (exit 2) listing the ones kam reads', () => {
    const r = select(join(dir, 'utf8'), ['--encoding', 'utf-32']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kam: --encoding "utf-32" is not one kam reads; use utf-8, utf-16, windows-1252 or latin1.');
  });

  it('an endless stream of zeros under --encoding utf-16 stops at once', () => {
    const t = Date.now();
    const r = kam(['select', '/dev/zero', '-c', 'criteria.csv', '--encoding', 'utf-16', '-f', 'json'], { cwd: join(ROOT, 'test/fixtures/clean'), timeout: 20_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('kam: /dev/zero, line 1: this is not a text file: it contains NUL characters');
    expect(Date.now() - t).toBeLessThan(15_000); // a hang guard, not a speed target
  });
});

describe('the other commands that read CSV take --encoding', () => {
  it('kam explain', () => {
    const r = kam(['explain', 'C001', 'customers.csv', '-c', 'criteria.csv', '--encoding', 'windows-1252', '-f', 'json'], { cwd: join(dir, 'cp1252'), env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Société Nordhavn “Fødevarer” €');
  });

  it('kam review --customers (the snapshot stays UTF-8 JSON)', () => {
    const d = join(dir, 'cp1252');
    const snap = join(d, 'q1.json');
    expect(kam(['select', 'customers.csv', '-c', 'criteria.csv', '--encoding', 'windows-1252', '-f', 'json', '-o', snap], { cwd: d, env }).code).toBe(0);
    const r = kam(['review', snap, '--customers', 'customers.csv', '--encoding', 'latin1', '-f', 'json'], { cwd: d, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Société Nordhavn “Fødevarer” €');
    const refused = kam(['review', snap, snap, '--encoding', 'windows-1252'], { cwd: d, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("kam's snapshots (results and sessions, JSON) are always UTF-8");
  });

  it('kam ratings template and kam ratings collect --criteria', () => {
    const d = join(dir, 'cp1252');
    const sheets = join(d, 'sheets');
    const t = kam(['ratings', 'template', 'customers.csv', '-c', 'criteria.csv', '--raters', 'José,Ben', '-o', sheets, '--encoding', 'windows-1252'], { cwd: d, env });
    expect(t.stderr).toBe('');
    expect(t.code).toBe(0);
    const c = kam(['ratings', 'collect', sheets, '--criteria', 'criteria.csv', '--encoding', 'windows-1252'], { cwd: d, env });
    expect(c.code).toBe(0);
    expect(c.stdout.split('\n')[0]).toBe('account,factor,score,rater');
    // The --criteria file is read in its encoding (without the flag it is refused).
    const utf8 = kam(['ratings', 'collect', sheets, '--criteria', 'criteria.csv'], { cwd: d, env });
    expect(utf8.code).toBe(1);
    expect(utf8.stderr).toContain('kam: criteria.csv, line 8: the text is not valid UTF-8 (byte 0xE9)');
    const without = kam(['ratings', 'collect', sheets, '--encoding', 'windows-1252'], { cwd: d, env });
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('--encoding reads the --criteria file');
  });

  it('--help of every command that reads CSV names the flag and its values', () => {
    for (const cmd of [['select'], ['explain'], ['review'], ['weights'], ['ratings', 'template'], ['ratings', 'collect']]) {
      const r = kam([...cmd, '--help']);
      expect(r.stdout.replace(/\s+/g, ' '), cmd.join(' ')).toMatch(/--encoding <name> [\s\S]*?utf-8, utf-16, windows-1252 or latin1/);
    }
  });
});

describe('kam weights writes the criteria back in the encoding it read them in', () => {
  it.each([
    ['cp1252', 'windows-1252', ['--encoding', 'windows-1252']],
    ['cp1252', 'windows-1252', ['--encoding', 'latin1']],
    ['utf16', 'utf-16le', ['--encoding', 'utf-16']],
    ['utf16be', 'utf-16be', []],
  ] as const)('%s (%s, %j): only the weight cells change', (name, enc, flags) => {
    const d = join(dir, name);
    const work = tempDir();
    for (const f of ['criteria.csv', 'strength-pairs.csv']) copyFileSync(join(d, f), join(work, f));
    const before = readFileSync(join(work, 'criteria.csv'));
    const r = kam(['weights', 'criteria.csv', '--axis', 'strength', '--pairs', 'strength-pairs.csv', ...flags], { cwd: work, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(join(work, 'criteria.csv'));
    // The UTF-8 twin, rewritten the same way, encoded as the file was: byte for byte.
    const twin = tempDir();
    for (const f of ['criteria.csv', 'strength-pairs.csv']) copyFileSync(join(dir, 'utf8', f), join(twin, f));
    expect(kam(['weights', 'criteria.csv', '--axis', 'strength', '--pairs', 'strength-pairs.csv'], { cwd: twin, env }).code).toBe(0);
    const expected = readFileSync(join(twin, 'criteria.csv'), 'utf8');
    const bom = enc === 'utf-16be' ? '\ufeff' : '';
    expect(after.equals(encodeText(`${bom}${expected}`, enc, 'criteria.csv'))).toBe(true);
    expect(after.equals(before)).toBe(false);
  });

  it('an ASCII criteria file under --encoding utf-16 (not UTF-16: no zero bytes) is read and written back as ASCII', () => {
    const work = tempDir();
    for (const f of ['leader-criteria.csv', 'leader-pairs.csv']) copyFileSync(join(ROOT, 'test/fixtures/ahp', f), join(work, f));
    const r = kam(['weights', 'leader-criteria.csv', '--axis', 'attractiveness', '--pairs', 'leader-pairs.csv', '--encoding', 'utf-16'], { cwd: work, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = readFileSync(join(work, 'leader-criteria.csv'));
    expect(after.includes(0)).toBe(false);
    expect(after.toString('utf8')).toContain('Experience,attractiveness,54.76,');
  });
});
