/** utf8Chunks with a reader that reuses one buffer, cut inside multi-byte characters. */
import { describe, expect, it } from 'vitest';
import { utf8Chunks } from '../../src/load/encoding.js';

/** Hands `bytes` over in pieces of `size` through one reused buffer, as openChunkedInput does. */
function* reused(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  const buf = Buffer.alloc(size);
  for (let at = 0; at < bytes.length; at += size) {
    const n = Math.min(size, bytes.length - at);
    buf.set(bytes.subarray(at, at + n));
    yield buf.subarray(0, n);
    buf.fill(0x41); // the next read overwrites whatever a consumer kept a view of
  }
}

describe('utf8Chunks', () => {
  it('accepts valid UTF-8 cut at every byte, even when the reader reuses its buffer', () => {
    const text = Buffer.from('id,name\nC1,Zürich Café ✓ 𝄞 é\nC2,naïve ✓✓\n'.repeat(40), 'utf8');
    for (let size = 513; size < 530; size++) {
      let total = 0;
      for (const chunk of utf8Chunks(reused(text, size), 'f.csv')) total += chunk.length;
      expect(total).toBe(text.length);
    }
  });
});
