import type { ChromeTransactionDurability } from 'dexie';
import type { PassphraseKdfParams } from '../crypto/kdf-params';
import { defaultPassphraseKdf } from '../crypto/kdf-params';
import type { Clock } from './clock';
import { systemClock } from './clock';
import { metaEntries } from './db/meta';
import { OfficeDb } from './db/office-db';
import { encryptionMiddleware } from './encryption/encryption-middleware';
import { Keyring } from './encryption/keyring';
import { Quarantine } from './encryption/quarantine';
import type { OfficeStore } from './session';

export interface OpenOfficeStoreOptions {
  readonly clock?: Clock;
  /** KDF for newly wrapped passphrase keys; defaults to Argon2id 64 MiB x 3. */
  readonly passphraseKdf?: () => PassphraseKdfParams;
  readonly durability?: ChromeTransactionDurability;
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
  await db.open();
  return {
    db,
    keyring,
    quarantine,
    clock,
    passphraseKdf: options.passphraseKdf ?? defaultPassphraseKdf,
    current: null,
  };
}

/** Whether the database holds an office yet (first run shows setup, later runs the login). */
export async function hasOffice(store: OfficeStore): Promise<boolean> {
  return (await store.db.meta.get(metaEntries.office.key)) !== undefined;
}
