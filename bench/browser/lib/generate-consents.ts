import type { Consent } from '../../../shared/domain/consent';
import type { Person } from '../../../shared/domain';
import { seededUuidV7 } from '../../lib/generate-people';
import { createRng } from '../../lib/prng';

/** Share of members who also agreed to be contacted about opportunities. */
const CONTACT_SHARE = 0.5;

/**
 * The consent records an office holds for a generated person (index `index` of `seed`): the
 * registration consent for every member and, for about half, consent to be contacted. The
 * search worker reads them at load (drafts, contactable), so the bench stores them too.
 */
export function generateConsents(person: Person, seed: number, index: number): Consent[] {
  const rng = createRng(seed ^ 0x0c0de5, index);
  const createdMs = Date.parse(person.createdAt);
  const consent = (purpose: Consent['purpose']): Consent => ({
    id: seededUuidV7(rng, createdMs),
    type: 'consent',
    officeId: person.officeId,
    createdAt: person.createdAt,
    updatedAt: person.createdAt,
    rev: 0,
    personId: person.id,
    purpose,
    noticeVersion: '2025-01',
    noticeLanguage: { list: 'iso-639-3', version: '2024', code: 'fra' },
    method: 'paper-signed',
    givenAt: person.createdAt,
    recordedBy: person.officeId,
  });
  const consents = [consent('registration')];
  if (rng.chance(CONTACT_SHARE)) consents.push(consent('contact-opportunities'));
  return consents;
}
