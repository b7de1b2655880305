import type { Queryable } from '../db/db';
import { hashSecret } from '../devices/credential';
import { newEnrollCode, normaliseEnrollCode } from '../devices/enroll-code';

export const DEFAULT_CODE_HOURS = 72;
export const MAX_CODE_HOURS = 24 * 30;

export type IssueEnrollCodeResult =
  { ok: true; code: string; expiresAt: Date } | { ok: false; error: { code: 'unknown-office' } };

/** A one-time code for one device of an office. Only its hash is kept: print it once. */
export async function issueEnrollCode(
  db: Queryable,
  request: { officeId: string; hours: number; now: Date },
): Promise<IssueEnrollCodeResult> {
  const office = await db.query('SELECT 1 FROM offices WHERE id = $1', [request.officeId]);
  if (office.rowCount === 0) return { ok: false, error: { code: 'unknown-office' } };
  const code = newEnrollCode();
  const expiresAt = new Date(request.now.getTime() + request.hours * 3_600_000);
  await db.query(
    `INSERT INTO enrollment_codes (code_hash, office_id, created_at, expires_at)
     VALUES ($1, $2, $3, $4)`,
    [hashSecret(normaliseEnrollCode(code)), request.officeId, request.now, expiresAt],
  );
  return { ok: true, code, expiresAt };
}
