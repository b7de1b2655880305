import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementState } from '../../../../shared/referrals/agreement-status';

const colours: Readonly<Record<AgreementState, string>> = {
  missing: 'gray',
  expired: 'red',
  expiring: 'orange',
  valid: 'green',
};

/** Where a partner's data-sharing agreement stands, in words (never colour alone). */
export function AgreementBadge({ state }: { state: AgreementState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[state]} variant="light">
      {t(`partners.agreement.state.${state}`)}
    </Badge>
  );
}
