import type { StaffRole } from '../../../shared/domain/staff-user';
import type { Clock } from './clock';
import type { OfficeDb } from './db/office-db';
import type { KeyVault } from '../crypto/key-vault';
import type { PassphraseKdfParams } from '../crypto/kdf-params';
import type { Keyring } from './encryption/keyring';
import type { Quarantine } from './encryption/quarantine';
import { StoreFailure } from './store-error';

/** An open office database with its in-memory keys (empty while locked). */
export interface OfficeStore {
  readonly db: OfficeDb;
  readonly keyring: Keyring;
  readonly quarantine: Quarantine;
  readonly clock: Clock;
  /** KDF parameters for newly wrapped passphrase keys (tests pass cheap ones). */
  readonly passphraseKdf: () => PassphraseKdfParams;
  /** Protects passphrase-wrapped keys at rest (the OS key store in Electron). */
  readonly vault: KeyVault;
  /** The unlocked session, if any. A session object stops working once it is not this one. */
  current: Session | null;
}

/** Who is working: handed to every repository call so ops and audit entries carry the ids. */
export interface Session {
  readonly store: OfficeStore;
  readonly staffId: string;
  readonly username: string;
  readonly role: StaffRole;
  readonly officeId: string;
  readonly deviceId: string;
}

/** The ids the audit log and outbox need, with or without a signed-in person. */
export interface Actor {
  readonly store: OfficeStore;
  readonly officeId: string;
  readonly deviceId: string;
  readonly staffId: string | null;
}

/** Fails with `locked` unless `session` is the store's current, unlocked session. */
export function requireSession(session: Session): void {
  const { store } = session;
  if (store.current !== session || !store.keyring.unlocked) {
    throw new StoreFailure({ code: 'locked' });
  }
}

export function actorOf(session: Session): Actor & { staffId: string } {
  const { store, officeId, deviceId, staffId } = session;
  return { store, officeId, deviceId, staffId };
}
