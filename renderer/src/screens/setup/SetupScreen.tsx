import { Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryKeyStep } from '../../recovery/RecoveryKeyStep';
import { useDeskSession } from '../../session/use-desk-session';
import type { CreatedOffice } from '../../store';
import { OfficeSetupForm } from './OfficeSetupForm';

interface Created {
  readonly created: CreatedOffice;
  readonly officeName: string;
  readonly at: Date;
}

/** First run: set up the office, then show its recovery key once before the desk opens. */
export function SetupScreen() {
  const { t } = useTranslation();
  const { signIn } = useDeskSession();
  const [created, setCreated] = useState<Created | null>(null);
  if (created) {
    return (
      <RecoveryKeyStep
        recoveryKey={created.created.recoveryKey}
        officeName={created.officeName}
        createdAt={created.at}
        doneLabel={t('setup.continue')}
        onDone={() => void signIn(created.created.session)}
      />
    );
  }
  return (
    <section>
      <Title order={1} mb="sm">
        {t('setup.title')}
      </Title>
      <Text mb="lg">{t('setup.intro')}</Text>
      <OfficeSetupForm
        onCreated={(office, officeName) =>
          setCreated({ created: office, officeName, at: new Date() })
        }
      />
    </section>
  );
}
