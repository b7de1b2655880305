import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import type { IpcErrorCode } from '../../../shared/ipc/result';
import { ipcErrorKey } from './ipc-error-key';

const megabytes = MAX_FILE_BYTES / (1024 * 1024);

/** Turns an IPC error code into a message that tells the person what to do next. */
export function useIpcErrorMessage(): (code: IpcErrorCode) => string {
  const { t } = useTranslation();
  return useCallback((code) => t(ipcErrorKey(code), { megabytes }), [t]);
}
