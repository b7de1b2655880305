import { StaffUser } from '../../../../shared/domain/staff-user';
import { appendAudit } from '../audit/append-audit';
import { isoAt } from '../clock';
import { wrappedKeyEntry } from '../db/meta';
import { readRecordRow } from '../records/read-record-row';
import { runRecordWrite } from '../records/run-record-write';
import { validateRecord } from '../records/validate-record';
import { writeRecord } from '../records/write-record';
import type { StoreResult } from '../store-error';
import { StoreFailure } from '../store-error';
import type { Session } from '../session';
import { actorOf } from '../session';
import { fieldSensitivity } from '../../../../shared/domain/field-sensitivity';
import { canManageStaff } from './roles';

const staffConfig = {
  type: 'staff-user' as const,
  schema: StaffUser,
  sensitivity: fieldSensitivity['staff-user'],
};

/**
 * An admin disables an account: it can no longer unlock, because its wrapped data key is deleted
 * (re-enabling means adding a passphrase again). The office always keeps one active admin.
 * A copy of the database taken earlier still opens with the old passphrase: only rotating the
 * data key (re-encrypting) would end that.
 */
export async function disableStaff(session: Session, staffId: string): Promise<StoreResult<void>> {
  return runRecordWrite(session, async () => {
    const { db } = session.store;
    if (!canManageStaff(session.role) || staffId === session.staffId) {
      throw new StoreFailure({ code: 'forbidden' });
    }
    const staff = await db.staff.get(staffId);
    if (!staff) throw new StoreFailure({ code: 'not-found' });
    if (staff.status === 'disabled') return;
    const now = isoAt(session.store.clock);
    await db.staff.update(staffId, { status: 'disabled', updatedAt: now });
    await db.meta.delete(wrappedKeyEntry(staffId).key);
    const actor = actorOf(session);
    const { row, record } = await readRecordRow(session, staffConfig, staffId);
    const after = validateRecord(StaffUser, {
      ...record,
      disabled: true,
      updatedAt: now,
      rev: row.rev + 1,
    });
    const write = { recordId: staffId, recordType: 'staff-user' as const };
    await writeRecord(actor, { ...write, kind: 'update', before: row, after });
    await appendAudit(actor, { action: 'staff-disable', ...write });
  }, ['staff']);
}
