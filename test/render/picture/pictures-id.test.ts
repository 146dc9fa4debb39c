/**
 * The matrix picture and the HTML brief in Bahasa Indonesia (issue 18), run as a user would with
 * LANG=id_ID.UTF-8: title, axes, legend, split rule, tooltips and the date in words, the brief's
 * headings and lang="id", no English run of the picture catalogue left; English unchanged.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, test } from 'vitest';
import { useLanguage } from '../../../src/i18n/index.js';
import { compactNumber, grouped, xmlText } from '../../../src/render/picture/svg.js';
import { QUADRANT_TITLE } from '../../../src/render/picture/theme.js';
import { englishLeft } from '../../helpers/english-left.js';
import { kam } from '../../helpers/run-kam.js';

/** Thursday 18 February 2027, 10:00 UTC. */
const EPOCH = String(Date.UTC(2027, 1, 18, 10) / 1000);
const ID = { LANG: 'id_ID.UTF-8', SOURCE_DATE_EPOCH: EPOCH };
const EN = { SOURCE_DATE_EPOCH: EPOCH };
const cwd = 'examples';

afterEach(() => useLanguage('en'));

describe('numbers and names in pictures', () => {
  test('compact numbers with rb / jt / M (miliar), grouped numbers with dots', () => {
    expect([compactNumber(12_500), compactNumber(4_500_000), compactNumber(1_230_000_000), compactNumber(250)]).toEqual(['12.5 k', '4.5 M', '1.23 bn', '250']);
    expect(grouped(2_480_000.5)).toBe('2,480,000.5');
    useLanguage('id');
    expect([compactNumber(12_500), compactNumber(4_500_000), compactNumber(1_230_000_000), compactNumber(250)]).toEqual(['12,5 rb', '4,5 jt', '1,23 M', '250']);
    expect(grouped(2_480_000.5)).toBe('2.480.000,5');
    expect(grouped(1234)).toBe('1.234');
  });

  test('quadrant names are read when drawn', () => {
    expect(QUADRANT_TITLE['key-development']).toBe('Key development');
    useLanguage('id');
    expect(QUADRANT_TITLE['key-development']).toBe('Pengembangan kunci');
    expect(QUADRANT_TITLE.opportunistic).toBe('Oportunistik');
  });
});

describe('kam select --format svg in Indonesian', { timeout: 60_000 }, () => {
  test('title, subtitle, axes, legend, tooltips and the date in words', () => {
    const r = kam(['select', 'customers.csv', '--format', 'svg'], { cwd, env: ID });
    expect(r.code).toBe(0);
    const svg = r.stdout;
    expect(svg).toContain('>Seleksi pelanggan kunci: 13 dari 30 pelanggan terpilih</text>');
    expect(svg).toContain('>Matriks KAISM · pembagian titik tengah: daya tarik ≥ 50, kekuatan ≥ 50 · 13 pelanggan di kuadran kunci, kapasitas belum ditetapkan</text>');
    expect(svg).toContain('>Daya tarik pelanggan (bagi kita) →</text>');
    expect(svg).toContain('>Kekuatan kita di mata pelanggan</text>');
    expect(svg).toContain('>← lebih tinggi</text>');
    expect(svg).toContain('>lebih rendah →</text>');
    expect(svg).toContain('>Luas gelembung: pendapatan</text>');
    expect(svg).toContain('>terpilih sebagai pelanggan kunci (13)</text>');
    expect(svg).toContain('>Pengembangan kunci: 7 · hunter, pemburu</text>');
    expect(svg).toMatch(/>500 rb<\/text>/);
    expect(svg).toContain('kam 0.1.0 · Kamis, 18 Februari 2027 · customers.csv, criteria.csv');
    expect(svg).toMatch(/<title>C001 Nordhavn Foods\nperingkat 1, Kunci, terpilih\ndaya tarik \d+,\d, kekuatan \d+,\d\npendapatan [\d.]+ \(Pareto A\)<\/title>/);
    expect(englishLeft(svg, ['picture', 'review'])).toEqual([]);
  });

  test('English keeps its words and its ISO date', () => {
    const svg = kam(['select', 'customers.csv', '--format', 'svg'], { cwd, env: EN }).stdout;
    expect(svg).toContain('>Key-account selection: 13 of 30 accounts selected</text>');
    expect(svg).toContain('kam 0.1.0 · 2027-02-18 · customers.csv, criteria.csv');
    expect(svg).toContain('>Account attractiveness (to us) →</text>');
  });
});

describe('kam select --format html in Indonesian', { timeout: 60_000 }, () => {
  test('lang="id", the headings, figures, table headers and the filter in Indonesian', () => {
    const r = kam(['select', 'customers.csv', '--format', 'html', '--capacity', '8', '--stability', '100', '--explain'], { cwd, env: ID });
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<title>Ringkasan seleksi pelanggan kunci</title>');
    expect(html).toContain('<h1>Ringkasan seleksi pelanggan kunci</h1>');
    expect(html).toContain('<li><b>30</b><span>pelanggan dalam cakupan</span></li>');
    expect(html).toContain('<li><b>8</b><span>kapasitas</span></li>');
    expect(html).toMatch(/<li><b>\d+,\d %<\/b><span>bobot daya tarik pada faktor realistis<\/span><\/li>/);
    for (const h2 of ['Matriks KAISM', 'Seleksi', 'Peringkat pelanggan', 'Metode', 'Stabilitas kuadran', 'Penjelasan']) expect(html).toContain(`<h2>${h2}</h2>`);
    expect(html).toContain('<th scope="col">Perlakuan menurut Cheverton</th>');
    expect(html).toContain('<span class="q q-key-development">Pengembangan kunci</span>');
    expect(html).toContain('<input type="checkbox" data-selected-only> hanya yang terpilih</label>');
    expect(html).toContain("' dari ' + table.tBodies[0].rows.length + ' baris ditampilkan'");
    expect(html).toContain('Kamis, 18 Februari 2027');
    // The engine's warnings are core's sentences (its own catalogue area), shown as core words them.
    // The factors' descriptions are the user's criteria.csv, shown as written.
    const descriptions = (parse(readFileSync('examples/criteria.csv', 'utf8'), { columns: true }) as Array<{ description: string }>).map((f) => f.description);
    const ours = descriptions.reduce((text, d) => text.split(xmlText(d)).join(''), html.replace(/<p class="warn">.*?<\/p>/g, ''));
    expect(englishLeft(ours, ['picture', 'review'])).toEqual([]);
  });

  test('English: lang="en" and the words as before', () => {
    const html = kam(['select', 'customers.csv', '--format', 'html'], { cwd, env: EN }).stdout;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Key-account selection brief</h1>');
    expect(html).toContain("' of ' + table.tBodies[0].rows.length + ' rows shown'");
  });
});
