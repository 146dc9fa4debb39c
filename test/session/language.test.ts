/**
 * The session records the team's language (issue 18): the workshop writes `language`, and a
 * replay or a resumed workshop speaks it unless --lang is on the command line; the environment's
 * language (KAM_LANG, the locale) does not override the team's. A session without the field (older
 * kam) follows the run's choice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { keepSessionLanguage, chooseLanguage } from '../../src/app/language.js';
import { language, useLanguage } from '../../src/i18n/index.js';
import type { Session } from '../../src/session/schema.js';
import { kam } from '../helpers/run-kam.js';
import { exampleDir, readSessionFile, workshop } from '../workshop/helpers.js';

afterEach(() => useLanguage('en'));

const WARNING = '13 accounts are in the key quadrants but the capacity is 12: the lowest-ranked of them is not selected.';
/** The same warning in Indonesian (core's sentence since the core area went through the catalogue). */
const WARNING_ID = '13 pelanggan ada di kuadran kunci, tetapi kapasitasnya 12: satu dengan peringkat terendah tidak terpilih.';

describe('the language of a session', () => {
  test('the workshop records the language it ran in; an older session without it still reads', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {}, { session: 'en.json' })).code).toBe(0);
    expect(readSessionFile(dir, 'en.json').language).toBe('en');
    expect((await workshop(dir, {}, { session: 'id.json', lang: 'id' })).code).toBe(0);
    const id = readSessionFile(dir, 'id.json');
    expect(id.language).toBe('id');
    // written after kamVersion
    expect(Object.keys(id).slice(0, 3)).toEqual(['schema', 'kamVersion', 'language']);
    const { language: _dropped, ...older } = id;
    writeFileSync(join(dir, 'older.json'), JSON.stringify(older));
    expect(kam(['select', 'customers.csv', '--session', 'older.json', '--format', 'json'], { cwd: dir }).code).toBe(0);
  });

  test('a session written in Indonesian replays in Indonesian under an English locale, in English with --lang en; the JSON is the same', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {}, { session: 'q4.json', lang: 'id' })).code).toBe(0);
    const args = ['select', 'customers.csv', '--session', 'q4.json', '--format', 'json'];
    const id = kam(args, { cwd: dir, env: { LANG: 'en_US.UTF-8', CI: 'true' } });
    expect(id.code).toBe(0);
    expect(id.stderr).toBe(`kam: peringatan: ${WARNING_ID}\n`);
    const en = kam([...args, '--lang', 'en'], { cwd: dir, env: { LANG: 'id_ID.UTF-8', CI: 'true' } });
    expect(en.code).toBe(0);
    expect(en.stderr).toBe(`kam: warning: ${WARNING}\n`);
    const doc = (s: string) => ({ ...JSON.parse(s), generatedAt: '' });
    expect(doc(id.stdout)).toEqual(doc(en.stdout));
    // KAM_LANG is the environment too: the team's language wins over it
    expect(kam(args, { cwd: dir, env: { KAM_LANG: 'en' } }).stderr).toBe(`kam: peringatan: ${WARNING_ID}\n`);
  });

  test("an English session replays in English under an Indonesian locale; an older session follows the locale", async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {}, { session: 'q4.json' })).code).toBe(0);
    const args = ['select', 'customers.csv', '--session', 'q4.json', '--format', 'json'];
    expect(kam(args, { cwd: dir, env: { LANG: 'id_ID.UTF-8' } }).stderr).toBe(`kam: warning: ${WARNING}\n`);
    expect(kam([...args, '--lang', 'id'], { cwd: dir }).stderr).toBe(`kam: peringatan: ${WARNING_ID}\n`);
    const { language: _dropped, ...older } = readSessionFile(dir, 'q4.json');
    writeFileSync(join(dir, 'q4.json'), JSON.stringify(older));
    expect(kam(args, { cwd: dir, env: { LANG: 'id_ID.UTF-8' } }).stderr).toBe(`kam: peringatan: ${WARNING_ID}\n`);
    expect(kam(args, { cwd: dir }).stderr).toBe(`kam: warning: ${WARNING}\n`);
  });

  test("an unfinished Indonesian session: the replay's refusal is Indonesian, exit 2", () => {
    const dir = exampleDir();
    const session = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sessions/example-defaults.json'), 'utf8')) as Session;
    writeFileSync(join(dir, 's.json'), JSON.stringify({ ...session, language: 'id', criteria: null, completedSteps: [1, 2, 3, 4, 5, 6, 9, 10] }));
    const r = kam(['select', 'customers.csv', '--session', 's.json', '--no-interactive'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        `kam: Sesi ${join(dir, 's.json')} tidak dapat diputar ulang tanpa pertanyaan; jawaban berikut belum ada:`,
        'kam:   - kriteria (Langkah 7 dan 8: faktor-faktor dan bobotnya)',
        'kam: Jalankan lokakarya di terminal (kam select … --resume) untuk menjawabnya.',
        '',
      ].join('\n'),
    );
    const en = kam(['select', 'customers.csv', '--session', 's.json', '--no-interactive', '--lang', 'en'], { cwd: dir, env: { LANG: 'id_ID.UTF-8' } });
    expect(en.stderr.split('\n')[1]).toBe('kam:   - the criteria (steps 7 and 8: the factors and their weights)');
  });

  test('a resumed workshop keeps the session’s language unless --lang says otherwise', async () => {
    const dir = exampleDir();
    expect((await workshop(dir, {}, { session: 'q4.json', lang: 'id' })).code).toBe(0);
    expect((await workshop(dir, {}, { session: 'q4.json', resume: true })).code).toBe(0);
    expect(readSessionFile(dir, 'q4.json').language).toBe('id');
    expect((await workshop(dir, {}, { session: 'q4.json', resume: true, lang: 'en' })).code).toBe(0);
    expect(readSessionFile(dir, 'q4.json').language).toBe('en');
  });

  test('chooseLanguage and keepSessionLanguage', () => {
    chooseLanguage(['select', 'x'], { LANG: 'en_US.UTF-8' });
    keepSessionLanguage('id');
    expect(language()).toBe('id');
    keepSessionLanguage(undefined);
    expect(language()).toBe('id');
    chooseLanguage(['select', 'x', '--lang', 'en'], { LANG: 'id_ID.UTF-8' });
    keepSessionLanguage('id');
    expect(language()).toBe('en');
    expect(() => chooseLanguage(['--lang', 'xx'], {})).toThrow('--lang "xx" is not a language kam speaks; use en or id.');
  });
});
