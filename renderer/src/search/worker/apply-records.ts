import { ConsentSource } from '../index/consent-facts';
import { ProjectionSource } from '../index/projection-source';
import { projectMember, reprojectMember } from '../index/project-member';
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

/** Adds or replaces members, in bulk (sort orders rebuilt later) or one by one (kept current). */
export function putMembers(open: OpenIndex, records: readonly MemberRecord[], bulk: boolean): void {
  if (bulk) open.index.putMany(records);
  else for (const record of records) open.index.put(record);
}

export function removeMember(open: OpenIndex, id: string): void {
  open.index.remove(id);
}

/** Members already in the index whose consents changed: mask and derived fields follow. */
export function reconsentMembers(open: OpenIndex, people: Iterable<string>, bulk: boolean): void {
  const changed: MemberRecord[] = [];
  for (const id of people) {
    const record = open.index.get(id);
    if (!record) continue;
    const next = reprojectMember(record, open.consents.maskOf(id), open.projection);
    if (next !== record) changed.push(next);
  }
  putMembers(open, changed, bulk);
}
