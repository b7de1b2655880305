import type { Queryable } from '../db/db';

/** A device with ops waiting ahead of a gap in its sequence (DESIGN.md "Order of one device's ops"). */
export interface HeldOpsSummary {
  readonly deviceId: string;
  readonly deviceName: string;
  readonly officeName: string;
  /** Every seq up to this one is settled. */
  readonly appliedSeq: number;
  readonly held: number;
  readonly firstHeldSeq: number;
  readonly lastHeldSeq: number;
  /** When the oldest held op arrived. */
  readonly oldestReceivedAt: Date;
}

type Row = {
  device_id: string;
  device_name: string;
  office_name: string;
  applied_seq: number;
  held: number;
  first_held: number;
  last_held: number;
  oldest: Date;
};

/** Devices with held ops, the longest waiting first. */
export async function listHeldOps(db: Queryable): Promise<HeldOpsSummary[]> {
  const { rows } = await db.query<Row>(
    `SELECT h.device_id, d.name AS device_name, o.name AS office_name, d.applied_seq,
            count(*)::int AS held, min(h.device_seq) AS first_held,
            max(h.device_seq) AS last_held, min(h.received_at) AS oldest
     FROM held_ops h JOIN devices d ON d.id = h.device_id JOIN offices o ON o.id = d.office_id
     GROUP BY h.device_id, d.name, o.name, d.applied_seq
     ORDER BY oldest, h.device_id`,
  );
  return rows.map((r) => ({
    deviceId: r.device_id,
    deviceName: r.device_name,
    officeName: r.office_name,
    appliedSeq: r.applied_seq,
    held: r.held,
    firstHeldSeq: r.first_held,
    lastHeldSeq: r.last_held,
    oldestReceivedAt: r.oldest,
  }));
}
