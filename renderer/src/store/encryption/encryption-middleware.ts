import type { DBCore, Middleware } from 'dexie';
import type { DamageSink } from './damage-report';
import type { Keyring } from './keyring';
import { sealedTable } from './sealed-table';
import { sealedTables } from './sealed-tables';

export interface EncryptionMiddlewareOptions {
  readonly keyring: Keyring;
  readonly onDamaged: DamageSink;
}

/**
 * AES-256-GCM per row for the sealed tables, as the lowest DBCore middleware, so every write path
 * (put, add, bulk, update, modify) is encrypted and every read path opens rows transparently.
 * Other tables pass through untouched.
 */
export function encryptionMiddleware({
  keyring,
  onDamaged,
}: EncryptionMiddlewareOptions): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'Encryption',
    // Below Dexie's own middlewares (the lowest is -1): they all see plaintext.
    level: -10,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const spec = sealedTables[name];
        return spec ? sealedTable(table, spec, keyring, onDamaged) : table;
      },
    }),
  };
}
