import { Bitset } from './bitset';
import { PostingLists } from './posting-lists';
import { grownSize, SlotLists } from './slot-lists';

type FirstValues = Uint8Array | Uint16Array | Uint32Array;
type FirstValuesKind = new (length: number) => FirstValues;

/** A scope to count: its members as a bitset and as a list of slots. */
export interface ListedScope {
  readonly set: Bitset;
  readonly slots: Uint32Array;
  readonly count: number;
}

/**
 * One facet's values (interned: a value id per distinct code), each member's value ids in a
 * pooled typed array (for counting over matching members) and each value's members as postings
 * (for selections). Most members have one value of a facet (one country of residence, one
 * sector): a member's first value is also kept in a dense column counted without branching,
 * and the further values of the members with several are counted apart (a bitset marks them).
 */
export class FacetColumn {
  readonly values: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #postings = new PostingLists();
  readonly ofSlot = new SlotLists();
  /**
   * By slot: its first value's id + 1; 0 when it has none. A byte each while the facet has
   * fewer than 255 values (most do), widened when it outgrows that.
   */
  #single: FirstValues = new Uint8Array(1024);
  readonly #several = new Bitset();

  set(slot: number, values: readonly string[]): void {
    this.clear(slot);
    const ids = values.map((value) => this.#intern(value));
    this.ofSlot.set(slot, ids);
    for (const id of ids) this.#postings.add(id, slot);
    const first = ids.length > 0 ? ids[0]! + 1 : 0;
    this.#fit(slot, first);
    this.#single[slot] = first;
    if (ids.length > 1) this.#several.add(slot);
  }

  /** Makes `#single` long enough for `slot` and wide enough for `value`. */
  #fit(slot: number, value: number): void {
    const single = this.#single;
    const wider = value > 0xffff ? Uint32Array : value > 0xff ? Uint16Array : null;
    const widen = wider !== null && single.BYTES_PER_ELEMENT < wider.BYTES_PER_ELEMENT;
    if (slot < single.length && !widen) return;
    const length = Math.max(
      slot + 1,
      slot < single.length ? single.length : grownSize(single.length),
    );
    const Kind = widen ? wider : (single.constructor as FirstValuesKind);
    const grown = new Kind(length);
    grown.set(single);
    this.#single = grown;
  }

  clear(slot: number): void {
    for (const id of this.ofSlot.get(slot)) this.#postings.remove(id, slot);
    this.ofSlot.clear(slot);
    if (slot < this.#single.length) this.#single[slot] = 0;
    this.#several.delete(slot);
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

  /** Adds to `counts` (by value id) the values of `scope`'s members (delta 1), or removes them. */
  tally(scope: ListedScope, counts: Uint32Array, delta: 1 | -1): void {
    if (this.values.length === 0) return;
    const single = this.#single;
    // byId[id + 1] counts the members whose first value is id; byId[0] those with none.
    const byId = new Int32Array(this.values.length + 1);
    const { slots, count } = scope;
    // A slot past the column (never set) reads as undefined, so as 0.
    for (let i = 0; i < count; i++) byId[single[slots[i]!]! | 0]!++;
    for (let id = 0; id < counts.length; id++) counts[id]! += delta * byId[id + 1]!;
    this.#tallySeveral(scope.set, counts, delta);
  }

  #tallySeveral(scope: Bitset, counts: Uint32Array, delta: 1 | -1): void {
    const { pool, start, length } = this.ofSlot.view();
    const several = this.#several.words;
    const words = scope.words;
    const n = Math.min(words.length, several.length);
    for (let w = 0; w < n; w++) {
      let word = words[w]! & several[w]!;
      while (word !== 0) {
        const low = word & -word;
        const slot = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
        // The first value was counted from the dense column.
        const from = start[slot]!;
        const to = from + length[slot]!;
        for (let k = from + 1; k < to; k++) counts[pool[k]!]! += delta;
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
