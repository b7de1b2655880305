import type Dexie from 'dexie';
import type { Migration } from './migration';

/**
 * Sync bookkeeping (renderer/src/sync). Clear tables hold ids, revs and statuses only:
 * `syncRevs` the rev (and live/deleted/erased status) of each record as last pulled from the
 * registry; `syncAcks` pushed ops the registry settled, kept until a pull brings their record at
 * or above the rev they produced. `syncConflicts` rows are sealed by the sync module under the
 * data key (only id, record id and status in clear).
 */
export const migration004: Migration = {
  version: 4,
  declare(db: Dexie) {
    db.version(4).stores({
      syncRevs: 'id',
      syncAcks: 'opId, recordId',
      syncConflicts: 'id, recordId, status',
    });
  },
};
