import { rewrapDataKey } from '../../crypto/data-key';
import { deriveKek } from '../../crypto/derive-kek';
import type { KeySet } from '../../crypto/key-set';
import { openKeySet } from '../../crypto/key-set';
import { parseRecoveryKey } from '../../crypto/recovery-key';
import { appendAudit } from '../audit/append-audit';
import { isoAt } from '../clock';
import { lockoutEntry, metaEntries, requireMeta, wrappedKeyEntry, writeMeta } from '../db/meta';
import type { StaffRow } from '../db/rows';
import type { StoreResult } from '../store-error';
import { StoreFailure, catchStoreFailure } from '../store-error';
import type { OfficeStore, Session } from '../session';
import { actorOf } from '../session';
import { checkPassphrase } from './passphrase-policy';
import { startSession } from './unlock';
import { parseUsername } from './username';
import type { StoredWrappedKey } from './vault-wrapped-key';
import { openWrappedKey, protectWrappedKey } from './vault-wrapped-key';

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
    const recoveryKey = await parseRecoveryKey(recoveryKeyInput);
    if (!recoveryKey) throw new StoreFailure({ code: 'invalid-recovery-key' });
    const name = parseUsername(username);
    const staff = name ? await store.db.staff.where('username').equals(name).first() : undefined;
    if (!staff || staff.status !== 'active') throw new StoreFailure({ code: 'not-found' });
    const problems = checkPassphrase(newPassphrase, { username: staff.username });
    if (problems.length > 0) throw new StoreFailure({ code: 'weak-passphrase', problems });
    const { keys, wrapped } = await rewrapWithRecoveryKey(store, recoveryKey, newPassphrase);
    const office = await requireMeta(store.db, metaEntries.office);
    const session = startSession(store, staff, office);
    store.keyring.set(keys);
    await storeRecovery(session, staff, wrapped);
    return session;
  });
}

/** Opens the key set with the recovery key and wraps the data key for the new passphrase. */
async function rewrapWithRecoveryKey(
  store: OfficeStore,
  recoveryKey: string,
  newPassphrase: string,
): Promise<{ keys: KeySet; wrapped: StoredWrappedKey }> {
  const { db } = store;
  const [stored, keyCheck, blindKey] = await Promise.all([
    requireMeta(db, metaEntries.recoveryKey),
    requireMeta(db, metaEntries.keyCheck),
    requireMeta(db, metaEntries.blindIndexKey),
  ]);
  const recoveryKek = await deriveKek(recoveryKey, stored.kdf);
  const recoveryWrapped = await openWrappedKey(store, stored);
  const opened = await openKeySet(recoveryWrapped, recoveryKek, keyCheck, blindKey);
  if (!opened.ok) {
    const code = opened.code === 'wrong-key' ? 'wrong-recovery-key' : opened.code;
    throw new StoreFailure({ code });
  }
  const kdf = store.passphraseKdf();
  const newKek = await deriveKek(newPassphrase, kdf);
  const rewrapped = await rewrapDataKey(recoveryWrapped, recoveryKek, newKek);
  if (!rewrapped) throw new StoreFailure({ code: 'wrong-recovery-key' });
  const createdAt = isoAt(store.clock);
  const plain = { kdf, wrapped: rewrapped, createdAt };
  const wrapped = await protectWrappedKey(store, plain, { orNone: true });
  return { keys: opened.keys, wrapped };
}

async function storeRecovery(
  session: Session,
  staff: StaffRow,
  wrapped: StoredWrappedKey,
): Promise<void> {
  const { db, clock } = session.store;
  await db.transaction('rw', db.meta, db.staff, db.audit, async () => {
    await writeMeta(db, wrappedKeyEntry(staff.id), wrapped);
    await db.meta.delete(lockoutEntry(staff.username).key);
    await db.staff.update(staff.id, { mustChangePassphrase: false, updatedAt: isoAt(clock) });
    const actor = actorOf(session);
    const target = { recordId: staff.id, recordType: 'staff-user' as const };
    await appendAudit(actor, { action: 'recovery-used', ...target });
    await appendAudit(actor, { action: 'login' });
  });
}
