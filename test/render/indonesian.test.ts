/**
 * The text outputs in Bahasa Indonesia (issue 18), run as a user runs them with LANG=id_ID.UTF-8:
 * the ranked table and the KAISM chart, --stability, the Markdown brief, kam explain and
 * kam weights. Hand-written Indonesian expectations, Indonesian numbers (79,6), no English
 * sentence of the render catalogue left, every line within 80 columns, and the JSON identical to
 * the English run's apart from generatedAt.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/i18n/index.js';
import { textWidth } from '../../src/render/text-width.js';
import { kam } from '../helpers/run-kam.js';

const ID = { LANG: 'id_ID.UTF-8' };
const EN = { LANG: 'C.UTF-8' };
// Thursday 18 February 2027, 09:05 UTC: the brief's date in words.
const WHEN = { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 1, 18, 9, 5) / 1000) };
const CUSTOMERS = 'examples/customers.csv';

function run(args: string[], env: Record<string, string> = ID): string {
  const r = kam(args, { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/**
 * The English phrases of the render catalogue: the literal text between placeholders of every
 * English entry, of three words or more, that no Indonesian entry also uses.
 */
function englishPhrases(): string[] {
  const idTexts = Object.values(CATALOGUE.render.id);
  const phrases = new Set<string>();
  for (const text of Object.values(CATALOGUE.render.en)) {
    for (const piece of text.split(/[{}]/)) {
      const phrase = piece.trim();
      if (phrase.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3) continue;
      if (/\b(plural|select)\b/.test(phrase)) continue; // the syntax of a plural, not text
      if (idTexts.some((t) => t.includes(phrase))) continue;
      phrases.add(phrase);
    }
  }
  return [...phrases];
}

function expectNoEnglish(output: string): void {
  const left = englishPhrases().filter((p) => output.includes(p));
  expect(left).toEqual([]);
}

function expectWithin(output: string, columns: number): void {
  const wide = output.split('\n').filter((l) => textWidth(l) > columns);
  expect(wide).toEqual([]);
}

describe('the text outputs in Bahasa Indonesia', () => {
  it('finds English phrases to look for (the scan can fail)', () => {
    const phrases = englishPhrases();
    expect(phrases).toContain('in the key quadrants (');
    expect(phrases).toContain('Each factor is changed alone, the other accounts and the boundaries held where they are.');
    expect(phrases.length).toBeGreaterThan(40);
  });

  it('kam select: the ranked table, the KAISM chart, the quadrants and the selection', () => {
    const out = run(['select', CUSTOMERS, '--no-interactive']);
    const lines = out.split('\n');
    expect(lines[0]).toBe(' # Pelanggan                 Segmen     Tarik  Kuat Kuadran            Pilih ABC');
    expect(lines[2].trimEnd()).toBe(' 1 C001 Nordhavn Foods       Food & be…  79,6  79,9 Kunci              ya    A');
    expect(out).toContain(' 7 C009 Pharmanova Contract… Pharma & …  75,6  38,8 Pengembangan kunci ya    A');
    expect(out).toContain('14 C021 Ivory Coast Coffee … Food & be…  43,9  76,9 Pemeliharaan             C');
    expect(out).toContain('    ↑ daya tarik lebih tinggi\n');
    expect(out).toMatch(/\n {5}← kekuatan relatif lebih tinggi +lebih rendah →\n/);
    expect(out).toContain(
      [
        'Kuadran             n  Perlakuan menurut Cheverton (mode penjualan bawaan)',
        'Kunci               6  ',
      ].join('\n'),
    );
    expect(out).toMatch(/\nPengembangan kunci  7  .*\(hunter, pemburu\)/s);
    expect(out).toContain('Aturan pembagian: midpoint (titik tengah setiap sumbu).\nTinggi berarti daya tarik ≥ 50, kekuatan ≥ 50.\n');
    expect(out).toContain('Terpilih: 13 dari 13 di dua kuadran kunci (kapasitas belum ditetapkan).\n');
    expectNoEnglish(out);
    expectWithin(out, 80);
  });

  it('kam select --top and --split: the footer, the median rule and a decimal boundary', () => {
    const out = run(['select', CUSTOMERS, '--no-interactive', '--top', '5', '--split', '62.5,50']);
    expect(out).toContain('\n… 25 pelanggan lagi (gunakan --top N, atau --format csv untuk semuanya).\n');
    expect(out).toContain('Aturan pembagian: fixed (tetap, ditetapkan dengan --split).\nTinggi berarti daya tarik ≥ 62,50, kekuatan ≥ 50.\n');
    expect(out).toMatch(/\n62,5 ├─/); // the chart's tick at the boundary
    expectNoEnglish(out);
    expectWithin(out, 80);
    const median = run(['select', CUSTOMERS, '--no-interactive', '--split', 'median']);
    expect(median).toContain('Aturan pembagian: median (median portofolio pada setiap sumbu).');
  });

  it('kam select --stability: the Stab column and the sentences', () => {
    const out = run(['select', CUSTOMERS, '--no-interactive', '--stability']);
    expect(out.split('\n')[0]).toMatch(/ Pilih ABC Stab$/);
    expect(out).toContain('Stabilitas: 1.000 putaran, bobot × 0,8–1,2, tanpa gangguan pada skor, seed 1.\n');
    expect(out).toContain('Semua 30 pelanggan tetap di kuadrannya dalam sedikitnya 80 % putaran.\n');
    expectNoEnglish(out);
    expectWithin(out, 80);
  });

  it('kam select --stability with borderline accounts: the list and its footer', () => {
    const out = run(['select', CUSTOMERS, '--no-interactive', '--stability', '200', '--perturb', '0.6', '--score-noise', '1.5', '--top', '1']);
    expect(out).toContain('Stabilitas: 200 putaran, bobot × 0,4–1,6, nilai ± 1,5 poin skala, seed 1.\n');
    expect(out).toContain('2 pelanggan dekat batas (*: di kuadrannya dalam kurang dari 80 % putaran):\n');
    expect(out).toMatch(/\n {2}C021 Ivory Coast Coffee Roas… {2}78,5 % di Pemeliharaan, selebihnya Kunci 21,5 %\n/);
    expect(out).toContain('\n  … 1 lagi (gunakan --top N, atau --format json untuk semuanya).\n');
    expect(out).toContain('* dekat batas: belum stabil di kuadrannya\n');
    expectNoEnglish(out);
    expectWithin(out, 80);
  });

  it('kam select --ratings: the strength mode and the disagreements', () => {
    const out = run(['select', CUSTOMERS, '--no-interactive', '--ratings', 'examples/ratings.csv']);
    expect(out).toContain('Kekuatan bersifat relatif: 50 = setara dengan pesaing terbaik.\n');
    expect(out).toContain('8 dari 30 pelanggan dinilai terhadap pesaing; sisanya memakai skor kita.\n');
    expect(out).toContain('Perbedaan pendapat (sebaran ≥ 30 % skala): 8\n');
    expect(out).toContain('  C003 Delivery reliability vs Adhesa: Ana 9, Ben 6 (sebaran 33 %)\n');
    // Accounts sharing a cell of the chart: 1;2 (1,2 would read as one and two tenths), 1,2 in English.
    expect(out).toContain('    │                                  1;2│ 8    9                             │\n');
    expect(run(['select', CUSTOMERS, '--no-interactive', '--ratings', 'examples/ratings.csv'], EN)).toContain('    │                                  1,2│ 8    9                             │\n');
    expectNoEnglish(out);
    expectWithin(out, 80);
  });

  it('kam select -f markdown: the brief', () => {
    const out = run(['select', CUSTOMERS, '--no-interactive', '-f', 'markdown', '--stability'], { ...ID, ...WHEN });
    expect(out.startsWith('# Ringkasan seleksi pelanggan kunci\n\nDibuat Kamis, 18 Februari 2027 pukul 09.05 UTC oleh kam ')).toBe(true);
    for (const heading of ['## Metode', '## Matriks KAISM', '## Seleksi', '## Daftar peringkat', '## Stabilitas kuadran']) {
      expect(out).toContain(`\n${heading}\n`);
    }
    expect(out).toContain('- Faktor realistis menanggung 35,0 % dari bobot daya tarik (makin tinggi, makin pragmatis seleksinya).\n');
    expect(out).toContain('| Faktor | Sumbu | Bobot % | Skala | Arah | Normalisasi | Jenis |\n');
    expect(out).toContain('| Fit with our capabilities | daya tarik | 20,0 | 1–10 | makin tinggi makin baik | none | realistis |\n');
    expect(out).toContain('| Kuadran | Pelanggan | Perlakuan menurut Cheverton | Mode penjualan |\n');
    expect(out).toContain('13 pelanggan terpilih dari 13 di kuadran Kunci dan Pengembangan kunci (kapasitas: belum ditetapkan).\n');
    expect(out).toContain('\n7. C009 Pharmanova Contract Manufacturing — Pengembangan kunci, daya tarik 75,6, kekuatan 38,8\n');
    expect(out).toContain('| # | Pelanggan | Segmen | Daya tarik | Kekuatan | Kuadran | Terpilih | Pareto |\n');
    expect(out).toContain('| 14 | C021 Ivory Coast Coffee Roasters | Food & beverage | 43,9 | 76,9 | Pemeliharaan |  | C |\n');
    expectNoEnglish(out);
  });

  it('kam select -f html: the date in words, as in the Markdown brief', () => {
    const out = run(['select', CUSTOMERS, '--no-interactive', '-f', 'html'], { ...ID, ...WHEN });
    expect(out).toContain('<p class="meta">Dibuat Kamis, 18 Februari 2027 pukul 09.05 UTC oleh kam ');
    expect(run(['select', CUSTOMERS, '--no-interactive', '-f', 'html'], { ...EN, ...WHEN })).toContain('<p class="meta">Generated 2027-02-18T09:05:00.000Z by kam ');
  });

  it('kam explain: the axes, the factors and the smallest change', () => {
    const out = run(['explain', 'C007', CUSTOMERS]);
    const lines = out.split('\n');
    expect(lines[0]).toBe('C007 Grupo Alvarado Alimentos: Pengembangan kunci (peringkat 8 dari 30)');
    expect(out).toContain('\nDaya tarik 74,1: tinggi, 24,1 di atas batas 50\n');
    expect(out).toContain('\nKekuatan 39,3: rendah, 10,7 di bawah batas 50\n');
    expect(out).toMatch(/\nFaktor +Nilai +u +Bobot +Poin Lewat batas di\n/);
    expect(out).toMatch(/\nCategory spend EUR +6\.100\.000 +1,000 +25,0% +25,0 di bawah 303\.517\n/);
    expect(out).toMatch(/\nProduct quality +5 +0,444 +30,0% +13,3 8,21 atau lebih\n/);
    expect(out).toMatch(/\nTotal +100,0% +74,1\n/);
    expect(out).toContain('Perubahan satu faktor terkecil yang melewati batas:\n  kekuatan +10,7: Product quality 5 → 8,21 atau lebih (ke Kunci)\n');
    expect(out).toContain('  atau daya tarik −24,1: Category spend EUR 6.100.000 → di bawah 303.517 (ke Oportunistik)\n');
    expect(out).toContain('Setiap faktor diubah sendiri-sendiri; pelanggan lain dan batas kuadran tetap di\ntempatnya.\n');
    expectNoEnglish(out);
    // A change is one line in every language (English's golden output has it at 93 columns).
    expectWithin(out.replace(/\n  atau [^\n]*/, ''), 80);
  });

  it('kam weights: the AHP table and the verdict', () => {
    const args = ['weights', 'examples/criteria.csv', '--axis', 'strength', '--pairs', 'examples/strength-pairs.csv', '--dry-run'];
    const out = run(args);
    expect(out).toBe(
      [
        'Bobot AHP untuk sumbu kekuatan dari 10 perbandingan',
        'Faktor                    semula    baru %  prioritas',
        'Product quality               30     41,13     0,4112',
        'Delivery reliability          25     18,91     0,1891',
        'Technical support             20     13,57     0,1357',
        'Price competitiveness         15     19,04     0,1904',
        'Ease of doing business        10      7,35     0,0735',
        'λmax 5,193  CI 0,048  RI 1,12  CR 0,043: konsisten (≤ 0,10)',
        'Uji coba (--dry-run): kriteria tidak diubah.',
        '',
      ].join('\n'),
    );
    expectNoEnglish(out);
    // The kam/weights@1 document is the same in both languages.
    expect(run([...args, '-f', 'json'])).toBe(run([...args, '-f', 'json'], EN));
  });

  it('-f json is the English run apart from generatedAt', () => {
    const args = ['select', CUSTOMERS, '--no-interactive', '-f', 'json', '--stability', '--explain'];
    const strip = (s: string): string => s.replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""');
    const id = run(args);
    expect(strip(id)).toBe(strip(run(args, EN)));
    expect(id).not.toMatch(/Pengembangan|pelanggan|\d,\d/);
    const explain = ['explain', 'C007', CUSTOMERS, '-f', 'json'];
    expect(strip(run(explain))).toBe(strip(run(explain, EN)));
  });
});
