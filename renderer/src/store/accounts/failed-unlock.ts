import { appendAudit } from '../audit/append-audit';
import { lockoutEntry, readMeta, writeMeta } from '../db/meta';
import type { StoreError } from '../store-error';
import type { OfficeStore } from '../session';
import type { LockoutState } from './lockout-policy';
import { afterFailure, attemptsBeforeLockout, checkLockout, noFailures } from './lockout-policy';
import { officeActor } from './office-actor';

/** The persisted failure count of a username (an unreadable one counts as none). */
export async function readLockout(store: OfficeStore, username: string): Promise<LockoutState> {
  return (await readMeta(store.db, lockoutEntry(username)).catch(() => null)) ?? noFailures;
}

/**
 * Counts a failed unlock (wrong passphrase, unknown user, failed re-authentication): persists
 * the counter and a `login-failed` audit entry in one transaction, then says what to tell the
 * person: how many tries are left, or until when the account is locked.
 */
export async function registerFailedUnlock(
  store: OfficeStore,
  username: string,
  staffId: string | null,
): Promise<StoreError> {
  const { db, clock } = store;
  const actor = await officeActor(store);
  const now = clock.now();
  const state = await db.transaction('rw', db.meta, db.audit, async () => {
    const next = afterFailure(await readLockout(store, username), now);
    await writeMeta(db, lockoutEntry(username), next);
    await appendAudit(actor, { action: 'login-failed', userId: staffId });
    return next;
  });
  const check = checkLockout(state, now);
  return check.locked
    ? { code: 'locked-out', retryAt: check.retryAt }
    : { code: 'wrong-passphrase', attemptsBeforeLockout: attemptsBeforeLockout(state) };
}
