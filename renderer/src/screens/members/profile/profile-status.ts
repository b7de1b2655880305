import type { Consent } from '../../../../../shared/domain/consent';
import { draftProblems, type DraftProblem } from '../../../../../shared/domain/draft-problems';
import type { Person } from '../../../../../shared/domain/person';
import {
  profileCompleteness,
  type ProfileCompleteness,
} from '../../../../../shared/domain/profile-completeness';
import type { Visible } from '../../../store';

export interface ProfileStatus {
  readonly completeness: ProfileCompleteness;
  /** What stops the record counting as a registration; empty when it is complete enough. */
  readonly draftProblems: readonly DraftProblem[];
}

/**
 * Completeness and draft status of a person as a role sees them. A high-risk field withheld from
 * the role still holds something, so its block is not called missing (origin is all high risk).
 */
export function profileStatus(
  person: Visible<Person>,
  hiddenFields: readonly string[],
  consents: readonly Consent[],
): ProfileStatus {
  const seen = person as Person;
  const withHidden = hiddenFields.includes('origin') ? { ...seen, origin: true } : seen;
  return {
    completeness: profileCompleteness(withHidden),
    draftProblems: draftProblems(seen, consents),
  };
}
