import { ConsentSource } from '../index/consent-facts';
import { ProjectionSource } from '../index/projection-source';
import { projectMember } from '../index/project-member';
import type { MemberRecord } from '../index/member-record';
import type { OpenIndex } from './worker-state';

/** Decrypted consents into the consent facts; returns the people whose consents changed. */
export function applyConsents(open: OpenIndex, rows: readonly unknown[]): Set<string> {
  const people = new Set<string>();
  for (const row of rows) {
    const parsed = ConsentSource.safeParse(row);
    if (parsed.success) people.add(open.consents.put(parsed.data));
  }
  return people;
}

/** Decrypted people as index records; rows that are not people or do not parse are skipped. */
export function projectPeople(open: OpenIndex, rows: readonly unknown[]): MemberRecord[] {
  const records: MemberRecord[] = [];
  for (const row of rows) {
    const parsed = ProjectionSource.safeParse(row);
    if (!parsed.success) continue;
    const mask = open.consents.maskOf(parsed.data.id);
    records.push(projectMember(parsed.data, mask, open.projection));
  }
  return records;
}
