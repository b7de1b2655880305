import { v7 as uuidv7 } from 'uuid';
import type { OfficeInput } from '../../../../shared/domain/office';
import { Office } from '../../../../shared/domain/office';
import type { EnvelopeField } from '../../../../shared/domain/record-envelope';
import { StaffUser } from '../../../../shared/domain/staff-user';
import { randomBytes } from '../../crypto/bytes';
import { deriveKek } from '../../crypto/derive-kek';
import { createKeyMaterial } from '../../crypto/key-set';
import type { NewKeyMaterial } from '../../crypto/key-set';
import type { RecoveryKey } from '../../crypto/recovery-key';
import { generateRecoveryKey } from '../../crypto/recovery-key';
import { isoAt } from '../clock';
import { metaEntries, wrappedKeyEntry, writeMeta } from '../db/meta';
import { allTables } from '../db/office-db';
import type { StaffRow } from '../db/rows';
import { validateRecord } from '../records/validate-record';
import type { StoreResult } from '../store-error';
import { catchStoreFailure, StoreFailure } from '../store-error';
import type { OfficeStore, Session } from '../session';
import { checkPassphrase } from './passphrase-policy';
import { startSession } from './unlock';
import { parseUsername } from './username';
import { storeNewOffice } from './store-new-office';

export interface CreateOfficeInput {
  readonly office: Omit<OfficeInput, EnvelopeField>;
  readonly admin: { username: string; displayName: string; passphrase: string };
}

export interface CreatedOffice {
  readonly session: Session;
  /** Shown once and printed; never stored in clear. It can rewrap the data key. */
  readonly recoveryKey: RecoveryKey;
}

/**
 * First run: creates the office's keys, its first admin and its recovery key, and stores the
 * office and admin as records (with their ops, for the registry), all in one transaction.
 */
export async function createOffice(
  store: OfficeStore,
  input: CreateOfficeInput,
): Promise<StoreResult<CreatedOffice>> {
  return catchStoreFailure(async () => {
    const { db, clock } = store;
    if (await db.meta.get(metaEntries.office.key))
      throw new StoreFailure({ code: 'office-exists' });
    const username = parseUsername(input.admin.username);
    if (!username) throw new StoreFailure({ code: 'invalid-username' });
    const problems = checkPassphrase(input.admin.passphrase, { username });
    if (problems.length > 0) throw new StoreFailure({ code: 'weak-passphrase', problems });
    const now = isoAt(clock);
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
    const officeRecord = validateRecord(Office, {
      ...input.office,
      ...envelope,
      id: officeId,
      type: 'office',
    });
    const staffRecord = validateRecord(StaffUser, {
      username,
      displayName: input.admin.displayName,
      role: 'admin',
      disabled: false,
      ...envelope,
      id: staff.id,
      type: 'staff-user',
    });
    const { material, recoveryKey, kdfs } = await makeKeys(store, input.admin.passphrase);
    const session = startSession(store, staff, { officeId, deviceId: uuidv7() });
    store.keyring.set(material.keys);
    try {
      await db.transaction('rw', [...allTables], async () => {
        if (await db.meta.get(metaEntries.office.key)) {
          throw new StoreFailure({ code: 'office-exists' });
        }
        await writeMeta(db, metaEntries.office, {
          officeId,
          deviceId: session.deviceId,
          createdAt: now,
        });
        await writeMeta(db, metaEntries.keyCheck, material.keyCheck);
        await writeMeta(db, metaEntries.blindIndexKey, material.blindIndexKey);
        const [adminWrapped, recoveryWrapped] = material.wrapped;
        await writeMeta(db, wrappedKeyEntry(staff.id), {
          kdf: kdfs.admin,
          wrapped: adminWrapped!,
          createdAt: now,
        });
        await writeMeta(db, metaEntries.recoveryKey, {
          kdf: kdfs.recovery,
          wrapped: recoveryWrapped!,
          createdAt: now,
        });
        await storeNewOffice(session, staff, officeRecord, staffRecord);
      });
    } catch (error) {
      store.keyring.clear();
      store.current = null;
      throw error;
    }
    return { session, recoveryKey };
  });
}

async function makeKeys(store: OfficeStore, passphrase: string) {
  const recoveryKey = await generateRecoveryKey();
  const kdfs = {
    admin: store.passphraseKdf(),
    recovery: { alg: 'hkdf-sha256', salt: randomBytes(32) } as const,
  };
  const keks = await Promise.all([
    deriveKek(passphrase, kdfs.admin),
    deriveKek(recoveryKey, kdfs.recovery),
  ]);
  const material: NewKeyMaterial = await createKeyMaterial(keks);
  return { material, recoveryKey, kdfs };
}
