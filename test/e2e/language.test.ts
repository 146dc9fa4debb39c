/**
 * Choosing the language on the built binary (issue 18): --lang, else KAM_LANG, else LC_ALL, else
 * LC_MESSAGES, else LANG (the first locale variable set decides), else English; a --lang that
 * names no language is a usage error; usage errors speak the chosen language.
 */
import { describe, expect, test } from 'vitest';
import { kam } from '../helpers/run-kam.js';

/** The language `kam select --help` answers in. */
const spoken = (args: string[], env: Record<string, string>): string => {
  const r = kam(['select', '--help', ...args], { env });
  expect(r.code).toBe(0);
  return r.stdout.startsWith('Penggunaan:') ? 'id' : r.stdout.startsWith('Usage:') ? 'en' : `? ${r.stdout.slice(0, 40)}`;
};

describe('which language kam speaks', () => {
  test('--lang > KAM_LANG > LC_ALL > LC_MESSAGES > LANG > English', () => {
    const cases: Array<[string[], Record<string, string>, string]> = [
      [[], {}, 'en'],
      [[], { LANG: 'id_ID.UTF-8' }, 'id'],
      [[], { LANG: 'id' }, 'id'],
      [[], { LANG: 'en_US.UTF-8' }, 'en'],
      [[], { LANG: 'id_ID.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'en'],
      [[], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'id_ID.UTF-8' }, 'id'],
      [[], { LC_MESSAGES: 'id_ID.UTF-8', LC_ALL: 'C' }, 'en'],
      [[], { LC_MESSAGES: 'en_US.UTF-8', LC_ALL: 'id_ID.UTF-8' }, 'id'],
      [[], { LC_ALL: 'id_ID.UTF-8', KAM_LANG: 'en' }, 'en'],
      [[], { LC_ALL: 'en_US.UTF-8', KAM_LANG: 'id' }, 'id'],
      [['--lang', 'en'], { KAM_LANG: 'id', LANG: 'id_ID.UTF-8' }, 'en'],
      [['--lang', 'id'], { KAM_LANG: 'en', LC_ALL: 'en_US.UTF-8' }, 'id'],
      [['--lang=id'], {}, 'id'],
      [['--lang', 'ID'], {}, 'id'],
    ];
    const got = cases.map(([args, env]) => spoken(args, env));
    expect(got).toEqual(cases.map((c) => c[2]));
  });

  test('kam --help alone (answered without loading the CLI in English) follows the locale too', () => {
    expect(kam(['--help'], { env: { LANG: 'id_ID.UTF-8' } }).stdout.split('\n')[0]).toBe('Penggunaan: kam [opsi] [perintah]');
    expect(kam(['--help'], { env: { KAM_LANG: 'id' } }).stdout.split('\n')[0]).toBe('Penggunaan: kam [opsi] [perintah]');
    expect(kam(['--help'], { env: { LANG: 'en_US.UTF-8' } }).stdout.split('\n')[0]).toBe('Usage: kam [options] [command]');
    expect(kam(['-h'], { env: { LANG: 'id_ID.UTF-8' } }).stdout).toBe(kam(['--help', '--lang', 'id']).stdout);
  });

  test('--lang xx is a usage error: exit 2 and one sentence, in the language of the environment', () => {
    const r = kam(['select', 'examples/customers.csv', '--lang', 'xx']);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'kam: --lang "xx" is not a language kam speaks; use en or id.\n' });
    const id = kam(['select', 'examples/customers.csv', '--lang=fr'], { env: { LANG: 'id_ID.UTF-8' } });
    expect(id).toMatchObject({ code: 2, stdout: '', stderr: 'kam: --lang "fr" bukan bahasa yang dikenal kam; gunakan en atau id.\n' });
  });
});

describe('usage errors in Indonesian', () => {
  const env = { LANG: 'id_ID.UTF-8' };
  const cases: Array<[string[], string]> = [
    [['select', 'examples/customers.csv', '--bogus'], "kam: opsi '--bogus' tidak dikenal\nkam: tambahkan --help untuk cara penggunaan.\n"],
    [['select', 'examples/customers.csv', '--sor', 'x'], "kam: opsi '--sor' tidak dikenal (Maksud Anda --sort?)\nkam: tambahkan --help untuk cara penggunaan.\n"],
    [['select'], "kam: argumen wajib 'customers' tidak diberikan\nkam: tambahkan --help untuk cara penggunaan.\n"],
    [['frob'], "kam: perintah 'frob' tidak dikenal\nkam: tambahkan --help untuk cara penggunaan.\n"],
    [['select', 'a', 'b'], "kam: terlalu banyak argumen untuk 'select'. Diharapkan 1 argumen, tetapi diberikan 2.\nkam: tambahkan --help untuk cara penggunaan.\n"],
    [['select', 'examples/customers.csv', '--capacity'], "kam: opsi '--capacity <n>' memerlukan nilai\nkam: tambahkan --help untuk cara penggunaan.\n"],
    [['select', 'examples/customers.csv', '--split', '200,3'], 'kam: --split "200,3": kedua batas harus di antara 0 dan 100.\n'],
    [['select', 'examples/customers.csv', '--seed', '-1'], 'kam: --seed "-1" harus bilangan bulat dari 0 sampai 4.294.967.295.\n'],
    [['select', 'examples/customers.csv', '--capacity', 'x'], 'kam: --capacity "x" harus bilangan bulat, paling kecil 0.\n'],
    [['select', 'examples/customers.csv', '--perturb', '2'], 'kam: --perturb "2" harus angka dari 0 sampai 1.\n'],
    [['select', 'examples/customers.csv', '--missing', 'drop'], 'kam: --missing "drop" tidak sah; gunakan error, renormalize, midpoint.\n'],
    [['select', 'examples/customers.csv', '--encoding', 'ebcdic'], 'kam: --encoding "ebcdic" tidak dapat dibaca kam; gunakan utf-8, utf-16, windows-1252 atau latin1.\n'],
    [['select', 'examples/customers.csv', '--format', 'png', '--width', '10', '-o', 'm.png'], 'kam: --width "10" harus bilangan bulat piksel dari 320 sampai 8000.\n'],
    [['select', 'examples/customers.csv', '--bubble', 'revenue'], 'kam: --bubble mengatur ukuran gelembung pada gambar: gunakan dengan --format svg, png atau html.\n'],
    [['weights', 'examples/criteria.csv'], 'kam: kam weights memerlukan --axis attractiveness atau --axis strength.\n'],
    [['review', 'examples/ci/result-2026-q3.json'], 'kam: kam review memerlukan dua snapshot atau lebih (yang terlama lebih dulu), atau satu snapshot dan --customers dengan data kuartal ini.\n'],
    [['select', 'examples/customers.csv', '-o', 'no/such/folder/r.json', '--format', 'json'], 'kam: -o no/such/folder/r.json: folder no/such/folder tidak ada.\n'],
    [['completion', 'tcsh'], 'kam: kam completion menerima bash, zsh atau fish, bukan "tcsh".\n'],
  ];
  for (const [args, stderr] of cases) {
    test(args.join(' '), () => {
      expect(kam(args, { env })).toMatchObject({ code: 2, stdout: '', stderr });
    });
  }

  test('the same errors in English are as they were', () => {
    expect(kam(['select', 'examples/customers.csv', '--bogus']).stderr).toBe("kam: unknown option '--bogus'\nkam: add --help for usage.\n");
    expect(kam(['select', 'examples/customers.csv', '--seed', '-1']).stderr).toBe('kam: --seed "-1" must be a whole number from 0 to 4,294,967,295.\n');
    expect(kam(['select', 'examples/customers.csv', '--perturb', '2']).stderr).toBe('kam: --perturb "2" must be a number from 0 to 1.\n');
  });
});
