import { Person } from '../../../../../shared/domain/person';

/** The one Person schema, without the envelope the store adds: what the form validates. */
export const PersonFields = Person.omit({
  id: true,
  type: true,
  officeId: true,
  createdAt: true,
  updatedAt: true,
  rev: true,
});
