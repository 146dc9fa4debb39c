/**
 * The hostile-input corpus (test/fixtures/bad/cases.json) through the built binary: every case
 * gets its exit code and its sentence, only `kam: ` lines on standard error, no stack trace, no
 * output on standard output, no output file, and it finishes (a 20 s hang guard kills it otherwise).
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kam, tempDir } from '../helpers/run-kam.js';
import { CORPUS, cases, generate, TEN_MB } from './bad-corpus.js';

describe('the hostile-input corpus', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
  });

  it('has at least 40 cases, each with a distinct name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  cases.forEach((c, i) => {
    it(`${c.name}: exit ${c.code}`, () => {
      if (c.generate) generate(dir, c.generate);
      const out = `out-${i}.json`;
      const before = c.unchanged ? readFileSync(join(dir, c.unchanged)) : null;
      const args = c.noOutput ? c.args : [...c.args, '-o', out];
      const input = c.stdinFile ? readFileSync(join(dir, c.stdinFile)) : '';
      const r = kam(args, { cwd: dir, input, timeout: 20_000 });
      expect(r.code, r.stderr).toBe(c.code);
      // Session files are named by their full path on replay, other files as given.
      expect(r.stderr.split('\n').some((l) => l.startsWith('kam: ') && l.includes(c.message))).toBe(true);
      const lines = r.stderr.trimEnd().split('\n');
      for (const line of lines) expect(line).toMatch(/^kam: /);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      // Nothing raw reaches the terminal: no escape or other control character but the line breaks.
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stdout).toBe('');
      expect(existsSync(join(dir, out))).toBe(false);
      expect(readdirSync(dir).filter((f) => f.includes('.kam-tmp-'))).toEqual([]);
      if (before) expect(readFileSync(join(dir, c.unchanged!)).equals(before)).toBe(true);
    });
  });
});

describe('big or unusual but valid inputs work', () => {
  const json = (args: string[], cwd: string, input?: Buffer) => {
    const r = kam([...args, '-f', 'json'], { cwd, input, timeout: 20_000, env: { SOURCE_DATE_EPOCH: '1795428000' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { accounts: Array<{ id: string; name: string; attractiveness: number }>; inputs: unknown };
    return { accounts: doc.accounts };
  };

  it('a 10 MB account name', () => {
    const dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
    const lines = readFileSync(join(dir, 'customers.csv'), 'utf8').split('\n');
    lines[2] = lines[2].replace('Beta Foods', 'N'.repeat(TEN_MB));
    writeFileSync(join(dir, 'big-name.csv'), lines.join('\n'));
    const doc = json(['select', 'big-name.csv', '-c', 'criteria.csv'], dir);
    expect(doc.accounts.find((a) => a.id === '00602')!.name).toHaveLength(TEN_MB);
  });

  it('UTF-16 (LE and BE) with a byte-order mark gives the same result as UTF-8, from a file or standard input', () => {
    const dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
    const text = readFileSync(join(dir, 'customers.csv'), 'utf8');
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    writeFileSync(join(dir, 'utf16le.csv'), le);
    writeFileSync(join(dir, 'utf16be.csv'), Buffer.from(le).swap16());
    writeFileSync(join(dir, 'criteria16.csv'), Buffer.from(`\ufeff${readFileSync(join(dir, 'criteria.csv'), 'utf8')}`, 'utf16le'));
    const utf8 = json(['select', 'customers.csv', '-c', 'criteria.csv'], dir);
    expect(json(['select', 'utf16le.csv', '-c', 'criteria16.csv'], dir)).toEqual(utf8);
    expect(json(['select', 'utf16be.csv', '-c', 'criteria.csv'], dir)).toEqual(utf8);
    expect(json(['select', '-', '-c', 'criteria.csv'], dir, le)).toEqual(utf8);
  });
});

