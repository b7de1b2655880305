import { Button, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDeskSession } from '../../session/use-desk-session';
import { ChangePassphraseForm } from './ChangePassphraseForm';

/** First sign-in of an account an admin created: the person replaces the given passphrase. */
export function FirstPassphraseScreen() {
  const { t } = useTranslation();
  const { passphraseChanged, logout } = useDeskSession();
  return (
    <section>
      <Title order={1} mb="sm">
        {t('firstPassphrase.title')}
      </Title>
      <Text mb="lg">{t('firstPassphrase.intro')}</Text>
      <ChangePassphraseForm title={t('account.changeTitle')} onChanged={passphraseChanged} />
      <Button variant="subtle" mt="lg" onClick={logout}>
        {t('session.logout')}
      </Button>
    </section>
  );
}
