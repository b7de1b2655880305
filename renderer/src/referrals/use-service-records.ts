import { useCallback } from 'react';
import type { Consent } from '../../../shared/domain/consent';
import type { Consultation } from '../../../shared/domain/consultation';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Referral } from '../../../shared/domain/referral';
import { useSessionData } from '../session/use-session-data';
import type { Session, StoreResult, Visible } from '../store';
import { listAllRecords } from './list-all-records';

export interface ServiceRecords {
  readonly organisations: readonly Visible<Organisation>[];
  readonly referrals: readonly Visible<Referral>[];
  readonly consultations: readonly Visible<Consultation>[];
  readonly consents: readonly Visible<Consent>[];
}

async function loadServiceRecords(session: Session): Promise<StoreResult<ServiceRecords>> {
  const [organisations, referrals, consultations, consents] = await Promise.all([
    listAllRecords(session, 'organisation'),
    listAllRecords(session, 'referral'),
    listAllRecords(session, 'consultation'),
    listAllRecords(session, 'consent'),
  ]);
  if (!organisations.ok) return organisations;
  if (!referrals.ok) return referrals;
  if (!consultations.ok) return consultations;
  if (!consents.ok) return consents;
  return {
    ok: true,
    value: {
      organisations: organisations.value,
      referrals: referrals.value,
      consultations: consultations.value,
      consents: consents.value,
    },
  };
}

/** Partners, referrals, consultations and consents of the office, reloaded after each change. */
export function useServiceRecords() {
  const data = useSessionData(loadServiceRecords);
  const reload = useCallback(() => data.reload(), [data]);
  return { result: data.result, reload };
}
