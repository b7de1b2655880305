import { v7 as uuidv7 } from 'uuid';
import type { StaffRole } from '../../../../shared/domain/staff-user';
import { StaffUser } from '../../../../shared/domain/staff-user';
import { appendAudit } from '../audit/append-audit';
import { isoAt } from '../clock';
import { wrappedKeyEntry, writeMeta } from '../db/meta';
import type { StaffRow } from '../db/rows';
import { runRecordWrite } from '../records/run-record-write';
import { validateRecord } from '../records/validate-record';
import { writeRecord } from '../records/write-record';
import type { StoreResult } from '../store-error';
import { StoreFailure, catchStoreFailure } from '../store-error';
import type { Session } from '../session';
import { actorOf, requireSession } from '../session';
import { checkPassphrase } from './passphrase-policy';
import { newPassphraseKek, rewrapFromSession } from './reauthenticate';
import { canManageStaff } from './roles';
import { parseUsername } from './username';
import { protectWrappedKey } from './vault-wrapped-key';

export interface NewStaff {
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  /** Work contact details (E.164 phone, e-mail), optional; sealed with the staff-user record. */
  readonly phone?: string;
  readonly email?: string;
  /** First passphrase, typed by the new person; they must change it at first login. */
  readonly passphrase: string;
}

/**
 * An admin adds a staff account: re-entering their own passphrase lets the data key be wrapped
 * for the newcomer (the session key itself cannot be exported). Stores the login, the wrapped
 * key and the `staff-user` record with its op and audit entries in one transaction.
 */
export async function addStaff(
  session: Session,
  adminPassphrase: string,
  input: NewStaff,
): Promise<StoreResult<StaffRow>> {
  const prepared = await catchStoreFailure(async () => {
    requireSession(session);
    if (!canManageStaff(session.role)) throw new StoreFailure({ code: 'forbidden' });
    const username = parseUsername(input.username);
    if (!username) throw new StoreFailure({ code: 'invalid-username' });
    const problems = checkPassphrase(input.passphrase, { username });
    if (problems.length > 0) throw new StoreFailure({ code: 'weak-passphrase', problems });
    if (await session.store.db.staff.where('username').equals(username).count()) {
      throw new StoreFailure({ code: 'username-taken' });
    }
    const { kek, kdf } = await newPassphraseKek(session, input.passphrase);
    const wrapped = await rewrapFromSession(session, adminPassphrase, kek);
    const now = isoAt(session.store.clock);
    const key = await protectWrappedKey(session.store, { kdf, wrapped, createdAt: now });
    return { username, key, now };
  });
  if (!prepared.ok) return prepared;
  const { username, key, now } = prepared.value;
  const staff: StaffRow = {
    id: uuidv7(),
    username,
    role: input.role,
    status: 'active',
    mustChangePassphrase: true,
    createdAt: now,
    updatedAt: now,
  };
  return runRecordWrite(session, async () => {
    if (await session.store.db.staff.where('username').equals(username).count()) {
      throw new StoreFailure({ code: 'username-taken' });
    }
    const record = validateRecord(StaffUser, {
      username,
      displayName: input.displayName,
      ...(input.phone ? { phone: input.phone } : {}),
      ...(input.email ? { email: input.email } : {}),
      role: input.role,
      disabled: false,
      id: staff.id,
      type: 'staff-user',
      officeId: session.officeId,
      createdAt: now,
      updatedAt: now,
      rev: 1,
    });
    await session.store.db.staff.add(staff);
    await writeMeta(session.store.db, wrappedKeyEntry(staff.id), key);
    const actor = actorOf(session);
    const write = { recordId: staff.id, recordType: 'staff-user' as const };
    await writeRecord(actor, { ...write, kind: 'create', before: null, after: record });
    await appendAudit(actor, { action: 'staff-add', ...write });
    return staff;
  }, ['staff']);
}
