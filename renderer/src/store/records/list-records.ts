import Dexie from 'dexie';
import type { z } from 'zod';
import { catchStoreFailure } from '../store-error';
import type { StoreResult } from '../store-error';
import type { Session } from '../session';
import { requireSession } from '../session';
import type { RecordConfig, RecordSchema, Visible } from './record-config';
import { fieldsOf, withoutFields } from './visible-fields';

export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
}

export interface RecordList<T> {
  /** Newest change first, high-risk fields left out (a list never shows them). */
  readonly records: readonly Visible<T>[];
  /**
   * Rows left out because they no longer validate (a data migration is due). Rows that did not
   * open at all are quarantined and reported through Quarantine.onDamage instead.
   */
  readonly invalid: number;
}

/**
 * One page of a type's records, most recently changed first. A record whose ciphertext is
 * damaged is quarantined and reported (see Quarantine.onDamage) while the rest still load.
 */
export async function listRecords<S extends RecordSchema>(
  session: Session,
  config: RecordConfig<S>,
  { limit = 100, offset = 0 }: ListOptions = {},
): Promise<StoreResult<RecordList<z.output<S>>>> {
  const highRisk = fieldsOf(config.sensitivity, 'high-risk');
  return catchStoreFailure(async () => {
    requireSession(session);
    const { db } = session.store;
    const rows = await db.records
      .where('[type+updatedAt]')
      .between([config.type, Dexie.minKey], [config.type, Dexie.maxKey])
      .reverse()
      .offset(offset)
      .limit(limit)
      .toArray();
    const records: Visible<z.output<S>>[] = [];
    let invalid = 0;
    for (const { syncState: _syncState, ...fields } of rows) {
      const parsed = config.schema.safeParse(fields);
      if (parsed.success) records.push(withoutFields(parsed.data, highRisk).record);
      else invalid++;
    }
    return { records, invalid };
  });
}
