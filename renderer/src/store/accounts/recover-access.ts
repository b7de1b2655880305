import { randomBytes } from '../../crypto/bytes';
import { rewrapDataKey } from '../../crypto/data-key';
import { deriveKek } from '../../crypto/derive-kek';
import { openKeySet } from '../../crypto/key-set';
import { generateRecoveryKey, parseRecoveryKey } from '../../crypto/recovery-key';
import type { RecoveryKey } from '../../crypto/recovery-key';
import { appendAudit } from '../audit/append-audit';
import { isoAt } from '../clock';
import { lockoutEntry, metaEntries, requireMeta, wrappedKeyEntry, writeMeta } from '../db/meta';
import type { StoreResult } from '../store-error';
import { StoreFailure, catchStoreFailure } from '../store-error';
import type { OfficeStore, Session } from '../session';
import { actorOf, requireSession } from '../session';
import { checkPassphrase } from './passphrase-policy';
import { rewrapFromSession } from './reauthenticate';
import { canManageStaff } from './roles';
import { startSession } from './unlock';
import { parseUsername } from './username';

/**
 * A forgotten passphrase: the recovery key rewraps the data key for the account under a new
 * passphrase, clears its lockout and opens a session. Data is not touched.
 */
export async function recoverAccess(
  store: OfficeStore,
  recoveryKeyInput: string,
  username: string,
  newPassphrase: string,
): Promise<StoreResult<Session>> {
  return catchStoreFailure(async () => {
    const { db } = store;
    const recoveryKey = await parseRecoveryKey(recoveryKeyInput);
    if (!recoveryKey) throw new StoreFailure({ code: 'invalid-recovery-key' });
    const name = parseUsername(username);
    const staff = name ? await db.staff.where('username').equals(name).first() : undefined;
    if (!staff || staff.status !== 'active') throw new StoreFailure({ code: 'not-found' });
    const problems = checkPassphrase(newPassphrase, { username: staff.username });
    if (problems.length > 0) throw new StoreFailure({ code: 'weak-passphrase', problems });
    const [office, stored, keyCheck, blindKey] = await Promise.all([
      requireMeta(db, metaEntries.office),
      requireMeta(db, metaEntries.recoveryKey),
      requireMeta(db, metaEntries.keyCheck),
      requireMeta(db, metaEntries.blindIndexKey),
    ]);
    const recoveryKek = await deriveKek(recoveryKey, stored.kdf);
    const opened = await openKeySet(stored.wrapped, recoveryKek, keyCheck, blindKey);
    if (!opened.ok) {
      throw new StoreFailure({
        code: opened.code === 'wrong-key' ? 'wrong-recovery-key' : opened.code,
      });
    }
    const kdf = store.passphraseKdf();
    const wrapped = await rewrapDataKey(
      stored.wrapped,
      recoveryKek,
      await deriveKek(newPassphrase, kdf),
    );
    if (!wrapped) throw new StoreFailure({ code: 'wrong-recovery-key' });
    const now = isoAt(store.clock);
    const session = startSession(store, staff, office);
    store.keyring.set(opened.keys);
    await db.transaction('rw', db.meta, db.staff, db.audit, async () => {
      await writeMeta(db, wrappedKeyEntry(staff.id), { kdf, wrapped, createdAt: now });
      await db.meta.delete(lockoutEntry(staff.username).key);
      await db.staff.update(staff.id, { mustChangePassphrase: false, updatedAt: now });
      const actor = actorOf(session);
      await appendAudit(actor, {
        action: 'recovery-used',
        recordId: staff.id,
        recordType: 'staff-user',
      });
      await appendAudit(actor, { action: 'login' });
    });
    return session;
  });
}

/**
 * An admin replaces the recovery key (after it was used, or if the printout is lost): the old
 * one stops working at once. Returns the new key, to show once and print.
 */
export async function rotateRecoveryKey(
  session: Session,
  adminPassphrase: string,
): Promise<StoreResult<RecoveryKey>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    if (!canManageStaff(session.role)) throw new StoreFailure({ code: 'forbidden' });
    const recoveryKey = await generateRecoveryKey();
    const kdf = { alg: 'hkdf-sha256', salt: randomBytes(32) } as const;
    const wrapped = await rewrapFromSession(
      session,
      adminPassphrase,
      await deriveKek(recoveryKey, kdf),
    );
    const { db, clock } = session.store;
    await db.transaction('rw', db.meta, db.audit, async () => {
      await writeMeta(db, metaEntries.recoveryKey, { kdf, wrapped, createdAt: isoAt(clock) });
      await appendAudit(actorOf(session), { action: 'recovery-key-rotated' });
    });
    return recoveryKey;
  });
}
