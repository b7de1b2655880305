import { useTranslation } from 'react-i18next';
import type { IpcErrorCode } from '../../../../shared/ipc/result';
import { useIpcErrorMessage } from '../../i18n/use-ipc-error-message';
import type { SettingsFileError } from '../../settings/settings-file';

export type TransferOutcome =
  | { kind: 'exported' }
  | { kind: 'imported'; fileName: string; exportedAt: string }
  | { kind: 'file-error'; code: SettingsFileError }
  | { kind: 'ipc-error'; code: IpcErrorCode };

/** The message for an export or import outcome; every error says what to do next. */
export function useTransferMessage() {
  const { t } = useTranslation();
  const ipcErrorMessage = useIpcErrorMessage();
  return (outcome: TransferOutcome): { tone: 'success' | 'error'; children: string } => {
    switch (outcome.kind) {
      case 'exported':
        return { tone: 'success', children: t('settings.transfer.exported') };
      case 'imported':
        return {
          tone: 'success',
          children: t('settings.transfer.imported', {
            fileName: outcome.fileName,
            exportedAt: new Date(outcome.exportedAt),
          }),
        };
      case 'file-error':
        return { tone: 'error', children: t(`settings.transfer.error.${outcome.code}`) };
      case 'ipc-error':
        return { tone: 'error', children: ipcErrorMessage(outcome.code) };
    }
  };
}
