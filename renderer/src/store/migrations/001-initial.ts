import type Dexie from 'dexie';
import type { Migration } from './migration';

/**
 * The first schema. Few plaintext indexes on purpose (they cost import speed and say something
 * about the data): records by type, by type and last change, by sync state.
 */
export const migration001: Migration = {
  version: 1,
  declare(db: Dexie) {
    db.version(1).stores({
      records: 'id, type, [type+updatedAt], syncState',
      outbox: '++seq, &opId, recordId',
      meta: 'key',
      staff: 'id, &username',
      audit: 'seq, recordId, userId',
      quarantine: '++qid, table',
    });
  },
};
