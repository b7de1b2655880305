import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { RecordType } from '../../../../shared/domain/record-envelope';
import type { OfficeDb } from '../db/office-db';
import { asIdbTransaction } from '../encryption/keep-alive';

/** One record written or deleted by a committed transaction (ids and types only). */
export interface RecordChange {
  readonly id: string;
  /** Null for a deletion (the type is not known without reading the record). */
  readonly type: RecordType | null;
  readonly deleted: boolean;
}

/** `cleared`: the whole table was emptied (re-read everything). */
export type RecordsCommitted = {
  readonly changes: readonly RecordChange[];
  readonly cleared: boolean;
};
export type RecordsListener = (event: RecordsCommitted) => void;

const listeners = new WeakMap<OfficeDb, Set<RecordsListener>>();

/**
 * Calls `listener` after each transaction that wrote records commits (never for one that
 * aborted), whatever the write path: repositories, sync, import, bulkPutSealed. The search
 * worker re-reads what changed from this.
 */
export function onRecordsCommitted(db: OfficeDb, listener: RecordsListener): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

function changesOf(req: DBCoreMutateRequest): { changes: RecordChange[]; cleared: boolean } {
  switch (req.type) {
    case 'add':
    case 'put':
      return {
        changes: (req.values as { id?: unknown; type?: unknown }[]).flatMap((row) =>
          typeof row.id === 'string'
            ? [{ id: row.id, type: row.type as RecordType, deleted: false }]
            : [],
        ),
        cleared: false,
      };
    case 'delete':
      return {
        changes: req.keys.flatMap((id: unknown) =>
          typeof id === 'string' ? [{ id, type: null, deleted: true }] : [],
        ),
        cleared: false,
      };
    case 'deleteRange':
      return { changes: [], cleared: true };
    default:
      return req satisfies never;
  }
}

/** The DBCore middleware behind {@link onRecordsCommitted}; openOfficeStore installs it. */
export function recordChangesMiddleware(db: OfficeDb): Middleware<DBCore> {
  const pending = new WeakMap<IDBTransaction, { changes: RecordChange[]; cleared: boolean }>();
  const collect = (trans: IDBTransaction, req: DBCoreMutateRequest) => {
    let batch = pending.get(trans);
    if (!batch) {
      const created = { changes: [] as RecordChange[], cleared: false };
      pending.set(trans, (batch = created));
      trans.addEventListener('complete', () => {
        for (const listener of listeners.get(db) ?? []) listener(created);
      });
    }
    const { changes, cleared } = changesOf(req);
    batch.changes.push(...changes);
    batch.cleared ||= cleared;
  };
  return {
    stack: 'dbcore',
    name: 'RecordChanges',
    // Above the encryption (-10): sees ids and types whether rows come sealed or not.
    level: -5,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'records') return table;
        return {
          ...table,
          mutate: async (req) => {
            const response = await table.mutate(req);
            collect(asIdbTransaction(req.trans), req);
            return response;
          },
        };
      },
    }),
  };
}
