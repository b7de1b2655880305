import type { Queryable } from '../db/db';

export interface OfficeStatus {
  readonly id: string;
  readonly name: string;
  readonly activeDevices: number;
  /** The latest sync of any of its devices; null when none has synced yet. */
  readonly lastSyncAt: Date | null;
  /** Registry changes after its most advanced device's cursor (all scopes: an upper bound). */
  readonly changesBehind: number;
  readonly heldOps: number;
}

type Row = {
  id: string;
  name: string;
  active_devices: number;
  last_sync_at: Date | null;
  changes_behind: number;
  held_ops: number;
};

/** Each office's last sync and how far behind the registry's change log it is. */
export async function officeStatus(db: Queryable): Promise<OfficeStatus[]> {
  const { rows } = await db.query<Row>(
    `WITH head AS (SELECT COALESCE(MAX(seq), 0) AS seq FROM changes),
     per_office AS (
       SELECT office_id,
              COUNT(*) FILTER (WHERE revoked_at IS NULL) AS active_devices,
              MAX(last_sync_at) AS last_sync_at,
              MAX(pull_cursor) AS cursor
       FROM devices GROUP BY office_id),
     held AS (
       SELECT d.office_id, COUNT(*) AS held_ops
       FROM held_ops h JOIN devices d ON d.id = h.device_id GROUP BY d.office_id)
     SELECT o.id, o.name,
            COALESCE(p.active_devices, 0) AS active_devices,
            p.last_sync_at,
            GREATEST((SELECT seq FROM head) - COALESCE(p.cursor, 0), 0) AS changes_behind,
            COALESCE(h.held_ops, 0) AS held_ops
     FROM offices o
     LEFT JOIN per_office p ON p.office_id = o.id
     LEFT JOIN held h ON h.office_id = o.id
     ORDER BY o.name, o.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    activeDevices: row.active_devices,
    lastSyncAt: row.last_sync_at,
    changesBehind: row.changes_behind,
    heldOps: row.held_ops,
  }));
}
