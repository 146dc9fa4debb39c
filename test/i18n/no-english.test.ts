/**
 * Issue 18's last check: the outputs of the example runs in Indonesian (LANG=id_ID.UTF-8 on the
 * built binary) hold no English sentence of the catalogue — no literal fragment of three or more
 * words of an English entry that its Indonesian entry does not share — and no English function
 * word that the input files themselves do not contain; and the JSON documents are the English
 * ones, byte for byte apart from generatedAt.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entry, messageKeys } from '../../src/i18n/index.js';
import { compileMessage } from '../../src/i18n/message-format.js';
import { kam, ROOT } from '../helpers/run-kam.js';

const ID = { LANG: 'id_ID.UTF-8', SOURCE_DATE_EPOCH: '1795428000' };
const EN = { LANG: 'en_US.UTF-8', SOURCE_DATE_EPOCH: '1795428000' };
const P = 'examples/id/pelanggan.csv';
const K = 'examples/id/kriteria.csv';

/** The literal runs of a message: the text between its placeholders, in every case of its plurals and selects. */
function literals(text: string): string[] {
  const out: string[] = [];
  const walk = (parts: ReturnType<typeof compileMessage>): void => {
    let run = '';
    for (const p of parts) {
      if (typeof p === 'string') run += p;
      else {
        out.push(run);
        run = '';
        if ('cases' in p) for (const c of p.cases.values()) walk(c);
      }
    }
    out.push(run);
  };
  walk(compileMessage(text));
  return out;
}

const words = (s: string): string[] => s.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));

/** The English fragments of 3+ words that the Indonesian entry of the same key does not also contain. */
function englishFragments(): Array<{ key: string; fragment: string }> {
  const out: Array<{ key: string; fragment: string }> = [];
  for (const key of messageKeys()) {
    const id = entry(key, 'id');
    for (const lit of literals(entry(key, 'en'))) {
      const fragment = lit.trim();
      if (words(fragment).length >= 3 && !id.includes(fragment)) out.push({ key, fragment });
    }
  }
  return out;
}

/** English words that Indonesian text never needs (the inputs' own words are allowed: names, factors, descriptions). */
const ENGLISH = ['the', 'and', 'of', 'with', 'for', 'is', 'are', 'to', 'from', 'this', 'that', 'not', 'by', 'on', 'be', 'has', 'have', 'was', 'were', 'which', 'than', 'each', 'when', 'use', 'accounts', 'selected', 'above', 'below', 'higher', 'lower'];

function check(label: string, output: string, inputs: string[]): void {
  const fragments = englishFragments();
  const found = fragments.filter((f) => output.includes(f.fragment)).map((f) => `${f.key}: "${f.fragment}"`);
  expect(found, `${label}: English catalogue text in the Indonesian output`).toEqual([]);
  const allowed = new Set(inputs.flatMap((f) => readFileSync(join(ROOT, f), 'utf8').toLowerCase().split(/[^\p{L}]+/u)));
  // Flags (--no-interactive), file names (customers.csv) and quoted identifiers are not prose.
  // The page's own CSS and script are code, and a cut name (`PT Minyak Sawit And…`) is data.
  const prose = output
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/\S+…/g, ' ')
    .replace(/--?[\w-]+/g, ' ').replace(/[\w./-]+\.(csv|json|xlsx|md|html|svg|png|yml)\b/g, ' ').replace(/<[^>]*>/g, ' ');
  const english = [...new Set(prose.toLowerCase().split(/[^\p{L}]+/u).filter((w) => ENGLISH.includes(w) && !allowed.has(w)))];
  expect(english, `${label}: English words in the Indonesian output`).toEqual([]);
}

const withoutStamp = (json: string): unknown => {
  const doc = JSON.parse(json) as Record<string, unknown>;
  delete doc.generatedAt;
  return doc;
};

describe('no English left in the Indonesian outputs of the example runs', () => {
  const runs: Array<[string, string[], string[]]> = [
    ['the table and the chart', ['select', P, '-c', K, '--no-interactive', '--capacity', '6'], [P, K]],
    ['the Markdown brief', ['select', P, '-c', K, '-f', 'markdown', '--capacity', '6'], [P, K]],
    ['the HTML brief', ['select', P, '-c', K, '-f', 'html', '--capacity', '6'], [P, K]],
    ['the SVG matrix', ['select', P, '-c', K, '-f', 'svg'], [P, K]],
    ['an explanation', ['explain', 'P010', P, '-c', K], [P, K]],
    ['stability', ['select', P, '-c', K, '--no-interactive', '--stability', '200'], [P, K]],
    ['the review', ['review', 'examples/ci/result-2026-q3.json', '--customers', 'examples/ci/customers-2026-q4.csv'], ['examples/ci/customers-2026-q4.csv', 'examples/criteria.csv']],
    ['the review in Markdown', ['review', 'examples/ci/result-2026-q3.json', '--customers', 'examples/ci/customers-2026-q4.csv', '-f', 'markdown'], ['examples/ci/customers-2026-q4.csv', 'examples/criteria.csv']],
    ['AHP weights', ['weights', 'examples/criteria.csv', '--axis', 'strength', '--pairs', 'examples/strength-pairs.csv', '--dry-run'], ['examples/criteria.csv', 'examples/strength-pairs.csv']],
    ['kam --help', ['--help'], []],
    ['kam select --help', ['select', '--help'], []],
    ['kam review --help', ['review', '--help'], []],
    ['kam explain --help', ['explain', '--help'], []],
    ['kam weights --help', ['weights', '--help'], []],
    ['kam ratings template --help', ['ratings', 'template', '--help'], []],
  ];
  for (const [label, args, inputs] of runs) {
    it(label, () => {
      const r = kam(args, { env: ID });
      expect(r.code, r.stderr).toBe(0);
      check(label, `${r.stdout}\n${r.stderr}`, inputs);
    });
  }

  it('errors: a missing file, a bad number, a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kam-id-'));
    for (const [args, code] of [
      [['select', join(dir, 'tidak-ada.csv'), '--no-interactive'], 1],
      [['select', P, '-c', K, '--split', 'sembarang'], 2],
      [['select', P, '-c', K, '--capacity', 'x'], 2],
      [['review'], 2],
    ] as Array<[string[], number]>) {
      const r = kam(args, { env: ID });
      expect(r.code, r.stderr).toBe(code);
      check(args.join(' '), r.stderr, [P, K]);
    }
  });
});

describe('the JSON documents are the same in both languages', () => {
  it('kam/result@1 of the Indonesian example, and kam/review@1', () => {
    for (const args of [
      ['select', P, '-c', K, '-f', 'json', '--capacity', '6'],
      ['select', P, '-c', K, '-f', 'json', '--explain', '--stability', '100'],
      ['review', 'examples/ci/result-2026-q3.json', '--customers', 'examples/ci/customers-2026-q4.csv', '-f', 'json'],
      ['explain', 'P010', P, '-c', K, '-f', 'json'],
    ]) {
      const id = kam(args, { env: ID });
      const en = kam(args, { env: EN });
      expect(id.code, id.stderr).toBe(0);
      expect(withoutStamp(id.stdout)).toEqual(withoutStamp(en.stdout));
    }
  });
});
