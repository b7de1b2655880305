import type { Queryable } from '../db/db';

export interface DeviceListing {
  readonly id: string;
  readonly officeId: string;
  readonly officeName: string;
  readonly name: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
  readonly lastSeenAt: Date | null;
  readonly lastSyncAt: Date | null;
}

type Row = {
  id: string;
  office_id: string;
  office_name: string;
  name: string;
  created_at: Date;
  revoked_at: Date | null;
  last_seen_at: Date | null;
  last_sync_at: Date | null;
};

/** Every enrolled device, by office then enrollment time. */
export async function listDevices(db: Queryable): Promise<DeviceListing[]> {
  const { rows } = await db.query<Row>(
    `SELECT d.id, d.office_id, o.name AS office_name, d.name, d.created_at, d.revoked_at,
            d.last_seen_at, d.last_sync_at
     FROM devices d JOIN offices o ON o.id = d.office_id
     ORDER BY o.name, d.created_at`,
  );
  return rows.map((row) => ({
    id: row.id,
    officeId: row.office_id,
    officeName: row.office_name,
    name: row.name,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastSeenAt: row.last_seen_at,
    lastSyncAt: row.last_sync_at,
  }));
}
