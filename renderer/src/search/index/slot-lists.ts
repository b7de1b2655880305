/**
 * A short list of small integers per slot (a member's term ids, their values of one facet), all
 * in one pooled Uint32Array: no array object per member. Replacing a list appends the new one
 * and leaves the old cells as garbage, reclaimed when garbage outgrows the live cells.
 */
const EMPTY = new Uint32Array(0);

/** Arrays grow by half: at 200,000 members doubling leaves megabytes unused after a load. */
export const grownSize = (size: number) => size + (size >> 1) + 16;

export class SlotLists {
  #pool = new Uint32Array(1024);
  #used = 0;
  #live = 0;
  #start = new Uint32Array(1024);
  #length = new Uint16Array(1024);

  /** Slot's list, a view to read (not to write: an empty list is one shared empty array). */
  get(slot: number): Uint32Array {
    const length = slot < this.#length.length ? this.#length[slot]! : 0;
    if (length === 0) return EMPTY;
    const start = this.#start[slot]!;
    return this.#pool.subarray(start, start + length);
  }

  /** Reads slot's list without a subarray: calls `visit` with each value. */
  forEach(slot: number, visit: (value: number) => void): void {
    if (slot >= this.#length.length) return;
    const start = this.#start[slot]!;
    const end = start + this.#length[slot]!;
    for (let i = start; i < end; i++) visit(this.#pool[i]!);
  }

  /** The pool and where slot's list lies in it, for loops that must not call back. */
  view(): { pool: Uint32Array; start: Uint32Array; length: Uint16Array } {
    return { pool: this.#pool, start: this.#start, length: this.#length };
  }

  set(slot: number, values: ArrayLike<number>): void {
    this.#ensureSlot(slot);
    this.#live -= this.#length[slot]!;
    if (this.#used + values.length > this.#pool.length) this.#makeRoom(values.length);
    this.#start[slot] = this.#used;
    this.#length[slot] = values.length;
    for (let i = 0; i < values.length; i++) this.#pool[this.#used++] = values[i]!;
    this.#live += values.length;
  }

  clear(slot: number): void {
    if (slot >= this.#length.length) return;
    this.#live -= this.#length[slot]!;
    this.#length[slot] = 0;
  }

  #ensureSlot(slot: number): void {
    if (slot < this.#length.length) return;
    const size = Math.max(slot + 1, grownSize(this.#length.length));
    const start = new Uint32Array(size);
    start.set(this.#start);
    const length = new Uint16Array(size);
    length.set(this.#length);
    this.#start = start;
    this.#length = length;
  }

  /** Compacts when half the pool is garbage, and grows it when still short of room. */
  #makeRoom(needed: number): void {
    const garbage = this.#used - this.#live;
    const size = Math.max(this.#pool.length, (this.#live + needed) * 2);
    const pool = garbage * 2 >= this.#used ? new Uint32Array(size) : null;
    if (pool) {
      let used = 0;
      for (let slot = 0; slot < this.#length.length; slot++) {
        const length = this.#length[slot]!;
        if (length === 0) continue;
        const start = this.#start[slot]!;
        pool.set(this.#pool.subarray(start, start + length), used);
        this.#start[slot] = used;
        used += length;
      }
      this.#pool = pool;
      this.#used = used;
      return;
    }
    const grown = new Uint32Array(Math.max(grownSize(this.#pool.length), this.#used + needed));
    grown.set(this.#pool.subarray(0, this.#used));
    this.#pool = grown;
  }
}
