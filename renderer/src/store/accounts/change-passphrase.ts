import { appendAudit } from '../audit/append-audit';
import { isoAt } from '../clock';
import { wrappedKeyEntry, writeMeta } from '../db/meta';
import type { StoreResult } from '../store-error';
import { StoreFailure, catchStoreFailure } from '../store-error';
import type { Session } from '../session';
import { actorOf, requireSession } from '../session';
import { checkPassphrase } from './passphrase-policy';
import { newPassphraseKek, rewrapFromSession } from './reauthenticate';
import { protectWrappedKey } from './vault-wrapped-key';

/**
 * Changes the session person's passphrase: the data key is rewrapped under the new one (with
 * the current KDF parameters). No record is re-encrypted.
 */
export async function changePassphrase(
  session: Session,
  current: string,
  next: string,
): Promise<StoreResult<void>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    const problems = checkPassphrase(next, { username: session.username });
    if (problems.length > 0) throw new StoreFailure({ code: 'weak-passphrase', problems });
    const { kek, kdf } = await newPassphraseKek(session, next);
    const wrapped = await rewrapFromSession(session, current, kek);
    const { db, clock } = session.store;
    const now = isoAt(clock);
    const key = await protectWrappedKey(session.store, { kdf, wrapped, createdAt: now });
    await db.transaction('rw', db.meta, db.staff, db.audit, async () => {
      await writeMeta(db, wrappedKeyEntry(session.staffId), key);
      await db.staff.update(session.staffId, { mustChangePassphrase: false, updatedAt: now });
      await appendAudit(actorOf(session), {
        action: 'passphrase-change',
        recordId: session.staffId,
        recordType: 'staff-user',
      });
    });
  });
}
