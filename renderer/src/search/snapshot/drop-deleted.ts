import { removeMember } from '../worker/apply-records';
import type { OpenIndex } from '../worker/worker-state';

/**
 * Drops the members and consent facts whose records are no longer stored; returns the people
 * whose consents were dropped (their masks must follow, see reconsentMembers).
 */
export function dropDeleted(
  open: OpenIndex,
  personIds: ReadonlySet<string>,
  consentIds: ReadonlySet<string>,
): Set<string> {
  const affected = new Set<string>();
  for (const id of [...open.consents.ids()]) {
    const person = consentIds.has(id) ? undefined : open.consents.remove(id);
    if (person) affected.add(person);
  }
  for (const id of [...open.index.ids()]) if (!personIds.has(id)) removeMember(open, id);
  return affected;
}
