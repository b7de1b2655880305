import type { Bitset } from './bitset';

/** The ordered slots of a search, read a window at a time. */
export interface OrderedResult {
  readonly total: number;
  /** Slots [from, to) of the result, in order. */
  slice(from: number, to: number): Uint32Array;
  /** Works out the whole order now (before the sort orders it walks change). */
  complete(): void;
}

export function fixedResult(slots: Uint32Array): OrderedResult {
  return { total: slots.length, slice: (from, to) => slots.subarray(from, to), complete() {} };
}

/**
 * A result ordered by groups (relevance buckets, best first), then by a precomputed order (walked from either end),
 * worked out only as far as the rows asked for: the first screen of 120,000 matches walks the
 * order until 50 are found, not to the end. A group whose members have all been found stops
 * its walk early.
 */
export class LazyResult implements OrderedResult {
  readonly total: number;
  readonly #sizes: number[];
  #rows: Uint32Array;
  #filled = 0;
  #group = 0;
  #foundInGroup = 0;
  #cursor = 0;

  constructor(
    private readonly groups: readonly Bitset[],
    private readonly order: readonly number[],
    private readonly fromEnd: boolean,
  ) {
    this.#sizes = groups.map((group) => group.size());
    this.total = this.#sizes.reduce((a, b) => a + b, 0);
    this.#rows = new Uint32Array(Math.min(this.total, 256));
  }

  slice(from: number, to: number): Uint32Array {
    this.#fill(Math.min(to, this.total));
    return this.#rows.subarray(Math.min(from, this.#filled), Math.min(to, this.#filled));
  }

  complete(): void {
    this.#fill(this.total);
  }

  #fill(wanted: number): void {
    if (wanted > this.#rows.length) {
      const grown = new Uint32Array(Math.min(this.total, Math.max(wanted, this.#rows.length * 2)));
      grown.set(this.#rows.subarray(0, this.#filled));
      this.#rows = grown;
    }
    const order = this.order;
    const n = order.length;
    while (this.#filled < wanted && this.#group < this.groups.length) {
      const group = this.groups[this.#group]!;
      const size = this.#sizes[this.#group]!;
      while (this.#foundInGroup < size && this.#filled < wanted && this.#cursor < n) {
        const slot = order[this.fromEnd ? n - 1 - this.#cursor : this.#cursor]!;
        this.#cursor++;
        if (group.has(slot)) {
          this.#rows[this.#filled++] = slot;
          this.#foundInGroup++;
        }
      }
      if (this.#foundInGroup < size && this.#cursor < n) return;
      this.#group++;
      this.#foundInGroup = 0;
      this.#cursor = 0;
    }
  }
}
