import type { MissionRequest } from '../domain/mission-request';
import type { MatchProfile } from './match-profile';
import { needCriteriaOf } from './need-criteria';

/**
 * What an index needs to find the only members who can fit a need: an occupation code that
 * starts with `occupationPrefix` (the wanted ISCO-08 sub-major group, or the wanted major group
 * itself), or one of the `skills` (normalised). `rankNeed` over just those members gives the
 * same result as over everyone, exclusion counts included, so the search worker can look them
 * up in its postings instead of scoring every member.
 */
export interface CandidateKeys {
  readonly occupationPrefix: string;
  readonly skills: readonly string[];
}

export function candidateKeys(need: MissionRequest): CandidateKeys {
  const criteria = needCriteriaOf(need);
  return { occupationPrefix: criteria.occupation.slice(0, 2), skills: [...criteria.skills] };
}

/** Whether a member is found by the keys (what an index lookup would return). */
export function isCandidate(keys: CandidateKeys, profile: MatchProfile): boolean {
  return (
    profile.occupations.some((o) => o.code.startsWith(keys.occupationPrefix)) ||
    profile.skills.some((s) => keys.skills.includes(s))
  );
}
