import { Conflict } from '../../../../shared/sync/protocol/conflict';
import { fromUtf8, utf8 } from '../../crypto/bytes';
import { openSealed, seal } from '../../crypto/seal';
import type { SyncConflictRow } from '../sync-tables';

const adOf = (id: string, recordId: string) => utf8(`dd1|syncConflicts|${id}|${recordId}`);

/** Seals a conflict (it holds personal values) under the data key, bound to its ids. */
export async function sealConflict(
  key: CryptoKey,
  conflict: Conflict,
  status: SyncConflictRow['status'] = conflict.status,
): Promise<SyncConflictRow> {
  const { id, recordId } = conflict;
  const sealed = await seal(key, utf8(JSON.stringify(conflict)), adOf(id, recordId));
  return { id, recordId, status, iv: sealed.iv, ciphertext: sealed.ciphertext };
}

/** The conflict of a stored row, or null when it does not open (damaged, moved, wrong key). */
export async function openConflict(key: CryptoKey, row: SyncConflictRow): Promise<Conflict | null> {
  const plain = await openSealed(key, row, adOf(row.id, row.recordId));
  if (!plain) return null;
  const parsed = Conflict.safeParse(JSON.parse(fromUtf8(plain)));
  return parsed.success && parsed.data.id === row.id ? parsed.data : null;
}
