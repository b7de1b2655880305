import { Button, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useActiveSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { disableStaff, type StaffMember, type StoreError } from '../../store';

interface DisableStaffDialogProps {
  member: StaffMember | null;
  onClose: () => void;
  onDisabled: (member: StaffMember) => void;
}

/**
 * Asks before disabling an account. Rendered inside the screen (not in a portal), so a lock
 * hides it with the rest of the screen.
 */
export function DisableStaffDialog({ member, onClose, onDisabled }: DisableStaffDialogProps) {
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
    if (!member) return;
    if (!session) return setFailure({ code: 'locked' });
    setBusy(true);
    const result = await disableStaff(session, member.id);
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    onDisabled(member);
  };
  return (
    <Modal
      opened={member !== null && session !== null}
      onClose={close}
      title={t('staff.disable.title', { username: member?.username ?? '' })}
      withinPortal={false}
      withCloseButton={false}
    >
      <Text mb="md">{t('staff.disable.body')}</Text>
      {failure && <StatusMessage tone="error">{storeError(failure)}</StatusMessage>}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={close}>
          {t('staff.disable.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={confirm}>
          {t('staff.disable.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
