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

describe('utf8Chunks with --encoding, from a reader that reuses its buffer', () => {
  const text = 'id,name\nC1,Société “€” Ž\nC2,naïve — ok\n'.repeat(40);
  it('Windows-1252 and UTF-16 (a code unit or a surrogate pair cut at every byte) give the text', () => {
    const cp1252 = Buffer.from(text.replace(/[“”€Ž—]/g, (c) => ({ '“': '\x93', '”': '\x94', '€': '\x80', Ž: '\x8e', '—': '\x97' })[c]!), 'latin1');
    const utf16 = Buffer.from(`${text}😀 end\n`, 'utf16le');
    for (let size = 513; size < 530; size++) {
      expect(Buffer.concat([...utf8Chunks(reused(cp1252, size), 'f.csv', 'windows-1252')].map((c) => Buffer.from(c))).toString('utf8')).toBe(text);
      expect(Buffer.concat([...utf8Chunks(reused(utf16, size), 'f.csv', 'utf-16')].map((c) => Buffer.from(c))).toString('utf8')).toBe(`${text}😀 end\n`);
    }
  });
});
