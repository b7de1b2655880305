import type { DerivedFields } from './derived-fields';
import type { MemberRecord } from './member-record';
import type { StoredMember } from './member-slots';
import type { ValueInterner } from './value-interner';

/**
 * What the index keeps of a member (see StoredMember), with the values members share (name
 * parts, codes, skills, matching's lists) replaced by shared copies. Identifiers that are one
 * person's own (id, phones, e-mail, documents) are kept as they are: interning them saves nothing.
 */
export function compactMember(record: MemberRecord, interner: ValueInterner): StoredMember {
  const { textKeys: _keys, facets: _facets, ...rest } = record;
  const match = record.derived.match;
  const sharedMatch = Object.fromEntries(
    Object.entries(match).map(([key, value]) => [key, key === 'id' ? value : interner.deep(value)]),
  ) as unknown as DerivedFields['match'];
  return {
    ...rest,
    names: interner.deep(record.names),
    residence: record.residence === undefined ? undefined : interner.string(record.residence),
    occupation: record.occupation === undefined ? undefined : interner.string(record.occupation),
    occupations: interner.deep(record.occupations),
    skills: interner.deep(record.skills),
    nameSkeletons: record.nameSkeletons.map((skeleton) => interner.string(skeleton)),
    derived: { ...record.derived, match: sharedMatch },
  };
}
