/** Floating-point care at the edges of a double: exact scaling by powers of two, scales whose span overflows. */

/** x × 2^k, exactly (in steps, so that 2^k itself never overflows). */
export function timesPowerOfTwo(x: number, k: number): number {
  let y = x;
  let left = k;
  while (left > 1000) {
    y *= 2 ** 1000;
    left -= 1000;
  }
  while (left < -1000) {
    y *= 2 ** -1000;
    left += 1000;
  }
  return y * 2 ** left;
}

/** k with 2^k ≤ x < 2^(k+1), for a finite x > 0 (subnormals included). */
export function binaryExponent(x: number): number {
  let k = Math.floor(Math.log2(x));
  // log2 rounds; settle the edges exactly.
  while (timesPowerOfTwo(1, k) > x) k--;
  while (timesPowerOfTwo(1, k + 1) <= x) k++;
  return k;
}

/**
 * (x − a)/(b − a), the place of x on a scale from a to b, also where b − a overflows a double
 * (a scale of −1e308..1e308): then every term is halved first, which is exact.
 */
export function positionOn(x: number, a: number, b: number): number {
  const span = b - a;
  return Number.isFinite(span) ? (x - a) / span : (x / 2 - a / 2) / (b / 2 - a / 2);
}
