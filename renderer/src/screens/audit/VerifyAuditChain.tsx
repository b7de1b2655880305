import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainVerdict } from '../../../../shared/audit/audit-chain';
import { useActiveSession } from '../../session/use-desk-session';
import { StatusMessage } from '../../shell/StatusMessage';
import { verifyAuditChain } from '../../store';

/** Checks every link and hash of the log and says plainly whether it is intact. */
export function VerifyAuditChain() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const verify = async () => {
    if (!session) return;
    setBusy(true);
    setVerdict(null);
    setFailed(false);
    try {
      setVerdict(await verifyAuditChain(session.store.db));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" align="flex-start">
      <Button onClick={verify} loading={busy}>
        {t('audit.verify.button')}
      </Button>
      {verdict?.ok === true && (
        <StatusMessage tone="success">
          {t('audit.verify.intact', { count: verdict.count })}
        </StatusMessage>
      )}
      {verdict?.ok === false && (
        <StatusMessage tone="error">
          {`${t('audit.verify.altered', { seq: verdict.brokenAt })} ${t(`audit.verify.reason.${verdict.reason}`)}`}
        </StatusMessage>
      )}
      {failed && <StatusMessage tone="error">{t('errors.store.storage-failed')}</StatusMessage>}
    </Stack>
  );
}
