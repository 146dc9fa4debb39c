/** The words of explain and of the ratings lines in Bahasa Indonesia (issue 18), hand-written; English as before. */
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountChange } from '../../src/core/explain.js';
import type { DisagreementRecord } from '../../src/core/ratings.js';
import { useLanguage } from '../../src/i18n/index.js';
import { describeChange, describeCrossing, fmtValue } from '../../src/render/explain-wording.js';
import { describeDisagreement } from '../../src/render/ratings-lines.js';
import { quadrantName, salesModeName } from '../../src/render/text.js';

const change: AccountChange = { axis: 'strength', factor: 'Delivery reliability', from: 5, op: '>=', to: 5.2631, points: 0.8, du: 0.03, quadrant: 'maintenance' };
const settled: DisagreementRecord = {
  account: 'C001',
  factor: 'Product quality',
  competitor: 'Polypak',
  score: 6.5,
  raters: [{ rater: 'anna', score: 3.25 }, { rater: 'ben', score: 8 }],
  spread: 4.75,
  spreadPct: 52.8,
  settled: { score: 7.5, reason: 'agreed' },
};

afterEach(() => useLanguage('en'));

describe('explain and ratings wording in Indonesian', () => {
  it('values, crossings and the smallest change', () => {
    useLanguage('id');
    expect(fmtValue(null)).toBe('kosong');
    expect(fmtValue(6100000.4)).toBe('6.100.000');
    expect(fmtValue(5.2631)).toBe('5,26');
    expect(describeCrossing({ op: '>=', value: 5.2631 })).toBe('5,27 atau lebih');
    expect(describeCrossing({ op: '>', value: 1234.5 })).toBe('di atas 1.235');
    expect(describeCrossing({ op: '<=', value: 3.1 })).toBe('3,1 atau kurang');
    expect(describeCrossing({ op: '<', value: 3.1 })).toBe('di bawah 3,1');
    expect(describeChange(change)).toBe('kekuatan +0,8: Delivery reliability 5 → 5,27 atau lebih (ke Pemeliharaan)');
    expect(describeChange({ ...change, axis: 'attractiveness', points: -0.04, quadrant: 'key-development' })).toBe(
      'daya tarik −0,04: Delivery reliability 5 → 5,27 atau lebih (ke Pengembangan kunci)',
    );
  });

  it('a settled disagreement, quadrant and sales-mode names', () => {
    useLanguage('id');
    expect(describeDisagreement(settled)).toBe('C001 Product quality vs Polypak: anna 3,25, ben 8 (sebaran 53 %; disepakati 7,5)');
    expect(quadrantName('opportunistic')).toBe('Oportunistik');
    expect(salesModeName('milk round')).toBe('milk round, kunjungan rutin');
  });

  it('English as before', () => {
    expect(fmtValue(null)).toBe('missing');
    expect(fmtValue(6100000.4)).toBe('6100000');
    expect(describeCrossing({ op: '>', value: 1234.5 })).toBe('above 1235');
    expect(describeChange(change)).toBe('strength +0.8: Delivery reliability 5 → 5.27 or more (to maintenance)');
    expect(describeDisagreement(settled)).toBe('C001 Product quality vs Polypak: anna 3.25, ben 8 (spread 53 %; settled at 7.5)');
    expect(quadrantName('key-development')).toBe('key-development');
    expect(salesModeName('milk round')).toBe('milk round');
  });
});
