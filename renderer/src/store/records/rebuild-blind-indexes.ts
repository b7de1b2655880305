import { BLIND_INDEX_REBUILD_KEY } from '../migrations/002-blind-index';
import type { StoreResult } from '../store-error';
import { catchStoreFailure } from '../store-error';
import type { Session } from '../session';
import { requireSession } from '../session';
import { blindIndexesOf } from './blind-indexes';
import { repositoryFor } from './record-repository';

const PAGE = 500;

/**
 * Builds the blind indexes of every person when a migration asked for it (flag in meta). Run
 * after unlock; pages through records so memory stays flat. Returns how many were indexed.
 */
export async function rebuildBlindIndexesIfNeeded(session: Session): Promise<StoreResult<number>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    const { db } = session.store;
    if (!(await db.meta.get(BLIND_INDEX_REBUILD_KEY))) return 0;
    const { config } = repositoryFor('person');
    const ids = await db.records.where('type').equals('person').primaryKeys();
    let indexed = 0;
    for (let at = 0; at < ids.length; at += PAGE) {
      const rows = await db.records.bulkGet(ids.slice(at, at + PAGE));
      const entries = await Promise.all(
        rows.flatMap((row) => {
          if (!row) return [];
          const parsed = config.schema.safeParse(row);
          if (!parsed.success) return [];
          return [blindIndexesOf(session, config, parsed.data).then((h) => ({ id: row.id, h }))];
        }),
      );
      const put = entries.flatMap(({ id, h }) =>
        (h ?? []).map((hash) => ({ hash, recordId: id, recordType: 'person' as const })),
      );
      await db.blindIndex.bulkPut(put);
      indexed += entries.length;
    }
    await db.meta.delete(BLIND_INDEX_REBUILD_KEY);
    return indexed;
  });
}
