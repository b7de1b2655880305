import type { Queryable } from '../db/db';
import { hashSecret, isCredentialShaped } from './credential';

export interface AuthenticatedDevice {
  readonly deviceId: string;
  readonly officeId: string;
}

export type AuthenticateResult =
  | { ok: true; device: AuthenticatedDevice }
  | { ok: false; error: 'unknown-device' }
  | { ok: false; error: 'device-revoked'; deviceId: string };

type DeviceRow = { id: string; office_id: string; revoked_at: Date | null };

/** last_seen_at is written at most this often per device, not on every request. */
const SEEN_RESOLUTION_MS = 60_000;

/** The `Authorization: Bearer <credential>` header's credential, or null. */
export function bearerCredential(header: string | undefined): string | null {
  const match = /^Bearer +(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] && isCredentialShaped(match[1]) ? match[1] : null;
}

/** Finds the device a credential belongs to; refuses unknown and revoked devices. */
export async function authenticateDevice(
  db: Queryable,
  credential: string | null,
  now: Date,
): Promise<AuthenticateResult> {
  if (credential === null) return { ok: false, error: 'unknown-device' };
  const { rows } = await db.query<DeviceRow>(
    'SELECT id, office_id, revoked_at FROM devices WHERE credential_hash = $1',
    [hashSecret(credential)],
  );
  const row = rows[0];
  if (!row) return { ok: false, error: 'unknown-device' };
  if (row.revoked_at !== null) return { ok: false, error: 'device-revoked', deviceId: row.id };
  await db.query(
    `UPDATE devices SET last_seen_at = $2
     WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < $3)`,
    [row.id, now, new Date(now.getTime() - SEEN_RESOLUTION_MS)],
  );
  return { ok: true, device: { deviceId: row.id, officeId: row.office_id } };
}
