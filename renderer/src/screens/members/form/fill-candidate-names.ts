import { readPeople } from '../../../referrals/read-people';
import type { DuplicateCandidate } from '../../../search/member-search-types';
import type { Session } from '../../../store';
import { personDisplayName } from './person-display-name';

/**
 * Gives a name to candidates the search index did not name (exact identifier hits not indexed
 * yet), read without high-risk fields so that typing in the form never logs a high-risk view.
 * Candidates whose record cannot be read (erased meanwhile) are dropped.
 */
export async function fillCandidateNames(
  session: Session,
  candidates: readonly DuplicateCandidate[],
): Promise<DuplicateCandidate[]> {
  const unnamed = candidates.filter((c) => c.name === '').map((c) => c.id);
  if (unnamed.length === 0) return [...candidates];
  const people = await readPeople(session, unnamed);
  if (!people.ok) return candidates.filter((c) => c.name !== '');
  return candidates.flatMap((c) => {
    if (c.name !== '') return [c];
    const person = people.value.get(c.id);
    return person ? [{ ...c, name: personDisplayName(person.names) }] : [];
  });
}
