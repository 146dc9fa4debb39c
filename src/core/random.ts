/**
 * A small seeded pseudo-random generator (mulberry32) so that a stability analysis prints the
 * same numbers for the same seed on every machine and every Node version. Not for secrets.
 */
export class Mulberry32 {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A number strictly between 0 and 1 (never exactly 0 or 1). */
  next(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  /**
   * Fills `out` with uniform numbers strictly inside (−scale, scale): two per 32-bit draw, each
   * with 16 bits of resolution (plenty for noise of a few scale points, and twice as fast).
   */
  fillSymmetric(out: Float64Array, scale: number): void {
    const n = out.length;
    for (let i = 0; i < n; i += 2) {
      const r = this.nextUint32();
      out[i] = scale * (((r & 0xffff) + 0.5) / 32768 - 1);
      if (i + 1 < n) out[i + 1] = scale * (((r >>> 16) + 0.5) / 32768 - 1);
    }
  }
}

