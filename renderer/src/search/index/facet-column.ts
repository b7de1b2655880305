import { Bitset } from './bitset';
import { PostingLists } from './posting-lists';
import { SlotLists } from './slot-lists';

/**
 * One facet's values (interned: a value id per distinct code), each member's value ids in a
 * pooled typed array (for counting over matching members) and each value's members as postings
 * (for selections).
 */
export class FacetColumn {
  readonly values: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #postings = new PostingLists();
  readonly ofSlot = new SlotLists();

  set(slot: number, values: readonly string[]): void {
    this.clear(slot);
    const ids = values.map((value) => this.#intern(value));
    this.ofSlot.set(slot, ids);
    for (const id of ids) this.#postings.add(id, slot);
  }

  clear(slot: number): void {
    for (const id of this.ofSlot.get(slot)) this.#postings.remove(id, slot);
    this.ofSlot.clear(slot);
  }

  valuesOf(slot: number): string[] {
    return Array.from(this.ofSlot.get(slot), (id) => this.values[id]!);
  }

  idOf(value: string): number | undefined {
    return this.#ids.get(value);
  }

  /** How many members have each value (by value id): the counts over everyone. */
  sizes(): Uint32Array {
    return Uint32Array.from(this.values, (_, id) => this.#postings.size(id));
  }

  /** Adds to `counts` (by value id) the values of every slot in `scope`. */
  tally(scope: Bitset, counts: Uint32Array): void {
    this.#visit(scope, counts, 1);
  }

  /** Takes from `counts` (by value id) the values of every slot in `scope`. */
  untally(scope: Bitset, counts: Uint32Array): void {
    this.#visit(scope, counts, -1);
  }

  #visit(scope: Bitset, counts: Uint32Array, delta: 1 | -1): void {
    const { pool, start, length } = this.ofSlot.view();
    const words = scope.words;
    const slots = Math.min(words.length, Math.ceil(length.length / 32));
    for (let w = 0; w < slots; w++) {
      let word = words[w]!;
      while (word !== 0) {
        const low = word & -word;
        const slot = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
        const from = start[slot]!;
        const to = from + length[slot]!;
        for (let k = from; k < to; k++) counts[pool[k]!]! += delta;
      }
    }
  }

  /** Slots having any of `selected`. */
  selection(selected: readonly string[], capacity: number): Bitset {
    const union = new Bitset(capacity);
    for (const value of selected) {
      const id = this.#ids.get(value);
      if (id !== undefined) this.#postings.orInto(id, union);
    }
    return union;
  }

  #intern(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.#ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}
