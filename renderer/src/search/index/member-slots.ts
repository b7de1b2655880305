import { Bitset } from './bitset';
import type { MemberRecord } from './member-record';

/**
 * A member as the index stores it: the record without what the index holds in compact form
 * elsewhere (text keys as term ids, facet values as value ids).
 */
export type StoredMember = Omit<MemberRecord, 'textKeys' | 'facets'>;

/**
 * Members by slot: a small integer per member that bitsets, the text index and sort orders
 * share. Slots of removed members are reused.
 */
export class MemberSlots {
  readonly alive = new Bitset();
  #records: (StoredMember | undefined)[] = [];
  #byId = new Map<string, number>();
  #free: number[] = [];

  get size(): number {
    return this.#byId.size;
  }

  slotOf(id: string): number | undefined {
    return this.#byId.get(id);
  }

  get(slot: number): StoredMember | undefined {
    return this.#records[slot];
  }

  /** Stores a record; returns its slot and the record it replaced, if any. */
  put(record: StoredMember): { slot: number; previous: StoredMember | undefined } {
    const known = this.#byId.get(record.id);
    const slot = known ?? this.#free.pop() ?? this.#records.length;
    const previous = this.#records[slot];
    this.#records[slot] = record;
    this.#byId.set(record.id, slot);
    this.alive.add(slot);
    return { slot, previous: known === undefined ? undefined : previous };
  }

  remove(id: string): { slot: number; previous: StoredMember } | undefined {
    const slot = this.#byId.get(id);
    if (slot === undefined) return undefined;
    const previous = this.#records[slot]!;
    this.#records[slot] = undefined;
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
}
