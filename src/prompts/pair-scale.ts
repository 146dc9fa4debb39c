/**
 * One AHP comparison as one line on Saaty's 17-point scale, the same on a terminal and in a
 * transcript: `Category spend ◀ 9 · 7 · 5 · 3 · 1 · 3 · 5 · 7 · 9 ▶ Gross margin`. The mark
 * sits towards the factor that is more important. Pure.
 */
import { SAATY_VALUES } from '../core/weights.js';
import { t } from '../i18n/index.js';
import { terminalSafe } from '../render/escape.js';
import { cut, textWidth } from '../render/text-width.js';

/** Scale position 0..16 of a value (0: a extremely more important; 8: equal; 16: b extremely). */
export function scalePosition(value: number): number {
  let best = 8;
  SAATY_VALUES.forEach((v, i) => {
    if (Math.abs(Math.log(v / value)) < Math.abs(Math.log(SAATY_VALUES[best] / value)) - 1e-12) best = i;
  });
  return best;
}

export const scaleValue = (position: number): number => SAATY_VALUES[Math.max(0, Math.min(SAATY_VALUES.length - 1, position))];

/** The intensity as a number of the scale (3 for 3 and for 1/3). */
const intensity = (v: number): number => Math.round(v >= 1 ? v : 1 / v);

/** 33 columns: the odd steps as numbers, the even ones as `·` (or their number where the mark is). */
export function scaleCells(position: number, mark: (text: string) => string = (t) => `[${t}]`): string {
  return SAATY_VALUES.map((v, i) => {
    const n = intensity(v);
    const text = n % 2 === 1 || i === position ? String(n) : '·';
    return i === position ? mark(text) : text;
  }).join(' ');
}

/** The pair as one line of at most `width` columns; the names are cut to fit. */
export function pairLine(a: string, b: string, value: number, width: number, mark?: (text: string) => string): string {
  const scale = scaleCells(scalePosition(value), mark);
  const scaleW = 35;
  const room = Math.max(8, Math.floor((width - scaleW - 6) / 2));
  const left = cut(terminalSafe(a), room);
  const right = cut(terminalSafe(b), room);
  return `${' '.repeat(room - textWidth(left))}${left} ◀ ${scale} ▶ ${right}`;
}

/** "Category spend is moderately more important (3)", "equally important (1)". */
export function describeValue(a: string, b: string, value: number): string {
  const n = intensity(value);
  if (n === 1) return t('workshop.pair.equal');
  const words = t(`workshop.pair.intensity.${n as 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`);
  return t('workshop.pair.more', { name: terminalSafe(value > 1 ? a : b), intensity: words, n });
}
