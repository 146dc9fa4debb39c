/**
 * `--help` in Indonesian (issue 18): with --lang id and with an Indonesian locale, every help is
 * Indonesian (commander's own words included), fits 80 columns without breaking words, and holds
 * no English sentence of the cli and app catalogues; English help is what it was, plus --lang.
 */
import { describe, expect, test } from 'vitest';
import { commandExamples, commanderSentence } from '../../src/cli/program.js';
import { CATALOGUE, entry, useLanguage, type MessageKey } from '../../src/i18n/index.js';
import { kam } from '../helpers/run-kam.js';

/**
 * The literal runs of an English entry (the text outside its placeholders and plural/select
 * branches) that have three words or more and that its Indonesian entry does not share.
 */
function englishSentences(areas: ReadonlyArray<keyof typeof CATALOGUE>): string[] {
  const found = new Set<string>();
  for (const area of areas) {
    for (const k of Object.keys(CATALOGUE[area].en)) {
      const key = `${area}.${k}` as MessageKey;
      const en = entry(key, 'en');
      const id = entry(key, 'id');
      if (en === id) continue;
      let depth = 0;
      let run = '';
      const runs: string[] = [];
      for (const c of en.replace(/''/g, "'")) {
        if (c === '{') {
          if (depth === 0) runs.push(run);
          depth++;
          run = '';
        } else if (c === '}') depth--;
        else if (depth === 0) run += c;
      }
      runs.push(run);
      for (const r of runs) {
        const text = r.replace(/^'|'$/g, '').trim();
        if (text.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length >= 3 && !id.includes(text)) found.add(text);
      }
    }
  }
  return [...found];
}

const ENGLISH = englishSentences(['cli', 'app']);
const leftInEnglish = (text: string): string[] => ENGLISH.filter((s) => text.includes(s));
const tooWide = (text: string): string[] => text.split('\n').filter((l) => l.length > 80 && l.trim().split(/\s+/).length > 1 && !/^ {4}\S+( \\)?$/.test(l));

describe('kam --help in Indonesian', () => {
  test('the scan knows the English it looks for', () => {
    expect(ENGLISH).toContain('display help for command');
    expect(ENGLISH).toContain('score, rank and select key accounts (the workshop on a terminal)');
    expect(ENGLISH.length).toBeGreaterThan(100);
  });

  const cases: Array<[string, string[], Record<string, string>]> = [
    ['--lang id', ['--lang', 'id'], {}],
    ['LANG=id_ID.UTF-8', [], { LANG: 'id_ID.UTF-8' }],
  ];
  for (const [how, lang, env] of cases) {
    test(`kam --help with ${how}: Indonesian, 80 columns, no English sentence`, () => {
      const r = kam(['--help', ...lang], { env });
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('Penggunaan: kam [opsi] [perintah]\n\nMemilih pelanggan kunci dengan metode Cheverton')).toBe(true);
      for (const heading of ['\nOpsi:\n', '\nPerintah:\n', '\nContoh:\n']) expect(r.stdout).toContain(heading);
      expect(r.stdout).toContain('  -h, --help                     tampilkan bantuan untuk perintah ini\n');
      expect(r.stdout).toContain('  -V, --version                  tampilkan nomor versi\n');
      expect(r.stdout).toContain('  help [perintah]                tampilkan bantuan untuk perintah ini\n');
      expect(tooWide(r.stdout)).toEqual([]);
      expect(leftInEnglish(r.stdout)).toEqual([]);
    });

    test(`kam select --help with ${how}: Indonesian, 80 columns, no English sentence`, () => {
      const r = kam(['select', '--help', ...lang], { env });
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('Penggunaan: kam select [opsi] <customers>\n\nMenilai, memeringkat, dan memilih pelanggan kunci')).toBe(true);
      expect(r.stdout).toContain('\nArgumen:\n  customers               customers.csv atau .xlsx (atau - untuk masukan\n                          standar)\n');
      expect(r.stdout).toContain('  --missing <policy>      nilai kosong: error, renormalize atau midpoint\n                          (bawaan: "error")\n');
      expect(r.stdout).toContain('  --lang <lang>           bahasa pesan, bantuan, dan laporan: en atau id\n');
      expect(r.stdout).toContain('  $ kam select examples/customers.csv --format json -o result.json\n      dokumen kam/result@1 untuk skrip atau job CI\n');
      expect(tooWide(r.stdout)).toEqual([]);
      expect(leftInEnglish(r.stdout)).toEqual([]);
    });
  }

  test('every command and group --help in Indonesian: 80 columns, no English sentence, the same examples', () => {
    for (const { command, examples } of [...commandExamples(), { command: 'ratings', examples: [] }]) {
      const r = kam([...command.split(' '), '--help', '--lang', 'id']);
      expect(r.code, command).toBe(0);
      expect(r.stdout.startsWith(`Penggunaan: kam ${command} `), command).toBe(true);
      expect(tooWide(r.stdout), command).toEqual([]);
      expect(leftInEnglish(r.stdout), command).toEqual([]);
      // the command lines of the examples are the same in both languages (they run as printed)
      for (const e of examples) expect(r.stdout.replace(/ \\\n {4}/g, ' ')).toContain(`  $ ${e.run}\n`);
    }
  });

  test('in English the help is as before, with --lang among the options', () => {
    const r = kam(['select', '--help'], { env: { LANG: 'en_US.UTF-8' } });
    expect(r.stdout.startsWith('Usage: kam select [options] <customers>\n\nScore, rank and select key accounts')).toBe(true);
    expect(r.stdout).toContain(
      "  --lang <lang>           messages, help and reports in en or id (default:\n                          KAM_LANG, else LC_ALL, LC_MESSAGES or LANG; a replay\n                          keeps its session's language)\n",
    );
    expect(r.stdout).toContain('  -h, --help              display help for command\n');
  });
});

describe("commander's messages said from the catalogue", () => {
  const messages = [
    "unknown option '--bogus'",
    "unknown option '--sor'\n(Did you mean --sort?)",
    "unknown command 'frob'\n(Did you mean one of select, explain?)",
    "missing required argument 'customers'",
    "option '--capacity <n>' argument missing",
    "too many arguments for 'select'. Expected 1 argument but got 2.",
    "too many arguments for 'explain'. Expected 2 arguments but got 3.",
    'too many arguments. Expected 0 arguments but got 1.',
    "option '--x <v>' argument 'y' is invalid.",
  ];

  test('in English, exactly as commander writes them', () => {
    useLanguage('en');
    for (const m of messages) expect(commanderSentence(m)).toBe(m);
    expect(commanderSentence('something commander may say one day')).toBe('something commander may say one day');
  });

  test('in Indonesian', () => {
    useLanguage('id');
    try {
      expect(messages.map(commanderSentence)).toEqual([
        "opsi '--bogus' tidak dikenal",
        "opsi '--sor' tidak dikenal\n(Maksud Anda --sort?)",
        "perintah 'frob' tidak dikenal\n(Maksud Anda salah satu dari select, explain?)",
        "argumen wajib 'customers' tidak diberikan",
        "opsi '--capacity <n>' memerlukan nilai",
        "terlalu banyak argumen untuk 'select'. Diharapkan 1 argumen, tetapi diberikan 2.",
        "terlalu banyak argumen untuk 'explain'. Diharapkan 2 argumen, tetapi diberikan 3.",
        'terlalu banyak argumen. Diharapkan 0 argumen, tetapi diberikan 1.',
        "nilai 'y' untuk opsi '--x <v>' tidak sah.",
      ]);
    } finally {
      useLanguage('en');
    }
  });
});

describe('kam completion in Indonesian', () => {
  test("the script's opening lines (what wrote it, how to load it) are Indonesian; the bash script itself is the English one", () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const en = kam(['completion', shell]);
      const id = kam(['completion', shell, '--lang', 'id']);
      expect(id.code).toBe(0);
      const head = (s: string): string[] => s.split('\n').filter((l) => /^# /.test(l) && !/^ /.test(l)).slice(0, 2);
      expect(head(id.stdout).join('\n')).toMatch(/^# Pelengkapan kam untuk .*\n# (Shell ini|Simpan sebagai)/);
      expect(leftInEnglish(head(id.stdout).join('\n'))).toEqual([]);
      const body = (s: string): string => s.split('\n').filter((l) => !head(s).includes(l)).join('\n');
      expect(body(id.stdout).length).toBeGreaterThan(500);
      if (shell === 'bash') expect(body(id.stdout)).toBe(body(en.stdout));
    }
  });
});
