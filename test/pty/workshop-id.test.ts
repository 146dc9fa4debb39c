/**
 * The workshop in Bahasa Indonesia as a person sees it (issue 18): the built binary in a
 * pseudo-terminal at 80×24 with LANG=id_ID.UTF-8, its output parsed by a terminal emulator and
 * the SCREEN read back at every question. All ten steps, one AHP pair moved in step 8, an
 * account added with a reason in step 9. Every screen has its step's Indonesian header on the
 * top line, and no English sentence of the workshop's catalogue (its `en` entries' literal text
 * of three words or more, where the Indonesian entry differs) appears on any screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { en, id } from '../../src/i18n/catalog/workshop.js';
import type { Session } from '../../src/session/schema.js';
import { exampleDir } from '../workshop/helpers.js';
import { questionRow, ScreenKam } from './screen.js';

const TITLES = [
  'Ketahui objektif Anda',
  'Ketahui sumber daya Anda',
  'Bentuk tim seleksi',
  'Petakan pasar',
  'Segmentasi',
  'Matriks KAISM',
  'Daya tarik pelanggan',
  'Kekuatan relatif',
  'Seleksi dan komunikasi',
  'Kaji ulang',
];

const ENTER = '\r';
const LEFT = '\u001b[D';
const DOWN = '\u001b[B';

/** Each step's questions in order: the text the open question shows, and the keys that answer it. */
const WALK: Array<Array<[string, string]>> = [
  [
    ['Objektif KAM mana yang berlaku?', ENTER],
    ['Pernyataan SMART (Enter memakai saran', ENTER],
  ],
  [
    ['Manajer pelanggan kunci: (Enter: 3, saran kam)', ENTER],
    ['Pelanggan yang dapat dipegang tiap manajer:', ENTER],
    ['Kapasitas 12: untuk Kunci dan Pengembangan kunci bersama, atau terpisah?', ENTER],
    ['Cara penjualan per kuadran:', ENTER],
  ],
  [['Anggota sebagai nama:peran, dipisahkan koma:', ENTER]],
  [['Saluran penting untuk pelanggan kunci', ENTER]],
  [['Segmen dalam cakupan (pelanggan, pendapatan, potensi):', ENTER]],
  [
    ['Di mana batas-batasnya diletakkan?', ENTER],
    ['Di sisi mana kekuatan relatif yang tinggi pada grafik?', ENTER],
  ],
  [
    ['Faktor daya tarik:', ENTER],
    ['Bobot:', ENTER],
  ],
  [
    ['Faktor kekuatan relatif:', ENTER],
    // The AHP: the third choice, then the first pair one step towards "Product quality".
    ['Bobot:', `${DOWN}${DOWN}${ENTER}`],
    ['pertanyaan 1 dari 10', LEFT],
    ['Product quality lebih penting, tingkat sama hingga cukup (2)', LEFT],
    ['Product quality lebih penting, tingkat cukup (3)', ENTER],
    ['Bobot:', ENTER],
  ],
  [
    ['Ubah seleksi?', 'a'],
    ['Tambahkan pelanggan mana? (ketik untuk mencari)', ENTER],
    ['Alasan (dicatat dalam ringkasan seleksi):', `Mitra strategis${ENTER}`],
    ['Ubah seleksi? (1 penyesuaian tim sejauh ini)', ENTER],
  ],
  [
    ['Kaji ulang berikutnya (YYYY-MM-DD):', ENTER],
    ['Tulis kriteria yang disepakati ke criteria.csv? (y/T)', ENTER],
    ['Nama berkas ringkasan seleksi dan hasil (- untuk melewati):', ENTER],
  ],
];

const SCROLLED = ['Tambahkan pelanggan mana? (ketik untuk mencari)', 'Alasan (dicatat dalam ringkasan seleksi):'];

/**
 * The English sentences of the workshop's catalogue: the literal text of each `en` entry (its
 * placeholders, plural and select syntax taken out, each case's text kept), pieces of three
 * words or more, from the entries whose Indonesian differs.
 */
function englishSentences(): string[] {
  const out = new Set<string>();
  for (const key of Object.keys(en) as Array<keyof typeof en>) {
    if (en[key] === id[key]) continue;
    for (const piece of en[key].split(/[{}#]/)) {
      const text = piece
        .replace(/^\s*\w+, (plural|select),\s*/, '')
        .replace(/^\s*=?\w+\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (text.split(' ').filter((w) => /\p{L}/u.test(w)).length >= 3) out.add(text);
    }
  }
  return [...out];
}

/** A screen as one line of text: rows joined, a wrapped sentence joined again. */
const asText = (rows: string[]): string => rows.join(' ').replace(/\s+/g, ' ');

let running: ScreenKam | null = null;
afterEach(() => running?.kill());

const saved = { ...process.env };
beforeAll(() => {
  // The pseudo-terminal inherits this process's environment: an Indonesian locale, nothing else deciding.
  delete process.env.KAM_LANG;
  delete process.env.LC_ALL;
  delete process.env.LC_MESSAGES;
  process.env.LANG = 'id_ID.UTF-8';
  return () => {
    process.env = saved;
  };
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const settled = async (k: ScreenKam): Promise<string[]> => {
  await pause(150);
  return k.screen();
};

describe('the workshop in Bahasa Indonesia on a real terminal (LANG=id_ID.UTF-8, 80×24)', () => {
  test('the English sentences the test looks for are there to find', () => {
    const sentences = englishSentences();
    expect(sentences).toContain('Which KAM objectives apply?');
    expect(sentences).toContain("Keep these (Cheverton's)");
    expect(sentences).toContain('Change the selection?');
    expect(sentences.length).toBeGreaterThan(150);
  });

  test('all ten steps, an AHP pair and an added account: Indonesian on every screen, no English sentence of the workshop', async () => {
    const dir = exampleDir();
    const k = (running = new ScreenKam(['select', 'customers.csv'], dir, { cols: 80, rows: 24 }));
    const screens: string[][] = [];
    for (let n = 1; n <= 10; n++) {
      for (const [question, keys] of WALK[n - 1]) {
        let rows = await k.until((r) => asText(r).includes(question) && (questionRow(r) >= 0 || /pertanyaan \d+ dari/.test(asText(r))), `step ${n}: ${question}`);
        // The screen as it settles (a prompt's lines may come in several chunks).
        for (let again = await settled(k); again.join('\n') !== rows.join('\n'); again = await settled(k)) rows = again;
        // (The account list of step 9 opens under the decision screen, which it scrolls up, in every language.)
        if (!SCROLLED.includes(question)) expect(rows[0], rows.join('\n')).toMatch(new RegExp(`^Langkah ${n} dari 10 · ${TITLES[n - 1]}\\s+[●◉○]{10}$`));
        expect(rows.every((r) => r.length <= 80)).toBe(true);
        screens.push(rows);
        await pause(60);
        k.write(keys);
      }
    }
    const last = await k.until((r) => r[0].startsWith('Lokakarya selesai'), 'the last screen');
    screens.push(last);
    expect(await k.exit).toBe(0);

    // What each step showed, in Indonesian.
    const all = screens.map(asText).join('\n');
    expect(all).toContain('Saran: Menaikkan pendapatan dari pelanggan kunci kita sebesar 10 % dalam 12 bulan');
    expect(all).toContain('Cara penjualan: farmer (penggarap) menumbuhkan pelanggan');
    expect(all).toMatch(/Saluran\/segmen\s+Pelanggan\s+Pendapatan\s+porsi\s+Potensi\s+porsi\s+Selisih\s+Prospek/);
    expect(all).toMatch(/Semua saluran\s+30\s+15,05 jt\s+100 %/);
    expect(all).toContain('20 % pelanggan teratas membawa 63,9 % pendapatan.');
    expect(all).toMatch(/# Pelanggan\s+Daya tarik Kekuatan Kuadran/);
    expect(all).toMatch(/1 C001 Nordhavn Foods\s+79,6\s+79,9 kunci/);
    expect(all).toContain('Rasio konsistensi 0,01 (konsisten; 0,10 atau kurang berarti konsisten)');
    expect(all).toContain('↑↓ pasangan · ←→ ke yang lebih penting · 1 sama penting · Enter terima semua');
    expect(all).toContain('Angka = peringkat · DT daya tarik · KR kekuatan relatif · ✔ terpilih');
    expect(all).toContain('Kapasitas 12: 12 tempat terpakai; 1 pelanggan yang layak tidak masuk.');
    expect(all).toContain('Enter lanjut · a tambah · r keluarkan · l semua · q kuadran · e jelaskan');
    expect(all).toContain('C013 Baltic Brewing Group (pengembangan kunci, peringkat 13)');
    expect(all).toContain('Belum ada pembanding (lain kali: --compare FILE, atau lanjutkan sesi ini).');
    const end = asText(last);
    expect(end).toContain('Kaji ulang berikutnya:');
    expect(end).toMatch(/Sesi disimpan di .*kam-session\.json\./);
    expect(end).toContain('Putar ulang kuartal depan tanpa pertanyaan:');

    // No English sentence of the workshop on any screen.
    const sentences = englishSentences();
    for (const [i, rows] of screens.entries()) {
      const text = asText(rows);
      const found = sentences.filter((s) => text.includes(s));
      expect(found, `screen ${i + 1}:\n${rows.join('\n')}`).toEqual([]);
    }

    // The session keeps kam's own words in English, as in every language; the team's reason as typed.
    const s = JSON.parse(readFileSync(join(dir, 'kam-session.json'), 'utf8')) as Session;
    expect(s.completedSteps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(s.answers.objectives?.smart).toBe(en['objectives.smartSuggested']);
    expect(s.answers.market?.note).toBe('3 prospects (potential, no revenue yet)');
    expect(s.answers.selection?.overrides).toEqual([{ id: 'C013', action: 'add', reason: 'Mitra strategis' }]);
    expect(s.answers.strength?.ahp?.comparisons[0]).toMatchObject({ a: 'Product quality', b: 'Delivery reliability', value: 3 });
  }, 180_000);
});
