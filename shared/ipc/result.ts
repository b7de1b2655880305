/** Every IPC answer is data: a value or a closed error code. Nothing throws across IPC. */
export const ipcErrorCodes = [
  'invalid-input',
  'invalid-output',
  'forbidden-sender',
  'cancelled',
  'file-too-large',
  'file-unreadable',
  'file-unwritable',
  /** A blob protected by the OS key store cannot be opened here (keyring gone, another machine). */
  'vault-unavailable',
  'internal',
] as const;

export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode } };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = <T = never>(code: IpcErrorCode): IpcResult<T> => ({
  ok: false,
  error: { code },
});
