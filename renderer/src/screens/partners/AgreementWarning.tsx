import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementState } from '../../../../shared/referrals/agreement-status';

/** Says plainly when an agreement has expired or soon will, and what that means for referrals. */
export function AgreementWarning({ state, expiry }: { state: AgreementState; expiry: string }) {
  const { t } = useTranslation();
  if (expiry === '' || (state !== 'expired' && state !== 'expiring')) return null;
  return (
    <Alert color={state === 'expired' ? 'red' : 'orange'} role="status">
      {t(`partners.agreement.warning.${state}`, { expiry })}
    </Alert>
  );
}
