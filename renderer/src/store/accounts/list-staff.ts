import type { StaffRole } from '../../../../shared/domain/staff-user';
import type { StaffRow, StaffStatus } from '../db/rows';
import { repositoryFor } from '../records/record-repository';
import type { StoreResult } from '../store-error';
import { StoreFailure, catchStoreFailure, storeFail } from '../store-error';
import type { Session } from '../session';
import { requireSession } from '../session';
import { canManageStaff } from './roles';

/** A staff account as the Staff screen lists it: the login row joined with its sealed record. */
export interface StaffMember {
  readonly id: string;
  readonly username: string;
  readonly role: StaffRole;
  readonly status: StaffStatus;
  readonly mustChangePassphrase: boolean;
  /** From the encrypted staff-user record; absent if that record is missing or damaged. */
  readonly displayName?: string;
  readonly phone?: string;
  readonly email?: string;
}

const staffRecords = repositoryFor('staff-user');

/** Every staff account of the office, by username. Admins only (it shows personal details). */
export async function listStaff(session: Session): Promise<StoreResult<StaffMember[]>> {
  const rows = await listStaffLogins(session);
  if (!rows.ok) return rows;
  const records = await staffRecords.list(session, { limit: Math.max(rows.value.length, 1) * 2 });
  if (!records.ok) return storeFail(records.error);
  const byId = new Map(records.value.records.map((record) => [record.id, record]));
  return {
    ok: true,
    value: rows.value.map((row) => {
      const record = byId.get(row.id);
      return {
        id: row.id,
        username: row.username,
        role: row.role,
        status: row.status,
        mustChangePassphrase: row.mustChangePassphrase,
        ...(record?.displayName ? { displayName: record.displayName } : {}),
        ...(record?.phone ? { phone: record.phone } : {}),
        ...(record?.email ? { email: record.email } : {}),
      };
    }),
  };
}

/** Usernames, roles and status of every account, without decrypting anything. Admins only. */
export async function listStaffLogins(session: Session): Promise<StoreResult<StaffRow[]>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    if (!canManageStaff(session.role)) throw new StoreFailure({ code: 'forbidden' });
    return session.store.db.staff.orderBy('username').toArray();
  });
}

/** Whether the session's account still has to replace the first passphrase an admin gave it. */
export async function mustChangePassphrase(session: Session): Promise<StoreResult<boolean>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    const row = await session.store.db.staff.get(session.staffId);
    return row?.mustChangePassphrase ?? false;
  });
}
