import type { Bitset } from './bitset';
import { grownSize } from './slot-lists';

const FIRST_CAPACITY = 4;

/**
 * Slots per numbered key (a term, a facet value), each list a growable Uint32Array: 4 bytes a
 * posting instead of a Set entry. Order within a list does not matter (lists are OR-ed into
 * bitsets), so a removal swaps the last posting in.
 */
export class PostingLists {
  #lists: Uint32Array[] = [];
  #lengths = new Uint32Array(64);

  add(key: number, slot: number): void {
    if (key >= this.#lengths.length) {
      const grown = new Uint32Array(Math.max(key + 1, this.#lengths.length * 2));
      grown.set(this.#lengths);
      this.#lengths = grown;
    }
    let list = this.#lists[key];
    const length = this.#lengths[key]!;
    if (!list || length === list.length) {
      const grown = new Uint32Array(Math.max(FIRST_CAPACITY, grownSize(length)));
      if (list) grown.set(list);
      this.#lists[key] = list = grown;
    }
    list[length] = slot;
    this.#lengths[key] = length + 1;
  }

  remove(key: number, slot: number): void {
    const list = this.#lists[key];
    if (!list) return;
    const length = this.#lengths[key]!;
    const at = list.subarray(0, length).indexOf(slot);
    if (at < 0) return;
    list[at] = list[length - 1]!;
    this.#lengths[key] = length - 1;
  }

  size(key: number): number {
    return key < this.#lengths.length ? this.#lengths[key]! : 0;
  }

  /** Adds the slots of `key` from position `from` (in list order) up to `to` to `into`. */
  orSomeInto(key: number, from: number, to: number, into: Bitset): void {
    const list = this.#lists[key];
    if (!list) return;
    const end = Math.min(to, this.#lengths[key]!);
    for (let i = from; i < end; i++) into.add(list[i]!);
  }

  /** Adds the slots of `key` to `into`. */
  orInto(key: number, into: Bitset): void {
    const list = this.#lists[key];
    if (!list) return;
    const length = this.#lengths[key]!;
    for (let i = 0; i < length; i++) into.add(list[i]!);
  }
}
