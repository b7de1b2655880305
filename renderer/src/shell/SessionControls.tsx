import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { loadOwnProfile } from '../session/load-own-profile';
import type { DeskPerson } from '../session/session-context';
import { useDeskSession } from '../session/use-desk-session';
import { useSessionData } from '../session/use-session-data';

/** Who is signed in, and the buttons to lock the desk or to log out. */
export function SessionControls({ person }: { person: DeskPerson }) {
  const { t } = useTranslation();
  const { lockNow, logout } = useDeskSession();
  const profile = useSessionData(loadOwnProfile);
  const displayName = profile.result?.ok ? profile.result.value.record.displayName : undefined;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" visibleFrom="md">
        {t('session.signedInAs', {
          name: displayName ?? person.username,
          role: t(`roles.${person.role}`),
        })}
      </Text>
      <Button variant="default" size="xs" onClick={lockNow}>
        {t('session.lock')}
      </Button>
      <Button variant="subtle" size="xs" onClick={logout}>
        {t('session.logout')}
      </Button>
    </Group>
  );
}
