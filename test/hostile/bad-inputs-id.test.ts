/**
 * The hostile-input corpus in Bahasa Indonesia (issue 18): every case of
 * test/fixtures/bad/cases.json run with LANG=id_ID.UTF-8 ends with the exit code it has in
 * English, prints only `kam: ` lines, names the same facts (the file, and every number of the
 * English sentence: lines, cells, the user's values), and no English sentence of the load
 * catalogue is left in its input errors. The common errors are checked word for word.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, entry, type MessageKey } from '../../src/i18n/index.js';
import { kam, tempDir } from '../helpers/run-kam.js';
import { CORPUS, cases, generate } from './bad-corpus.js';

const ID = { LANG: 'id_ID.UTF-8' };

/** The top-level pieces of an ICU message: literal text, and each `{…}` block whole. */
function blocks(text: string): Array<{ literal: string } | { block: string }> {
  const out: Array<{ literal: string } | { block: string }> = [];
  let literal = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{') {
      literal += text[i];
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    out.push({ literal }, { block: text.slice(i + 1, j) });
    literal = '';
    i = j;
  }
  out.push({ literal });
  return out;
}

/** The branches of a plural or select block (`n, plural, one {…} other {…}`), or none for a placeholder. */
function branches(block: string): string[] {
  const m = /^\s*\w+\s*,\s*(plural|select)\s*,/.exec(block);
  if (!m) return [];
  return blocks(block.slice(m[0].length)).flatMap((p) => ('block' in p ? [p.block] : []));
}

/**
 * The English sentences an ICU message can show, as patterns: its literal text with each
 * placeholder, plural or select standing for any text, and likewise each branch of its plurals
 * and selects. Only patterns of three words or more are kept.
 */
function sentencePatterns(text: string): RegExp[] {
  const parts = blocks(text);
  const literal = parts.map((p) => ('literal' in p ? p.literal.replace(/''/g, "'") : '\u0000')).join('');
  const pieces = literal.split('\u0000');
  const words = (literal.match(/\p{L}+/gu) ?? []).length;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const edge = (s: string, at: 'start' | 'end') => (/\p{L}/u.test(at === 'start' ? s[0] ?? '' : s[s.length - 1] ?? '') ? (at === 'start' ? '(?<!\\p{L})' : '(?!\\p{L})') : '');
  const trimmed = pieces.map((p, i) => (i === 0 ? p.trimStart() : i === pieces.length - 1 ? p.trimEnd() : p));
  const body = trimmed.map(escape).join('.*?');
  const own = words >= 3 ? [new RegExp(`${edge(trimmed[0], 'start')}${body}${edge(trimmed[trimmed.length - 1], 'end')}`, 'u')] : [];
  return [...own, ...parts.flatMap((p) => ('block' in p ? branches(p.block).flatMap(sentencePatterns) : []))];
}

/** The English sentences of the load area that its Indonesian entries do not say. */
function englishSentences(): RegExp[] {
  return Object.keys(CATALOGUE.load.en).flatMap((key) => {
    const en = entry(`load.${key}` as MessageKey, 'en');
    const id = entry(`load.${key}` as MessageKey, 'id');
    return en === id ? [] : sentencePatterns(en).filter((p) => !p.test(id));
  });
}

describe('the English sentences the test looks for', () => {
  it('stand for placeholders with any text, and take the branches of plurals and selects', () => {
    const [row, ...others] = sentencePatterns('the row has {n, plural, one {{fields} field} other {{fields} fields}} but the header has {header}{hint}');
    expect(others).toEqual([]);
    expect(row.test('kam: x.csv, line 3: the row has 13 fields but the header has 14.')).toBe(true);
    expect(row.test('baris ini berisi 13 kolom')).toBe(false);
    const missing = sentencePatterns('{n, plural, one {the required column {columns} is missing} other {the required columns {columns} are missing}} (required: account, factor)');
    expect(missing.map((p) => p.test('the required columns "a", "b" are missing'))).toEqual([false, false, true]);
  });

  it('are not found inside other words or other sentences', () => {
    const [low] = sentencePatterns('a low surrogate {unit} without its high surrogate');
    expect(low.test('tanpa low surrogate-nya')).toBe(false);
    const [schema] = sentencePatterns('the schema "{schema}" is not one {reader} reads ({readable})');
    expect(schema.test('--encoding "ebcdic" is not one kam reads; use utf-8')).toBe(false);
  });

  it('cover the load area', () => {
    const sentences = englishSentences();
    expect(sentences.some((p) => p.test('the key "A1" is already used on line 2; keys must be unique'))).toBe(true);
    expect(sentences.some((p) => p.test('"abc" is not a number'))).toBe(true);
    expect(sentences.length).toBeGreaterThan(100);
  });
});

describe('the hostile-input corpus in Bahasa Indonesia', () => {
  let dir: string;
  const sentences = englishSentences();
  beforeAll(() => {
    dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
  });

  cases.forEach((c, i) => {
    it(`${c.name}: exit ${c.code}, in Indonesian`, () => {
      if (c.generate) generate(dir, c.generate);
      const args = c.noOutput ? c.args : [...c.args, '-o', `out-id-${i}.json`];
      const input = c.stdinFile ? readFileSync(join(dir, c.stdinFile)) : '';
      const r = kam(args, { cwd: dir, input, timeout: 20_000, env: ID });
      expect(r.code, r.stderr).toBe(c.code);
      const lines = r.stderr.trimEnd().split('\n');
      for (const line of lines) expect(line).toMatch(/^kam: /);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stdout).toBe('');
      // The same facts: the file the English sentence starts with, and each of its numbers.
      if (c.code === 1) {
        const file = /^[^,:]+/.exec(c.message)![0];
        expect(r.stderr).toContain(file);
        for (const digits of c.message.match(/\d+/g) ?? []) expect(r.stderr, digits).toContain(digits);
      }
      // The readers' sentences are input errors (exit 1); a usage error (exit 2) is the command
      // line's, whose own English ("There is no account …" of kam explain) is another area's.
      if (c.code === 1) {
        const left = sentences.filter((p) => lines.some((line) => p.test(line))).map(String);
        expect(left, r.stderr).toEqual([]);
      }
    });
  });
});

describe('the common errors, word for word in Indonesian', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
  });
  const run = (args: string[]) => kam([...args, '-f', 'json'], { cwd: dir, env: ID });

  it('a key used twice', () => {
    const r = run(['select', 'duplicate-key.csv', '-c', 'criteria.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kam: duplicate-key\.csv, .*10.*"id": ID "00601" sudah dipakai di baris 2; setiap ID harus unik\.$/m);
  });

  it('a cell that is not a number, and one with thousands separators', () => {
    const r = run(['select', 'non-numeric.csv', '-c', 'criteria.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kam: non-numeric\.csv, .*3.*"Margin": "abc" bukan angka\.$/m);
    const s = run(['select', 'thousands-semicolon.csv', '-c', 'criteria.csv']);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('"1.200.000,5" tampaknya angka dengan pemisah ribuan, dan pemisah ribuan tidak diterima; tulis tanpa pemisah.');
  });

  it('a missing column: the factor of the criteria, and a required column of the criteria', () => {
    const r = run(['select', 'customers.csv', '-c', 'criteria-unknown-factor.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kam: customers\.csv, .*1: tidak ada kolom yang cocok dengan faktor kriteria "Spending" \(kolom yang ada: id, name, /m);
    const c = run(['select', 'customers.csv', '-c', 'criteria-no-weight-column.csv']);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('"weight": kolom wajib "weight" tidak ada (kolom wajib: factor, axis, weight).');
  });

  it('a row with the wrong number of fields, delimiters mixed', () => {
    const r = run(['select', 'mixed-delimiters.csv', '-c', 'criteria.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      ': baris ini berisi 1 kolom, padahal baris judul berisi 14 kolom (baris ini tampaknya dipisahkan dengan titik koma, sedangkan baris judul dengan koma: gunakan satu pemisah di seluruh berkas).',
    );
  });

  it('a file that does not exist keeps its exit code and its name', () => {
    // The sentence itself is app/files.ts's (the app area of the catalogue).
    const r = run(['select', 'no-such-file.csv', '-c', 'criteria.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kam: no-such-file\.csv: /);
  });

  it('English stays as it was', () => {
    const r = kam(['select', 'duplicate-key.csv', '-c', 'criteria.csv', '-f', 'json'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(r.stderr).toBe('kam: duplicate-key.csv, line 10, field "id": the key "00601" is already used on line 2; keys must be unique.\n');
  });
});
