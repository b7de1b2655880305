import type { LanguageSkill } from './skills-languages';
import type { PersonField } from './person';

/**
 * How sync merges a Person field changed on two sides since the common base (DESIGN.md §3):
 * human: keep the current value and raise a Conflict; lww: later HLC wins, loser kept in
 * history; union: set union of elements, by {@link personUnionKeys}.
 */
export const mergePolicies = ['human', 'lww', 'union'] as const;
export type MergePolicy = (typeof mergePolicies)[number];

/** Identifying and legal fields need a person; preferences and notes take the latest. */
export const personMergePolicies = {
  names: 'human',
  sex: 'human',
  dateOfBirth: 'human',
  placeOfBirth: 'human',
  citizenships: 'human',
  documents: 'human',
  // Phone and e-mail identify a person (duplicate blocking keys).
  phones: 'human',
  email: 'human',
  addressAbroad: 'lww',
  addressHome: 'lww',
  preferredLanguage: 'lww',
  preferredChannel: 'lww',
  emergencyContact: 'lww',
  // Country of residence decides which offices may see the record.
  residence: 'human',
  emigrationYear: 'lww',
  residenceStatus: 'human',
  generation: 'lww',
  intentionToReturn: 'lww',
  origin: 'human',
  hometownAssociation: 'lww',
  education: 'lww',
  work: 'lww',
  licences: 'lww',
  skills: 'union',
  languages: 'union',
  availability: 'lww',
  investmentInterests: 'lww',
  associationMemberships: 'lww',
  notes: 'lww',
  processingRestricted: 'human',
} as const satisfies Record<PersonField, MergePolicy>;

export type UnionField = {
  [F in PersonField]: (typeof personMergePolicies)[F] extends 'union' ? F : never;
}[PersonField];

/**
 * Element identity for union fields: two elements with the same key are the same element
 * (a language known at two proficiencies is one language; the merge picks which survives).
 */
export const personUnionKeys = {
  skills: (tag: string) => tag,
  languages: (skill: LanguageSkill) => skill.language.code,
} as const satisfies Record<UnionField, (element: never) => string>;
