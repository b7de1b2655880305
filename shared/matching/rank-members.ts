import type { MissionRequest } from '../domain/mission-request';
import type { MatchProfile } from './match-profile';
import type { RankedMatch, RankingResult } from './match-types';
import { needCriteriaOf } from './need-criteria';
import { explainMatch, fitsNeed, maxPointsFor, scoreProfile } from './score-profile';

/** How many matches a need shows unless asked for more. */
export const defaultMatchLimit = 50;

interface Scored {
  readonly profile: MatchProfile;
  readonly points: number;
}

/** Higher points first; equal points by id, so the order never depends on input order. */
function before(a: Scored, b: Scored): boolean {
  return a.points > b.points || (a.points === b.points && a.profile.id < b.profile.id);
}

/** Inserts into `top` (kept sorted, at most `limit` long) when the candidate belongs there. */
function keepTop(top: Scored[], candidate: Scored, limit: number): void {
  const last = top[top.length - 1];
  if (top.length >= limit && (last === undefined || !before(candidate, last))) return;
  let i = top.length;
  while (i > 0 && before(candidate, top[i - 1] as Scored)) i -= 1;
  top.splice(i, 0, candidate);
  if (top.length > limit) top.pop();
}

/**
 * Ranks members for one mission request. Members without an active consent to be contacted about
 * opportunities, or whose processing is restricted, are never ranked: they are only counted
 * (when they would have fitted) so the screen can say how many were left out and why.
 * Pure: the same need and profiles give the same result, whatever their order.
 */
export function rankNeed(
  need: MissionRequest,
  profiles: readonly MatchProfile[],
  limit = defaultMatchLimit,
): RankingResult {
  const criteria = needCriteriaOf(need);
  const maxPoints = maxPointsFor(criteria);
  const top: Scored[] = [];
  let eligible = 0;
  let restricted = 0;
  let noContactConsent = 0;
  for (const profile of profiles) {
    if (profile.restricted || !profile.contactConsent) {
      // Only counted: whether they fit is enough, their points are never used.
      if (!fitsNeed(criteria, profile)) continue;
      if (profile.restricted) restricted += 1;
      else noContactConsent += 1;
      continue;
    }
    const points = scoreProfile(criteria, profile);
    if (points < 0) continue;
    eligible += 1;
    if (limit > 0) keepTop(top, { profile, points }, limit);
  }
  const matches: RankedMatch[] = top.map(({ profile, points }) => ({
    id: profile.id,
    score: points / maxPoints,
    reasons: explainMatch(criteria, profile),
  }));
  return { matches, eligible, excluded: { restricted, noContactConsent } };
}

/** The best `limit` members for a need, best first, with the reasons for each rank. */
export function rankMembers(
  need: MissionRequest,
  profiles: readonly MatchProfile[],
  limit = defaultMatchLimit,
): RankedMatch[] {
  return [...rankNeed(need, profiles, limit).matches];
}
