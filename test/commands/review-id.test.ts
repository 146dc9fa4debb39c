/**
 * commands/review.ts in Indonesian (issue 18): when the method changed and the previous quarter
 * cannot be rescored, the reason is Indonesian on screen and English in kam/review@1 (the same
 * document as the English run's). Hand-written expectations.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kam, ROOT, tempDir } from '../helpers/run-kam.js';

const examples = join(ROOT, 'examples');
const ID = { SOURCE_DATE_EPOCH: '1795428000', LANG: 'id_ID.UTF-8' };
const EN = { SOURCE_DATE_EPOCH: '1795428000', LANG: 'en_US.UTF-8' };
const CHANGE_ID = 'bobot "Gross margin %"';

let dir = '';
beforeAll(() => {
  const made = tempDir();
  for (const f of ['customers.csv', 'criteria.csv']) copyFileSync(join(examples, f), join(made, f));
  writeFileSync(join(made, 'criteria-q3.csv'), readFileSync(join(examples, 'criteria.csv'), 'utf8').replace('Gross margin %,attractiveness,15,', 'Gross margin %,attractiveness,40,'));
  expect(kam(['select', 'customers.csv', '--capacity', '8', '--format', 'json', '-o', 'q2.json'], { cwd: made, env: EN }).code).toBe(0);
  expect(kam(['select', 'customers.csv', '--criteria', 'criteria-q3.csv', '--capacity', '8', '--format', 'json', '-o', 'q3.json'], { cwd: made, env: EN }).code).toBe(0);
  // The snapshots without the data they were scored from.
  dir = tempDir();
  for (const f of ['q2.json', 'q3.json']) copyFileSync(join(made, f), join(dir, f));
  writeFileSync(join(dir, 'rusak.csv'), 'id,name\nC001,Acme\n');
});

describe('a review whose previous quarter cannot be rescored, in Indonesian', () => {
  it('the recorded customers file is gone: Indonesian warning, English reason in the JSON', () => {
    const id = kam(['review', 'q2.json', 'q3.json', '--format', 'json'], { cwd: dir, env: ID });
    const en = kam(['review', 'q2.json', 'q3.json', '--format', 'json'], { cwd: dir, env: EN });
    expect(id.code, id.stderr).toBe(0);
    const doc = JSON.parse(id.stdout);
    expect(doc.rescore).toEqual({
      done: false,
      reason: "the customers file q2.json recorded (customers.csv) is not there any more (give --previous-customers FILE with that quarter's export to tell them apart)",
    });
    expect({ ...doc, generatedAt: '' }).toEqual({ ...JSON.parse(en.stdout), generatedAt: '' });
    expect(id.stderr).toContain('kam: peringatan: metode berubah antara q2.json dan q3.json (1 perubahan: ');
    expect(id.stderr).toContain(CHANGE_ID);
    expect(id.stderr).toContain(
      '; selisih skor ikut memuat perubahan metode: file pelanggan yang dicatat q2.json (customers.csv) sudah tidak ada (berikan --previous-customers FILE dengan ekspor kuartal itu untuk memisahkan keduanya).\n',
    );
    expect(en.stderr).toContain("; the score deltas include the method change: the customers file q2.json recorded (customers.csv) is not there any more (give --previous-customers FILE with that quarter's export to tell them apart).\n");
  });

  it('--previous-customers names a file the current method cannot score: the problem in Indonesian on screen, in English in the JSON', () => {
    const args = ['review', 'q2.json', 'q3.json', '--format', 'json', '--previous-customers', 'rusak.csv'];
    const id = kam(args, { cwd: dir, env: ID });
    const en = kam(args, { cwd: dir, env: EN });
    expect(id.code, id.stderr).toBe(0);
    const reason = JSON.parse(id.stdout).rescore.reason as string;
    expect(reason).toMatch(/^q2\.json's data cannot be scored with the current method \(rusak\.csv/);
    expect(reason).toBe(JSON.parse(en.stdout).rescore.reason);
    expect(id.stderr).toMatch(/; selisih skor ikut memuat perubahan metode: data q2\.json tidak dapat dinilai dengan metode saat ini \(rusak\.csv/);
    expect(id.stderr).not.toContain('cannot be scored');
  });
});
