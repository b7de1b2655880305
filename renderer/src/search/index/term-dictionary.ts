import { Bitset } from './bitset';
import { boundedEditDistance } from './bounded-edit-distance';
import { PostingLists } from './posting-lists';

/**
 * The distinct text keys of every member, each with the slots it belongs to. Terms are kept in
 * sorted order too, so a typed prefix is one binary-searched range whose postings are OR-ed into
 * a bitset; terms are grouped by length for fuzzy lookups. Term ids never change (a term whose
 * members are all gone stays, with no postings).
 */
export class TermDictionary {
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #postings = new PostingLists();
  readonly #byLength: number[][] = [];
  /**
   * The slots under each one-letter prefix, kept once asked for: typing the first letter of a
   * name would otherwise OR the postings of a large part of the dictionary at every keystroke.
   * An added term extends its letter's set; a removal drops the set (it is rebuilt when next asked).
   */
  readonly #byFirstLetter = new Map<string, Bitset>();
  /** Term ids in term order; null after a bulk load until the next lookup. */
  #sorted: number[] | null = [];

  get termCount(): number {
    return this.#terms.length;
  }

  /** The id of `term`, added to the dictionary if new. */
  intern(term: string, bulk: boolean): number {
    let id = this.#ids.get(term);
    if (id !== undefined) return id;
    id = this.#terms.length;
    this.#ids.set(term, id);
    this.#terms.push(term);
    (this.#byLength[term.length] ??= []).push(id);
    if (bulk || this.#sorted === null) this.#sorted = null;
    else this.#sorted.splice(this.#lowerBound(this.#sorted, term), 0, id);
    return id;
  }

  term(id: number): string {
    return this.#terms[id]!;
  }

  add(slot: number, termIds: ArrayLike<number>): void {
    for (let i = 0; i < termIds.length; i++) {
      this.#postings.add(termIds[i]!, slot);
      this.#byFirstLetter.get(this.#terms[termIds[i]!]!.charAt(0))?.add(slot);
    }
  }

  remove(slot: number, termIds: ArrayLike<number>): void {
    for (let i = 0; i < termIds.length; i++) {
      this.#postings.remove(termIds[i]!, slot);
      this.#byFirstLetter.delete(this.#terms[termIds[i]!]!.charAt(0));
    }
  }

  /** Slots having `term` itself. */
  exact(term: string, into: Bitset): void {
    const id = this.#ids.get(term);
    if (id !== undefined) this.#postings.orInto(id, into);
  }

  /** Slots having a term that starts with `prefix` (the term itself included). */
  prefix(prefix: string, into: Bitset): void {
    if (prefix.length !== 1) {
      this.#orRange(prefix, into);
      return;
    }
    let letter = this.#byFirstLetter.get(prefix);
    if (!letter) {
      letter = new Bitset();
      this.#orRange(prefix, letter);
      this.#byFirstLetter.set(prefix, letter);
    }
    into.or(letter);
  }

  #orRange(prefix: string, into: Bitset): void {
    const sorted = this.#order();
    for (let i = this.#lowerBound(sorted, prefix); i < sorted.length; i++) {
      const id = sorted[i]!;
      if (!this.#terms[id]!.startsWith(prefix)) break;
      this.#postings.orInto(id, into);
    }
  }

  /** Slots having a term within `maxDistance` edits of `term` (lengths within it too). */
  fuzzy(term: string, maxDistance: number, into: Bitset): void {
    const from = Math.max(0, term.length - maxDistance);
    for (let length = from; length <= term.length + maxDistance; length++) {
      for (const id of this.#byLength[length] ?? []) {
        if (this.#postings.size(id) === 0) continue;
        if (boundedEditDistance(term, this.#terms[id]!, maxDistance) <= maxDistance) {
          this.#postings.orInto(id, into);
        }
      }
    }
  }

  #order(): number[] {
    if (this.#sorted === null) {
      const terms = this.#terms;
      this.#sorted = terms
        .map((_, id) => id)
        .sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
    }
    return this.#sorted;
  }

  #lowerBound(sorted: readonly number[], text: string): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#terms[sorted[mid]!]! < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
