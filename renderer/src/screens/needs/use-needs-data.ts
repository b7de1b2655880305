import { useCallback, useEffect } from 'react';
import type { MissionRequest } from '../../../../shared/domain/mission-request';
import type { Organisation, PartnerInstitution } from '../../../../shared/domain/organisation';
import type { Placement } from '../../../../shared/domain/placement';
import { listAllRecords } from '../../referrals/list-all-records';
import { useSessionData } from '../../session/use-session-data';
import type { Session, StoreResult, Visible } from '../../store';
import { useCommitsOf } from './use-commits-of';

export interface NeedsData {
  readonly needs: readonly Visible<MissionRequest>[];
  readonly partners: readonly Visible<PartnerInstitution>[];
  readonly placements: readonly Visible<Placement>[];
}

const isPartner = (o: Visible<Organisation>): o is Visible<PartnerInstitution> =>
  o.kind === 'partner';

async function loadNeeds(session: Session): Promise<StoreResult<NeedsData>> {
  const [needs, organisations, placements] = await Promise.all([
    listAllRecords(session, 'mission-request'),
    listAllRecords(session, 'organisation'),
    listAllRecords(session, 'placement'),
  ]);
  if (!needs.ok) return needs;
  if (!organisations.ok) return organisations;
  if (!placements.ok) return placements;
  return {
    ok: true,
    value: {
      needs: needs.value,
      partners: organisations.value.filter(isPartner),
      placements: placements.value,
    },
  };
}

/**
 * Written elsewhere than this screen (a sync, another window): read again. Placements written
 * here already reload through `onSaved`. Consents are not read here: the ranking says who may be
 * contacted (see useNeedRanking).
 */
const followed = ['mission-request', 'organisation'] as const;

/**
 * The office's mission requests, partner institutions and placement decisions, read again
 * after others are written (what was shown stays meanwhile).
 */
export function useNeedsData() {
  const data = useSessionData(loadNeeds);
  const reload = useCallback(() => data.reload(), [data]);
  const commits = useCommitsOf(followed);
  useEffect(() => {
    if (commits > 0) reload();
    // Only a new burst of commits reloads (`reload` changes with every load).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [commits]);
  return { result: data.result, reload };
}
