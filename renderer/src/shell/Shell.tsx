import { AppShell, Center, Loader } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskPerson } from '../session/session-context';
import { NavMenu } from './NavMenu';
import { ScreenOutlet } from './ScreenOutlet';
import { ShellHeader } from './ShellHeader';
import { mainContentId, SkipLink } from './SkipLink';
import { useHashLocation } from './use-hash-route';

/** Header, navigation (at the start side: left in LTR, right in RTL) and the current screen. */
export function Shell({ person }: { person: DeskPerson }) {
  const { t } = useTranslation();
  const { route, path } = useHashLocation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <ShellHeader navOpened={navOpened} onToggleNav={toggle} person={person} />
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('shell.nav.label')}>
          <NavMenu current={route} role={person.role} onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main id={mainContentId} tabIndex={-1}>
          <Suspense
            fallback={
              <Center>
                <Loader aria-label={t('shell.loading')} />
              </Center>
            }
          >
            <ScreenOutlet route={route} path={path} role={person.role} />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
