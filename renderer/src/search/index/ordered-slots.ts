/**
 * Every slot in one sort order, kept current by binary insertion, with each slot's rank, so a
 * result set is put in order by walking this order (large results) or comparing ranks (small
 * ones), never by calling an expensive comparator (Intl.Collator) per query.
 */
export class OrderedSlots {
  #order: number[] = [];
  #rank = new Int32Array(1024).fill(-1);

  constructor(private readonly compare: (a: number, b: number) => number) {}

  /** Replaces the order with `slots` already sorted by `compare`. */
  reset(sorted: number[]): void {
    this.#order = sorted;
    this.#renumber(0);
  }

  get order(): readonly number[] {
    return this.#order;
  }

  rankOf(slot: number): number {
    return slot < this.#rank.length ? this.#rank[slot]! : -1;
  }

  insert(slot: number): void {
    this.remove(slot);
    let lo = 0;
    let hi = this.#order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.#order[mid]!, slot) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.#order.splice(lo, 0, slot);
    this.#renumber(lo);
  }

  remove(slot: number): void {
    const at = this.rankOf(slot);
    if (at < 0) return;
    this.#order.splice(at, 1);
    this.#rank[slot] = -1;
    this.#renumber(at);
  }

  #renumber(from: number): void {
    const needed = this.#order.reduce((max, slot) => Math.max(max, slot + 1), 0);
    if (needed > this.#rank.length) {
      const grown = new Int32Array(Math.max(needed, this.#rank.length * 2)).fill(-1);
      grown.set(this.#rank);
      this.#rank = grown;
    }
    for (let i = from; i < this.#order.length; i++) this.#rank[this.#order[i]!] = i;
  }
}
