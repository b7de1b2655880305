import { Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { loadOwnProfile } from '../../session/load-own-profile';
import { useDeskSession } from '../../session/use-desk-session';
import { useSessionData } from '../../session/use-session-data';
import { ScreenTitle } from '../../shell/ScreenTitle';
import { ChangePassphraseForm } from './ChangePassphraseForm';

/** My account: who I am signed in as, and changing my passphrase. Open to every role. */
export function AccountScreen() {
  const { t } = useTranslation();
  const { phase } = useDeskSession();
  const profile = useSessionData(loadOwnProfile);
  const person = phase.kind === 'unlocked' || phase.kind === 'locked' ? phase.person : null;
  const record = profile.result?.ok ? profile.result.value.record : null;
  const rows = [
    [t('staff.fields.username'), person?.username],
    [t('staff.fields.displayName'), record?.displayName],
    [t('staff.fields.role'), person ? t(`roles.${person.role}`) : undefined],
  ] as const;
  return (
    <section>
      <ScreenTitle>{t('account.title')}</ScreenTitle>
      <Stack gap="xl" maw="40rem">
        <Table variant="vertical" withTableBorder>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w="12rem">
                  {label}
                </Table.Th>
                <Table.Td>{value ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <ChangePassphraseForm title={t('account.changeTitle')} />
      </Stack>
    </section>
  );
}
