import { Bitset } from './bitset';
import { decodeIdentifiers, decodeNames, encodeIdentifiers, encodeNames } from './compact-member';
import type { DerivedFields } from './derived-fields';
import type { MemberRecord } from './member-record';
import { grownSize, SlotLists } from './slot-lists';
import { ValueInterner } from './value-interner';

/**
 * A member as the index gives it back: the record without what the index holds in compact form
 * elsewhere (text keys as term ids, facet values as value ids).
 */
export type StoredMember = Omit<MemberRecord, 'textKeys' | 'facets'>;

const NONE = -1;

/**
 * Members by slot: a small integer per member that bitsets, the text index and sort orders
 * share. Slots of removed members are reused. Each field is a column (typed arrays for numbers
 * and interned strings' numbers, pooled lists for short lists), not an object per member: at
 * 200,000 members an object with twenty properties and its arrays cost more than the rest of
 * the index. `get` rebuilds a member when one is asked for.
 */
export class MemberSlots {
  readonly alive = new Bitset();
  readonly #interner = new ValueInterner();
  readonly #byId = new Map<string, number>();
  #free: number[] = [];
  #capacity = 0;
  #ids: (string | undefined)[] = [];
  #updatedMs = new Float64Array(0);
  #completeness = new Float64Array(0);
  /** NaN when unknown. */
  #birthYear = new Float64Array(0);
  #consents = new Int32Array(0);
  #incompleteDraft = new Uint8Array(0);
  /** Interned strings' numbers, NONE when absent. */
  #residence = new Int32Array(0);
  #occupation = new Int32Array(0);
  readonly #names = new SlotLists();
  readonly #occupations = new SlotLists();
  readonly #skills = new SlotLists();
  readonly #nameSkeletons = new SlotLists();
  readonly #duplicateKeys = new SlotLists();
  #identifiers: string[] = [];
  #derived: (DerivedFields | undefined)[] = [];
  /** The few values the columns cannot hold as they are (see #store). */
  readonly #updatedAtOther = new Map<number, string>();
  readonly #namesOther = new Map<number, MemberRecord['names']>();

  get size(): number {
    return this.#byId.size;
  }

  slotOf(id: string): number | undefined {
    return this.#byId.get(id);
  }

  idOf(slot: number): string | undefined {
    return this.alive.has(slot) ? this.#ids[slot] : undefined;
  }

  /** Stores a member; returns its slot and the member it replaced, if any. */
  put(record: MemberRecord): { slot: number; previous: StoredMember | undefined } {
    const known = this.#byId.get(record.id);
    const previous = known === undefined ? undefined : this.get(known);
    const slot = known ?? this.#free.pop() ?? this.#ids.length;
    // The id string the slot already holds, when known: one string per member.
    const id = known === undefined ? record.id : this.#ids[known]!;
    this.#store(slot, id, record);
    if (known === undefined) this.#byId.set(id, slot);
    this.alive.add(slot);
    return { slot, previous };
  }

  remove(id: string): { slot: number; previous: StoredMember } | undefined {
    const slot = this.#byId.get(id);
    if (slot === undefined) return undefined;
    const previous = this.get(slot)!;
    this.#ids[slot] = undefined;
    this.#derived[slot] = undefined;
    this.#identifiers[slot] = '';
    for (const lists of this.#lists()) lists.clear(slot);
    this.#updatedAtOther.delete(slot);
    this.#namesOther.delete(slot);
    this.#byId.delete(id);
    this.alive.delete(slot);
    this.#free.push(slot);
    return { slot, previous };
  }

  slots(): number[] {
    const slots: number[] = [];
    this.alive.forEach((slot) => slots.push(slot));
    return slots;
  }

  /** The member in `slot`, rebuilt from the columns (a new object each time). */
  get(slot: number): StoredMember | undefined {
    const id = this.idOf(slot);
    if (id === undefined) return undefined;
    const text = (code: number) => (code === NONE ? undefined : this.#interner.text(code));
    const year = this.#birthYear[slot]!;
    const { phones, email, documents } = decodeIdentifiers(this.#identifiers[slot]!);
    return {
      id,
      names: this.names(slot),
      updatedAt: this.#updatedAtOther.get(slot) ?? new Date(this.#updatedMs[slot]!).toISOString(),
      updatedMs: this.#updatedMs[slot]!,
      residence: text(this.#residence[slot]!),
      occupation: text(this.#occupation[slot]!),
      occupations: this.#interner.texts(this.#occupations.get(slot)),
      skills: this.#interner.texts(this.#skills.get(slot)),
      duplicateKeys: Array.from(this.#duplicateKeys.get(slot)),
      nameSkeletons: this.#interner.texts(this.#nameSkeletons.get(slot)),
      completeness: this.#completeness[slot]!,
      incompleteDraft: this.#incompleteDraft[slot] === 1,
      birthYear: Number.isNaN(year) ? undefined : year,
      phones,
      email,
      documents,
      consents: this.#consents[slot]!,
      derived: this.#derived[slot]!,
    };
  }

  names(slot: number): MemberRecord['names'] {
    return this.#namesOther.get(slot) ?? decodeNames(this.#names.get(slot), this.#interner);
  }

  /** The member's birth year, without rebuilding the member (the duplicate check reads many). */
  birthYear(slot: number): number | undefined {
    const year = this.#birthYear[slot];
    return year === undefined || Number.isNaN(year) ? undefined : year;
  }

  updatedMs(slot: number): number {
    return this.#updatedMs[slot] ?? 0;
  }

  completeness(slot: number): number {
    return this.#completeness[slot] ?? 0;
  }

  residence(slot: number): string | undefined {
    const code = this.#residence[slot] ?? NONE;
    return code === NONE ? undefined : this.#interner.text(code);
  }

  derived(slot: number): DerivedFields | undefined {
    return this.#derived[slot];
  }

  #store(slot: number, id: string, record: MemberRecord): void {
    this.#ensure(slot);
    const interner = this.#interner;
    this.#ids[slot] = id;
    this.#updatedMs[slot] = record.updatedMs;
    if (sameInstant(record.updatedAt, record.updatedMs)) this.#updatedAtOther.delete(slot);
    else this.#updatedAtOther.set(slot, record.updatedAt);
    this.#completeness[slot] = record.completeness;
    this.#birthYear[slot] = record.birthYear ?? NaN;
    this.#consents[slot] = record.consents;
    this.#incompleteDraft[slot] = record.incompleteDraft ? 1 : 0;
    this.#residence[slot] = record.residence === undefined ? NONE : interner.id(record.residence);
    this.#occupation[slot] =
      record.occupation === undefined ? NONE : interner.id(record.occupation);
    const names = encodeNames(record.names, interner);
    this.#names.set(slot, names ?? []);
    if (names) this.#namesOther.delete(slot);
    else this.#namesOther.set(slot, record.names);
    this.#occupations.set(slot, interner.ids(record.occupations));
    this.#skills.set(slot, interner.ids(record.skills));
    this.#nameSkeletons.set(slot, interner.ids(record.nameSkeletons));
    this.#duplicateKeys.set(slot, record.duplicateKeys);
    this.#identifiers[slot] = encodeIdentifiers(record);
    this.#derived[slot] = compactDerived(record.derived, id, interner);
  }

  #lists(): SlotLists[] {
    return [this.#names, this.#occupations, this.#skills, this.#nameSkeletons, this.#duplicateKeys];
  }

  #ensure(slot: number): void {
    if (slot < this.#capacity) return;
    const size = Math.max(slot + 1, grownSize(this.#capacity), 1024);
    this.#updatedMs = grown(this.#updatedMs, new Float64Array(size));
    this.#completeness = grown(this.#completeness, new Float64Array(size));
    this.#birthYear = grown(this.#birthYear, new Float64Array(size));
    this.#consents = grown(this.#consents, new Int32Array(size));
    this.#incompleteDraft = grown(this.#incompleteDraft, new Uint8Array(size));
    this.#residence = grown(this.#residence, new Int32Array(size));
    this.#occupation = grown(this.#occupation, new Int32Array(size));
    this.#capacity = size;
  }
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(from: T, into: T): T {
  into.set(from as never);
  return into;
}

/** Whether `updatedAt` is exactly how `updatedMs` prints (so it need not be kept). */
function sameInstant(updatedAt: string, updatedMs: number): boolean {
  return Number.isFinite(updatedMs) && new Date(updatedMs).toISOString() === updatedAt;
}

/** The derived fields with their values shared; the member's id stays the slot's own string. */
function compactDerived(derived: DerivedFields, id: string, interner: ValueInterner) {
  const copy: Record<string, unknown> = { ...derived };
  for (const name of Object.keys(derived)) {
    const value = derived[name as keyof DerivedFields];
    copy[name] = interner.fields(value, id);
  }
  return copy as unknown as DerivedFields;
}
