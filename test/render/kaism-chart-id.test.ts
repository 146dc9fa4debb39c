/** The text KAISM chart in Bahasa Indonesia (issue 18): axis labels, ticks, notes under the chart; English unchanged. */
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/index.js';
import { renderKaismChart, type ChartPoint } from '../../src/render/kaism-chart.js';
import { textWidth } from '../../src/render/text-width.js';
import type { Quadrant } from '../../src/core/types.js';

const quadrant = (a: number, s: number): Quadrant => (a >= 50 ? (s >= 50 ? 'key' : 'key-development') : s >= 50 ? 'maintenance' : 'opportunistic');
const pt = (rank: number, a: number, s: number, borderline = false): ChartPoint => ({ id: `C${rank}`, rank, attractiveness: a, strength: s, quadrant: quadrant(a, s), borderline });

/** n points spread over the plane (deterministic). */
const crowd = (n: number): ChartPoint[] => Array.from({ length: n }, (_, i) => pt(i + 1, (i * 37) % 100, (i * 61) % 100));

afterEach(() => useLanguage('en'));

describe('the KAISM chart in Indonesian', () => {
  it('labels the axes and the split in Indonesian, high strength on the left', () => {
    useLanguage('id');
    const lines = renderKaismChart([pt(1, 80, 80), pt(2, 20, 30)], { width: 80, split: { attractiveness: 62.5, strength: 50 }, strengthAxis: 'left' });
    expect(lines[0]).toBe('     ↑ daya tarik lebih tinggi');
    expect(lines.some((l) => l.startsWith('62,5 ├'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^ {6}← kekuatan relatif lebih tinggi +lebih rendah →$/);
    expect(lines.every((l) => textWidth(l) <= 80)).toBe(true);
  });

  it('on the right and in a narrow chart, the shorter labels', () => {
    useLanguage('id');
    const right = renderKaismChart([pt(1, 80, 80)], { width: 80, split: { attractiveness: 50, strength: 50 }, strengthAxis: 'right' });
    expect(right.at(-1)).toMatch(/^ {5}← lebih rendah +kekuatan relatif lebih tinggi →$/);
    const narrow = renderKaismChart([pt(1, 80, 80)], { width: 40, split: { attractiveness: 50, strength: 50 }, strengthAxis: 'left' });
    expect(narrow.at(-1)).toMatch(/^ {5}← lebih kuat +lebih lemah →$/);
    expect(narrow.every((l) => textWidth(l) <= 40)).toBe(true);
  });

  it('notes borderline accounts and, in a crowd, what the digits count', () => {
    useLanguage('id');
    const labelled = renderKaismChart([pt(1, 80, 80, true), pt(2, 20, 30)], { width: 80, split: { attractiveness: 50, strength: 50 }, strengthAxis: 'left' });
    expect(labelled).toContain('○ dekat batas: belum stabil di kuadrannya');
    const dense = renderKaismChart(crowd(1500), { width: 80, split: { attractiveness: 50, strength: 50 }, strengthAxis: 'left' });
    expect(dense.at(-1)).toBe('Setiap angka menghitung pelanggan di selnya; # = 10 atau lebih. 1.500 pelanggan.');
    const small = renderKaismChart(crowd(1500), { width: 50, split: { attractiveness: 50, strength: 50 }, strengthAxis: 'left' });
    expect(small.at(-1)).toBe('Pelanggan per sel, # = 10+; 1.500 pelanggan.');
  });

  it('English as before', () => {
    const dense = renderKaismChart(crowd(1500), { width: 80, split: { attractiveness: 50, strength: 50 }, strengthAxis: 'left' });
    expect(dense.at(-1)).toBe('Each digit counts the accounts in its cell; # = 10 or more. 1,500 accounts.');
    const lines = renderKaismChart([pt(1, 80, 80, true)], { width: 80, split: { attractiveness: 62.5, strength: 50 }, strengthAxis: 'left' });
    expect(lines).toContain('○ borderline: not stable in its quadrant');
    expect(lines.some((l) => l.startsWith('62.5 ├'))).toBe(true);
  });
});
