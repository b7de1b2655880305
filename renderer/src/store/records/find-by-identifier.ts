import type { BlindIndexKind } from '../../crypto/blind-index';
import { blindIndex } from '../../crypto/blind-index';
import type { StoreResult } from '../store-error';
import { catchStoreFailure } from '../store-error';
import type { Session } from '../session';
import { requireSession } from '../session';

/** Ids of records holding exactly this phone, e-mail or document (via its blind index). */
export async function findByIdentifier(
  session: Session,
  kind: BlindIndexKind,
  value: string,
): Promise<StoreResult<string[]>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    const { db, keyring } = session.store;
    const hash = await blindIndex(keyring.blindIndexKey(), kind, value);
    const rows = await db.blindIndex.where('hash').equals(hash).toArray();
    return rows.map((row) => row.recordId);
  });
}
