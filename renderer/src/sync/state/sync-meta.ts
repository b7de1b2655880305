import { z } from 'zod';
import { recordTypes } from '../../../../shared/domain/record-envelope';
import { opKinds } from '../../../../shared/sync/op';
import { opRejectionCodes } from '../../../../shared/sync/sync-error';
import type { OfficeDb } from '../../store/db/office-db';
import { syncFailureCodes } from '../sync-failure';

/** Clear meta entries of sync: numbers, times and codes only, never a value of a record. */
const entries = {
  cursor: { key: 'sync-cursor', schema: z.int().min(0) },
  /** The registry log's epoch the cursor belongs to (sent back with it on every pull). */
  epoch: { key: 'sync-epoch', schema: z.uuid() },
  status: {
    key: 'sync-status',
    schema: z.object({
      lastSyncAt: z.iso.datetime().nullable(),
      /** The last run's failure; null after a clean run. */
      lastError: z.enum(syncFailureCodes).nullable(),
      /** Office clock minus registry clock beyond the bound (ms); null when within it. */
      driftMs: z.int().nullable(),
      /** Ops the registry refused for good (counted since the last clean run). */
      rejectedOps: z.int().min(0),
    }),
  },
  intervalMinutes: { key: 'sync-interval-minutes', schema: z.int().min(0).max(1440) },
  /** Local changes the registry refused for good, newest last (ids and codes only). */
  refused: {
    key: 'sync-refused',
    schema: z.array(
      z.object({
        opId: z.uuid(),
        recordId: z.uuid(),
        recordType: z.enum(recordTypes),
        kind: z.enum(opKinds),
        code: z.enum(opRejectionCodes),
        at: z.iso.datetime(),
      }),
    ),
  },
  /** Ops of desk-only records removed from the outbox since enrollment (set-aside-local-ops). */
  localOps: {
    key: 'sync-local-ops',
    schema: z.object({
      /** The outbox is read above this seq next time. */
      scannedSeq: z.int().min(0),
      /** How many set-aside device numbers lie below every op still queued. */
      folded: z.int().min(0),
      /** The other set-aside device numbers. */
      skipped: z.array(z.int().min(0)),
    }),
  },
} as const;

export type RefusedChange = z.output<typeof entries.refused.schema>[number];
/** How many refused changes the Sync screen keeps (the oldest go first). */
export const MAX_REFUSED = 100;

export type LocalOpsMeta = z.output<typeof entries.localOps.schema>;

export type SyncStatusMeta = z.output<typeof entries.status.schema>;
export const emptyStatus: SyncStatusMeta = {
  lastSyncAt: null,
  lastError: null,
  driftMs: null,
  rejectedOps: 0,
};
export const DEFAULT_INTERVAL_MINUTES = 15;

async function read<S extends z.ZodType>(
  db: OfficeDb,
  entry: { key: string; schema: S },
): Promise<z.output<S> | null> {
  const row = await db.meta.get(entry.key);
  if (row === undefined) return null;
  const parsed = entry.schema.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

export const readCursor = async (db: OfficeDb) => (await read(db, entries.cursor)) ?? 0;
export const writeCursor = (db: OfficeDb, cursor: number) =>
  db.meta.put({ key: entries.cursor.key, value: cursor });

export const readEpoch = (db: OfficeDb) => read(db, entries.epoch);
/** Saves the epoch of the cursor (forgotten when the registry sent none). */
export const writeEpoch = (db: OfficeDb, epoch: string | undefined) =>
  epoch === undefined
    ? db.meta.delete(entries.epoch.key)
    : db.meta.put({ key: entries.epoch.key, value: epoch });

export const readSyncStatus = async (db: OfficeDb) =>
  (await read(db, entries.status)) ?? emptyStatus;
export const writeSyncStatus = (db: OfficeDb, status: SyncStatusMeta) =>
  db.meta.put({ key: entries.status.key, value: status });

export const readIntervalMinutes = async (db: OfficeDb) =>
  (await read(db, entries.intervalMinutes)) ?? DEFAULT_INTERVAL_MINUTES;
export const writeIntervalMinutes = (db: OfficeDb, minutes: number) =>
  db.meta.put({ key: entries.intervalMinutes.key, value: minutes });

export const readRefused = async (db: OfficeDb) => (await read(db, entries.refused)) ?? [];
export const writeRefused = (db: OfficeDb, refused: readonly RefusedChange[]) =>
  db.meta.put({ key: entries.refused.key, value: refused.slice(-MAX_REFUSED) });

export const readLocalOps = async (db: OfficeDb): Promise<LocalOpsMeta> =>
  (await read(db, entries.localOps)) ?? { scannedSeq: 0, folded: 0, skipped: [] };
export const writeLocalOps = (db: OfficeDb, meta: LocalOpsMeta) =>
  db.meta.put({ key: entries.localOps.key, value: meta });

/**
 * Forgets everything sync kept about a registry (disconnect, a new enrollment). The numbers of
 * set-aside ops stay: ops queued around them may still go to the next registry.
 */
export async function clearSyncMeta(db: OfficeDb): Promise<void> {
  await db.meta.bulkDelete([
    entries.cursor.key,
    entries.epoch.key,
    entries.status.key,
    entries.refused.key,
  ]);
}
