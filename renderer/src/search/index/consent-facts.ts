import { z } from 'zod';
import { consentPurposes, type ConsentPurpose } from '../../../../shared/domain/consent';

/** What the index reads of a decrypted consent record (see ProjectionSource for why narrow). */
export const ConsentSource = z.object({
  id: z.string(),
  type: z.literal('consent'),
  personId: z.string(),
  purpose: z.enum(consentPurposes),
  withdrawnAt: z.string().optional(),
});
export type ConsentSource = z.output<typeof ConsentSource>;

const bitOf = (purpose: ConsentPurpose) => 1 << consentPurposes.indexOf(purpose);

/** The purposes one person currently consents to, as a bit mask (bit i = consentPurposes[i]). */
export type ConsentMask = number;

export function hasPurpose(mask: ConsentMask, purpose: ConsentPurpose): boolean {
  return (mask & bitOf(purpose)) !== 0;
}

/**
 * Every consent record's person, purpose and whether it is active, by consent id; enough to say
 * what each person consents to now, and to update that when one consent record changes.
 */
export class ConsentFacts {
  #byId = new Map<string, { personId: string; bit: number; active: boolean }>();
  #byPerson = new Map<string, Set<string>>();

  /** Records a consent (new or changed); returns the person whose mask may have changed. */
  put(consent: ConsentSource): string {
    this.remove(consent.id);
    const fact = {
      personId: consent.personId,
      bit: bitOf(consent.purpose),
      active: consent.withdrawnAt === undefined,
    };
    this.#byId.set(consent.id, fact);
    let ids = this.#byPerson.get(consent.personId);
    if (!ids) this.#byPerson.set(consent.personId, (ids = new Set()));
    ids.add(consent.id);
    return consent.personId;
  }

  /** Forgets a consent; returns its person, or undefined if it was not a known consent. */
  remove(consentId: string): string | undefined {
    const fact = this.#byId.get(consentId);
    if (!fact) return undefined;
    this.#byId.delete(consentId);
    this.#byPerson.get(fact.personId)?.delete(consentId);
    return fact.personId;
  }

  /** Every fact as [consent id, person id, purpose bit, active] (for the sealed snapshot). */
  entries(): [string, string, number, boolean][] {
    return [...this.#byId].map(([id, f]) => [id, f.personId, f.bit, f.active]);
  }

  /** Takes back a fact from {@link entries}. */
  restore([id, personId, bit, active]: readonly [string, string, number, boolean]): void {
    this.remove(id);
    this.#byId.set(id, { personId, bit, active });
    let ids = this.#byPerson.get(personId);
    if (!ids) this.#byPerson.set(personId, (ids = new Set()));
    ids.add(id);
  }

  /** The consent ids known. */
  ids(): IterableIterator<string> {
    return this.#byId.keys();
  }

  maskOf(personId: string): ConsentMask {
    let mask = 0;
    for (const id of this.#byPerson.get(personId) ?? []) {
      const fact = this.#byId.get(id);
      if (fact?.active) mask |= fact.bit;
    }
    return mask;
  }
}
