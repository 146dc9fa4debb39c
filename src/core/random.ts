/**
 * A small seeded pseudo-random generator (mulberry32) so that a stability analysis prints the
 * same numbers for the same seed on every machine and every Node version. Not for secrets.
 */

/** Returns a generator of numbers strictly between 0 and 1 (never exactly 0 or 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = (t ^ (t >>> 14)) >>> 0;
    return (r + 0.5) / 4294967296;
  };
}
