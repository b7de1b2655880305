import { v7 as uuidv7 } from 'uuid';
import { Office } from '../../../../shared/domain/office';
import { StaffUser } from '../../../../shared/domain/staff-user';
import { appendAudit } from '../audit/append-audit';
import { metaEntries, wrappedKeyEntry, writeMeta } from '../db/meta';
import type { StaffRow } from '../db/rows';
import { validateRecord } from '../records/validate-record';
import { writeRecord } from '../records/write-record';
import { StoreFailure } from '../store-error';
import type { Session } from '../session';
import { actorOf } from '../session';
import type { CreateOfficeInput, OfficeKeys } from './create-office';

export interface OfficeSetup {
  readonly staff: StaffRow;
  readonly office: Office;
  readonly admin: StaffUser;
}

/** Validates the office and first-admin records, ids made here. */
export function prepareOfficeRecords(
  input: CreateOfficeInput,
  username: string,
  now: string,
): OfficeSetup {
  const officeId = uuidv7();
  const staff: StaffRow = {
    id: uuidv7(),
    username,
    role: 'admin',
    status: 'active',
    mustChangePassphrase: false,
    createdAt: now,
    updatedAt: now,
  };
  const envelope = { officeId, createdAt: now, updatedAt: now, rev: 1 };
  const office = validateRecord(Office, {
    ...input.office,
    ...envelope,
    id: officeId,
    type: 'office',
  });
  const admin = validateRecord(StaffUser, {
    username,
    displayName: input.admin.displayName,
    role: 'admin',
    disabled: false,
    ...envelope,
    id: staff.id,
    type: 'staff-user',
  });
  return { staff, office, admin };
}

/**
 * Inside office setup's transaction: the office and device ids, key check, blind-index key and
 * wrapped keys in meta; the admin login; the office and admin records with their ops; audit.
 */
export async function storeNewOffice(
  session: Session,
  setup: OfficeSetup,
  { material, stored }: OfficeKeys,
): Promise<void> {
  const { db } = session.store;
  if (await db.meta.get(metaEntries.office.key)) throw new StoreFailure({ code: 'office-exists' });
  const createdAt = setup.staff.createdAt;
  const office = { officeId: session.officeId, deviceId: session.deviceId, createdAt };
  await writeMeta(db, metaEntries.office, office);
  await writeMeta(db, metaEntries.keyCheck, material.keyCheck);
  await writeMeta(db, metaEntries.blindIndexKey, material.blindIndexKey);
  await writeMeta(db, wrappedKeyEntry(setup.staff.id), stored.admin);
  await writeMeta(db, metaEntries.recoveryKey, stored.recovery);
  await db.staff.add(setup.staff);
  const actor = actorOf(session);
  for (const record of [setup.office, setup.admin]) {
    const write = { recordId: record.id, recordType: record.type, before: null, after: record };
    await writeRecord(actor, { ...write, kind: 'create' });
  }
  await appendAudit(actor, {
    action: 'staff-add',
    recordId: setup.admin.id,
    recordType: 'staff-user',
  });
  await appendAudit(actor, { action: 'login' });
}
