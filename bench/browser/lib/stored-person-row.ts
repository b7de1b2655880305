import type { Person } from '../../../shared/domain';

/**
 * A person as a raw Dexie baseline stores it: the record in clear plus the derived fields a
 * production store would index. No encryption: this is the bar P1's encrypted store is held to.
 */
export type StoredPersonRow = Person & {
  syncState: 'pending' | 'synced';
  residenceCountry: string | undefined;
  familyNameKey: string;
};

/** Dexie schemas for the two P1 anchors: primary key only, and 7 production-like indexes. */
export const BULKPUT_SCHEMAS = {
  pk: 'id',
  indexed:
    'id, type, officeId, updatedAt, syncState, [type+updatedAt], residenceCountry, familyNameKey',
} as const;
export type BulkPutVariant = keyof typeof BULKPUT_SCHEMAS;

/** Lower-case ASCII-ish key of the Latin family name (diacritics, spaces, punctuation dropped). */
export function familyNameKey(person: Person): string {
  const family = person.names.latin?.family ?? person.names.passport?.family ?? '';
  return family
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function storedPersonRow(person: Person, index: number): StoredPersonRow {
  return {
    ...person,
    syncState: index % 10 === 0 ? 'pending' : 'synced',
    residenceCountry: person.residence?.country.code,
    familyNameKey: familyNameKey(person),
  };
}
