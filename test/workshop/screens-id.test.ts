/** The workshop's screens in Bahasa Indonesia (issue 18), with hand-written expectations; the English ones as before. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Evaluation } from '../../src/core/engine.js';
import { useLanguage } from '../../src/i18n/index.js';
import { consistencyLine } from '../../src/prompts/ahp-dialogue.js';
import { describeValue } from '../../src/prompts/pair-scale.js';
import { ScriptedPrompter, type Script } from '../../src/prompts/scripted-prompter.js';
import type { Session } from '../../src/session/schema.js';
import { briefSections } from '../../src/workshop/outputs.js';
import { marketStep, marketTable } from '../../src/workshop/steps-portfolio.js';
import { capacityLines, reviewStep } from '../../src/workshop/steps-selection.js';
import { objectivesStep, parseTeam, resourcesStep, SUGGESTED_SMART } from '../../src/workshop/steps-setup.js';
import { paretoCurve } from '../../src/workshop/text.js';
import { stepHeader } from '../../src/workshop/workshop.js';
import { snap } from '../helpers/snapshots.js';
import { stepEnv } from './helpers.js';

afterEach(() => useLanguage('en'));

const scripted = (script: Script = {}) => new ScriptedPrompter(script);

/** The capacity part of an evaluation (all capacityLines reads). */
const withSelection = (selection: Partial<Evaluation['selection']>, capacities: Evaluation['method']['capacities'] = null): Evaluation =>
  ({ selection: { capacity: 12, count: 12, cut: 0, qualifying: 13, overCapacity: false, overrides: [], ...selection }, method: { capacities } }) as unknown as Evaluation;

describe('the workshop in Indonesian', () => {
  test('step 1: the objectives and the SMART suggestion in Indonesian; the session keeps them in English', async () => {
    useLanguage('id');
    const p = scripted();
    const env = await stepEnv(p);
    expect(await objectivesStep.run(env)).toBe('2 objektif; pernyataan SMART disarankan, belum diputuskan');
    expect(p.transcript).toContain('? Objektif KAM mana yang berlaku?');
    expect(p.transcript).toContain('Saran: Menaikkan pendapatan dari pelanggan kunci kita sebesar 10 % dalam 12 bulan, masing-masing dengan manajer pelanggan yang ditunjuk.');
    expect(p.transcript).toContain('? Pernyataan SMART (Enter memakai saran, ditandai belum diputuskan):');
    expect(env.session.answers.objectives).toEqual({
      chosen: ['Retain business with our most valuable customers', 'Grow by winning entry to new customers'],
      own: [],
      smart: 'Grow revenue from our key accounts by 10 % within 12 months, each with a named account manager.',
      smartDecided: false,
    });
    expect(objectivesStep.title).toBe('Ketahui objektif Anda');
  });

  test('step 2: kam’s suggestions and the summary', async () => {
    useLanguage('id');
    const p = scripted({ 'resources.capacityMode': 'two', 'resources.keyCapacity': '5' });
    const env = await stepEnv(p);
    expect(await resourcesStep.run(env)).toBe('kapasitas 12: 5 Kunci, 7 Pengembangan kunci (3 × 4, disarankan, belum diputuskan)');
    expect(p.transcript).toContain('? Manajer pelanggan kunci: (Enter: 3, saran kam)');
    expect(p.transcript).toContain('? Kapasitas 12: untuk Kunci dan Pengembangan kunci bersama, atau terpisah?');
    expect(p.transcript).toContain('? Tempat untuk pelanggan Kunci (dari 12; sisanya untuk Pengembangan kunci):');
  });

  test('step 3: roles typed in Indonesian are recorded by their English names; a wrong one is named in Indonesian', () => {
    useLanguage('id');
    expect(parseTeam('Ana:koordinator, Budi:Pelaksana, Citra:implementer')).toEqual([
      { name: 'Ana', role: 'coordinator' },
      { name: 'Budi', role: 'implementer' },
      { name: 'Citra', role: 'implementer' },
    ]);
    expect(parseTeam('Dewi:bos')).toBe('"Dewi:bos": perannya harus salah satu dari koordinator, penggali sumber daya, pemantau-penilai, pelaksana.');
    expect(parseTeam(':pelaksana')).toBe('":pelaksana" tidak memiliki nama.');
  });

  test('step 4: the market map with Indonesian headings, decimal commas and juta/ribu, within 80 columns', async () => {
    useLanguage('id');
    const env = await stepEnv(scripted());
    const lines = marketTable(env.data.portfolio, 80, 5);
    expect(lines).toEqual([
      'Saluran/segmen  Pelanggan Pendapatan  porsi   Potensi  porsi   Selisih   Prospek',
      'direct                 15   13,15 jt   87 %  30,01 jt   89 %  16,86 jt         2',
      'distributor            10    1,52 jt   10 %   3,19 jt    9 %   1,67 jt         0',
      'e-commerce              5   378,5 rb    3 %  640,0 rb    2 %  261,5 rb         1',
      'Semua saluran          30   15,05 jt  100 %  33,84 jt  100 %  18,79 jt         3',
    ]);
    const p = scripted();
    const run = await stepEnv(p);
    expect(await marketStep.run(run)).toBe('3 saluran; 3 prospek (ada potensi, belum ada pendapatan)');
    expect(run.session.answers.market?.note).toBe('3 prospects (potential, no revenue yet)');
  });

  test('the step header, the Pareto axis, the capacity check and the AHP wording', async () => {
    useLanguage('id');
    const env = await stepEnv(scripted());
    env.session.completedSteps = [1, 2, 3, 4, 5, 6];
    expect(stepHeader(env, 7)).toBe(`Langkah 7 dari 10 · Daya tarik pelanggan${' '.repeat(30)}●●●●●●◉○○○`);
    expect(paretoCurve([5, 3, 2], 80).at(-1)).toBe('        pelanggan menurut pendapatan, terbesar dulu → (3 pelanggan)');
    expect(capacityLines(withSelection({ cut: 1 }))).toEqual(['Kapasitas 12: 12 tempat terpakai; 1 pelanggan yang layak tidak masuk.']);
    expect(capacityLines(withSelection({ count: 14, overCapacity: true }, { key: 5, 'key-development': 7 }))).toEqual([
      'Melebihi kapasitas: 14 terpilih untuk 12 tempat (5 Kunci, 7 Pengembangan kunci); keluarkan sebagian, atau cari manajer tambahan.',
    ]);
    expect(capacityLines(withSelection({ capacity: null, qualifying: 1234 }))).toEqual(['Kapasitas belum ditetapkan: semua 1.234 pelanggan di kuadran kunci terpilih.']);
    expect(consistencyLine({ cr: 0.1234, consistent: false })).toBe('Rasio konsistensi 0,12 (tidak konsisten: sebagian jawaban bertentangan dengan yang lain; 0,10 atau kurang berarti konsisten)');
    expect(describeValue('Kualitas produk', 'Harga', 1 / 5)).toBe('Harga lebih penting, tingkat kuat (5)');
    expect(describeValue('Kualitas produk', 'Harga', 1)).toBe('sama penting (1)');
  });

  test('the brief’s sections in Indonesian from a session recorded in English', () => {
    useLanguage('id');
    const answers = {
      objectives: { chosen: ['Retain business with our most valuable customers'], own: ['Dua pelanggan farmasi baru'], smart: SUGGESTED_SMART, smartDecided: false },
      resources: { managers: 2, accountsEach: 5, capacity: 10, keyCapacity: 4, decided: true, salesModes: { key: 'farmer', 'key-development': 'hunter', maintenance: 'milk round', opportunistic: 'milk round' } },
      team: { members: [{ name: 'Ana', role: 'coordinator' }] },
      market: { shown: true, note: '3 prospects (potential, no revenue yet)', channels: ['direct'] },
      review: { nextReview: '2027-03-01', compare: null, moved: [], criteriaWrittenTo: null, outputBase: null, written: [] },
    };
    const sections = briefSections({ answers } as unknown as Session);
    expect(sections).toEqual([
      {
        title: 'Objektif',
        body: [
          '- Mempertahankan bisnis dengan pelanggan kita yang paling bernilai',
          '- Dua pelanggan farmasi baru',
          '',
          'SMART (saran kam, belum diputuskan tim): Menaikkan pendapatan dari pelanggan kunci kita sebesar 10 % dalam 12 bulan, masing-masing dengan manajer pelanggan yang ditunjuk.',
        ].join('\n'),
      },
      {
        title: 'Sumber daya',
        body: '2 manajer pelanggan kunci × 5 pelanggan per manajer = kapasitas 10: 4 untuk pelanggan Kunci, 6 untuk pelanggan Pengembangan kunci. Cara penjualan: Kunci: farmer, penggarap; Pengembangan kunci: hunter, pemburu; Pemeliharaan: milk round, kunjungan rutin; Oportunistik: milk round, kunjungan rutin.',
      },
      { title: 'Tim seleksi', body: '- Ana: koordinator' },
      { title: 'Peta pasar', body: 'Saluran yang penting bagi pelanggan kunci: direct. (3 prospek \\(ada potensi, belum ada pendapatan\\).)' },
      { title: 'Kaji ulang', body: 'Kaji ulang berikutnya: Senin, 01 Maret 2027.' },
    ]);
    // The same session in English, as before.
    useLanguage('en');
    const english = briefSections({ answers } as unknown as Session);
    expect(english[0].body).toContain('- Retain business with our most valuable customers');
    expect(english[1].body).toBe(
      '2 key-account managers × 5 accounts each = capacity 10: 4 for key accounts, 6 for key-development accounts. Sales modes: key: farmer; key-development: hunter; maintenance: milk round; opportunistic: milk round.',
    );
    expect(english[3].body).toBe('The channels that matter for key accounts: direct. (3 prospects \\(potential, no revenue yet\\).)');
  });

  test('step 10: the movement on the screen and in the brief in Indonesian; the session records it in English', async () => {
    useLanguage('id');
    const p = scripted({ 'review.writeCriteria': false, 'review.files': 'out/brief' });
    const env = await stepEnv(p);
    env.compare = { path: 'q3.json', snapshot: snap('q3.json', [['C001', 90, 90, 'key-development', false], ['C099', 90, 90, 'key', true]]) };
    expect(await reviewStep.run(env)).toBe('kaji ulang berikutnya 2027-02-18; 31 pelanggan berpindah; ringkasan seleksi ditulis');
    expect(p.transcript).toContain('Perpindahan kuadran: C001 Nordhavn Foods pengembangan kunci → kunci.');
    expect(env.session.answers.review?.moved[0]).toBe('C001 Nordhavn Foods: key-development → key; newly selected');
    expect(env.session.answers.review?.moved.at(-1)).toBe('C099: no longer in the portfolio (was selected)');
    const brief = readFileSync(join(env.cwd, 'out/brief.md'), 'utf8');
    expect(brief).toContain('Sejak kaji ulang terakhir:\n\n- C001 Nordhavn Foods: Pengembangan kunci → Kunci; baru terpilih\n- C002 Meridian Pharma AG: baru, sekarang Kunci \\(terpilih\\)\n');
    expect(brief).toContain('- C099: tidak lagi ada di portofolio \\(sebelumnya terpilih\\)\n');
    expect(brief).not.toContain('newly selected');
  });

  test('English stays as it was', async () => {
    const env = await stepEnv(scripted());
    expect(stepHeader(env, 9)).toBe(`Step 9 of 10 · Selection and communication${' '.repeat(28)}○○○○○○○○◉○`);
    expect(capacityLines(withSelection({ cut: 2 }))).toEqual(['Capacity 12: 12 places used; 2 qualifying accounts left out.']);
    expect(capacityLines(withSelection({ capacity: null, qualifying: 1234 }))).toEqual(['No capacity set: all 1234 accounts in the key quadrants are selected.']);
    expect(consistencyLine({ cr: 0.05, consistent: true })).toBe('Consistency ratio 0.05 (consistent; 0.10 or less is consistent)');
    expect(describeValue('Quality', 'Price', 3)).toBe('Quality is moderately more important (3)');
    expect(parseTeam('Ana:koordinator')).toBe('"Ana:koordinator": the role must be one of coordinator, resource investigator, monitor-evaluator, implementer.');
    expect(marketTable(env.data.portfolio, 80, 5)[0]).toBe('Channel / segment Accounts   Revenue  share Potential  share       Gap Prospects');
    const p = scripted({ 'review.writeCriteria': false, 'review.files': '-' });
    const review = await stepEnv(p);
    review.compare = { path: 'q3.json', snapshot: snap('q3.json', [['C001', 90, 90, 'key-development', false]]) };
    expect(await reviewStep.run(review)).toBe('next review 2027-02-18; 30 accounts moved');
    expect(p.transcript).toContain('Quadrant changes: C001 Nordhavn Foods key-development → key.');
    expect(review.session.answers.review?.moved[0]).toBe('C001 Nordhavn Foods: key-development → key; newly selected');
  });
});

describe("the workshop's catalogue", () => {
  test("the English intensities of the Saaty scale are core's", async () => {
    const { en } = await import('../../src/i18n/catalog/workshop.js');
    const { SAATY_INTENSITY } = await import('../../src/core/weights.js');
    for (const n of [2, 3, 4, 5, 6, 7, 8, 9] as const) expect(en[`pair.intensity.${n}`]).toBe(SAATY_INTENSITY[n]);
  });
});
