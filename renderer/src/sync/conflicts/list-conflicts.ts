import type { Conflict } from '../../../../shared/sync/protocol/conflict';
import type { Session } from '../../store/session';
import { requireSession } from '../../store/session';
import { syncTables } from '../sync-tables';
import type { SyncConflictRow } from '../sync-tables';
import { openConflict } from './conflict-seal';

/** A conflict as the inbox lists it: `resolving` once this desk has sent its choice. */
export interface ListedConflict {
  readonly conflict: Conflict;
  readonly status: SyncConflictRow['status'];
}

/**
 * The conflicts this desk holds that a person still has to settle (open or waiting for the
 * registry to confirm a choice), optionally for one record. Rows that fail to open are skipped.
 */
export async function listConflicts(
  session: Session,
  recordId?: string,
): Promise<ListedConflict[]> {
  requireSession(session);
  const { conflicts } = syncTables(session.store.db);
  const rows = await (
    recordId === undefined
      ? conflicts.where('status').anyOf(['open', 'resolving'])
      : conflicts.where('recordId').equals(recordId)
  ).toArray();
  const key = session.store.keyring.dataKey();
  const opened = await Promise.all(rows.map((row) => openConflict(key, row)));
  return rows.flatMap((row, i) => {
    const conflict = opened[i];
    if (!conflict || row.status === 'resolved') return [];
    return [{ conflict, status: row.status }];
  });
}
