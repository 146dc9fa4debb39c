/**
 * The application layer's sentences in Indonesian (issue 18): where a file's path came from, a
 * replay's contradictions and overrides, the errors of readInputs. Hand-written expectations; the
 * documents keep English (the overrides' messages write their English text in JSON).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ratingsWarningMessages, readInputs } from '../../src/app/inputs.js';
import type { Io } from '../../src/app/io.js';
import { findRecorded, originNote, type Origin } from '../../src/app/paths.js';
import { replayDecisions } from '../../src/app/plan.js';
import { InputError, UsageError } from '../../src/core/errors.js';
import { message, say, useLanguage } from '../../src/i18n/index.js';
import { quietIo, replayPlan, savedDecisions } from '../helpers/replay-plan.js';
import { kam, ROOT, tempDir } from '../helpers/run-kam.js';

afterEach(() => useLanguage('en'));

const io = quietIo;

const criteriaOrigin: Origin = { what: message('app.origin.criteria.what'), from: message('app.origin.criteria.from.beside'), override: message('app.origin.criteria.override') };
const ratingsOrigin: Origin = { what: message('app.origin.ratings.what'), from: message('app.origin.recorded', { file: 's.json' }), override: message('app.origin.ratings.override') };

const caught = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('nothing thrown');
};

describe('where a path came from', () => {
  test('originNote: English as before, Indonesian under --lang id', () => {
    expect(originNote('data/criteria.csv', criteriaOrigin)).toBe('data/criteria.csv is the criteria file kam reads by default (criteria.csv beside the customers file); give --criteria FILE to read another.');
    useLanguage('id');
    expect(originNote('data/criteria.csv', criteriaOrigin)).toBe('data/criteria.csv adalah file kriteria yang dibaca kam secara bawaan (criteria.csv di samping file pelanggan); berikan --criteria FILE untuk membaca file lain.');
    // A note meant for the result's JSON is English whatever the run's language.
    expect(originNote('r.csv', ratingsOrigin, 'en')).toBe('r.csv is the ratings file recorded in s.json (inputs.ratings); give --ratings FILE to read another.');
  });

  test('findRecorded: the file that cannot be found, in Indonesian', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'q1'));
    useLanguage('id');
    const e = caught(() => findRecorded('old.csv', join(dir, 'q1/s.json'), dir, ratingsOrigin));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).lines()).toEqual(['old.csv: file penilaian yang tercatat di s.json (inputs.ratings) tidak ditemukan (dicari di q1/old.csv, old.csv); berikan --ratings FILE untuk membaca file lain.']);
  });

  test('the binary: a missing customers file and the default criteria beside it, under LANG=id_ID.UTF-8', () => {
    const dir = tempDir();
    const r = kam(['select', 'tidak-ada.csv', '--no-interactive'], { cwd: dir, env: { LANG: 'id_ID.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kam: criteria.csv: file tidak ada.\nkam: criteria.csv adalah file kriteria yang dibaca kam secara bawaan (criteria.csv di samping file pelanggan); berikan --criteria FILE untuk membaca file lain.\n');
  });
});

const plan = replayPlan;
const saved = savedDecisions;

describe('a replay in Indonesian', () => {
  test('the contradictions and the way out', () => {
    useLanguage('id');
    const e = caught(() => replayDecisions(plan({ split: 'midpoint', aggregate: 'mean', criteria: 'lain.csv' }), saved, 's.json'));
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).lines()).toEqual([
      '--split midpoint bertentangan dengan keputusan tim di s.json: batas kuadran Langkah 6 adalah median.',
      '--criteria lain.csv bertentangan dengan keputusan tim di s.json: kriteria Langkah 7 dan 8 adalah kriteria yang disepakati dalam sesi (2 faktor).',
      '--aggregate mean bertentangan dengan keputusan tim di s.json: cara skor para penilai digabungkan adalah median.',
      'Pemutaran ulang menilai dengan keputusan yang disimpan tim. Hapus flag itu untuk memutar ulang keputusan tersebut, tambahkan --override-session untuk tetap menerapkannya (hasilnya mencatat hal ini), atau jalankan lokakarya lagi untuk mengubah keputusan.',
    ]);
  });

  test('--override-session: warnings in Indonesian on screen, English in the result and its record', () => {
    useLanguage('id');
    const r = replayDecisions(plan({ split: '60,45', criteria: 'lain.csv', overrideSession: true }), saved, 's.json');
    expect(r.warnings).toEqual([
      '--split 60,45 menggantikan keputusan tim yang disimpan di s.json (median), sesuai permintaan --override-session.',
      '--criteria lain.csv menggantikan keputusan tim yang disimpan di s.json (kriteria yang disepakati dalam sesi (2 faktor)), sesuai permintaan --override-session.',
    ]);
    expect(JSON.parse(JSON.stringify(r.notes))).toEqual([
      "--split 60,45 overrides the team's decision saved in s.json (median), as --override-session asks.",
      "--criteria lain.csv overrides the team's decision saved in s.json (the session's agreed criteria (2 factors)), as --override-session asks.",
    ]);
    expect(r.record.overridden[1]).toEqual({ flag: '--criteria', session: "the session's agreed criteria (2 factors)", value: 'lain.csv' });
  });
});

describe('readInputs in Indonesian', () => {
  test('two inputs from standard input, a missing session file, a folder without rating sheets', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'kosong'));
    const here = { ...io, cwd: dir } as Io;
    useLanguage('id');
    await expect(readInputs({ customers: { path: '-', columns: 'result' }, criteria: { path: '-', required: true } }, here)).rejects.toThrow('Hanya satu masukan yang dapat dibaca dari masukan standar.');
    const missing = await readInputs({ session: { path: join(dir, 's.json'), shown: 's.json', required: true } }, here).catch((e: unknown) => e);
    expect((missing as InputError).lines()).toEqual(['s.json: file sesi tidak ada.']);
    const none = await readInputs({ sheets: ['kosong'] }, here).catch((e: unknown) => e);
    expect((none as InputError).lines()).toEqual(['kosong: folder ini tidak berisi lembar penilaian .xlsx (buat dengan kam ratings template).']);
  });

  test('the settled scores no rating matches: Indonesian on screen, English in JSON', () => {
    const ratings = { file: { path: 'r.csv', sha256: 'b' }, outcome: { unmatched: [{ account: 'C1', factor: 'Access', competitor: null }] } } as unknown as Parameters<typeof ratingsWarningMessages>[1];
    const w = ratingsWarningMessages({ inputs: { ratings: { path: 'r.csv', sha256: 'a' } } } as unknown as Parameters<typeof ratingsWarningMessages>[0], ratings);
    useLanguage('id');
    expect(w.map((m) => say(m))).toEqual([
      'r.csv sudah berubah sejak dicatat oleh sesi (sha256 berbeda); skor yang sudah disepakati tetap berlaku bila penilaian yang sama masih ada.',
      'Skor C1 Access yang sudah disepakati tidak lagi cocok dengan penilaian mana pun di r.csv; skor itu tidak diterapkan.',
    ]);
    expect(JSON.parse(JSON.stringify(w))).toEqual([
      'r.csv has changed since the session recorded it (sha256 differs); the settled scores still apply where the same ratings exist.',
      'The settled score of C1 Access matches no rating in r.csv any more; it is not applied.',
    ]);
  });
});

describe('a warning of the run: Indonesian on screen, English in the result', () => {
  test('--strength relative without competitor ratings', () => {
    const r = kam(['select', 'customers.csv', '--strength', 'relative', '-f', 'json'], { cwd: join(ROOT, 'examples'), env: { LANG: 'id_ID.UTF-8' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('kam: peringatan: --strength relative tanpa penilaian pesaing: setiap faktor kekuatan kembali memakai penilaian kita sendiri.\n');
    expect(JSON.parse(r.stdout).warnings).toContain('--strength relative without competitor ratings: every strength factor falls back to our own rating.');
  });
});
