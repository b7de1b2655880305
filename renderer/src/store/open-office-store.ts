import type { ChromeTransactionDurability } from 'dexie';
import { desktopKeyVault } from '../bridge/desktop-key-vault';
import { getDesktop } from '../bridge/desktop';
import type { KeyVault } from '../crypto/key-vault';
import { passthroughVault } from '../crypto/key-vault';
import type { PassphraseKdfParams } from '../crypto/kdf-params';
import { defaultPassphraseKdf } from '../crypto/kdf-params';
import type { Clock } from './clock';
import { systemClock } from './clock';
import { metaEntries } from './db/meta';
import { OfficeDb } from './db/office-db';
import { encryptionMiddleware } from './encryption/encryption-middleware';
import { Keyring } from './encryption/keyring';
import { Quarantine } from './encryption/quarantine';
import { changeSeqMiddleware } from './records/change-seq';
import { recordChangesMiddleware } from './records/record-changes';
import type { OfficeStore } from './session';

export interface OpenOfficeStoreOptions {
  readonly clock?: Clock;
  /** KDF for newly wrapped passphrase keys; defaults to Argon2id 64 MiB x 2. */
  readonly passphraseKdf?: () => PassphraseKdfParams;
  readonly durability?: ChromeTransactionDurability;
  /**
   * Protects passphrase-wrapped keys at rest. Default: the desktop API's vault in a page (the OS
   * key store in Electron, a passthrough in the web bridge), a passthrough elsewhere (workers,
   * Node tests).
   */
  readonly vault?: KeyVault;
}

function defaultVault(): KeyVault {
  return typeof window === 'undefined' ? passthroughVault : desktopKeyVault(getDesktop());
}

/**
 * Opens (creating or upgrading) an office database with the encryption middleware installed.
 * The store starts locked: `createOffice` or `unlock` gives it keys.
 */
export async function openOfficeStore(
  name: string,
  options: OpenOfficeStoreOptions = {},
): Promise<OfficeStore> {
  const db = new OfficeDb(
    name,
    options.durability ? { chromeTransactionDurability: options.durability } : {},
  );
  const clock = options.clock ?? systemClock;
  const keyring = new Keyring();
  const quarantine = new Quarantine(db, clock);
  db.use(encryptionMiddleware({ keyring, onDamaged: (r, stored) => quarantine.report(r, stored) }));
  db.use(changeSeqMiddleware());
  db.use(recordChangesMiddleware(db));
  await db.open();
  return {
    db,
    keyring,
    quarantine,
    clock,
    passphraseKdf: options.passphraseKdf ?? defaultPassphraseKdf,
    vault: options.vault ?? defaultVault(),
    current: null,
  };
}

/** Whether the database holds an office yet (first run shows setup, later runs the login). */
export async function hasOffice(store: OfficeStore): Promise<boolean> {
  return (await store.db.meta.get(metaEntries.office.key)) !== undefined;
}
