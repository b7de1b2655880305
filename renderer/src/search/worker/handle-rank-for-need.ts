import { z } from 'zod';
import { MissionRequest } from '../../../../shared/domain/mission-request';
import { candidateKeys, rankNeed } from '../../../../shared/matching';
import { hasPurpose } from '../index/consent-facts';
import type { NeedRankingResult } from '../member-search-types';
import { defineHandler, settledOpen } from './request-handler';
import type { OpenIndex } from './worker-state';

/**
 * Ranks the members for one mission request (shared/matching), after the initial load and after
 * every refresh asked before it (`exclusive`), so a member saved just before is never missed:
 * only those the need's candidate keys find in the index are scored, which ranks the same as
 * all. A role that may not see regions of origin gets a ranking that does not use them either,
 * so no reason can reveal one. Says which of the ranked and of `people` (those already decided
 * on) may be contacted, from the consents the worker holds: the screen reads none itself.
 */
export const handleRankForNeed = defineHandler({
  input: z.object({
    need: MissionRequest,
    limit: z.int().min(1).max(500).optional(),
    people: z.array(z.string().max(40)).max(1000).optional(),
  }),
  async handle(state, { need, limit, people = [] }): Promise<NeedRankingResult> {
    const open = await settledOpen(state);
    const { region: _region, ...withoutRegion } = need;
    const asked = open.projection.highRisk ? need : withoutRegion;
    return open.exclusive(async () => {
      const ranking = rankNeed(asked, open.index.matchCandidates(candidateKeys(asked)), limit);
      const ids = new Set([...ranking.matches.map((m) => m.id), ...people]);
      return { ...ranking, contactable: contactableAmong(open, ids) };
    });
  },
});

function contactableAmong(open: OpenIndex, ids: Iterable<string>): string[] {
  return [...ids].filter((id) => hasPurpose(open.consents.maskOf(id), 'contact-opportunities'));
}
