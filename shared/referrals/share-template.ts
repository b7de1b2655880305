import type { InstitutionType } from '../domain/organisation';
import type { PersonField } from '../domain/person';

/** Every Person field any template may share; none is high-risk. */
export const shareableFields = [
  'names',
  'preferredLanguage',
  'phones',
  'email',
  'residence',
  'education',
  'work',
  'licences',
  'skills',
  'languages',
  'availability',
  'investmentInterests',
] as const satisfies readonly PersonField[];
export type ShareableField = (typeof shareableFields)[number];

/** What every partner needs to reach the person: who they are and how to contact them. */
const contactFields = ['names', 'preferredLanguage', 'phones', 'email'] as const;

/**
 * The Person fields a partner of each type receives with a referral, beyond the contact fields:
 * only what that kind of institution needs to act (data minimisation). High-risk fields
 * (documents, origin, home address, family, notes) are never in a template.
 */
const extraFields: Readonly<Record<InstitutionType, readonly ShareableField[]>> = {
  ministry: ['residence', 'education', 'work', 'skills', 'languages', 'availability'],
  'investment-promotion-agency': ['residence', 'investmentInterests'],
  'diaspora-investment-fund': ['residence', 'investmentInterests'],
  university: ['education', 'work', 'languages', 'availability'],
  hospital: ['work', 'licences', 'languages', 'availability'],
  ngo: ['residence', 'skills', 'languages', 'availability'],
  'chamber-of-commerce': ['residence', 'work', 'investmentInterests'],
  'international-organisation': ['education', 'work', 'skills', 'languages', 'availability'],
  'local-authority': ['residence', 'investmentInterests'],
};

/** The minimal set of Person fields shared with a partner of this type, in a stable order. */
export function shareTemplate(institutionType: InstitutionType): readonly ShareableField[] {
  return [...contactFields, ...extraFields[institutionType]];
}
