/**
 * Members by ISCO-08 code of any of their occupations, so a typed occupation word ("infirmier",
 * "ممرض") finds the members whose code falls under a matching group at any level.
 */
export class OccupationPostings {
  #byCode = new Map<string, Set<number>>();

  add(slot: number, codes: readonly string[]): void {
    for (const code of codes) {
      let slots = this.#byCode.get(code);
      if (!slots) this.#byCode.set(code, (slots = new Set()));
      slots.add(slot);
    }
  }

  remove(slot: number, codes: readonly string[]): void {
    for (const code of codes) this.#byCode.get(code)?.delete(slot);
  }

  /** Slots with an occupation equal to or under any of `groups`. */
  under(groups: readonly string[]): Set<number> {
    const found = new Set<number>();
    if (groups.length === 0) return found;
    for (const [code, slots] of this.#byCode) {
      if (!groups.some((group) => code.startsWith(group))) continue;
      for (const slot of slots) found.add(slot);
    }
    return found;
  }
}
