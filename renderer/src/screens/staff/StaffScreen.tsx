import { Loader, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { useActiveSession } from '../../session/use-desk-session';
import { useSessionData } from '../../session/use-session-data';
import { ScreenTitle } from '../../shell/ScreenTitle';
import { StatusMessage } from '../../shell/StatusMessage';
import { listStaff, type StaffMember } from '../../store';
import { AddStaffForm } from './AddStaffForm';
import { DisableStaffDialog } from './DisableStaffDialog';
import { RotateRecoveryKey } from './RotateRecoveryKey';
import { StaffTable } from './StaffTable';

/** Staff accounts (admins): the list, adding, disabling, and replacing the recovery key. */
export function StaffScreen() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const staff = useSessionData(listStaff);
  const storeError = useStoreErrorMessage();
  const [disabling, setDisabling] = useState<StaffMember | null>(null);
  const [disabled, setDisabled] = useState<string | null>(null);
  const result = staff.result;
  return (
    <section>
      <ScreenTitle>{t('staff.title')}</ScreenTitle>
      <Stack gap="xl" maw="56rem">
        <section aria-labelledby="staff-list-title">
          <Title order={2} size="h3" id="staff-list-title" mb="sm">
            {t('staff.list.title')}
          </Title>
          {result === null && <Loader aria-label={t('shell.loading')} />}
          {result?.ok === false && (
            <StatusMessage tone="error">{storeError(result.error)}</StatusMessage>
          )}
          {result?.ok === true && session && (
            <StaffTable
              members={result.value}
              ownId={session.staffId}
              onDisable={(member) => {
                setDisabled(null);
                setDisabling(member);
              }}
            />
          )}
          {disabled && (
            <StatusMessage tone="success">
              {t('staff.disable.done', { username: disabled })}
            </StatusMessage>
          )}
        </section>
        <AddStaffForm onAdded={staff.reload} />
        <RotateRecoveryKey />
      </Stack>
      <DisableStaffDialog
        member={disabling}
        onClose={() => setDisabling(null)}
        onDisabled={(member) => {
          setDisabling(null);
          setDisabled(member.username);
          staff.reload();
        }}
      />
    </section>
  );
}
