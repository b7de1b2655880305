import {
  applyConsents,
  projectPeople,
  putMembers,
  reconsentMembers,
} from '../worker/apply-records';
import type { OpenIndex } from '../worker/worker-state';
import { dropDeleted } from './drop-deleted';
import { readStoreState } from './read-store-state';

/**
 * Brings a loaded index up to the records as they are now from its watermark (what a snapshot
 * written next must reflect): people and consents deleted since leave, those changed since are
 * read again, members whose consents changed follow. Then the watermark moves up.
 */
export async function catchUp(open: OpenIndex): Promise<void> {
  const now = await readStoreState(open.db, open.dataKey, open.watermark);
  const affected = dropDeleted(open, new Set(now.personIds), new Set(now.consentIds));
  for (const person of applyConsents(open, await now.changedConsents)) affected.add(person);
  reconsentMembers(open, affected, false);
  putMembers(open, projectPeople(open, await now.changedPeople), false);
  open.watermark = now.maxSeq;
}
