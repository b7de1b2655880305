import type { DBCoreCursor } from 'dexie';
import { whileAlive } from './keep-alive';
import type { OpenRowResult } from './seal-row';

/**
 * Wraps a cursor over sealed rows: each step opens the row (keeping the transaction alive) before
 * the caller sees it; a row that will not open is reported and stepped over.
 */
export function sealedCursor(
  cursor: DBCoreCursor,
  trans: IDBTransaction,
  open: (stored: unknown) => Promise<OpenRowResult>,
  onDamaged: (stored: unknown, result: OpenRowResult & { ok: false }) => void,
): DBCoreCursor {
  let current: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => current },
    done: { get: () => cursor.done },
    start: {
      value: (onNext: () => void) =>
        cursor.start(() => {
          const stored = cursor.value;
          whileAlive(trans, open(stored)).then(
            (result) => {
              if (result.ok) {
                current = result.row;
                onNext();
              } else {
                onDamaged(stored, result);
                cursor.continue();
              }
            },
            (error: unknown) => cursor.fail(error as Error),
          );
        }),
    },
  }) as DBCoreCursor;
}
