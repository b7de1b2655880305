import { Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeskPerson } from '../session/session-context';
import { useActiveSession } from '../session/use-desk-session';
import { SyncStatusBadge } from '../screens/sync/SyncStatusBadge';
import { LanguageSelect } from './LanguageSelect';
import { SessionControls } from './SessionControls';
import classes from './Header.module.css';

interface ShellHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
  person: DeskPerson;
}

export function ShellHeader({ navOpened, onToggleNav, person }: ShellHeaderProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  return (
    <Group className={classes.bar} justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('shell.nav.toggle')}
          aria-expanded={navOpened}
        />
        <Text component="span" fw={700} size="lg">
          {t('app.name')}
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        {session ? <SyncStatusBadge session={session} /> : null}
        <SessionControls person={person} />
        <LanguageSelect className={classes.language} label={t('shell.language.label')} />
      </Group>
    </Group>
  );
}
