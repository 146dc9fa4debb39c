/**
 * Text cells kept as the UTF-8 bytes they were read as, and duplicate keys found among them
 * without making a string of any key. The input is valid UTF-8 (load/encoding.ts checks it),
 * so equal bytes are equal text, and bytes order like the text does (see `compareCells`).
 */

/** Text cells end to end in one growable buffer: cell i is bytes[at[i]..at[i + 1]). */
export class ByteCells {
  bytes: Uint8Array;
  at: Uint32Array;
  count = 0;

  constructor(cells = 1024, bytesPerCell = 16) {
    this.at = new Uint32Array(Math.max(16, cells) + 1);
    this.bytes = new Uint8Array(Math.max(1024, cells * bytesPerCell));
  }

  /** Appends src[s..e) as the next cell. */
  push(src: Uint8Array, s: number, e: number): void {
    const from = this.at[this.count];
    const to = from + (e - s);
    if (to > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(to, Math.ceil(this.bytes.length * 1.5)));
      bigger.set(this.bytes.subarray(0, from));
      this.bytes = bigger;
    }
    if (this.count + 1 >= this.at.length) {
      const bigger = new Uint32Array(this.at.length * 2);
      bigger.set(this.at);
      this.at = bigger;
    }
    const b = this.bytes;
    for (let k = s, o = from; k < e; k++, o++) b[o] = src[k];
    this.at[++this.count] = to;
  }

  /** The cells without spare room (a view when the room left is small). */
  finish(): { bytes: Uint8Array; at: Uint32Array } {
    const used = this.at[this.count];
    const bytes = used * 1.5 >= this.bytes.length ? this.bytes.subarray(0, used) : this.bytes.slice(0, used);
    const at = (this.count + 1) * 1.25 >= this.at.length ? this.at.subarray(0, this.count + 1) : this.at.slice(0, this.count + 1);
    return { bytes, at };
  }
}

/**
 * How UTF-8 text a[as..ae) compares with b[bs..be) as JavaScript compares the decoded strings
 * (UTF-16 code units): negative, 0 or positive. Bytes order text by code point, which is the
 * code-unit order except between a character above U+FFFF (a surrogate pair, lead byte F0–F4)
 * and one in U+E000–U+FFFF (lead byte EE or EF): there the order turns round.
 */
export function compareUtf8(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): number {
  const n = Math.min(ae - as, be - bs);
  for (let k = 0; k < n; k++) {
    const x = a[as + k];
    const y = b[bs + k];
    if (x === y) continue;
    if (x >= 0xf0 && (y === 0xee || y === 0xef)) return -1;
    if (y >= 0xf0 && (x === 0xee || x === 0xef)) return 1;
    return x - y;
  }
  return ae - as - (be - bs);
}

function sameBytes(a: Uint8Array, as: number, ae: number, b: Uint8Array, bs: number, be: number): boolean {
  if (ae - as !== be - bs) return false;
  for (let k = 0; k < ae - as; k++) if (a[as + k] !== b[bs + k]) return false;
  return true;
}

/** FNV-1a over the bytes, finished with a multiply-xorshift so low bits mix well. */
function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * Which keys were seen, and on which row: the key of row r is cell `stride * r` of `cells`.
 * While keys arrive in strictly increasing order (exports sorted by key) no key can repeat and
 * nothing is indexed; at the first key out of order, every key so far goes into an
 * open-addressing hash table of row numbers (4 bytes a slot), which takes over.
 */
export class ByteKeys {
  private slots: Int32Array | null = null;
  private count = 0;
  private rows = 0;

  constructor(
    private readonly cells: ByteCells,
    private readonly stride: number,
    private readonly expected: number,
  ) {}

  /** True while every key so far was above the one before it. */
  get ascending(): boolean {
    return this.slots === null;
  }

  /**
   * The row already holding the key src[s..e), or -1 when it is new; a new key's row must then
   * be stored as the next row (its cell pushed) before the next call.
   */
  addOrFind(src: Uint8Array, s: number, e: number): number {
    const row = this.rows;
    if (this.slots === null) {
      const c = this.cells;
      const last = (row - 1) * this.stride;
      if (row === 0 || compareUtf8(c.bytes, c.at[last], c.at[last + 1], src, s, e) < 0) {
        this.rows++;
        return -1;
      }
      let size = 1024;
      while (size < this.expected * 2) size *= 2;
      this.slots = new Int32Array(size).fill(-1);
      for (let r = 0; r < row; r++) this.insert(r);
    }
    const found = this.find(src, s, e);
    if (found === -1) this.rows++;
    return found;
  }

  /** Records the row just stored (its key is now in the cells). */
  private insert(r: number): void {
    const c = this.cells;
    const k = r * this.stride;
    this.place(hashBytes(c.bytes, c.at[k], c.at[k + 1]), r);
  }

  private place(h: number, r: number): void {
    if ((this.count + 1) * 2 > this.slots!.length) this.grow();
    const slots = this.slots!;
    const mask = slots.length - 1;
    let i = h & mask;
    while (slots[i] !== -1) i = (i + 1) & mask;
    slots[i] = r;
    this.count++;
  }

  private find(src: Uint8Array, s: number, e: number): number {
    const c = this.cells;
    const h = hashBytes(src, s, e);
    const slots = this.slots!;
    const mask = slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const r = slots[i];
      if (r === -1) break;
      const k = r * this.stride;
      if (sameBytes(c.bytes, c.at[k], c.at[k + 1], src, s, e)) return r;
    }
    // New: the caller stores it as the next row.
    this.place(h, this.rows);
    return -1;
  }

  private grow(): void {
    const old = this.slots!;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.count = 0;
    for (const r of old) if (r !== -1) this.insert(r);
  }
}
