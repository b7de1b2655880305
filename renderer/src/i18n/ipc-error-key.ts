import type { IpcErrorCode } from '../../../shared/ipc/result';

/** The message key for an IPC error code; a code without a message fails type-checking. */
export function ipcErrorKey<C extends IpcErrorCode>(code: C): `errors.ipc.${C}` {
  return `errors.ipc.${code}`;
}
