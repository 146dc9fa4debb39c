/**
 * `kam review` in Bahasa Indonesia (issue 18), run as a user would with LANG=id_ID.UTF-8: the
 * table and the Markdown of the CI example in Indonesian with Indonesian numbers, no English
 * sentence of the review's catalogue left, and the kam/review@1 document the same as English's.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { textWidth } from '../../../src/render/text-width.js';
import { englishLeft, literalRuns } from '../../helpers/english-left.js';
import { FIXTURES, kam, ROOT } from '../../helpers/run-kam.js';

const ID = { LANG: 'id_ID.UTF-8', SOURCE_DATE_EPOCH: '1795428000' };
const EN = { SOURCE_DATE_EPOCH: '1795428000' };
const CI = ['review', 'ci/result-2026-q3.json', '--customers', 'ci/customers-2026-q4.csv'];
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kam-review-id-'));
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'review'), join(dir, 'review'), { recursive: true });
  for (const n of [1, 2, 3]) expect(kam(['select', `review/q${n}.csv`, '--capacity', '4', '--format', 'json', '-o', `q${n}.json`], { cwd: dir }).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the English runs this test compares against', () => {
  test('literal runs of a message: outside placeholders and inside plural branches, three words or more', () => {
    expect(literalRuns('Gates failed: {n, plural, one {{count} violation} other {{count} violations}} of {gates}.')).toEqual([]);
    expect(literalRuns("Cheverton's guidance for de-selection:")).toEqual(["Cheverton's guidance for de-selection:"]);
    expect(literalRuns('{accounts} accounts, {qualifying} in the key quadrants, {selected} selected, {capacity}{over, select, yes { (over capacity)} other {}}')).toEqual(['in the key quadrants,']);
    expect(englishLeft('Release list: none', ['review'])).toEqual(['review.table.release.none: "Release list: none"']);
  });
});

describe('kam review in Indonesian', { timeout: 60_000 }, () => {
  test('the table: headings, columns, quadrants, movements, the release list and the gates, within 80 columns', () => {
    const r = kam([...CI, '--fail-on', 'demotion'], { cwd: dir, env: ID });
    expect(r.code).toBe(3); // a gate failed
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Kaji ulang pelanggan kunci: ci/result-2026-q3.json → ci/customers-2026-q4.csv');
    expect(lines).toContain('Sebelumnya ci/result-2026-q3.json: 30 pelanggan, 13 di kuadran kunci, 8');
    expect(lines).toContain(' # Pelanggan        Kuadran              D.tarik       Δ Kekuat.       Δ Seleksi');
    expect(lines).toContain(' 3 C012 Lumen Medi… Kunci ▲                 70,7   = 0,0    62,5 ▲ +19,4 masuk');
    expect(lines).toContain(' 9 C007 Grupo Alva… Pengembangan kunci      74,1   = 0,0    39,3   = 0,0 keluar');
    expect(lines).toContain(' 7 C031 Solberg Bi… Kunci                   62,4    baru    54,2    baru masuk');
    expect(lines).toContain(' – C023 Stellan Au… hilang');
    expect(lines).toContain('Perpindahan');
    expect(r.stdout).toContain('Masuk seleksi: C012 Lumen Medical Devices (Pengembangan kunci → Kunci); C031\n  Solberg Biotech (baru, Kunci).');
    expect(r.stdout).toContain('Pelanggan yang hilang: C023 Stellan Auto Glass (sebelumnya Oportunistik).');
    expect(lines).toContain('Daftar pelepasan: 2 pelanggan dilepas dari sumber daya pelanggan kunci');
    expect(lines).toContain('Saran Cheverton untuk melepas pelanggan dari seleksi:');
    expect(lines).toContain('Gerbang gagal: 1 pelanggaran terhadap demotion.');
    for (const l of lines) expect(textWidth(l), l).toBeLessThanOrEqual(80);
    expect(englishLeft(r.stdout, ['review'])).toEqual([]);
  });

  test('three snapshots: the trend with its legend (P for pengembangan kunci) and no gates', () => {
    const r = kam(['review', 'q1.json', 'q2.json', 'q3.json'], { cwd: dir, env: ID });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tren dari 3 snapshot (q1.json, q2.json, q3.json)');
    expect(r.stdout).toContain('Kuadran: K kunci, P pengembangan kunci, M pemeliharaan, O oportunistik, ·');
    expect(r.stdout).toContain('Gerbang: tidak ada yang diperiksa (tambahkan --fail-on demotion, drop:N,');
    for (const l of r.stdout.split('\n')) expect(textWidth(l), l).toBeLessThanOrEqual(80);
    expect(englishLeft(r.stdout, ['review'])).toEqual([]);
  });

  test('--account: the charts and the snapshot rows', () => {
    const r = kam(['review', 'q1.json', 'q2.json', 'q3.json', '--account', 'A03'], { cwd: dir, env: ID });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^A03 .* dalam 3 snapshot\n/);
    expect(r.stdout).toMatch(/\nDaya tarik pelanggan \(\d+,\d → \d+,\d → \d+,\d\)\n/);
    expect(r.stdout).toMatch(/\nKekuatan relatif \(/);
    expect(r.stdout).toMatch(/\nSnapshot +Peringkat Kuadran +D\.tarik Kekuat\. Seleksi\n/);
    expect(englishLeft(r.stdout, ['review'])).toEqual([]);
  });

  test('the Markdown: sections, the capacity table, the account rows with decimal commas', () => {
    const r = kam([...CI, '--format', 'markdown'], { cwd: dir, env: ID });
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md.startsWith('# Kaji ulang pelanggan kunci: ci/result-2026-q3.json → ci/customers-2026-q4.csv\n\nDibuat Senin, 23 November 2026 pukul 10.00 UTC oleh kam ')).toBe(true);
    for (const h of ['## Gerbang', '## Perpindahan', '## Kapasitas', '## Daftar pelepasan', '## Pelanggan']) expect(md).toContain(`\n${h}\n`);
    expect(md).toContain('\nTidak ada gerbang yang diperiksa.\n');
    expect(md).toContain('\n| Melebihi kapasitas | tidak | tidak |\n');
    expect(md).toContain('\n| # | Pelanggan | Kuadran | Daya tarik | Δ | Kekuatan | Δ | Seleksi |\n');
    expect(md).toContain('\n| 17 | C005 Halvorsen, Lund & Partners Logistics | Kunci → Pemeliharaan | 36,4 | ▼ -25,8 | 60,3 | = 0,0 | keluar |\n');
    expect(md).toContain('\n| – | C023 Stellan Auto Glass | hilang (sebelumnya Oportunistik) |  |  |  |  |  |\n');
    expect(md).toContain('\n- **Pindah kuadran:** C012 Lumen Medical Devices Pengembangan kunci → Kunci ▲; C005 Halvorsen, Lund & Partners Logistics Kunci → Pemeliharaan ▼\n');
    expect(md).toContain('\n1. Sampaikan langsung kepada setiap pelanggan, sebelum mereka merasakan perubahan layanan');
    expect(englishLeft(md, ['review'])).toEqual([]);
  });

  test('a drop gate: its points with decimal commas on the screen and in the Markdown, with decimal points in kam/review@1', () => {
    const md = kam([...CI, '--fail-on', 'drop:10', '--format', 'markdown'], { cwd: dir, env: ID });
    expect(md.code).toBe(3);
    expect(md.stdout).toContain('\n- drop:10: C005 Halvorsen, Lund & Partners Logistics: daya tarik turun 25,8 poin \\(62,2 → 36,4\\).\n');
    expect(md.stderr).toContain('kam: drop:10: C005 Halvorsen, Lund & Partners Logistics: daya tarik turun 25,8 poin (62,2 → 36,4).\n');
    const json = kam([...CI, '--fail-on', 'drop:10', '--format', 'json'], { cwd: dir, env: ID });
    expect(JSON.parse(json.stdout).gates.violations[0].message).toBe('drop:10: C005 Halvorsen, Lund & Partners Logistics: attractiveness fell 25.8 points (62.2 → 36.4).');
  });

  test('the review page: the date in words', () => {
    const r = kam([...CI, '--format', 'html'], { cwd: dir, env: ID });
    expect(r.stdout).toContain('<br>Dibuat Senin, 23 November 2026 pukul 10.00 UTC oleh kam ');
    expect(kam([...CI, '--format', 'html'], { cwd: dir, env: EN }).stdout).toContain('<br>Generated 2026-11-23T10:00:00.000Z by kam ');
  });

  test('the kam/review@1 document is the same as the English run\'s (at the same time, byte for byte)', () => {
    const id = kam([...CI, '--format', 'json'], { cwd: dir, env: ID });
    const en = kam([...CI, '--format', 'json'], { cwd: dir, env: EN });
    expect(id.code).toBe(0);
    expect(id.stdout).toBe(en.stdout);
    expect(JSON.parse(id.stdout).release.length).toBe(2);
    // …and the comparison of a result: its movement sentences stay English.
    const ids = kam(['select', 'review/q2.csv', '--capacity', '4', '--compare', 'q1.json', '--format', 'json'], { cwd: dir, env: ID });
    const ens = kam(['select', 'review/q2.csv', '--capacity', '4', '--compare', 'q1.json', '--format', 'json'], { cwd: dir, env: EN });
    expect(JSON.parse(ids.stdout).comparison).toEqual(JSON.parse(ens.stdout).comparison);
    expect(JSON.parse(ids.stdout).comparison.sentences.length).toBeGreaterThan(0);
  });

  test('the review page: lang="id", headings and the movement picture in Indonesian', () => {
    const r = kam([...CI, '--format', 'html'], { cwd: dir, env: ID });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<html lang="id">');
    expect(r.stdout).toContain('<h1>Kaji ulang pelanggan kunci</h1>');
    expect(r.stdout).toContain('<h2>Daftar pelepasan</h2>');
    expect(r.stdout).toContain('hilang (sebelumnya <span class="q q-opportunistic">Oportunistik</span>)');
    expect(r.stdout).toContain("' dari ' + table.tBodies[0].rows.length + ' baris ditampilkan'");
    expect(englishLeft(r.stdout, ['review', 'picture'])).toEqual([]);
    const en = kam([...CI, '--format', 'html'], { cwd: dir, env: EN });
    expect(en.stdout).toContain('<html lang="en">');
  });

  test('the movement picture: title, legend, tooltips and the date in words', () => {
    const r = kam([...CI, '--format', 'svg'], { cwd: dir, env: { ...ID, SOURCE_DATE_EPOCH: String(Date.UTC(2027, 1, 18, 10) / 1000) } });
    expect(r.code).toBe(0);
    const svg = r.stdout;
    expect(svg).toContain('>Kaji ulang pelanggan kunci: result-2026-q3.json → customers-2026-q4.csv</text>');
    expect(svg).toContain('>2 masuk dan 2 keluar dari seleksi · 2 pindah kuadran · 1 baru, 1 hilang</text>');
    expect(svg).toContain('>berpindah: posisi lalu → sekarang</text>');
    expect(svg).toContain('daya tarik 74,1 → 74,1 (±0,0)');
    expect(svg).toContain(' · Kamis, 18 Februari 2027 · ');
    expect(svg).toContain('>Daya tarik pelanggan (bagi kita) →</text>');
    expect(englishLeft(svg, ['review', 'picture'])).toEqual([]);
  });
});
