import { z } from 'zod';
import { MissionRequest } from '../../../../shared/domain/mission-request';
import { candidateKeys, rankNeed, type RankingResult } from '../../../../shared/matching';
import { defineHandler, settledOpen } from './request-handler';

/**
 * Ranks the members for one mission request (shared/matching), after the initial load: only
 * those the need's candidate keys find in the index are scored, which ranks the same as all. A role that may not see regions of origin gets a ranking that does not use them either,
 * so no reason can reveal one.
 */
export const handleRankForNeed = defineHandler({
  input: z.object({ need: MissionRequest, limit: z.int().min(1).max(500).optional() }),
  async handle(state, { need, limit }): Promise<RankingResult> {
    const open = await settledOpen(state);
    const { region: _region, ...withoutRegion } = need;
    const asked = open.projection.highRisk ? need : withoutRegion;
    return rankNeed(asked, open.index.matchCandidates(candidateKeys(asked)), limit);
  },
});
