/**
 * Number cells (METHOD.md §2): a decimal point always, a decimal comma only in semicolon- or
 * tab-delimited files, no thousands separators, and the spellings of "missing".
 */

/** Returned for a cell that means "missing": empty, NA, N/A, n/a or -. */
export const MISSING = Number.NaN;
/** Returned for a cell that is not a number; callers explain it with `numberProblem`. */
export const INVALID = Number.NEGATIVE_INFINITY;

export function isMissingToken(cell: string): boolean {
  const t = cell.trim();
  return t === '' || t === 'NA' || t === 'N/A' || t === 'n/a' || t === '-';
}

/**
 * Parses one cell. Grammar: optional sign, digits with at most one decimal separator, optional
 * exponent. Returns MISSING (NaN) for a missing token and INVALID (-Infinity) for anything else
 * that is not a finite number.
 */
export function parseNumberCell(cell: string, decimalComma: boolean): number {
  let s = cell;
  // Trim without allocating in the common case.
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (first === 32 || last === 32 || first === 9 || last === 9) s = s.trim();
  const n = s.length;
  if (n === 0) return MISSING;
  let i = 0;
  let c = s.charCodeAt(0);
  if (c === 43 || c === 45) {
    // + or -
    if (n === 1) return c === 45 ? MISSING : INVALID;
    i = 1;
  }
  let digits = 0;
  let seps = 0;
  let commaAt = -1;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) seps++;
    else if (c === 44) {
      seps++;
      commaAt = i;
    } else break;
  }
  if (digits === 0 || seps > 1) return isMissingToken(s) ? MISSING : INVALID;
  if (i < n) {
    // Only an exponent may follow.
    if (c !== 101 && c !== 69) return isMissingToken(s) ? MISSING : INVALID;
    i++;
    c = s.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    const expStart = i;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57) return INVALID;
    }
    if (i === expStart) return INVALID;
  }
  if (commaAt >= 0) {
    if (!decimalComma) return INVALID;
    s = s.slice(0, commaAt) + '.' + s.slice(commaAt + 1);
  }
  const v = Number(s);
  return Number.isFinite(v) ? v : INVALID;
}

/** Explains why `cell` was not accepted as a number. */
export function numberProblem(cell: string, decimalComma: boolean): string {
  const t = cell.trim();
  const shown = t.length > 40 ? `${t.slice(0, 40)}…` : t;
  if (/^[+-]?\d{1,3}([,.' \u00a0]\d{3})+([.,]\d+)?$/.test(t) && (/[.,].*[.,]/.test(t) || /[' \u00a0]/.test(t))) {
    return `"${shown}" looks like a number with thousands separators, which are not accepted; write it without them`;
  }
  if (!decimalComma && /^[+-]?\d*,\d+$/.test(t)) {
    return `"${shown}" has a decimal comma, which is only accepted in semicolon- or tab-delimited files; use a decimal point`;
  }
  if (/^[+-]?(nan|inf|infinity)$/i.test(t)) return `"${shown}" is not a finite number`;
  return `"${shown}" is not a number`;
}
