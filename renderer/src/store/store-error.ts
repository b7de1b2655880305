import Dexie from 'dexie';
import type { DomainErrorCode } from '../../../shared/domain/domain-error-codes';

/** A problem with a proposed passphrase, shown to the person choosing it. */
export type PassphraseProblem = 'too-short' | 'too-common' | 'too-repetitive' | 'contains-username';

/** A field that failed validation: its path and a domain error code, never its value. */
export interface FieldIssue {
  readonly path: readonly (string | number)[];
  readonly code: DomainErrorCode;
}

/** Every way a store operation can fail. The UI maps `code` to an i18next key. */
export type StoreError =
  | { code: 'wrong-passphrase'; attemptsBeforeLockout: number }
  | { code: 'locked-out'; retryAt: number }
  | { code: 'weak-passphrase'; problems: readonly PassphraseProblem[] }
  | { code: 'invalid-record'; issues: readonly FieldIssue[] }
  | { code: SimpleStoreErrorCode };

export type SimpleStoreErrorCode =
  /** No unlocked session: encrypted tables cannot be read or written. */
  | 'locked'
  | 'account-disabled'
  /** The unwrapped key failed the key check: the wrapped key is not this database's. */
  | 'key-mismatch'
  /** Stored key material (key check, HMAC key, a wrapped key) is unreadable. */
  | 'damaged-key'
  /** A record's ciphertext failed authentication; it has been quarantined. */
  | 'damaged-record'
  | 'not-found'
  /** The record changed since the edit started (its rev moved on). */
  | 'rev-conflict'
  | 'invalid-username'
  | 'username-taken'
  | 'forbidden'
  | 'office-exists'
  | 'no-office'
  /** Not a recovery key: its check character does not match (a typo). */
  | 'invalid-recovery-key'
  | 'wrong-recovery-key'
  /** IndexedDB refused or aborted (disk full, quota, a closed database). */
  | 'storage-failed'
  /**
   * The wrapped key is protected by the OS key store and this machine cannot open it (keyring
   * gone or reset, the database copied from another computer or account): use the recovery key.
   */
  | 'vault-unavailable'
  /** The person cancelled while the passphrase was being checked; nothing changed. */
  | 'cancelled';

export type StoreErrorCode = StoreError['code'];

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

export const storeOk = <T>(value: T): StoreResult<T> => ({ ok: true, value });
export const storeFail = <T = never>(error: StoreError): StoreResult<T> => ({ ok: false, error });

/**
 * Thrown inside Dexie transactions (so the transaction aborts) and turned back into a
 * {@link StoreResult} at the API edge by {@link catchStoreFailure}. Its message is the code only.
 */
export class StoreFailure extends Error {
  constructor(readonly error: StoreError) {
    super(error.code);
    this.name = 'StoreFailure';
  }
}

export function isStoreFailure(value: unknown): value is StoreFailure {
  return value instanceof StoreFailure;
}

/**
 * Runs `work`, turning a StoreFailure or an IndexedDB failure into a failed result. Anything
 * else (a programming error) is rethrown rather than disguised as a storage problem.
 */
export async function catchStoreFailure<T>(work: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return storeOk(await work());
  } catch (error) {
    const failure = findStoreFailure(error);
    if (failure) return storeFail(failure.error);
    if (error instanceof Dexie.DexieError || error instanceof DOMException) {
      console.warn('store: storage-failed', error.name);
      return storeFail({ code: 'storage-failed' });
    }
    throw error;
  }
}

/** Dexie wraps errors thrown inside a transaction (`inner`); dig the StoreFailure out. */
function findStoreFailure(error: unknown): StoreFailure | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (isStoreFailure(current)) return current;
    current = (current as { inner?: unknown }).inner;
  }
  return null;
}
