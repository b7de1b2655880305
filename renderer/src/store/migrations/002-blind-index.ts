import type Dexie from 'dexie';
import type { Migration } from './migration';

/** Meta key set when blind indexes must be (re)built after the next unlock. */
export const BLIND_INDEX_REBUILD_KEY = 'blind-index-rebuild';

/**
 * Adds the blind-index table (HMACs of phones, e-mails and document numbers, for exact-match
 * duplicate checks). Existing records cannot be indexed here (no key before unlock), so the
 * upgrade leaves a flag for the first unlocked session to build them.
 */
export const migration002: Migration = {
  version: 2,
  declare(db: Dexie) {
    db.version(2)
      .stores({ blindIndex: '[hash+recordId], hash, recordId' })
      .upgrade(async (tx) => {
        if ((await tx.table('records').count()) === 0) return;
        await tx.table('meta').put({ key: BLIND_INDEX_REBUILD_KEY, value: { fromVersion: 1 } });
      });
  },
};
