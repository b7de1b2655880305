import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../../shared/domain/placement';
import type { Visible } from '../../store';

/** Where a candidate stands, and when that was decided ("Contacted on 2025-03-01"). */
export function PlacementStatusLine({ placement }: { placement: Visible<Placement> | null }) {
  const { t } = useTranslation();
  const last = placement?.statusHistory?.at(-1);
  if (placement === null || last === undefined) {
    return <Text size="sm">{t('matching.statuses.none')}</Text>;
  }
  const status = t(`matching.statuses.${last.status}`);
  const outcome = placement.outcome
    ? ` · ${t(`matching.outcome.values.${placement.outcome}`)}`
    : '';
  return (
    <Text size="sm" fw={500}>
      {t('matching.lastDecision', { status, date: last.at.slice(0, 10) })}
      {outcome}
    </Text>
  );
}
