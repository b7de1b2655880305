import { Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../../../shared/domain/consent';
import { useStoreErrorMessage } from '../../../i18n/use-store-error-message';
import { useActiveSession } from '../../../session/use-desk-session';
import { StatusMessage } from '../../../shell/StatusMessage';
import type { StoreError } from '../../../store';
import { withdrawConsent } from './withdraw-consent';

interface WithdrawConsentDialogProps {
  readonly consent: Consent | null;
  readonly onClose: () => void;
  readonly onWithdrawn: () => void;
}

/**
 * Asks once before withdrawing a consent (it cannot be undone). Rendered inside the screen, not
 * in a portal, so a lock hides it with the rest of the screen.
 */
export function WithdrawConsentDialog({
  consent,
  onClose,
  onWithdrawn,
}: WithdrawConsentDialogProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const storeError = useStoreErrorMessage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StoreError | null>(null);
  const close = () => {
    setFailure(null);
    onClose();
  };
  const confirm = async () => {
    if (!consent) return;
    if (!session) return setFailure({ code: 'locked' });
    setBusy(true);
    const result = await withdrawConsent(session, consent);
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    onWithdrawn();
  };
  const purpose = consent ? t(`profile.values.purpose.${consent.purpose}`) : '';
  return (
    <Modal
      opened={consent !== null && session !== null}
      onClose={close}
      title={t('profile.consents.confirmTitle')}
      withinPortal={false}
      withCloseButton={false}
    >
      <Text mb="md">{t('profile.consents.confirmBody', { purpose })}</Text>
      {failure && <StatusMessage tone="error">{storeError(failure)}</StatusMessage>}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={close}>
          {t('profile.consents.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={confirm}>
          {t('profile.consents.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
