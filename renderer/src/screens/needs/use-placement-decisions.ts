import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissionRequest } from '../../../../shared/domain/mission-request';
import type { Placement } from '../../../../shared/domain/placement';
import type { PlacementMove } from '../../../../shared/matching/transition-placement';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useActiveSession } from '../../session/use-desk-session';
import type { Session, StoreResult, Visible } from '../../store';
import { movePlacement, shortlistMember } from './decide-placement';

export interface DecisionOutcome {
  readonly tone: 'success' | 'error';
  readonly text: string;
}

/** Shortlisting and later decisions on one need, with the outcome to announce. */
export function usePlacementDecisions(need: Pick<MissionRequest, 'id'>, onSaved: () => void) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const storeError = useStoreErrorMessage();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);

  async function run(
    personId: string,
    write: (session: Session) => Promise<StoreResult<Placement>>,
  ) {
    if (!session) return setOutcome({ tone: 'error', text: storeError({ code: 'locked' }) });
    setBusy(personId);
    const result = await write(session);
    setBusy(null);
    if (!result.ok) return setOutcome({ tone: 'error', text: storeError(result.error) });
    const status = t(`matching.statuses.${result.value.status}`);
    setOutcome({ tone: 'success', text: t('matching.decisionSaved', { status }) });
    onSaved();
  }

  return {
    busy,
    outcome,
    shortlist: (personId: string, score: number) =>
      void run(personId, (s) => shortlistMember(s, need, personId, score)),
    move: (placement: Visible<Placement>, move: PlacementMove) =>
      void run(placement.personId ?? '', (s) => movePlacement(s, placement, move)),
  };
}
