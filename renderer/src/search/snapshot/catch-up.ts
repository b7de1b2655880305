import {
  applyConsents,
  projectPeople,
  putMembers,
  reconsentMembers,
  removeMember,
} from '../worker/apply-records';
import type { OpenIndex } from '../worker/worker-state';
import { readStoreState } from './read-store-state';

/**
 * Brings a loaded index up to the records as they are now from its watermark (what a snapshot
 * written next must reflect): people and consents deleted since leave, those changed since are
 * read again, members whose consents changed follow. Then the watermark moves up.
 */
export async function catchUp(open: OpenIndex): Promise<void> {
  const now = await readStoreState(open.db, open.dataKey, open.watermark);
  const people = new Set(now.personIds);
  const consents = new Set(now.consentIds);
  const affected = new Set<string>();
  for (const id of [...open.consents.ids()]) {
    const person = consents.has(id) ? undefined : open.consents.remove(id);
    if (person) affected.add(person);
  }
  for (const person of applyConsents(open, await now.changedConsents)) affected.add(person);
  for (const id of [...open.index.ids()]) if (!people.has(id)) removeMember(open, id);
  reconsentMembers(open, affected, false);
  putMembers(open, projectPeople(open, await now.changedPeople), false);
  open.watermark = now.maxSeq;
}
