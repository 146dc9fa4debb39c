/** The progress reporter: silent off a terminal or under 100,000 accounts, one line otherwise. */
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/app/progress.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, out: { isTTY, write: (s: string) => writes.push(s) } };
}

describe('createProgress', () => {
  it('prints nothing when standard error is not a terminal, or for small files', () => {
    for (const [tty, n] of [[false, 1_000_000], [true, 99_999]] as const) {
      const s = stream(tty);
      const p = createProgress(s.out, n);
      p.reading(10, 100);
      p.scoring(n);
      p.writing(5);
      p.done();
      expect(s.writes).toEqual([]);
    }
  });

  it('rewrites one line in place, at most every 100 ms, and erases it when done', () => {
    const s = stream(true);
    let now = 1000;
    const p = createProgress(s.out, 100_000, () => now);
    p.reading(4e6, 8e6); // shown
    now += 50;
    p.reading(6e6, 8e6); // throttled
    now += 10;
    p.reading(8e6, 8e6); // the end of reading is always shown
    p.scoring(100_000); // a new phase is always shown
    now += 200;
    p.writing(2_500_000);
    p.done();
    expect(s.writes).toEqual([
      '\r\u001b[2Kkam: reading 4.0 MB of 8.0 MB (50 %)',
      '\r\u001b[2Kkam: reading 8.0 MB of 8.0 MB (100 %)',
      '\r\u001b[2Kkam: scoring 100,000 accounts…',
      '\r\u001b[2Kkam: writing 2.5 MB…',
      '\r\u001b[2K',
    ]);
  });
});
