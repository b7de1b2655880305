import { fail, ok, type IpcResult } from '../../../../shared/ipc/result';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { ParsedInput } from './validated-handler';

/**
 * A browser has no OS key store: the passphrase alone guards the wrapped key, so blobs pass
 * through as scheme `none`. A blob protected by Electron's safeStorage cannot be opened here.
 */
export function webVaultProtect(
  input: ParsedInput<'vault:protect'>,
): IpcResult<ChannelOutput<'vault:protect'>> {
  return ok({ protected: input.data, scheme: 'none' });
}

export function webVaultUnprotect(
  input: ParsedInput<'vault:unprotect'>,
): IpcResult<ChannelOutput<'vault:unprotect'>> {
  switch (input.scheme) {
    case 'none':
      return ok({ data: input.protected });
    case 'safe-storage':
      return fail('vault-unavailable');
    default:
      return input.scheme satisfies never;
  }
}
