const EMPTY = -1;
const MAX_LOAD = 0.7;
/** A block segment in the pool: [length, capacity, ...capacity slots]. */
const HEADER = 2;

/**
 * A multimap from 30-bit integer keys to slots, in typed arrays: at 200,000 members the
 * duplicate blocks hold ~1 million (key, slot) pairs under ~630,000 keys, which a `Map<number,
 * number | number[]>` keeps as ~40 MB of heap. Here the keys live in an open-addressing table
 * (linear probing, backward-shift deletion) whose value is the slot itself when the key has one
 * slot (most keys: phones, e-mails, documents, name + birth year), else ~offset of the key's
 * block in one pool: [length, capacity, slots...], contiguous, so removing a slot from a family
 * name's thousands is one scan (its last slot moves into the hole: order is not kept). A block
 * that outgrows its capacity moves to the end of the pool with twice as much; blocks left
 * behind are dropped when the pool is full (compaction).
 */
export class KeySlotTable {
  #keys: Int32Array;
  #shift: number;
  #values: Int32Array;
  #count = 0;
  #pool: Int32Array;
  #poolEnd = 0;
  #abandoned = 0;

  /** `2 ** sizeBits` key positions to start with (the table doubles as it fills). */
  constructor(sizeBits = 10) {
    this.#keys = new Int32Array(1 << sizeBits).fill(EMPTY);
    this.#shift = 32 - sizeBits;
    this.#values = new Int32Array(1 << sizeBits);
    this.#pool = new Int32Array(1 << sizeBits);
  }

  /** Distinct keys held. */
  get keyCount(): number {
    return this.#count;
  }

  add(key: number, slot: number): void {
    if ((this.#count + 1) / this.#keys.length > MAX_LOAD) this.#resize(this.#keys.length * 2);
    const at = this.#find(key);
    if (this.#keys[at] === EMPTY) {
      this.#keys[at] = key;
      this.#values[at] = slot;
      this.#count += 1;
      return;
    }
    const value = this.#values[at]!;
    if (value >= 0) {
      const block = this.#allocate(2);
      this.#pool.set([2, 2, value, slot], block);
      this.#values[at] = ~block;
      return;
    }
    let block = ~value;
    const length = this.#pool[block]!;
    if (length === this.#pool[block + 1]) block = this.#grow(at, length * 2);
    this.#pool[block + HEADER + length] = slot;
    this.#pool[block] = length + 1;
  }

  /** Removes one (key, slot) pair; nothing happens if the table does not hold it. */
  remove(key: number, slot: number): void {
    const at = this.#find(key);
    if (this.#keys[at] === EMPTY) return;
    const value = this.#values[at]!;
    if (value >= 0) {
      if (value === slot) this.#deleteAt(at);
      return;
    }
    const block = ~value;
    const length = this.#pool[block]!;
    const slots = this.#pool.subarray(block + HEADER, block + HEADER + length);
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots[index] = slots[length - 1]!;
    this.#pool[block] = length - 1;
    if (length - 1 === 1) {
      // Back to one slot held in the table itself.
      this.#values[at] = slots[0]!;
      this.#abandoned += HEADER + this.#pool[block + 1]!;
    }
  }

  /** Calls `visit` with every slot held under `key`. */
  forEach(key: number, visit: (slot: number) => void): void {
    const at = this.#find(key);
    if (this.#keys[at] === EMPTY) return;
    const value = this.#values[at]!;
    if (value >= 0) {
      visit(value);
      return;
    }
    const start = ~value + HEADER;
    const end = start + this.#pool[~value]!;
    // The pool may move if `visit` adds; read it once, as the slots were when the visit began.
    const pool = this.#pool;
    for (let i = start; i < end; i++) visit(pool[i]!);
  }

  /** The table position holding `key`, or the empty position where it would go. */
  #find(key: number): number {
    const mask = this.#keys.length - 1;
    let at = this.#home(key);
    while (this.#keys[at] !== EMPTY && this.#keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  /** Where `key` goes first: the top bits of a Fibonacci hash, as many as the table needs. */
  #home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.#shift;
  }

  /** Empties position `at`, shifting back the keys after it that probed past it. */
  #deleteAt(at: number): void {
    const mask = this.#keys.length - 1;
    let hole = at;
    let next = (hole + 1) & mask;
    while (this.#keys[next] !== EMPTY) {
      const home = this.#home(this.#keys[next]!);
      // The key at `next` may fill the hole if its home is not cyclically in (hole, next].
      if (((next - home) & mask) >= ((next - hole) & mask)) {
        this.#keys[hole] = this.#keys[next]!;
        this.#values[hole] = this.#values[next]!;
        hole = next;
      }
      next = (next + 1) & mask;
    }
    this.#keys[hole] = EMPTY;
    this.#count -= 1;
  }

  /** Moves the block of position `at` to a new segment of `capacity`; returns its offset. */
  #grow(at: number, capacity: number): number {
    const block = this.#allocate(capacity);
    const old = ~this.#values[at]!;
    const length = this.#pool[old]!;
    this.#pool.copyWithin(block + HEADER, old + HEADER, old + HEADER + length);
    this.#pool[block] = length;
    this.#pool[block + 1] = capacity;
    this.#abandoned += HEADER + this.#pool[old + 1]!;
    this.#values[at] = ~block;
    return block;
  }

  /** A segment for `capacity` slots at the end of the pool (compacted or enlarged first). */
  #allocate(capacity: number): number {
    const size = HEADER + capacity;
    if (this.#poolEnd + size > this.#pool.length) {
      // Compacting must leave a quarter free at least, or the pool grows to half as much again.
      const needed = this.#poolEnd - this.#abandoned + size;
      const length = this.#pool.length;
      this.#compact(new Int32Array(needed > length * 0.75 ? Math.ceil(needed * 1.5) : length));
    }
    const block = this.#poolEnd;
    this.#poolEnd += size;
    return block;
  }

  /** Copies the live blocks into `pool`, end to end, and points the keys at their copies. */
  #compact(pool: Int32Array): void {
    let end = 0;
    for (let at = 0; at < this.#keys.length; at++) {
      const value = this.#values[at]!;
      if (this.#keys[at] === EMPTY || value >= 0) continue;
      const size = HEADER + this.#pool[~value + 1]!;
      pool.set(this.#pool.subarray(~value, ~value + size), end);
      this.#values[at] = ~end;
      end += size;
    }
    this.#pool = pool;
    this.#poolEnd = end;
    this.#abandoned = 0;
  }

  #resize(size: number): void {
    const keys = this.#keys;
    const values = this.#values;
    this.#keys = new Int32Array(size).fill(EMPTY);
    this.#shift = 32 - Math.log2(size);
    this.#values = new Int32Array(size);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const at = this.#find(keys[i]!);
      this.#keys[at] = keys[i]!;
      this.#values[at] = values[i]!;
    }
  }
}
