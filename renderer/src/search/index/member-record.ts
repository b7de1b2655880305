import type { ConsentMask } from './consent-facts';
import type { DerivedFields } from './derived-fields';
import type { FacetId } from '../member-search-types';
import type { ProjectionSource } from './projection-source';

/**
 * One member as the index holds it in memory: what the list shows, what facets and duplicate
 * checks need, nothing else (no notes, no addresses; origin only for roles that may see it).
 */
export interface MemberRecord {
  readonly id: string;
  readonly names: ProjectionSource['names'];
  readonly updatedAt: string;
  readonly updatedMs: number;
  readonly residence: string | undefined;
  /** ISCO-08 code of the current (else first) occupation. */
  readonly occupation: string | undefined;
  readonly occupations: readonly string[];
  readonly skills: readonly string[];
  /** The terms the member is found by (names in every script, skills), worked out once. */
  readonly textKeys: readonly string[];
  /** Duplicate blocking keys as hashes, and the name skeletons that weigh common names. */
  readonly duplicateKeys: readonly number[];
  readonly nameSkeletons: readonly string[];
  readonly completeness: number;
  /** Draft problems other than the registration consent (that one comes from `consents`). */
  readonly incompleteDraft: boolean;
  readonly birthYear: number | undefined;
  /** Exact identifiers for the duplicate check: E.164 phones, e-mail, documents. */
  readonly phones: readonly string[];
  readonly email: string | undefined;
  readonly documents: readonly { readonly number: string; readonly country: string }[];
  readonly facets: Readonly<Record<FacetId, readonly string[]>>;
  consents: ConsentMask;
  derived: DerivedFields;
}
