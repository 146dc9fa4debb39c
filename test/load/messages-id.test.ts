/**
 * The readers' sentences in Bahasa Indonesia (issue 18), hand-written: the same file, line,
 * field and cell as in English, the user's numbers as written, counts as Indonesian writes them.
 * What a problem says is checked (`Problem.message`, and the cell where a reader names it):
 * the "file, line, field:" part before it is core's (core/errors.ts describeProblem).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, type Problem } from '../../src/core/errors.js';
import { message, say, useLanguage } from '../../src/i18n/index.js';
import { originAside } from '../../src/app/paths.js';
import { loadCriteria } from '../../src/load/criteria.js';
import { loadCustomers } from '../../src/load/customers.js';
import { decodeText } from '../../src/load/encoding.js';
import { FieldReader } from '../../src/load/json-fields.js';
import { limitMessages } from '../../src/load/limits.js';
import { numberProblem } from '../../src/load/numbers.js';
import { loadPairs } from '../../src/load/pairs.js';
import { leftAccountsWarning, readRatings } from '../../src/load/ratings.js';
import { parseKamDocument } from '../../src/load/snapshot.js';
import { loadCustomersSheet } from '../../src/load/workbook.js';
import { readSheet, sheetMessage } from '../../src/load/xlsx.js';
import { columnField, columnOfField, orList } from '../../src/load/wording.js';
import { workbookBytes } from '../helpers/workbooks.js';

const CRITERIA = 'factor,axis,weight,min,max\nSpend,attractiveness,60,1,10\nFit,attractiveness,40,1,10\nQuality,strength,100,1,10\n';

function problems(run: () => unknown): Problem[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems;
  }
  throw new Error('expected an InputError');
}

async function problemsOf(run: () => Promise<unknown>): Promise<Problem[]> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems;
  }
  throw new Error('expected an InputError');
}

const said = (ps: Problem[]) => ps.map((p) => ({ line: p.line, cell: p.cell, field: p.field, message: p.message }));

describe('the readers in Bahasa Indonesia', () => {
  beforeEach(() => useLanguage('id'));
  afterEach(() => useLanguage('en'));

  it('customers: a key used twice, an empty key, a bad number, a missing factor column', () => {
    const text = 'id,name,Spend,Fit\nA1,Alpha,8,7\nA1,Again,1,2\n,Blank,3,4\nB2,Beta,abc,1\n';
    expect(said(problems(() => loadCustomers(text, { file: 'customers.csv', factors: ['Spend', 'Fit'] })))).toEqual([
      { line: 3, cell: undefined, field: 'id', message: 'ID "A1" sudah dipakai di baris 2; setiap ID harus unik' },
      { line: 4, cell: undefined, field: 'id', message: 'ID pelanggan kosong' },
      { line: 5, cell: undefined, field: 'Spend', message: '"abc" bukan angka' },
    ]);
    expect(said(problems(() => loadCustomers('id,Spend\nA,1\n', { file: 'c.csv', factors: ['Spend', 'Fit'] })))).toEqual([
      { line: 1, cell: undefined, field: undefined, message: 'tidak ada kolom yang cocok dengan faktor kriteria "Fit" (kolom yang ada: id, spend)' },
    ]);
    expect(problems(() => loadCustomers('id,Spend\n', { file: 'c.csv', factors: ['Spend'] }))[0].message).toBe(
      'tidak ada pelanggan; berkas ini punya baris judul tetapi tidak punya baris data',
    );
  });

  it('the table: an empty file, rows of the wrong width (counts written the Indonesian way), header names', () => {
    expect(problems(() => loadCustomers('', { file: 'c.csv', factors: [] }))[0].message).toBe('berkas ini kosong; berkas perlu satu baris judul kolom dan baris-baris data');
    const wide = `${Array.from({ length: 1200 }, (_, i) => `c${i}`).join(',')}\nx\n`;
    expect(problems(() => loadCustomers(wide, { file: 'c.csv', factors: [] }))[0].message).toBe('baris ini berisi 1 kolom, padahal baris judul berisi 1.200 kolom');
    expect(said(problems(() => loadCustomers('id,,Spend,spend\nA,1,2,3\n', { file: 'c.csv', factors: [] })))).toEqual([
      { line: 1, cell: undefined, field: 'kolom 2', message: 'nama kolom di baris judul kosong' },
      { line: 1, cell: undefined, field: 'spend', message: 'nama kolom ini muncul dua kali di baris judul (kolom 3 dan 4)' },
    ]);
    expect(problems(() => loadCustomers('id,name\nA,"B"x\n', { file: 'c.csv', factors: [] }))[0]).toMatchObject({
      field: 'kolom 2',
      message: 'setelah tanda kutip penutup masih ada teks lain; apit seluruh isian dengan tanda kutip dan gandakan setiap " di dalamnya',
    });
  });

  it('numbers: each reason, the cell as the user wrote it', () => {
    expect(numberProblem('1.234.567,5', true)).toBe('"1.234.567,5" tampaknya angka dengan pemisah ribuan, dan pemisah ribuan tidak diterima; tulis tanpa pemisah');
    expect(numberProblem('450,000', false)).toBe(
      '"450,000" mengandung koma: kam tidak membaca pemisah ribuan maupun (dalam berkas berpemisah koma) koma desimal; tulis 450000, atau gunakan titik desimal',
    );
    expect(numberProblem('9,1', false)).toBe('"9,1" memakai koma desimal, yang hanya diterima dalam berkas berpemisah titik koma atau tab; gunakan titik desimal');
    expect(numberProblem('12\u00a0', false)).toBe(
      '"12" mengandung spasi tak terlihat (U+00A0, sering ikut tersalin dari spreadsheet atau halaman web); hapus spasi itu agar angkanya dapat dibaca',
    );
    expect(numberProblem('NaN', false)).toBe('"NaN" bukan angka yang terhingga');
    expect(numberProblem('1e999', false)).toBe('"1e999" adalah angka yang terlalu besar');
  });

  it('criteria: the lists of choices say "atau"; the user\'s numbers stay as written', () => {
    const text = 'factor,axis,weight,min,max,direction\nSpend,sideways,60,1,10,\nFit,attractiveness,-30.5,10,1,down\nFit,strength,1,1,10,\n';
    expect(said(problems(() => loadCriteria(text, 'criteria.csv')))).toEqual([
      { line: 2, cell: undefined, field: 'axis', message: '"sideways" bukan nama sumbu; gunakan attractiveness atau strength' },
      { line: 3, cell: undefined, field: 'weight', message: 'bobot -30.5 bernilai negatif; bobot harus 0 atau lebih' },
      { line: 3, cell: undefined, field: 'max', message: 'skala 10..1 kosong; max harus lebih besar dari min' },
      { line: 3, cell: undefined, field: 'direction', message: '"down" bukan arah; gunakan higher atau lower' },
      { line: 4, cell: undefined, field: 'factor', message: 'faktor "Fit" sudah didefinisikan di baris 3' },
    ]);
    expect(problems(() => loadCriteria('factor,axis\nSpend,strength\n', 'k.csv'))[0]).toMatchObject({ field: 'weight', message: 'kolom wajib "weight" tidak ada (kolom wajib: factor, axis, weight)' });
    expect(problems(() => loadCriteria('factor,axis,weight\nSpend,strength,1\n', 'k.csv'))[0]).toMatchObject({
      field: 'weight',
      message: 'sumbu daya tarik pelanggan memerlukan sedikitnya satu faktor dengan bobot di atas 0',
    });
  });

  it('ratings: columns, factors, scales and a rater who rated twice', () => {
    const factors = loadCriteria(CRITERIA, 'criteria.csv');
    expect(problems(() => readRatings('account,factor\nA,Spend\n', { file: 'r.csv', factors }))[0].message).toBe(
      'kolom wajib "score" tidak ada (kolom wajib: account, factor, score; kolom pilihan: rater, competitor)',
    );
    const parsed = readRatings('account,factor,score,rater\nA,Spnd,3,Ana\nA,Spend,12,Ana\nA,Quality,3,Ana\nA,Quality,4,Ana\n', { file: 'r.csv', factors });
    expect(said(parsed.problems.items)).toEqual([
      { line: 2, cell: undefined, field: 'factor', message: '"Spnd" bukan faktor dalam kriteria (faktor yang ada: Spend, Fit, Quality)' },
      { line: 3, cell: undefined, field: 'score', message: '12 berada di luar skala 1..10 untuk "Spend"' },
      { line: 5, cell: undefined, field: 'rater', message: '"Ana" sudah menilai "Quality" untuk A di baris 4; satu skor per penilai' },
    ]);
  });

  it('the warning of rating rows left out is a message: English in the JSON, the reader\'s language on screen, note and all', () => {
    const left = { accounts: ['A', 'B'], rows: 1234 };
    const w = leftAccountsWarning(left, 'ratings.csv', 'customers.csv')!;
    expect(JSON.stringify(w)).toBe('"1234 rating rows of 2 accounts that are no longer in customers.csv were left out of ratings.csv: A, B."');
    expect(say(w, 'id')).toBe('1.234 baris penilaian di ratings.csv tidak dipakai karena 2 pelanggan yang dinilai tidak lagi ada di customers.csv: A, B.');
    const origin = { what: message('app.origin.ratings.what'), from: message('app.origin.recorded', { file: 'q1.json' }), override: message('app.origin.ratings.override') };
    const noted = leftAccountsWarning({ accounts: 'ABCDEFGHIJKL'.split(''), rows: 12 }, 'ratings.csv', 'customers.csv', originAside('ratings.csv', origin))!;
    expect(say(noted, 'en')).toBe(
      `12 rating rows of 12 accounts that are no longer in customers.csv were left out of ratings.csv: A, B, C, D, E, F, G, H, I, J and 2 more (${say(message('app.origin.clause', { shown: 'ratings.csv', ...origin }), 'en')}).`,
    );
    const id = say(noted, 'id');
    expect(id).toMatch(/^12 baris penilaian di ratings\.csv tidak dipakai karena 12 pelanggan .* dan 2 lainnya \(ratings\.csv adalah .*q1\.json.*\)\.$/);
    expect(id).not.toMatch(/ is the | recorded in | give --ratings/);
  });

  it('pairs, encodings, limits, JSON fields and snapshots', () => {
    const factors = loadCriteria(CRITERIA, 'criteria.csv');
    expect(said(problems(() => loadPairs('a,b,value\nSpend,Quality,3\nSpend,Fit,abc\n', 'p.csv', undefined, factors, 'attractiveness')))).toEqual([
      { line: 2, cell: undefined, field: 'b', message: '"Quality" ada di sumbu kekuatan relatif; bandingkan hanya faktor-faktor daya tarik pelanggan' },
      { line: 3, cell: undefined, field: 'value', message: '"abc" bukan nilai perbandingan; tulis angka dari 1/9 sampai 9, misalnya 3, 0.5 atau 1/3' },
    ]);
    expect(said(problems(() => decodeText(Buffer.from('id\nCaf\xe9\n', 'latin1'), 'c.csv')))).toEqual([
      {
        line: 2,
        cell: undefined,
        field: undefined,
        message: 'teks ini bukan UTF-8 yang sah (byte 0xE9); jika berkas ini Windows-1252 atau Latin-1 (seperti "CSV" yang disimpan Excel di Windows), tambahkan --encoding windows-1252',
      },
    ]);
    expect(limitMessages.columns({ lineBytes: 2 ** 16, columns: 10_000, accounts: 1, fileBytes: 1 }, 12_345)).toBe(
      'baris judul berisi lebih dari 10.000 kolom (12.345 sejauh ini; salah berkas?); atur KAM_MAX_COLUMNS untuk membaca lebih banyak',
    );
    expect(limitMessages.line({ lineBytes: 2 ** 16, columns: 1, accounts: 1, fileBytes: 1 })).toMatch(/^ada satu catatan yang lebih panjang dari 0,0625 MB /);
    const r = new FieldReader('session.json');
    r.number('x', 'criteria[0].weight');
    r.oneOf('sideways', 'method.split.rule', ['midpoint', 'median']);
    expect(said(r.problems.items)).toEqual([
      { line: undefined, cell: undefined, field: 'criteria[0].weight', message: 'harus berupa angka' },
      { line: undefined, cell: undefined, field: 'method.split.rule', message: '"sideways" bukan salah satu dari midpoint, median' },
    ]);
    expect(problems(() => parseKamDocument('{"schema":"kam/result@2"}', 'old.json'))[0].message).toBe(
      'skema kam/result@2 lebih baru daripada yang dapat dibaca kam ini (kam ini membaca kam/result@1 dan kam/session@1); perbarui kam',
    );
  });

  it('a sheet: cells named as in English (Sheet1!D7), rows instead of lines, text cells instead of delimiters', async () => {
    const bytes = await workbookBytes([
      { name: 'Sheet1', rows: [['id', 'name', 'Spend', 'Fit'], ['A', 'Alpha', 1, 2], ['A', 'Again', 3, 4], ['B', 'Beta', new Date(Date.UTC(2024, 2, 1)), 1], ['C', 'Gamma', 2, '7,5'], ['D', 'Delta', 3, true]] },
    ]);
    const t = await readSheet(bytes, 'customers.xlsx');
    const ps = problems(() => loadCustomersSheet(t, { file: 'customers.xlsx', factors: ['Spend', 'Fit'] }));
    expect(ps.map((p) => `${p.cell} ${p.field}: ${p.message}`)).toEqual([
      'Sheet1!A3 id: ID "A" sudah dipakai di baris 2; setiap ID harus unik',
      'Sheet1!C4 Spend: sel ini berisi tanggal (2024-03-01), bukan angka; format kolomnya sebagai Number lalu ketik ulang nilainya',
      'Sheet1!D5 Fit: "7,5" memakai koma desimal dalam sel teks; masukkan sebagai angka, atau tulis dengan titik desimal',
      'Sheet1!D6 Fit: sel ini berisi nilai logika TRUE, bukan angka',
    ]);
    const empty = await workbookBytes([{ name: 'Kosong', rows: [] }]);
    expect(said(await problemsOf(() => readSheet(empty, 'c.xlsx')))).toEqual([
      { line: undefined, cell: 'lembar Kosong', field: undefined, message: 'lembar ini kosong; lembar perlu satu baris judul dan baris-baris data' },
    ]);
    const gap = await readSheet(await workbookBytes([{ name: 'S', rows: [['id', 'Spend', 'Fit'], [], ['A', 1, 2], ['A', 3, 4]] }]), 'c.xlsx');
    expect(said(problems(() => loadCustomersSheet(gap, { file: 'c.xlsx', factors: ['Spend', 'Fit'] })))).toEqual([
      { line: 4, cell: 'S!A4', field: 'id', message: 'ID "A" sudah dipakai di baris 3; setiap ID harus unik' },
    ]);
    expect(sheetMessage('ID "A" sudah dipakai di baris 2; setiap ID harus unik', (l) => l + 5)).toBe('ID "A" sudah dipakai di baris 7; setiap ID harus unik');
    expect(sheetMessage('tidak ada pelanggan; berkas ini punya baris judul tetapi tidak punya baris data', () => undefined)).toBe(
      'tidak ada pelanggan; lembar ini punya baris judul tetapi tidak punya baris data',
    );
  });

  it('the shared wording: lists with "atau", columns named by position in either language', () => {
    expect(orList(['utf-8', 'utf-16', 'latin1'])).toBe('utf-8, utf-16 atau latin1');
    expect(columnField(3)).toBe('kolom 3');
    expect([columnOfField('kolom 3'), columnOfField('column 12'), columnOfField('Kolom'), columnOfField('kolom 3a')]).toEqual([3, 12, null, null]);
  });
});

describe('the readers in English, as before', () => {
  it('the same sentences, byte for byte', () => {
    useLanguage('en');
    expect(numberProblem('9,1', false)).toBe('"9,1" has a decimal comma, which is only accepted in semicolon- or tab-delimited files; use a decimal point');
    expect(orList(['higher', 'lower'])).toBe('higher or lower');
    const wide = `${Array.from({ length: 1200 }, (_, i) => `c${i}`).join(',')}\nx\n`;
    expect(problems(() => loadCustomers(wide, { file: 'c.csv', factors: [] }))[0].message).toBe('the row has 1 field but the header has 1200');
    expect(sheetMessage('the key "A" is already used on line 2; keys must be unique', (l) => l + 5)).toBe('the key "A" is already used in row 7; keys must be unique');
  });
});
