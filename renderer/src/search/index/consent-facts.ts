import { z } from 'zod';
import { consentPurposes, type ConsentPurpose } from '../../../../shared/domain/consent';
import { grownSize } from './slot-lists';

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

const PURPOSES = consentPurposes.length;

/** One fact in one small integer: (person number * PURPOSES + purpose index) * 2 + active. */
const pack = (person: number, purpose: number, active: boolean) =>
  (person * PURPOSES + purpose) * 2 + (active ? 1 : 0);

/**
 * Every consent record's person, purpose and whether it is active, by consent id; enough to say
 * what each person consents to now, and to update that when one consent record changes. Held
 * compactly (300,000 consents at 200,000 members): a small integer per consent id, a number per
 * person, and per person and purpose how many of their consents are active in a typed array.
 */
export class ConsentFacts {
  /** Packed facts (see pack) by consent id. */
  readonly #byId = new Map<string, number>();
  /** Person numbers by person id; a number is freed when its person has no consent left. */
  readonly #personNo = new Map<string, number>();
  readonly #personIds: string[] = [];
  readonly #free: number[] = [];
  /** By person number: how many consents (active or not) name that person. */
  #held = new Uint32Array(0);
  /** By person number * PURPOSES + purpose index: how many of them are active. */
  #active = new Uint32Array(0);

  /** Records a consent (new or changed); returns the person whose mask may have changed. */
  put(consent: ConsentSource): string {
    const purpose = consentPurposes.indexOf(consent.purpose);
    this.#set(consent.id, consent.personId, purpose, consent.withdrawnAt === undefined);
    return consent.personId;
  }

  /** Forgets a consent; returns its person, or undefined if it was not a known consent. */
  remove(consentId: string): string | undefined {
    const packed = this.#byId.get(consentId);
    if (packed === undefined) return undefined;
    this.#byId.delete(consentId);
    const { person, purpose, active } = unpack(packed);
    if (active) this.#active[person * PURPOSES + purpose]! -= 1;
    const personId = this.#personIds[person]!;
    if ((this.#held[person]! -= 1) === 0) {
      this.#personNo.delete(personId);
      this.#personIds[person] = '';
      this.#free.push(person);
    }
    return personId;
  }

  /** One fact as [consent id, person id, purpose bit, active] (for the sealed snapshot). */
  entry(id: string): [string, string, number, boolean] | undefined {
    const packed = this.#byId.get(id);
    if (packed === undefined) return undefined;
    const { person, purpose, active } = unpack(packed);
    return [id, this.#personIds[person]!, 1 << purpose, active];
  }

  /** Takes back a fact from {@link entry}. */
  restore([id, personId, bit, active]: readonly [string, string, number, boolean]): void {
    const purpose = 31 - Math.clz32(bit);
    // Sealed by this worker, so never another bit; checked all the same (it indexes an array).
    if (purpose < 0 || purpose >= PURPOSES || 1 << purpose !== bit) return;
    this.#set(id, personId, purpose, active);
  }

  /** The consent ids known. */
  ids(): IterableIterator<string> {
    return this.#byId.keys();
  }

  maskOf(personId: string): ConsentMask {
    const person = this.#personNo.get(personId);
    if (person === undefined) return 0;
    let mask = 0;
    for (let purpose = 0; purpose < PURPOSES; purpose++) {
      if (this.#active[person * PURPOSES + purpose]! > 0) mask |= 1 << purpose;
    }
    return mask;
  }

  #set(id: string, personId: string, purpose: number, active: boolean): void {
    this.remove(id);
    const person = this.#numberOf(personId);
    this.#byId.set(id, pack(person, purpose, active));
    this.#held[person]! += 1;
    if (active) this.#active[person * PURPOSES + purpose]! += 1;
  }

  #numberOf(personId: string): number {
    const known = this.#personNo.get(personId);
    if (known !== undefined) return known;
    const person = this.#free.pop() ?? this.#personIds.length;
    this.#personIds[person] = personId;
    this.#personNo.set(personId, person);
    if (person >= this.#held.length) {
      const size = Math.max(person + 1, grownSize(this.#held.length), 1024);
      this.#held = grownInto(this.#held, size);
      this.#active = grownInto(this.#active, size * PURPOSES);
    }
    return person;
  }
}

function unpack(packed: number): { person: number; purpose: number; active: boolean } {
  const code = Math.floor(packed / 2);
  return {
    person: Math.floor(code / PURPOSES),
    purpose: code % PURPOSES,
    active: packed % 2 === 1,
  };
}

function grownInto(from: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const into = new Uint32Array(size);
  into.set(from);
  return into;
}
