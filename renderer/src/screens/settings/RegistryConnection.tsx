import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { getDesktop } from '../../bridge/desktop';
import { useActiveSession } from '../../session/use-desk-session';
import type { Session } from '../../store/session';
import { disconnectDesk, enrollDesk } from '../../sync/link/enroll-desk';
import type { RegistryLinkView } from '../../sync/link/registry-link';
import { useSyncView } from '../../sync/state/use-sync-view';
import type { SyncFailureCode } from '../../sync/sync-failure';
import { failureCodeOf } from '../../sync/sync-failure';
import { SyncErrorAlert } from '../sync/SyncErrorAlert';

/** Settings section "Connect to central registry": enroll with URL + one-time code, or disconnect. */
export function RegistryConnection() {
  const session = useActiveSession();
  return session ? <RegistryConnectionPanel session={session} /> : null;
}

function RegistryConnectionPanel({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { controller, view } = useSyncView(session);
  const [error, setError] = useState<SyncFailureCode | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(failureCodeOf(caught));
    } finally {
      setBusy(false);
      await controller.refresh();
    }
  };
  const connect = (input: { url: string; code: string; deviceName: string }) =>
    act(async () => {
      const link = await enrollDesk(session, controller.transport, input);
      await getDesktop()
        .settings.set({ registryUrl: link.url })
        .catch(() => undefined);
      await controller.refresh();
      void controller.syncNow();
    });
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('sync.connect.title')}
      </Title>
      {error ? <SyncErrorAlert code={error} /> : null}
      {view.link ? (
        <ConnectedLink
          link={view.link}
          busy={busy}
          onDisconnect={() => act(() => disconnectDesk(session))}
        />
      ) : (
        <EnrollForm busy={busy} onSubmit={connect} />
      )}
    </Stack>
  );
}

function ConnectedLink(props: { link: RegistryLinkView; busy: boolean; onDisconnect: () => void }) {
  const { t } = useTranslation();
  const { link } = props;
  const scope = link.office.scope;
  const scopeText =
    scope.kind === 'national'
      ? t('sync.connect.scopeNational')
      : scope.kind === 'residence'
        ? t('sync.connect.scopeResidence', { places: scope.countries.join(', ') })
        : t('sync.connect.scopeRegions', { places: scope.regions.join(', ') });
  return (
    <Stack gap="xs" data-testid="registry-link">
      <Text>
        {/* The address stays in order (http://…) inside a right-to-left sentence. */}
        <Trans
          i18nKey="sync.connect.connected"
          values={{ url: link.url }}
          components={{ url: <bdi dir="ltr" /> }}
        />
      </Text>
      <Text>{t('sync.connect.office', { name: link.office.name })}</Text>
      <Text>{scopeText}</Text>
      <Button variant="default" onClick={props.onDisconnect} loading={props.busy} w="fit-content">
        {t('sync.connect.disconnect')}
      </Button>
    </Stack>
  );
}

function EnrollForm(props: {
  busy: boolean;
  onSubmit: (input: { url: string; code: string; deviceName: string }) => void;
}) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit({ url, code, deviceName: deviceName.trim() || 'Diaspora Desk' });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text>{t('sync.connect.description')}</Text>
        <TextInput
          label={t('sync.connect.url')}
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          required
          type="url"
          dir="ltr"
        />
        <TextInput
          label={t('sync.connect.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('sync.connect.deviceName')}
          value={deviceName}
          onChange={(e) => setDeviceName(e.currentTarget.value)}
          maxLength={100}
        />
        <Button type="submit" loading={props.busy} w="fit-content">
          {t('sync.connect.submit')}
        </Button>
      </Stack>
    </form>
  );
}
