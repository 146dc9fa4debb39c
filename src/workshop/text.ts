/** Small text graphics and formats for the workshop screens (pure). */
import asciichart from 'asciichart';
import { t } from '../i18n/index.js';
import { language } from '../i18n/language.js';
import { count, money } from '../i18n/numbers.js';
import { fit, padEnd, textWidth } from '../render/text-width.js';

/** Money in the workshop's short form: i18n/numbers.ts (1.23 M / 1,23 jt). */
export { money };

/** A count in a sentence: as the workshop always wrote it in English (1234), grouped in Indonesian (1.234). */
export const num = (n: number): string => (language() === 'en' ? String(n) : count(n));

/** A quadrant in a column of a list: its id in English (key-development), its name in Indonesian (pengembangan kunci). */
export const quadrantWord = (quadrant: string): string => t('workshop.quadrant.word', { quadrant });

/** "a, b or c" in the reader's language. */
export function orWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${t('workshop.word.or')} ${items[items.length - 1]}`;
}

/** The names shown (the first of `total`), then "and N more" for the rest. */
export function someOf(shown: readonly string[], total: number): string {
  const head = shown.join(', ');
  return total > shown.length ? t('workshop.list.more', { list: head, n: num(total - shown.length) }) : head;
}

export interface BarRow {
  label: string;
  values: number[];
}

/**
 * Horizontal bars, one line per row and series, scaled to the largest value:
 * `direct      revenue   ████████████▌ 8.20 M`.
 */
export function barChart(rows: BarRow[], series: string[], width: number): string[] {
  const max = Math.max(1e-9, ...rows.flatMap((r) => r.values));
  const labelW = Math.min(18, Math.max(...rows.map((r) => textWidth(r.label)), 5));
  const seriesW = Math.max(...series.map(textWidth));
  const barW = Math.max(10, width - labelW - seriesW - 14);
  const out: string[] = [];
  for (const r of rows) {
    r.values.forEach((v, i) => {
      const cells = (barW * Math.max(0, v)) / max;
      const bar = '█'.repeat(Math.floor(cells)) + (cells - Math.floor(cells) >= 0.5 ? '▌' : '');
      const label = i === 0 ? fit(r.label, labelW) : ' '.repeat(labelW);
      out.push(`${label} ${padEnd(series[i], seriesW)} ${bar} ${money(v)}`);
    });
  }
  return out;
}

/** The Pareto curve: cumulative revenue share (%) over accounts in revenue order. */
export function paretoCurve(sortedRevenue: number[], width: number, height = 8): string[] {
  const total = sortedRevenue.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return [];
  const points = Math.max(10, Math.min(width - 12, 60));
  const n = sortedRevenue.length;
  const cumulative: number[] = [];
  let sum = 0;
  const prefix = sortedRevenue.map((r) => (sum += r));
  for (let i = 0; i < points; i++) {
    const k = Math.max(1, Math.round(((i + 1) * n) / points));
    cumulative.push((100 * prefix[k - 1]) / total);
  }
  const plot = asciichart.plot(cumulative, { height, min: 0, max: 100, format: (x: number) => `${x.toFixed(0).padStart(4)} %` });
  return [...plot.split('\n'), `${' '.repeat(8)}${t('workshop.pareto.axis', { n: num(n) })}`];
}

/** The date `months` months after `d`, as YYYY-MM-DD (the day clamped to the month's end). */
export function addMonths(d: Date, months: number): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))).toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
