import type { Consent } from '../../../../shared/domain/consent';
import type { Visible } from '../../store';

/** The people with an active consent to be contacted about opportunities. */
export function contactablePeople(consents: readonly Visible<Consent>[]): ReadonlySet<string> {
  const people = new Set<string>();
  for (const c of consents) {
    if (c.purpose === 'contact-opportunities' && c.withdrawnAt === undefined && c.personId) {
      people.add(c.personId);
    }
  }
  return people;
}
