/**
 * Which keys were seen, and where: an open-addressing hash table of row numbers in one
 * Int32Array. A Map of a million account keys costs tens of megabytes; this costs 8 bytes a key.
 */
export class KeyIndex {
  private slots: Int32Array;
  private count = 0;

  /** `keyOf(row)` gives the key stored for a row; `expected` sizes the table up front. */
  constructor(
    private readonly keyOf: (row: number) => string,
    expected = 512,
  ) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
  }

  /** The row already holding `key`, or -1 after recording `row` for it. */
  addOrFind(key: string, row: number): number {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let i = hash(key) & mask; ; i = (i + 1) & mask) {
      const r = this.slots[i];
      if (r === -1) {
        this.slots[i] = row;
        this.count++;
        return -1;
      }
      if (this.keyOf(r) === key) return r;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (const r of old) {
      if (r === -1) continue;
      let i = hash(this.keyOf(r)) & mask;
      while (this.slots[i] !== -1) i = (i + 1) & mask;
      this.slots[i] = r;
    }
  }
}

/** FNV-1a over UTF-16 code units, finished with a multiply-xorshift so low bits mix well. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * Duplicate keys, found cheaply when keys arrive in strictly increasing order (exports sorted by
 * key): then no key can repeat and nothing is indexed. At the first key out of order, every key
 * so far goes into a KeyIndex, which takes over.
 */
export class UniqueKeys {
  private last: string | null = null;
  private index: KeyIndex | null = null;

  constructor(
    private readonly keyOf: (row: number) => string,
    private readonly expected: number,
  ) {}

  /** The row already holding `key`, or -1 after recording `row` (the next row) for it. */
  addOrFind(key: string, row: number): number {
    if (this.index === null) {
      if (this.last === null || this.last < key) {
        this.last = key;
        return -1;
      }
      this.index = new KeyIndex(this.keyOf, this.expected);
      for (let r = 0; r < row; r++) this.index.addOrFind(this.keyOf(r), r);
    }
    return this.index.addOrFind(key, row);
  }
}

