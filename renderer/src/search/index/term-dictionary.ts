import { Bitset } from './bitset';
import { boundedEditDistance } from './bounded-edit-distance';
import { PostingLists } from './posting-lists';

/** Postings warmStep adds between two asks of `enough()` (a few hundred microseconds' work). */
const WARM_POSTINGS = 4096;

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
  /** The letter `warmStep` is building, the terms it had when it started, and how far it is. */
  #warming: Warming | null = null;
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
    const kept = this.#byFirstLetter.size > 0 || this.#warming !== null;
    for (let i = 0; i < termIds.length; i++) {
      this.#postings.add(termIds[i]!, slot);
      if (!kept) continue;
      const letter = this.#terms[termIds[i]!]!.charAt(0);
      this.#byFirstLetter.get(letter)?.add(slot);
      if (this.#warming?.letter === letter) this.#warming.slots.add(slot);
    }
  }

  remove(slot: number, termIds: ArrayLike<number>): void {
    for (let i = 0; i < termIds.length; i++) {
      this.#postings.remove(termIds[i]!, slot);
      const letter = this.#terms[termIds[i]!]!.charAt(0);
      this.#byFirstLetter.delete(letter);
      if (this.#warming?.letter === letter) this.#warming = null;
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
      if (this.#warming?.letter === prefix) this.#warming = null;
    }
    into.or(letter);
  }

  /**
   * Builds the slots of the one-letter prefixes not kept yet, a few thousand postings at a
   * time until `enough()` says so (asked after each), so that the first letter typed after a
   * load finds its set ready. A letter's set is kept only once complete: a lookup meanwhile
   * answers as it would without warming. Returns whether any letter is left to build.
   */
  warmStep(enough: () => boolean): boolean {
    for (;;) {
      const warming = (this.#warming ??= this.#nextToWarm());
      if (!warming) return false;
      while (warming.next < warming.terms.length) {
        const term = warming.terms[warming.next]!;
        const to = warming.at + WARM_POSTINGS;
        this.#postings.orSomeInto(term, warming.at, to, warming.slots);
        if (to >= this.#postings.size(term)) {
          warming.next++;
          warming.at = 0;
        } else warming.at = to;
        if (enough() && warming.next < warming.terms.length) return true;
      }
      this.#byFirstLetter.set(warming.letter, warming.slots);
      this.#warming = null;
      if (enough()) return true;
    }
  }

  /**
   * The letter with the most postings among those with no kept set (the slowest to build when
   * typed), with its terms as of now; null when every letter is kept.
   */
  #nextToWarm(): Warming | null {
    const sorted = this.#order();
    let best: Warming | null = null;
    let bestSize = -1;
    for (let i = 0; i < sorted.length;) {
      const letter = this.#terms[sorted[i]!]!.charAt(0);
      let end = i;
      let size = 0;
      while (end < sorted.length && this.#terms[sorted[end]!]!.charAt(0) === letter) {
        size += this.#postings.size(sorted[end++]!);
      }
      if (letter !== '' && size > bestSize && !this.#byFirstLetter.has(letter)) {
        best = { letter, terms: sorted.slice(i, end), next: 0, at: 0, slots: new Bitset() };
        bestSize = size;
      }
      i = end;
    }
    return best;
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

/**
 * A one-letter prefix set being built: the postings of `terms` before `next`, and those of
 * `terms[next]` before `at`, are in `slots`.
 */
interface Warming {
  readonly letter: string;
  readonly terms: readonly number[];
  next: number;
  at: number;
  readonly slots: Bitset;
}
