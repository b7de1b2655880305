import type Dexie from 'dexie';
import type { Migration } from './migration';

/**
 * The search worker's sealed snapshot (renderer/src/search/snapshot) and what makes it safe to
 * reuse: records get a clear, indexed `changeSeq` (a local counter stamped on every write by
 * store/records/change-seq.ts, never read by the app), so the records changed since a snapshot
 * are found without decrypting anything. `searchSnapshot` rows are sealed whole by the worker
 * (only their key and generation in clear). Rows written before this version have no
 * `changeSeq`: no snapshot exists before it either, so the first unlock loads everything.
 */
export const migration005: Migration = {
  version: 5,
  declare(db: Dexie) {
    db.version(5).stores({
      records: 'id, type, [type+updatedAt], syncState, changeSeq',
      searchSnapshot: 'key',
    });
  },
};
