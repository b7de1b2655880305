import type { CandidateKeys, MatchProfile } from '../../../../shared/matching';
import type { Bitset } from './bitset';
import { PostingLists } from './posting-lists';

const occupationKey = (code: string) => `o:${code}`;
const skillKey = (skill: string) => `s:${skill}`;

function keysOf(profile: MatchProfile): string[] {
  return [
    ...profile.occupations.map((o) => occupationKey(o.code)),
    ...profile.skills.map(skillKey),
  ];
}

/**
 * Members by the occupation codes and skills of their matching profile, so ranking a need reads
 * only the members `candidateKeys` can find (shared/matching proves that ranks the same) instead
 * of scoring all 200,000.
 */
export class MatchPostings {
  readonly #ids = new Map<string, number>();
  readonly #postings = new PostingLists();

  add(slot: number, profile: MatchProfile): void {
    for (const key of new Set(keysOf(profile))) {
      let id = this.#ids.get(key);
      if (id === undefined) this.#ids.set(key, (id = this.#ids.size));
      this.#postings.add(id, slot);
    }
  }

  remove(slot: number, profile: MatchProfile): void {
    for (const key of new Set(keysOf(profile))) {
      const id = this.#ids.get(key);
      if (id !== undefined) this.#postings.remove(id, slot);
    }
  }

  /** Adds to `into` the slots `keys` find (what `isCandidate` accepts). */
  orCandidates(keys: CandidateKeys, into: Bitset): void {
    const prefix = occupationKey(keys.occupationPrefix);
    for (const [key, id] of this.#ids) {
      if (key.startsWith(prefix)) this.#postings.orInto(id, into);
    }
    for (const skill of keys.skills) {
      const id = this.#ids.get(skillKey(skill));
      if (id !== undefined) this.#postings.orInto(id, into);
    }
  }
}
