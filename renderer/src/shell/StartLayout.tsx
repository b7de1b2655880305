import { Container, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './LanguageSelect';
import classes from './StartLayout.module.css';
import headerClasses from './Header.module.css';

/** The frame of the screens before the desk opens (setup, sign-in, unlock): name and language. */
export function StartLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={classes.page}>
      <header className={classes.header}>
        <Group className={headerClasses.bar} justify="space-between" wrap="nowrap">
          <Text component="span" fw={700} size="lg">
            {t('app.name')}
          </Text>
          <LanguageSelect className={headerClasses.language} label={t('shell.language.label')} />
        </Group>
      </header>
      <main className={classes.main}>
        <Container size="sm" py="xl">
          {children}
        </Container>
      </main>
    </div>
  );
}
