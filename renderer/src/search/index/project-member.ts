import { draftProblems } from '../../../../shared/domain/draft-problems';
import { profileCompleteness } from '../../../../shared/domain/profile-completeness';
import { isicSection } from '../../../../shared/matching/isic-section';
import type { FacetId } from '../member-search-types';
import type { ConsentMask } from './consent-facts';
import { deriveFields, withConsents } from './derived-fields';
import type { MemberRecord } from './member-record';
import type { ProjectionSource } from './projection-source';
import { memberTextKeys } from './name-text-keys';
import { duplicateKeysOf, nameSkeletonsOf } from './duplicate-blocks';

export interface ProjectionOptions {
  /** Whether the signed-in role may see high-risk fields (region of origin, here). */
  readonly highRisk: boolean;
}

const unique = (values: Iterable<string | undefined>): string[] => [
  ...new Set([...values].filter((v): v is string => v !== undefined && v !== '')),
];

/**
 * The ids of the association records the person belongs to. A membership typed as a bare name
 * (no organisation record) has no id and is left out; the projection reads memberships loosely
 * (a malformed one must not drop the person from the index), hence the checks here.
 */
function associationIds(memberships: readonly unknown[]): (string | undefined)[] {
  return memberships.map((m) => {
    const id =
      typeof m === 'object' && m !== null
        ? (m as { organisationId?: unknown }).organisationId
        : undefined;
    return typeof id === 'string' ? id : undefined;
  });
}

function facetsOf(p: ProjectionSource, options: ProjectionOptions): Record<FacetId, string[]> {
  return {
    residence: unique([p.residence?.country.code]),
    origin: options.highRisk ? unique([p.origin?.region.code]) : [],
    sector: unique(p.work.map((w) => (w.sector ? isicSection(w.sector.code) : undefined))),
    iscoMajor: unique(p.work.map((w) => w.occupation.code.slice(0, 1))),
    language: unique(p.languages.map((l) => l.language.code)),
    availabilityMode: unique(p.availability?.modes ?? []),
    investmentType: unique(p.investmentInterests.map((i) => i.type)),
    association: unique(associationIds(p.associationMemberships)),
  };
}

/** What the duplicate check keeps of a person, worked out once here (and kept in snapshots). */
function duplicateFields(
  p: ProjectionSource,
): Pick<MemberRecord, 'duplicateKeys' | 'nameSkeletons'> {
  const person = {
    names: p.names,
    phones: p.phones,
    documents: p.documents,
    ...(p.email === undefined ? {} : { email: p.email }),
    ...(p.dateOfBirth?.year === undefined ? {} : { dateOfBirth: { year: p.dateOfBirth.year } }),
  };
  return {
    duplicateKeys: duplicateKeysOf(person, p.residence?.country.code),
    nameSkeletons: nameSkeletonsOf(p.names),
  };
}

/** The in-memory projection of one decrypted person (see MemberRecord). */
export function projectMember(
  p: ProjectionSource,
  consents: ConsentMask,
  options: ProjectionOptions,
): MemberRecord {
  const completeness = profileCompleteness(p);
  const current = p.work.find((w) => w.current === true) ?? p.work[0];
  return {
    id: p.id,
    names: p.names,
    updatedAt: p.updatedAt,
    updatedMs: Date.parse(p.updatedAt),
    residence: p.residence?.country.code,
    occupation: current?.occupation.code,
    occupations: unique(p.work.map((w) => w.occupation.code)),
    skills: p.skills,
    textKeys: memberTextKeys(p),
    ...duplicateFields(p),
    completeness: completeness.filled / completeness.total,
    incompleteDraft: draftProblems(p, []).some((c) => c !== 'registration-consent-required'),
    birthYear: p.dateOfBirth?.year,
    phones: unique(p.phones.map((ph) => ph.number)),
    email: p.email?.toLowerCase(),
    documents: p.documents.map((d) => ({ number: d.number, country: d.issuingCountry.code })),
    facets: facetsOf(p, options),
    consents,
    derived: deriveFields(p, consents),
  };
}

/**
 * A projected member as it would be projected now with `consents` and for a role with or
 * without high-risk access, from a projection made earlier (the sealed snapshot): consents
 * touch only the mask and derived fields; a role without high-risk access loses the origin.
 * Returns the same object when nothing differs.
 */
export function reprojectMember(
  record: MemberRecord,
  consents: ConsentMask,
  options: ProjectionOptions,
): MemberRecord {
  const hideOrigin = !options.highRisk && record.facets.origin.length > 0;
  if (record.consents === consents && !hideOrigin) return record;
  return {
    ...record,
    consents,
    derived: withConsents(record.derived, consents),
    facets: hideOrigin ? { ...record.facets, origin: [] } : record.facets,
  };
}
