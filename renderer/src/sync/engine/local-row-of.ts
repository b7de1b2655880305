import { decodeHlc } from '../../../../shared/sync/hlc';
import type { ReplicaRecord } from '../../../../shared/sync/replica/apply-change';
import type { OutboxRow, RecordRow } from '../../store/db/rows';

/**
 * The record as this desk shows it after a pull: the registry's copy with this desk's own
 * unconfirmed ops replayed on top (oldest first), so a pull never hides an edit still on its way.
 * Null when one of those ops deletes it.
 */
export function localRowOf(
  record: ReplicaRecord,
  previous: RecordRow | undefined,
  pending: readonly OutboxRow[],
): RecordRow | null {
  const data: Record<string, unknown> = { ...record.data };
  for (const op of pending) {
    if (op.kind === 'delete' || op.kind === 'erase') return null;
    for (const [field, change] of Object.entries(op.changes)) {
      if (field.startsWith('$')) continue;
      if (change.to === null) delete data[field];
      else data[field] = change.to;
    }
  }
  const at = isoOfHlc(record.hlc) ?? previous?.updatedAt ?? new Date(0).toISOString();
  return {
    ...data,
    id: record.recordId,
    type: record.recordType,
    officeId: record.officeId,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
    rev: record.rev,
    syncState: pending.length > 0 ? 'pending' : 'synced',
  };
}

/** The wall time of an HLC stamp as ISO 8601. */
export function isoOfHlc(hlc: string): string | null {
  const decoded = decodeHlc(hlc);
  return decoded.ok ? new Date(decoded.clock.wallMs).toISOString() : null;
}
