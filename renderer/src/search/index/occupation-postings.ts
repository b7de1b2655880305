import type { Bitset } from './bitset';
import { PostingLists } from './posting-lists';

/**
 * Members by ISCO-08 code of any of their occupations, so a typed occupation word ("infirmier",
 * "ممرض") finds the members whose code falls under a matching group at any level.
 */
export class OccupationPostings {
  readonly #ids = new Map<string, number>();
  readonly #postings = new PostingLists();

  add(slot: number, codes: readonly string[]): void {
    for (const code of codes) {
      let id = this.#ids.get(code);
      if (id === undefined) this.#ids.set(code, (id = this.#ids.size));
      this.#postings.add(id, slot);
    }
  }

  remove(slot: number, codes: readonly string[]): void {
    for (const code of codes) {
      const id = this.#ids.get(code);
      if (id !== undefined) this.#postings.remove(id, slot);
    }
  }

  /** Adds to `into` the slots with an occupation equal to or under any of `groups`. */
  orUnder(groups: readonly string[], into: Bitset): void {
    if (groups.length === 0) return;
    for (const [code, id] of this.#ids) {
      if (groups.some((group) => code.startsWith(group))) this.#postings.orInto(id, into);
    }
  }
}
