import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../../shared/domain/referral-status';

const colours: Readonly<Record<ReferralStatus, string>> = {
  sent: 'blue',
  acknowledged: 'cyan',
  'in-progress': 'grape',
  completed: 'green',
  declined: 'red',
  withdrawn: 'gray',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colours[status]} variant="light">
      {t(`referrals.status.${status}`)}
    </Badge>
  );
}
