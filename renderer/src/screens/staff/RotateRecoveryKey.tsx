import { Button, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PassphraseInput } from '../../forms/PassphraseInput';
import { useStoreErrorMessage } from '../../i18n/use-store-error-message';
import { RecoveryKeyStep } from '../../recovery/RecoveryKeyStep';
import { useActiveSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { rotateRecoveryKey, type StoreError } from '../../store';

type State =
  | { kind: 'idle' }
  | { kind: 'failed'; error: StoreError }
  | { kind: 'shown'; recoveryKey: string; at: Date }
  | { kind: 'stored' };

/**
 * Replaces the office's recovery key (lost printout, or after it was used): the old one stops
 * working. The new key shows once; a lock hides it for good (replace it again if that happens).
 */
export function RotateRecoveryKey() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const storeError = useStoreErrorMessage();
  const headingId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  if (state.kind === 'shown' && session === null) setState({ kind: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!session) return;
    setBusy(true);
    const result = await rotateRecoveryKey(session, passphrase);
    setBusy(false);
    setPassphrase('');
    setState(
      result.ok
        ? { kind: 'shown', recoveryKey: result.value, at: new Date() }
        : { kind: 'failed', error: result.error },
    );
  };

  if (state.kind === 'shown') {
    return (
      <section aria-labelledby={headingId}>
        <span id={headingId} hidden>
          {t('staff.recovery.title')}
        </span>
        <RecoveryKeyStep
          headingOrder={2}
          recoveryKey={state.recoveryKey}
          createdAt={state.at}
          doneLabel={t('staff.recovery.done')}
          onDone={() => setState({ kind: 'stored' })}
        />
      </section>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('staff.recovery.title')}
      </Title>
      <Stack gap="md">
        <Text>{t('staff.recovery.intro')}</Text>
        <PassphraseInput
          label={t('staff.fields.adminPassphrase')}
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
        {state.kind === 'failed' && (
          <StatusMessage tone="error">
            {storeError(state.error, { reauthenticating: true })}
          </StatusMessage>
        )}
        {state.kind === 'stored' && (
          <StatusMessage tone="success">{t('staff.recovery.stored')}</StatusMessage>
        )}
        <div>
          <Button type="submit" variant="default" loading={busy} disabled={passphrase === ''}>
            {t('staff.recovery.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
