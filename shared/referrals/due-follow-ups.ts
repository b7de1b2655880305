import type { Consultation } from '../domain/consultation';

type FollowUpSource = Pick<
  Consultation,
  'id' | 'personId' | 'at' | 'followUpDate' | 'counsellorId'
>;

/**
 * A counsellor's follow-ups due on or before `today` (YYYY-MM-DD), oldest first. A follow-up is
 * done once a later consultation with the same person is recorded, by anyone.
 */
export function dueFollowUps<C extends FollowUpSource>(
  consultations: readonly C[],
  counsellorId: string,
  today: string,
): C[] {
  const latestByPerson = new Map<string, string>();
  for (const c of consultations) {
    const latest = latestByPerson.get(c.personId);
    if (latest === undefined || c.at > latest) latestByPerson.set(c.personId, c.at);
  }
  return consultations
    .filter(
      (c) =>
        c.counsellorId === counsellorId &&
        c.followUpDate !== undefined &&
        c.followUpDate <= today &&
        latestByPerson.get(c.personId) === c.at,
    )
    .sort((a, b) => (a.followUpDate ?? '').localeCompare(b.followUpDate ?? ''));
}
