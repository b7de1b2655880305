import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreError } from '../store';

export interface StoreErrorContext {
  /** The person re-typed their own passphrase to authorise something (not a sign-in). */
  readonly reauthenticating?: boolean;
}

/**
 * Turns a store error into a message that says what to do next. Every code has one (the switch
 * is exhaustive); the error's own text is never shown.
 */
export function useStoreErrorMessage(): (error: StoreError, context?: StoreErrorContext) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: StoreError, context: StoreErrorContext = {}): string => {
      switch (error.code) {
        case 'wrong-passphrase':
          return t(
            context.reauthenticating
              ? 'errors.store.wrong-own-passphrase'
              : 'errors.store.wrong-passphrase',
            { count: error.attemptsBeforeLockout },
          );
        case 'locked-out':
          return t('errors.store.locked-out', { retryAt: new Date(error.retryAt) });
        case 'weak-passphrase':
        case 'invalid-record':
        case 'locked':
        case 'account-disabled':
        case 'key-mismatch':
        case 'damaged-key':
        case 'damaged-record':
        case 'not-found':
        case 'rev-conflict':
        case 'invalid-username':
        case 'username-taken':
        case 'forbidden':
        case 'office-exists':
        case 'no-office':
        case 'invalid-recovery-key':
        case 'wrong-recovery-key':
        case 'storage-failed':
        case 'vault-unavailable':
        case 'cancelled':
          return t(`errors.store.${error.code}`);
      }
    },
    [t],
  );
}
