import type { SyncState } from '../db/rows';
import type { StoreResult } from '../store-error';
import { StoreFailure, catchStoreFailure } from '../store-error';
import type { Session } from '../session';
import { requireSession } from '../session';

/**
 * Whether a record's last change has reached the registry (`synced`), waits to be sent
 * (`pending`), or is in conflict. Reads only clear fields.
 */
export async function recordSyncState(
  session: Session,
  id: string,
): Promise<StoreResult<SyncState>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    const { db } = session.store;
    const row = await db.records.get(id);
    if (!row) throw new StoreFailure({ code: 'not-found' });
    return row.syncState;
  });
}
