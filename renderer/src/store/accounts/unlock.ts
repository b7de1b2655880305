import { openKeySet } from '../../crypto/key-set';
import { appendAudit } from '../audit/append-audit';
import { lockoutEntry, metaEntries, readMeta, requireMeta, wrappedKeyEntry } from '../db/meta';
import type { StaffRow } from '../db/rows';
import type { StoreResult } from '../store-error';
import { catchStoreFailure, StoreFailure } from '../store-error';
import type { OfficeStore, Session } from '../session';
import { actorOf } from '../session';
import type { KdfCallOptions } from './derive-or-cancel';
import { deriveKekOrCancel } from './derive-or-cancel';
import { readLockout, registerFailedUnlock } from './failed-unlock';
import { checkLockout } from './lockout-policy';
import { strengthenKdfIfWeak } from './strengthen-kdf';
import { parseUsername } from './username';
import { openWrappedKey } from './vault-wrapped-key';

/**
 * Offline login: derives the person's KEK, opens the wrapped key from the vault, unwraps the
 * data key and checks it against the key check before any record is read. A wrong passphrase
 * (or unknown username, indistinguishable to the caller) counts toward the lockout, which
 * survives reloads. `vault-unavailable` means the OS key store cannot open this account's key
 * here: the recovery key still can. A cancelled derivation is `cancelled` and counts for nothing.
 */
export async function unlock(
  store: OfficeStore,
  username: string,
  passphrase: string,
  options: KdfCallOptions = {},
): Promise<StoreResult<Session>> {
  return catchStoreFailure(async () => {
    const { db, clock } = store;
    const name = parseUsername(username) ?? username.trim().toLowerCase().slice(0, 64);
    const office = await requireMeta(db, metaEntries.office);
    const lockout = checkLockout(await readLockout(store, name), clock.now());
    if (lockout.locked) throw new StoreFailure({ code: 'locked-out', retryAt: lockout.retryAt });
    const staff = await db.staff.where('username').equals(name).first();
    const stored = staff ? await readMeta(db, wrappedKeyEntry(staff.id)) : null;
    if (!staff || !stored) {
      // Same work as a real attempt, so timing does not tell which usernames exist.
      await deriveKekOrCancel(passphrase, store.passphraseKdf(), options);
      throw new StoreFailure(await registerFailedUnlock(store, name, null));
    }
    const kek = await deriveKekOrCancel(passphrase, stored.kdf, options);
    const [wrapped, keyCheck, blindIndexKey] = await Promise.all([
      openWrappedKey(store, stored),
      requireMeta(db, metaEntries.keyCheck),
      requireMeta(db, metaEntries.blindIndexKey),
    ]);
    const opened = await openKeySet(wrapped, kek, keyCheck, blindIndexKey);
    if (!opened.ok) {
      if (opened.code !== 'wrong-key') throw new StoreFailure({ code: opened.code });
      throw new StoreFailure(await registerFailedUnlock(store, name, staff.id));
    }
    if (staff.status === 'disabled') throw new StoreFailure({ code: 'account-disabled' });
    const session = startSession(store, staff, office);
    store.keyring.set(opened.keys);
    await db.transaction('rw', db.meta, db.audit, async () => {
      await db.meta.delete(lockoutEntry(name).key);
      await appendAudit(actorOf(session), { action: 'login' });
    });
    await strengthenKdfIfWeak(store, staff.id, stored, wrapped, kek, passphrase);
    return session;
  });
}

export function startSession(
  store: OfficeStore,
  staff: StaffRow,
  office: { officeId: string; deviceId: string },
): Session {
  const session: Session = {
    store,
    staffId: staff.id,
    username: staff.username,
    role: staff.role,
    officeId: office.officeId,
    deviceId: office.deviceId,
  };
  store.current = session;
  return session;
}
