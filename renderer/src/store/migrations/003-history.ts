import type Dexie from 'dexie';
import type { Migration } from './migration';

/**
 * Adds the sealed `history` table: one entry per change of a record (who, when, each field from →
 * to), kept after the outbox op is deleted by sync. Clear: entry id, record id and type, time;
 * indexed by record and time so a profile pages its history newest first. Changes made before
 * this version are not in the outbox once synced, so nothing can be backfilled: history starts here.
 */
export const migration003: Migration = {
  version: 3,
  declare(db: Dexie) {
    db.version(3).stores({ history: 'entryId, [recordId+at]' });
  },
};
