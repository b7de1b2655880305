/**
 * A growable set of small integers (document slots) as 32-bit words: membership, union and
 * intersection in one pass over the words, counts by popcount. Facet postings are bitsets.
 */
export class Bitset {
  words: Uint32Array;

  constructor(capacity = 1024) {
    this.words = new Uint32Array(Math.ceil(Math.max(capacity, 32) / 32));
  }

  static full(size: number): Bitset {
    const set = new Bitset(size);
    for (let i = 0; i < size; i++) set.add(i);
    return set;
  }

  #ensure(bit: number): void {
    const needed = (bit >>> 5) + 1;
    if (needed <= this.words.length) return;
    const grown = new Uint32Array(Math.max(needed, this.words.length * 2));
    grown.set(this.words);
    this.words = grown;
  }

  add(bit: number): void {
    this.#ensure(bit);
    this.words[bit >>> 5]! |= 1 << (bit & 31);
  }

  delete(bit: number): void {
    if (bit >>> 5 >= this.words.length) return;
    this.words[bit >>> 5]! &= ~(1 << (bit & 31));
  }

  has(bit: number): boolean {
    return bit >>> 5 < this.words.length && (this.words[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  clone(): Bitset {
    const copy = new Bitset(0);
    copy.words = this.words.slice();
    return copy;
  }

  /** This ∩ other, in place. */
  and(other: Bitset): this {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) a[i]! &= b[i]!;
    a.fill(0, n);
    return this;
  }

  /** This ∖ other, in place. */
  andNot(other: Bitset): this {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) a[i]! &= ~b[i]!;
    return this;
  }

  /** This ∪ other, in place. */
  or(other: Bitset): this {
    if (other.words.length > this.words.length) this.#ensure(other.words.length * 32 - 1);
    const a = this.words;
    const b = other.words;
    for (let i = 0; i < b.length; i++) a[i]! |= b[i]!;
    return this;
  }

  size(): number {
    let count = 0;
    const w = this.words;
    for (let i = 0; i < w.length; i++) count += popcount(w[i]!);
    return count;
  }

  isEmpty(): boolean {
    const w = this.words;
    for (let i = 0; i < w.length; i++) if (w[i] !== 0) return false;
    return true;
  }

  /** |this ∩ other| without building it. */
  intersectionSize(other: Bitset): number {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const w = a[i]! & b[i]!;
      if (w !== 0) count += popcount(w);
    }
    return count;
  }

  forEach(visit: (bit: number) => void): void {
    const w = this.words;
    for (let i = 0; i < w.length; i++) {
      let word = w[i]!;
      while (word !== 0) {
        const low = word & -word;
        visit((i << 5) + 31 - Math.clz32(low));
        word ^= low;
      }
    }
  }
}

export function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
