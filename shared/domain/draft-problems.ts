import { activeConsentPurposes, type Consent } from './consent';
import type { Person } from './person';
import { hasAnyName } from './person-names';

export const draftProblemCodes = [
  'name-required',
  'residence-country-required',
  'contact-required',
  'registration-consent-required',
] as const;
export type DraftProblem = (typeof draftProblemCodes)[number];

/** What the draft rule looks at (presence only), so a projection of a person will do. */
type DraftFields = Pick<Person, 'id' | 'names'> & {
  readonly residence?: unknown;
  readonly phones: readonly unknown[];
  readonly email?: unknown;
};

/**
 * What stops a parsed Person from being saved as a draft: it needs one name (any script), a
 * country of residence, one phone or e-mail, and an active registration consent. Consents are
 * their own records (one per purpose), so this is a function over both rather than a schema.
 * An empty list means the draft may be saved.
 */
export function draftProblems(
  person: DraftFields,
  consents: readonly Pick<Consent, 'personId' | 'purpose' | 'withdrawnAt'>[],
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!hasAnyName(person.names)) problems.push('name-required');
  if (person.residence === undefined) problems.push('residence-country-required');
  if (person.phones.length === 0 && person.email === undefined) problems.push('contact-required');
  if (!activeConsentPurposes(person.id, consents).has('registration')) {
    problems.push('registration-consent-required');
  }
  return problems;
}
