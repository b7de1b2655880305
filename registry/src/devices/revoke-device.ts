import type { Queryable } from '../db/db';

export type RevokeDeviceResult =
  | { ok: true; revokedAt: Date; alreadyRevoked: boolean }
  | { ok: false; error: { code: 'unknown-device' } };

/** Revokes a device's credential for good: its next request is refused with device-revoked. */
export async function revokeDevice(
  db: Queryable,
  request: { deviceId: string; now: Date },
): Promise<RevokeDeviceResult> {
  const updated = await db.query<{ revoked_at: Date }>(
    `UPDATE devices SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING revoked_at`,
    [request.deviceId, request.now],
  );
  const fresh = updated.rows[0];
  if (fresh) return { ok: true, revokedAt: fresh.revoked_at, alreadyRevoked: false };
  const existing = await db.query<{ revoked_at: Date }>(
    'SELECT revoked_at FROM devices WHERE id = $1',
    [request.deviceId],
  );
  const row = existing.rows[0];
  if (!row) return { ok: false, error: { code: 'unknown-device' } };
  return { ok: true, revokedAt: row.revoked_at, alreadyRevoked: true };
}
