/**
 * Terminal text: how many columns a string takes, and the cuts, pads and wraps built on it. The
 * one home of display width (tables, the KAISM chart and its labels, workshop screens, prompts,
 * every cut with an ellipsis). Widths follow Unicode as string-width does (grapheme clusters,
 * East Asian Width, emoji presentation: CJK and emoji 2, combining marks 0, ANSI colour codes 0);
 * characters are the grapheme clusters of core/graphemes.ts, so a cut never splits one.
 * Printable ASCII takes a fast path (width = length), so long tables stay cheap. Pure.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';
import { eachGrapheme, graphemes, PRINTABLE_ASCII } from '../core/graphemes.js';

export const ELLIPSIS = '…';

/** Widths of the clusters met so far (CJK characters and emoji recur); bounded. */
const clusterWidths = new Map<string, number>();

// What string-width counts as printing, for a cluster of one code point.
const VISIBLE = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u;

/**
 * Columns one grapheme cluster takes, as string-width counts it. A cluster of one code point is
 * its East Asian Width when it prints (string-width's rule for it: an emoji of one code point
 * has Emoji_Presentation, so it is Wide; a test pins this to string-width for every code point
 * of the first two planes), without string-width's emoji-sequence tables, whose first use costs
 * a pause a prompt would show.
 */
function clusterWidth(g: string): number {
  if (g.length === 1 && g >= ' ' && g <= '~') return 1;
  const cp = g.codePointAt(0)!;
  if (g.length === (cp > 0xffff ? 2 : 1)) return VISIBLE.test(g) ? eastAsianWidth(cp, { ambiguousAsWide: false }) : 0;
  let w = clusterWidths.get(g);
  if (w === undefined) {
    w = stringWidth(g);
    if (clusterWidths.size >= 4096) clusterWidths.clear();
    clusterWidths.set(g, w);
  }
  return w;
}

/**
 * The width of a code unit that is a cluster of its own whatever stands beside it, or -1:
 * printable ASCII and Latin-1/Latin Extended letters (1), CJK ideographs, kana and Hangul
 * syllables (2), the ellipsis and dashes (1) — most names in practice, measured without
 * segmenting (a test pins every one of them to string-width).
 */
export function simpleWidth(c: number): number {
  if (c >= 0x20 && c <= 0x7e) return 1;
  if (c >= 0xa0 && c <= 0x24f) return c === 0xad ? -1 : 1;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0xac00 && c <= 0xd7a3)) return 2;
  return c === 0x2026 || c === 0x2013 || c === 0x2014 ? 1 : -1;
}

/** The width of `text` when every code unit is simple, else -1. */
function simpleTextWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cw = simpleWidth(text.charCodeAt(i));
    if (cw < 0) return -1;
    w += cw;
  }
  return w;
}

/**
 * Columns `text` occupies in a terminal (colour codes take none): string-width's count, which is
 * the sum over the clusters, each measured once.
 */
export function textWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const simple = simpleTextWidth(text);
  if (simple >= 0) return simple;
  if (text.includes('\u001b') || text.includes('\u009b')) return stringWidth(text);
  let w = 0;
  for (const g of eachGrapheme(text)) w += clusterWidth(g);
  return w;
}

const SGR = /\u001b\[[0-9;]*m/y;
const SGR_ALL = /\u001b\[[0-9;]*m/g;

/**
 * The clusters of `text` with their widths and where each ends; a colour code (`ESC [ … m`) is
 * one zero-width unit, never split.
 */
function* units(text: string): Generator<[string, number, number]> {
  let from = 0;
  function* plain(end: number): Generator<[string, number, number]> {
    let at = from;
    for (const g of eachGrapheme(text.slice(from, end))) yield [g, clusterWidth(g), (at += g.length)];
  }
  for (let esc = text.indexOf('\u001b'); esc !== -1; esc = text.indexOf('\u001b', from)) {
    SGR.lastIndex = esc;
    const m = SGR.exec(text);
    const end = m === null ? esc + 1 : esc;
    yield* plain(end);
    from = end;
    if (m !== null) {
      yield [m[0], 0, esc + m[0].length];
      from = esc + m[0].length;
    }
  }
  yield* plain(text.length);
}

/**
 * `text` cut to at most `columns` columns: whole clusters, then `ellipsis` where something was
 * left out (the ellipsis itself is dropped when even it does not fit). Colour codes after the cut
 * are kept, so a coloured cell still resets its colour.
 */
export function cut(text: string, columns: number, ellipsis: string = ELLIPSIS): string {
  return measuredCut(text, columns, ellipsis)[0];
}

/** `cut` and the width of what it returns. */
function measuredCut(text: string, columns: number, ellipsis: string): [string, number] {
  if (PRINTABLE_ASCII.test(text) && text.length <= columns) return [text, text.length];
  if (columns <= 0) return textWidth(text) === 0 ? [text, 0] : ['', 0];
  const ellipsisW = ellipsis === ELLIPSIS ? 1 : textWidth(ellipsis);
  const [tail, tailW] = ellipsisW <= columns ? [ellipsis, ellipsisW] : ['', 0];
  const room = columns - tailW;
  // One pass: where the text would be cut for the ellipsis, and whether it fits whole after all.
  let keep = -1;
  let keptW = 0;
  let used = 0;
  if (simpleTextWidth(text) >= 0) {
    for (let i = 0; i < text.length; i++) {
      const w = simpleWidth(text.charCodeAt(i));
      if (keep < 0 && used + w > room) [keep, keptW] = [i, used];
      used += w;
      if (used > columns) return [text.slice(0, keep) + tail, keptW + tailW];
    }
    return [text, used];
  }
  for (const [u, w, end] of units(text)) {
    if (keep < 0 && used + w > room) [keep, keptW] = [end - u.length, used];
    used += w;
    if (used > columns) {
      // The colour codes of the rest still apply (a reset at the end of a coloured cell).
      const codes = text.slice(keep).match(SGR_ALL);
      return [text.slice(0, keep) + tail + (codes === null ? '' : codes.join('')), keptW + tailW];
    }
  }
  return [text, used];
}

/** `text` followed by spaces up to `columns` columns (never cut). */
export function padEnd(text: string, columns: number): string {
  const w = textWidth(text);
  return w >= columns ? text : text + ' '.repeat(columns - w);
}

/** Spaces up to `columns` columns, then `text` (never cut). */
export function padStart(text: string, columns: number): string {
  const w = textWidth(text);
  return w >= columns ? text : ' '.repeat(columns - w) + text;
}

/** `text` cut and padded to exactly `columns` columns, aligned left or right. */
export function fit(text: string, columns: number, align: 'left' | 'right' = 'left'): string {
  const [t, w] = measuredCut(text, columns, ELLIPSIS);
  const pad = w < columns ? ' '.repeat(columns - w) : '';
  return align === 'right' ? pad + t : t + pad;
}

/**
 * Greedy word wrap to lines of at most `columns` columns (at least one column); lines after the
 * first start with `indent`. A word wider than a line is broken between clusters, or with
 * `longWords: 'keep'` (help text, where a word is a path or a flag to copy) kept whole on a line
 * of its own.
 */
export function wrap(text: string, columns: number, indent = '', longWords: 'break' | 'keep' = 'break'): string[] {
  const max = Math.max(1, columns);
  const lead = textWidth(indent) < max ? indent : '';
  const leadW = textWidth(lead);
  const out: string[] = [];
  let line = '';
  let lineW = 0;
  /** Starts a line for something `next` columns wide: indented when both fit. */
  const newLine = (next: number): void => {
    out.push(line);
    [line, lineW] = leadW + next <= max ? [lead, leadW] : ['', 0];
  };
  for (const word of text.split(' ')) {
    const w = textWidth(word);
    if (w <= max - leadW || (out.length === 0 && line === '' && w <= max)) {
      if (line !== '' && lineW + 1 + w > max) {
        newLine(w);
        line += word;
        lineW += w;
      } else if (line === '') {
        line = word;
        lineW = w;
      } else {
        line += ` ${word}`;
        lineW += 1 + w;
      }
      continue;
    }
    if (longWords === 'keep') {
      if (line !== '') newLine(w);
      line += word;
      lineW += w;
      continue;
    }
    // Wider than any line: broken between clusters, starting on this line when a space and a
    // cluster still fit.
    if (line !== '') {
      if (lineW + 2 <= max) {
        line += ' ';
        lineW += 1;
      } else newLine(max);
    }
    for (const [u, uw] of units(word)) {
      if (lineW + uw > max && line !== '' && line !== lead) newLine(uw);
      line += u;
      lineW += uw;
    }
  }
  if (line !== '') out.push(line);
  return out;
}

/**
 * `text` as terminal columns: one string per column, '' for the columns a wide cluster covers
 * after its first. Clusters of no width ride on the column before them (or are dropped at the
 * start); a control character shows as '?'.
 */
export function cellsOf(text: string): string[] {
  if (PRINTABLE_ASCII.test(text)) return text.split('');
  const cells: string[] = [];
  for (const g of graphemes(text)) {
    if (/\p{Cc}/u.test(g)) {
      cells.push('?');
      continue;
    }
    const w = clusterWidth(g);
    if (w === 0) {
      let i = cells.length - 1;
      while (i >= 0 && cells[i] === '') i--;
      if (i >= 0 && /\p{M}/u.test(g)) cells[i] += g;
      continue;
    }
    cells.push(g);
    for (let k = 1; k < w; k++) cells.push('');
  }
  return cells;
}
