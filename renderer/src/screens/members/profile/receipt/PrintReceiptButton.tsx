import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../../../shared/i18n/locales';
import type { PrintPdfOutput } from '../../../../../../shared/ipc/contract';
import type { IpcErrorCode } from '../../../../../../shared/ipc/result';
import { useIpcErrorMessage } from '../../../../i18n/use-ipc-error-message';
import { printDocument } from '../../../../print/print-document';
import { useActiveSession } from '../../../../session/use-desk-session';
import { StatusMessage } from '../../../../shell/StatusMessage';
import { receiptFileName } from './receipt-locale';

interface PrintReceiptButtonProps {
  readonly personId: string;
  readonly locale: Locale;
  /** False while code lists still load (the sheet would show codes instead of labels). */
  readonly ready: boolean;
}

type Outcome = { kind: 'done'; output: PrintPdfOutput } | { kind: 'failed'; code: IpcErrorCode };

/** Prints the sheet (Electron: PDF and a save dialog; browser: its print dialog) and logs it. */
export function PrintReceiptButton({ personId, locale, ready }: PrintReceiptButtonProps) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const ipcError = useIpcErrorMessage();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const print = async () => {
    if (!session) return;
    setBusy(true);
    const result = await printDocument(session, {
      suggestedName: receiptFileName(personId, locale),
      recordId: personId,
      recordType: 'person',
    });
    setBusy(false);
    setOutcome(
      result.ok
        ? { kind: 'done', output: result.value }
        : { kind: 'failed', code: result.error.code },
    );
  };
  return (
    <Stack gap={0}>
      <Button onClick={print} loading={busy} disabled={!ready || session === null}>
        {t('receipt.print')}
      </Button>
      {outcome && <OutcomeMessage outcome={outcome} ipcError={ipcError} />}
    </Stack>
  );
}

function OutcomeMessage(props: { outcome: Outcome; ipcError: (code: IpcErrorCode) => string }) {
  const { outcome, ipcError } = props;
  const { t } = useTranslation();
  if (outcome.kind === 'failed')
    return <StatusMessage tone="error">{ipcError(outcome.code)}</StatusMessage>;
  const { output } = outcome;
  switch (output.outcome) {
    case 'saved':
      return (
        <StatusMessage tone="success">{t('receipt.saved', { path: output.path })}</StatusMessage>
      );
    case 'cancelled':
      return <StatusMessage tone="success">{t('receipt.cancelled')}</StatusMessage>;
    case 'print-dialog':
      return <StatusMessage tone="success">{t('receipt.printDialog')}</StatusMessage>;
  }
}
