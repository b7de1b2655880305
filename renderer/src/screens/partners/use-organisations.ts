import { useCallback } from 'react';
import type { Organisation } from '../../../../shared/domain/organisation';
import { listAllRecords } from '../../referrals/list-all-records';
import { useSessionData } from '../../session/use-session-data';
import type { Session, Visible } from '../../store';

const load = (session: Session) => listAllRecords(session, 'organisation');

/** Every partner institution and association of the office, reloaded on demand. */
export function useOrganisations() {
  const data = useSessionData(load);
  const all: readonly Visible<Organisation>[] | null =
    data.result?.ok === true ? data.result.value : null;
  const reload = useCallback(() => data.reload(), [data]);
  return { result: data.result, all, reload };
}
