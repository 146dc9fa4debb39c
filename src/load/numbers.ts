/**
 * Number cells (METHOD.md §2): a decimal point always, a decimal comma only in semicolon- or
 * tab-delimited files, no thousands separators, and the spellings of "missing".
 */
import { prefixWithin } from '../core/graphemes.js';
import { parseNumberBytes } from './number-bytes.js';
import { t as msg } from '../i18n/index.js';

export { INVALID, MISSING } from './number-bytes.js';

/**
 * Parses one cell: MISSING (NaN) for a missing token, INVALID (-Infinity) for anything that is
 * not a finite number. The grammar lives in number-bytes.ts, shared with the bulk loader.
 */
export function parseNumberCell(cell: string, decimalComma: boolean): number {
  const b = Buffer.from(cell, 'utf8');
  return parseNumberBytes(b, 0, b.length, decimalComma);
}

/** Explains why `cell` was not accepted as a number. */
export function numberProblem(cell: string, decimalComma: boolean): string {
  const t = cell.trim();
  const shown = t.length > 40 ? `${prefixWithin(t, 40)}…` : t;
  if (/^[+-]?\d{1,3}([,.' \u00a0]\d{3})+([.,]\d+)?$/.test(t) && (/[.,].*[.,]/.test(t) || /[' \u00a0]/.test(t))) {
    return msg('load.number.thousands', { shown });
  }
  const space = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/.exec(cell); // (trim() above drops them at the ends)
  if (space !== null && /\d/.test(t)) {
    const code = `U+${space[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return msg('load.number.invisible-space', { shown, code });
  }
  if (!decimalComma && /^[+-]?\d{1,3}(,\d{3})+$/.test(t)) {
    return msg('load.number.comma', { shown, nor: msg('load.number.comma.nor'), plain: t.replace(/,/g, '') });
  }
  if (!decimalComma && /^[+-]?\d*,\d+$/.test(t)) {
    return msg('load.number.decimal-comma', { shown, why: msg('load.number.decimal-comma.why') });
  }
  // Each pattern below has one way to match, so a 10 MB cell is checked in linear time.
  if (/^[+-]?(nan|inf|infinity)$/i.test(t)) return msg('load.number.not-finite', { shown });
  if (/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(t)) return msg('load.number.too-large', { shown });
  return msg('load.number.not-a-number', { shown });
}
