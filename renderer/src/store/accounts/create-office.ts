import { v7 as uuidv7 } from 'uuid';
import type { OfficeInput } from '../../../../shared/domain/office';
import type { EnvelopeField } from '../../../../shared/domain/record-envelope';
import { randomBytes } from '../../crypto/bytes';
import { deriveKek } from '../../crypto/derive-kek';
import { createKeyMaterial } from '../../crypto/key-set';
import type { RecoveryKey } from '../../crypto/recovery-key';
import { generateRecoveryKey } from '../../crypto/recovery-key';
import { isoAt } from '../clock';
import { metaEntries } from '../db/meta';
import { allTables } from '../db/office-db';
import type { StoreResult } from '../store-error';
import { catchStoreFailure, StoreFailure } from '../store-error';
import type { OfficeStore, Session } from '../session';
import { checkPassphrase } from './passphrase-policy';
import { startSession } from './unlock';
import { parseUsername } from './username';
import { prepareOfficeRecords, storeNewOffice } from './store-new-office';
import { protectWrappedKey, recoveryWrappedKey } from './vault-wrapped-key';

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
    const { db } = store;
    if (await db.meta.get(metaEntries.office.key))
      throw new StoreFailure({ code: 'office-exists' });
    const username = parseUsername(input.admin.username);
    if (!username) throw new StoreFailure({ code: 'invalid-username' });
    const problems = checkPassphrase(input.admin.passphrase, { username });
    if (problems.length > 0) throw new StoreFailure({ code: 'weak-passphrase', problems });
    const setup = prepareOfficeRecords(input, username, isoAt(store.clock));
    const keys = await makeKeys(store, input.admin.passphrase, setup.staff.createdAt);
    const session = startSession(store, setup.staff, {
      officeId: setup.office.id,
      deviceId: uuidv7(),
    });
    store.keyring.set(keys.material.keys);
    try {
      await db.transaction('rw', [...allTables], () => storeNewOffice(session, setup, keys));
    } catch (error) {
      store.keyring.clear();
      store.current = null;
      throw error;
    }
    return { session, recoveryKey: keys.recoveryKey };
  });
}

/**
 * The data key wrapped for the admin's passphrase (then protected by the vault) and for a new
 * recovery key (never vault-protected: it is the way in when the vault is gone).
 */
async function makeKeys(store: OfficeStore, passphrase: string, createdAt: string) {
  const recoveryKey = await generateRecoveryKey();
  const kdfs = {
    admin: store.passphraseKdf(),
    recovery: { alg: 'hkdf-sha256', salt: randomBytes(32) } as const,
  };
  const keks = await Promise.all([
    deriveKek(passphrase, kdfs.admin),
    deriveKek(recoveryKey, kdfs.recovery),
  ]);
  const material = await createKeyMaterial(keks);
  const [adminWrapped, recoveryWrapped] = material.wrapped;
  if (!adminWrapped || !recoveryWrapped) throw new StoreFailure({ code: 'damaged-key' });
  const stored = {
    admin: await protectWrappedKey(store, { kdf: kdfs.admin, wrapped: adminWrapped, createdAt }),
    recovery: recoveryWrappedKey({ kdf: kdfs.recovery, wrapped: recoveryWrapped, createdAt }),
  };
  return { material, recoveryKey, stored };
}

export type OfficeKeys = Awaited<ReturnType<typeof makeKeys>>;
