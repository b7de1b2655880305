import { Anchor, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prepareSearchWorker } from '../../search/spawn-search-worker';
import type { DeskPerson } from '../../session/session-context';
import { RecoverAccessForm } from './RecoverAccessForm';
import { UnlockForm } from './UnlockForm';

interface UnlockScreenProps {
  /** Set when the desk is locked over this person's screen (they continue where they were). */
  lockedPerson?: DeskPerson;
}

/** Sign-in, unlock after a lock, or access with the recovery key. */
export function UnlockScreen({ lockedPerson }: UnlockScreenProps) {
  const { t } = useTranslation();
  const [recovering, setRecovering] = useState(false);
  // The members search worker loads its code while the passphrase is typed (it gets no key).
  useEffect(prepareSearchWorker, []);
  if (recovering) {
    return (
      <section>
        <Title order={1} mb="sm">
          {t('recover.title')}
        </Title>
        <Text mb="lg">{t('recover.intro')}</Text>
        <RecoverAccessForm />
        <Anchor component="button" type="button" mt="lg" onClick={() => setRecovering(false)}>
          {t('recover.back')}
        </Anchor>
      </section>
    );
  }
  return (
    <section>
      <Title order={1} mb="sm">
        {lockedPerson ? t('unlock.lockedTitle') : t('unlock.title')}
      </Title>
      <Text mb="lg">{lockedPerson ? t('unlock.lockedIntro') : t('unlock.intro')}</Text>
      <UnlockForm lockedPerson={lockedPerson} />
      <Anchor component="button" type="button" mt="lg" onClick={() => setRecovering(true)}>
        {t('unlock.forgot')}
      </Anchor>
    </section>
  );
}
