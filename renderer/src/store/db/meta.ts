import { z } from 'zod';
import { AuditHead } from '../../../../shared/audit/audit-entry';
import { VaultScheme } from '../../../../shared/ipc/contract';
import { KdfParams } from '../../crypto/kdf-params';
import type { SimpleStoreErrorCode } from '../store-error';
import { StoreFailure } from '../store-error';
import type { OfficeDb } from './office-db';

const Bytes = z.custom<Uint8Array<ArrayBuffer>>((v) => v instanceof Uint8Array);
const Buffer = z.custom<ArrayBuffer>((v) => v instanceof ArrayBuffer);

export const OfficeMeta = z.object({
  officeId: z.string(),
  deviceId: z.uuid(),
  createdAt: z.string(),
});
export const SealedMeta = z.object({ iv: Bytes, ciphertext: Buffer });
/**
 * A data key wrapped (AES-KW) under a KEK derived with `kdf`, then protected by the key vault as
 * `scheme` says: `wrapped` holds the vault's blob (the AES-KW output itself for `none`, which is
 * also what entries written before the vault existed hold).
 */
export const WrappedKeyMeta = z.object({
  kdf: KdfParams,
  wrapped: Bytes,
  scheme: VaultScheme.default('none'),
  createdAt: z.string(),
});
export const LockoutMeta = z.object({
  failures: z.int().min(0),
  lockedUntil: z.number().nullable(),
});

/** The meta table's entries: key and the schema its value must match. */
export const metaEntries = {
  office: { key: 'office', schema: OfficeMeta },
  keyCheck: { key: 'key-check', schema: SealedMeta },
  blindIndexKey: { key: 'blind-index-key', schema: SealedMeta },
  recoveryKey: { key: 'wrapped-key:recovery', schema: WrappedKeyMeta },
  /** The last op's HLC stamp and device sequence number, advanced together. */
  opStamp: { key: 'op-stamp', schema: z.object({ hlc: z.string(), deviceSeq: z.int().min(0) }) },
  auditHead: { key: 'audit-head', schema: AuditHead },
} as const;

export const wrappedKeyEntry = (staffId: string) =>
  ({ key: `wrapped-key:${staffId}`, schema: WrappedKeyMeta }) as const;
export const lockoutEntry = (username: string) =>
  ({ key: `lockout:${username}`, schema: LockoutMeta }) as const;

interface MetaEntry<S extends z.ZodType> {
  readonly key: string;
  readonly schema: S;
}

/** Reads one meta entry; null when absent, a failure with `damaged` when it does not parse. */
export async function readMeta<S extends z.ZodType>(
  db: OfficeDb,
  entry: MetaEntry<S>,
  damaged: SimpleStoreErrorCode = 'damaged-key',
): Promise<z.output<S> | null> {
  const row = await db.meta.get(entry.key);
  if (row === undefined) return null;
  const parsed = entry.schema.safeParse(row.value);
  if (!parsed.success) throw new StoreFailure({ code: damaged });
  return parsed.data;
}

/** Like {@link readMeta} for entries that must exist once an office is set up. */
export async function requireMeta<S extends z.ZodType>(
  db: OfficeDb,
  entry: MetaEntry<S>,
): Promise<z.output<S>> {
  const value = await readMeta(db, entry);
  if (value === null) throw new StoreFailure({ code: 'no-office' });
  return value;
}

export function writeMeta<S extends z.ZodType>(
  db: OfficeDb,
  entry: MetaEntry<S>,
  value: z.input<S>,
): Promise<string> {
  return db.meta.put({ key: entry.key, value });
}
