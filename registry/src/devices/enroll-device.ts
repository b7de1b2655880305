import { v7 as uuidv7 } from 'uuid';
import type { Db, Queryable } from '../db/db';
import {
  OFFICE_COLUMNS,
  toOfficeSummary,
  type OfficeRow,
  type OfficeSummary,
} from '../offices/office-summary';
import { hashSecret, newCredential } from './credential';
import { normaliseEnrollCode } from './enroll-code';

export type EnrollError = 'enroll-code-unknown' | 'enroll-code-used' | 'enroll-code-expired';

export type EnrollResult =
  | { ok: true; deviceId: string; credential: string; office: OfficeSummary }
  | { ok: false; error: EnrollError };

type CodeRow = { office_id: string; expires_at: Date; used_at: Date | null };

/** Locks the code's row so two devices racing with one code cannot both pass. */
async function claimableCode(
  tx: Queryable,
  codeHash: string,
  now: Date,
): Promise<{ ok: true; officeId: string } | { ok: false; error: EnrollError }> {
  const { rows } = await tx.query<CodeRow>(
    'SELECT office_id, expires_at, used_at FROM enrollment_codes WHERE code_hash = $1 FOR UPDATE',
    [codeHash],
  );
  const row = rows[0];
  if (!row) return { ok: false, error: 'enroll-code-unknown' };
  if (row.used_at !== null) return { ok: false, error: 'enroll-code-used' };
  if (row.expires_at.getTime() <= now.getTime()) return { ok: false, error: 'enroll-code-expired' };
  return { ok: true, officeId: row.office_id };
}

/**
 * Trades a one-time code for a device id and credential. The credential leaves this function
 * once, in the answer to the device; the registry keeps only its hash.
 */
export async function enrollDevice(
  db: Db,
  request: { code: string; deviceName: string; now: Date },
): Promise<EnrollResult> {
  const codeHash = hashSecret(normaliseEnrollCode(request.code));
  return db.transaction(async (tx) => {
    const claim = await claimableCode(tx, codeHash, request.now);
    if (!claim.ok) return claim;
    const deviceId = uuidv7();
    const credential = newCredential();
    await tx.query(
      `INSERT INTO devices (id, office_id, name, credential_hash, created_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [deviceId, claim.officeId, request.deviceName, hashSecret(credential), request.now],
    );
    await tx.query(
      'UPDATE enrollment_codes SET used_at = $2, device_id = $3 WHERE code_hash = $1',
      [codeHash, request.now, deviceId],
    );
    const office = await tx.query<OfficeRow>(
      `SELECT ${OFFICE_COLUMNS} FROM offices WHERE id = $1`,
      [claim.officeId],
    );
    const row = office.rows[0];
    if (!row) throw new Error('enrollment code refers to a missing office');
    return { ok: true, deviceId, credential, office: toOfficeSummary(row) };
  });
}
