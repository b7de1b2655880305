import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { UnlockScreen } from '../screens/unlock/UnlockScreen';
import { LockableShell } from '../shell/LockableShell';
import { StartLayout } from '../shell/StartLayout';
import { useDeskSession } from './use-desk-session';

// First run and the first-passphrase step are rare: their code loads only when needed.
const SetupScreen = lazy(() =>
  import('../screens/setup/SetupScreen').then((m) => ({ default: m.SetupScreen })),
);
const FirstPassphraseScreen = lazy(() =>
  import('../screens/account/FirstPassphraseScreen').then((m) => ({
    default: m.FirstPassphraseScreen,
  })),
);

function Loading() {
  const { t } = useTranslation();
  return (
    <Center p="xl">
      <Loader aria-label={t('shell.loading')} />
    </Center>
  );
}

/** Shows what the desk's phase calls for: setup, sign-in, the first passphrase, or the shell. */
export function SessionGate() {
  const { phase } = useDeskSession();
  switch (phase.kind) {
    case 'setup':
      return (
        <StartLayout>
          <Suspense fallback={<Loading />}>
            <SetupScreen />
          </Suspense>
        </StartLayout>
      );
    case 'signed-out':
      return (
        <StartLayout>
          <UnlockScreen />
        </StartLayout>
      );
    case 'unlocked':
      if (phase.mustChangePassphrase) {
        return (
          <StartLayout>
            <Suspense fallback={<Loading />}>
              <FirstPassphraseScreen />
            </Suspense>
          </StartLayout>
        );
      }
      return <LockableShell key={phase.person.staffId} person={phase.person} locked={false} />;
    case 'locked':
      return <LockableShell key={phase.person.staffId} person={phase.person} locked />;
  }
}
