/**
 * Every error the sync protocol can report, as data (CONVENTIONS.md 4). The UI maps a code to an
 * i18next key (`errors.sync.<code>`), never to a message.
 */
export const syncErrorCodes = [
  /** The office's clock is beyond the drift bound; its ops were re-stamped. Shown as a banner. */
  'clock-drift',
  'unauthorized',
  /** The device's credential was revoked: the app locks. */
  'device-revoked',
  /** The cursor is ahead of the registry (restored from backup) or too old: take a snapshot. */
  'resync-required',
  /** The client speaks a protocol or op format the registry no longer accepts. */
  'update-required',
  /** The client speaks a newer protocol than this registry. */
  'unsupported-protocol',
  /** The op touches a record outside the office's scope. */
  'out-of-scope',
  /** The op's base is not a state the registry has (restored registry, missing record): rebase. */
  'stale-base',
  /** The op is malformed, or names a conflict or field it may not. */
  'invalid-op',
  /** The record was erased: nothing may write to it again. */
  'erased',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

/** The codes a single op can be rejected with; the rest of its batch is unaffected. */
export const opRejectionCodes = [
  'invalid-op',
  'erased',
  'stale-base',
  'out-of-scope',
  'unauthorized',
  'update-required',
] as const satisfies readonly SyncErrorCode[];
export type OpRejectionCode = (typeof opRejectionCodes)[number];

export interface SyncError {
  readonly code: SyncErrorCode;
}
