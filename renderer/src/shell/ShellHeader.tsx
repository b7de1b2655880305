import { Burger, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './LanguageSelect';
import classes from './Header.module.css';

interface ShellHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
}

export function ShellHeader({ navOpened, onToggleNav }: ShellHeaderProps) {
  const { t } = useTranslation();
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
      <LanguageSelect className={classes.language} label={t('shell.language.label')} />
    </Group>
  );
}
