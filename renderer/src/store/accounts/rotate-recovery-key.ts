import { randomBytes } from '../../crypto/bytes';
import { deriveKek } from '../../crypto/derive-kek';
import type { RecoveryKey } from '../../crypto/recovery-key';
import { generateRecoveryKey } from '../../crypto/recovery-key';
import { appendAudit } from '../audit/append-audit';
import { isoAt } from '../clock';
import { metaEntries, writeMeta } from '../db/meta';
import type { StoreResult } from '../store-error';
import { StoreFailure, catchStoreFailure } from '../store-error';
import type { Session } from '../session';
import { actorOf, requireSession } from '../session';
import { rewrapFromSession } from './reauthenticate';
import { canManageStaff } from './roles';
import { recoveryWrappedKey } from './vault-wrapped-key';

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
    const key = recoveryWrappedKey({ kdf, wrapped, createdAt: isoAt(clock) });
    await db.transaction('rw', db.meta, db.audit, async () => {
      await writeMeta(db, metaEntries.recoveryKey, key);
      await appendAudit(actorOf(session), { action: 'recovery-key-rotated' });
    });
    return recoveryKey;
  });
}
