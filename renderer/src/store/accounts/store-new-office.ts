import type { Office } from '../../../../shared/domain/office';
import type { StaffUser } from '../../../../shared/domain/staff-user';
import { appendAudit } from '../audit/append-audit';
import type { StaffRow } from '../db/rows';
import { writeRecord } from '../records/write-record';
import type { Session } from '../session';
import { actorOf } from '../session';

/** Inside office setup's transaction: the admin login, the office and admin records, audit. */
export async function storeNewOffice(
  session: Session,
  staff: StaffRow,
  office: Office,
  admin: StaffUser,
): Promise<void> {
  const actor = actorOf(session);
  await session.store.db.staff.add(staff);
  const create = (record: Office | StaffUser) =>
    writeRecord(actor, {
      kind: 'create',
      recordId: record.id,
      recordType: record.type,
      before: null,
      after: record,
    });
  await create(office);
  await create(admin);
  await appendAudit(actor, { action: 'staff-add', recordId: admin.id, recordType: 'staff-user' });
  await appendAudit(actor, { action: 'login' });
}
