/**
 * Text widths for laying out labels: DejaVu Sans's advance widths (the font the PNG is drawn
 * with and the first in the SVG's font list), so a label's box is known without a browser.
 * Characters outside the table count as a wide glyph, so an estimate errs on the roomy side.
 */
import { graphemes } from '../../core/graphemes.js';
import { BOLD, REGULAR } from './text-metrics.js';

export type Weight = 'regular' | 'bold';

interface Face {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  advance: Map<number, number>;
  fallback: number;
}

function face(m: typeof REGULAR): Face {
  const advance = new Map<number, number>();
  for (let i = 0; i < m.widths.length; i += 2) advance.set(m.widths[i], m.widths[i + 1]);
  return { unitsPerEm: m.unitsPerEm, ascender: m.ascender, descender: m.descender, advance, fallback: m.unitsPerEm };
}

const FACES: Record<Weight, Face> = { regular: face(REGULAR), bold: face(BOLD) };

/** Width of `text` in px at font size `size`. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const f = FACES[weight];
  let units = 0;
  for (const ch of text) units += f.advance.get(ch.codePointAt(0)!) ?? f.fallback;
  return (units * size) / f.unitsPerEm;
}

/** Height above and below the baseline of a line of text (the font's ascender and descender). */
export function textExtent(size: number, weight: Weight = 'regular'): { ascent: number; descent: number } {
  const f = FACES[weight];
  return { ascent: (f.ascender * size) / f.unitsPerEm, descent: (f.descender * size) / f.unitsPerEm };
}

/** `text`, shortened with an ellipsis to at most `max` px. */
export function fitText(text: string, size: number, max: number, weight: Weight = 'regular'): string {
  if (textWidth(text, size, weight) <= max) return text;
  const chars = graphemes(text); // whole characters: an emoji sequence or a flag is never split
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, size, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Greedy word wrap to lines of at most `max` px. */
export function wrapText(text: string, size: number, max: number, weight: Weight = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, size, weight) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => fitText(l, size, max, weight));
}
