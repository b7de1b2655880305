import type { Db, Queryable } from '../db/db';
import { drainHeld } from './drain-held';
import { loadOfficeScope } from './load-office-scope';
import { lockChangeLog } from './lock-change-log';
import { RegistryClock } from './registry-clock';

export interface ForceHeldRequest {
  readonly deviceId: string;
  /** Only when the oldest held op has waited at least this long. */
  readonly olderThanMs: number;
  readonly now: Date;
}

export type ForceHeldResult =
  | { ok: true; skipped: { from: number; to: number }; released: number }
  | { ok: false; code: 'unknown-device' | 'nothing-held' }
  | { ok: false; code: 'too-recent'; oldestReceivedAt: Date };

type Gap =
  | { ok: true; officeId: string; skipped: { from: number; to: number } }
  | Exclude<ForceHeldResult, { ok: true }>;

/**
 * An administrator gives up waiting for the ops missing before a device's held ops: the missing
 * seqs are recorded as skipped (if one arrives later it is still applied, late), and the held
 * run is settled in order as if the gap had filled. Refused until the oldest held op has waited
 * `olderThanMs`, so ops still in transit (a USB bundle) are not overtaken.
 */
export async function forceHeldOps(db: Db, request: ForceHeldRequest): Promise<ForceHeldResult> {
  const gap = await db.transaction((tx) => skipGap(tx, request));
  if (!gap.ok) return gap;
  const device = { deviceId: request.deviceId, officeId: gap.officeId };
  const office = await loadOfficeScope(db, gap.officeId);
  const now = () => request.now;
  const settled = await drainHeld({ db, now, clock: new RegistryClock(), device, office });
  return { ok: true, skipped: gap.skipped, released: settled.length };
}

async function skipGap(tx: Queryable, request: ForceHeldRequest): Promise<Gap> {
  await lockChangeLog(tx);
  const { rows } = await tx.query<{
    office_id: string;
    applied_seq: number;
    first_held: number | null;
    oldest: Date | null;
  }>(
    `SELECT d.office_id, d.applied_seq, min(h.device_seq) AS first_held,
            min(h.received_at) AS oldest
     FROM devices d LEFT JOIN held_ops h ON h.device_id = d.id
     WHERE d.id = $1 GROUP BY d.id`,
    [request.deviceId],
  );
  const row = rows[0];
  if (!row) return { ok: false, code: 'unknown-device' };
  if (row.first_held === null || row.oldest === null) return { ok: false, code: 'nothing-held' };
  if (request.now.getTime() - row.oldest.getTime() < request.olderThanMs) {
    return { ok: false, code: 'too-recent', oldestReceivedAt: row.oldest };
  }
  const skipped = { from: row.applied_seq + 1, to: row.first_held - 1 };
  await tx.query(
    `WITH s AS (INSERT INTO skipped_seqs (device_id, device_seq, skipped_at)
                SELECT $1, seq, $4 FROM generate_series($2::bigint, $3::bigint) AS seq)
     UPDATE devices SET applied_seq = $3 WHERE id = $1`,
    [request.deviceId, skipped.from, skipped.to, request.now],
  );
  return { ok: true, officeId: row.office_id, skipped };
}
