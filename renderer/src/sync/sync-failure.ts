import { isStoreFailure } from '../store/store-error';

/**
 * Why a sync, an enrollment or a conflict resolution could not be done, as data (CONVENTIONS.md
 * 4). The UI maps each code to `sync.error.<code>` (what happened and what to do).
 */
export const syncFailureCodes = [
  /** No answer: the registry is unreachable (no network, wrong address, registry down). */
  'network',
  /** The registry answered 5xx: it is up but cannot serve now. */
  'server-error',
  /** The registry's answer does not match the protocol (a proxy page, a wrong URL). */
  'bad-response',
  /** The registry does not know this device (never enrolled there, or its data was reset). */
  'unknown-device',
  /** An administrator revoked this device's credential. */
  'device-revoked',
  /** This app is older than the registry accepts. */
  'update-required',
  /** The registry is older than this app. */
  'registry-outdated',
  'enroll-code-unknown',
  'enroll-code-used',
  'enroll-code-expired',
  'invalid-url',
  'not-connected',
  'cancelled',
  /** The desk was locked or signed out during the work. */
  'locked',
  /** The local database failed to read or write (disk full, damaged data). */
  'storage-failed',
  /** The OS key store that protects the credential is not available on this machine. */
  'vault-unavailable',
] as const;
export type SyncFailureCode = (typeof syncFailureCodes)[number];

export class SyncFailure extends Error {
  constructor(readonly code: SyncFailureCode) {
    super(code);
    this.name = 'SyncFailure';
  }
}

/** A failure worth retrying on its own (backoff): the link or the registry may come back. */
export function isTransient(code: SyncFailureCode): boolean {
  return code === 'network' || code === 'server-error';
}

/** Failures that stop sync until a person acts (contact the administrator, update the app). */
export function locksSync(code: SyncFailureCode): boolean {
  switch (code) {
    case 'unknown-device':
    case 'device-revoked':
    case 'update-required':
    case 'registry-outdated':
      return true;
    default:
      return false;
  }
}

export function failureCodeOf(error: unknown): SyncFailureCode {
  if (error instanceof SyncFailure) return error.code;
  if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
  if (isStoreFailure(error)) return error.error.code === 'locked' ? 'locked' : 'storage-failed';
  throw error;
}
