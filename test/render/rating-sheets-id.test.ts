/** A rater's workbook and collect's coverage lines in Bahasa Indonesia (issue 18); sheet names and the meta sheet stay as collect reads them. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ratedFactors, scoreColumns } from '../../src/core/rating-sheet.js';
import { useLanguage } from '../../src/i18n/index.js';
import { loadCriteria } from '../../src/load/criteria.js';
import { columnHelp, coverageLines } from '../../src/render/rating-sheets.js';
import { kam, ROOT } from '../helpers/run-kam.js';
import { readWorkbook } from '../helpers/workbooks.js';

afterEach(() => useLanguage('en'));
const dir = mkdtempSync(join(tmpdir(), 'kam-sheets-id-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a score column\'s help in Indonesian', () => {
  it('scale, direction and the competitor', () => {
    const factors = loadCriteria(
      'factor,axis,weight,min,max,normalize,direction,description\nCost,attractiveness,1,1,5,none,lower,\nQuality,strength,2,1,10,none,higher,As the customer sees it\n',
      'criteria.csv',
    );
    const cols = scoreColumns(ratedFactors(factors, []), ['Polypak']);
    useLanguage('id');
    expect(columnHelp(cols[0])).toBe('Skala 1 sampai 5, makin rendah makin baik. Biarkan sel kosong jika Anda tidak dapat menilainya.');
    expect(columnHelp(cols[2])).toBe('Bagaimana pelanggan menilai Polypak pada faktor ini. As the customer sees it Skala 1 sampai 10, makin tinggi makin baik. Biarkan sel kosong jika Anda tidak dapat menilainya.');
  });

  it('who has not rated what', () => {
    useLanguage('id');
    expect(
      coverageLines([
        { rater: 'Ana', file: 'a.xlsx', rated: 4, total: 4, columns: 2, missing: [] },
        { rater: 'Budi', file: 'b.xlsx', rated: 0, total: 4, columns: 2, missing: [] },
        { rater: 'Citra', file: 'c.xlsx', rated: 1, total: 4, columns: 2, missing: [{ header: 'Fit', accounts: ['C1', 'C2'] }, { header: 'Cost', accounts: ['C2'] }] },
        { rater: 'Dewi', file: 'd.xlsx', rated: 1, total: 8, columns: 1, missing: [{ header: 'Fit', accounts: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }] },
      ]),
    ).toEqual([
      'Ana: semua 4 skor.',
      'Budi: belum ada skor (0 dari 4; b.xlsx).',
      'Citra: 1 dari 4 skor; belum dinilai: Fit untuk tidak satu pelanggan pun; Cost untuk C2.',
      'Dewi: 1 dari 8 skor; belum dinilai: Fit untuk a, b, c, d, e dan 2 lainnya.',
    ]);
  });
});

describe('kam ratings template under LANG=id_ID.UTF-8', { timeout: 60_000 }, () => {
  it('the help sheet, the notes and the validation speak Indonesian; the sheets collect reads keep their names', async () => {
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const r = kam(['ratings', 'template', 'customers.csv', '--raters', 'Ana', '--competitors', 'Polypak', '-o', 'sheets'], { cwd: dir, env: { LANG: 'id_ID.UTF-8' } });
    expect(r.code).toBe(0);
    const wb = await readWorkbook(readFileSync(join(dir, 'sheets/Ana.xlsx')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ratings', 'How to rate', 'kam']);
    const help = wb.getWorksheet('How to rate')!;
    expect(help.getCell('A1').value).toBe('Skor dari Ana');
    expect(help.getCell('A3').value).toBe('Di lembar Ratings, beri skor setiap pelanggan pada setiap faktor yang dapat Anda nilai. Biarkan sel kosong jika Anda tidak dapat menilainya.');
    expect([help.getCell('A8').value, help.getCell('B8').value]).toEqual(['Kolom', 'Yang dinilai']);
    const sheet = wb.getWorksheet('Ratings')!;
    const validation = sheet.getCell('D2').dataValidation;
    expect(validation.errorTitle).toBe('Di luar skala');
    expect(validation.error).toMatch(/^Masukkan angka dari \d+ sampai \d+, atau biarkan sel kosong\.$/);
    expect(validation.prompt).toMatch(/^\d+ sampai \d+, makin (tinggi|rendah) makin baik$/);
    // Collected back as ever, with the coverage in Indonesian.
    const c = kam(['ratings', 'collect', 'sheets', '-o', 'collected.csv'], { cwd: dir, env: { LANG: 'id_ID.UTF-8' } });
    expect(`${c.stdout}${c.stderr}`).toMatch(/Ana: belum ada skor \(0 dari \d+; sheets\/Ana\.xlsx\)\./);
  });
});
