import { describe, expect, it } from 'vitest';
import { emptyMemberForm } from '../../../../renderer/src/screens/members/form/empty-member-form';
import { fromPerson } from '../../../../renderer/src/screens/members/form/from-person';
import { PersonFields } from '../../../../renderer/src/screens/members/form/person-fields-schema';
import { toPersonContent } from '../../../../renderer/src/screens/members/form/to-person-content';

const lyon = '01890000-0000-7000-8000-00000000a001';

function withMemberships() {
  const v = emptyMemberForm('FR');
  v.names.latin = { given: 'Aminata', family: 'Diallo', other: '' };
  v.associationMemberships = [
    { organisationId: lyon, name: 'Niger Diaspora Lyon', role: 'officer' },
    { organisationId: null, name: 'Club des anciens de Zinder', role: null },
    { organisationId: null, name: '', role: null },
  ];
  return v;
}

describe('association memberships in the member form', () => {
  it('stores a picked association by its record id, a typed one by its name only', () => {
    const person = PersonFields.parse(toPersonContent(withMemberships()).content);
    expect(person.associationMemberships).toEqual([
      { organisationId: lyon, name: 'Niger Diaspora Lyon', role: 'officer' },
      { name: 'Club des anciens de Zinder' },
    ]);
  });

  it('keeps the link through an edit, even for a membership recorded with no name', () => {
    const person = PersonFields.parse(toPersonContent(withMemberships()).content);
    const idOnly = { ...person, associationMemberships: [{ organisationId: lyon }] };
    const again = PersonFields.parse(toPersonContent(fromPerson(idOnly, 'FR')).content);
    expect(again.associationMemberships).toEqual([{ organisationId: lyon }]);
    const edited = PersonFields.parse(toPersonContent(fromPerson(person, 'FR')).content);
    expect(edited.associationMemberships).toEqual(person.associationMemberships);
  });
});
