/**
 * Number cells parsed straight from UTF-8 bytes (METHOD.md §2): optional sign, digits with at
 * most one decimal separator (a comma only where `decimalComma`), optional exponent; no
 * thousands separators. Missing tokens: empty, NA, N/A, n/a, -.
 *
 * Exactness: with at most 15 significant digits and 22 decimals, mantissa / 10^k is one
 * correctly rounded IEEE division of two exact doubles, so it equals what `Number()` returns for
 * the same text; anything longer, or with an exponent, goes through `Number()` itself.
 */

/** Returned for a cell that means "missing". */
export const MISSING = Number.NaN;
/** Returned for a cell that is not a finite number. */
export const INVALID = Number.NEGATIVE_INFINITY;

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const TWO53 = 2 ** 53;

export function parseNumberBytes(b: Uint8Array, start: number, end: number, decimalComma: boolean): number {
  let s = start;
  let e = end;
  while (s < e && (b[s] === 32 || b[s] === 9)) s++;
  while (e > s && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
  if (s === e) return MISSING;
  let i = s;
  let negative = false;
  const first = b[i];
  if (first === 43 || first === 45) {
    if (e - s === 1) return first === 45 ? MISSING : INVALID; // "-" alone means missing
    negative = first === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let seps = 0;
  let sepAt = -1;
  let exact = true;
  for (; i < e; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      digits++;
      if (seps > 0) fraction++;
      mantissa = mantissa * 10 + (c - 48);
      if (mantissa >= TWO53) exact = false;
    } else if (c === 46 || c === 44) {
      seps++;
      sepAt = i;
    } else break;
  }
  if (digits === 0 || seps > 1) return isMissingBytes(b, s, e) ? MISSING : INVALID;
  if (sepAt >= 0 && b[sepAt] === 44 && !decimalComma) return INVALID;
  if (i < e) {
    // Only an exponent may follow.
    if (b[i] !== 101 && b[i] !== 69) return isMissingBytes(b, s, e) ? MISSING : INVALID;
    i++;
    if (i < e && (b[i] === 43 || b[i] === 45)) i++;
    const expStart = i;
    for (; i < e; i++) if (b[i] < 48 || b[i] > 57) return INVALID;
    if (i === expStart) return INVALID;
    exact = false;
  }
  if (exact && fraction <= 22) {
    const v = fraction === 0 ? mantissa : mantissa / POW10[fraction];
    return negative ? -v : v;
  }
  // Only ASCII digits, signs, one separator and an exponent got here: latin1 is exact and linear.
  const v = Number(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('latin1').replace(',', '.'));
  return Number.isFinite(v) ? v : INVALID;
}

function isMissingBytes(b: Uint8Array, s: number, e: number): boolean {
  const n = e - s;
  if (n === 2) return b[s] === 78 && b[s + 1] === 65; // NA
  if (n === 3) {
    const a = b[s];
    const m = b[s + 1];
    const z = b[s + 2];
    return m === 47 && ((a === 78 && z === 65) || (a === 110 && z === 97)); // N/A n/a
  }
  return false;
}
