import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeaveGuard } from './use-leave-guard';

/** "Leave without saving?" when a link is followed with unsaved changes. */
export function LeaveGuardModal({ guard }: { readonly guard: LeaveGuard }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={guard.pendingHref !== null}
      onClose={guard.stay}
      title={t('memberForm.leave.title')}
      centered
      closeButtonProps={{ 'aria-label': t('memberForm.leave.stay') }}
    >
      <Text size="sm" mb="md">
        {t('memberForm.leave.body')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={guard.stay} data-autofocus>
          {t('memberForm.leave.stay')}
        </Button>
        <Button color="red" onClick={guard.leave}>
          {t('memberForm.leave.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
