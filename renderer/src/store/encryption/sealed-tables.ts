import { outboxClearFields, recordClearFields } from '../db/rows';
import { historyClearFields } from '../history/history-row';

/** How one table is sealed: which fields stay in clear, what the ciphertext is bound to. */
export interface SealedTableSpec {
  readonly clearFields: ReadonlySet<string>;
  /** Fields that must be non-empty strings in clear: they make up the additional data. */
  readonly boundFields: readonly [string, string];
  readonly primaryKey: string;
  /**
   * Clear bookkeeping the store stamps at rest and never hands to readers (records'
   * `changeSeq`, see store/records/change-seq.ts): kept out of the ciphertext, stripped on open.
   */
  readonly localFields?: ReadonlySet<string>;
}

/**
 * The encrypted tables. Everything not listed as clear is sealed, so a field added later is
 * encrypted by default. Records are bound to their id and type (a ciphertext moved to another
 * record fails to open); outbox ops to their op id and record id.
 */
export const sealedTables: Readonly<Record<string, SealedTableSpec>> = {
  records: {
    clearFields: new Set(recordClearFields),
    boundFields: ['id', 'type'],
    primaryKey: 'id',
    localFields: new Set(['changeSeq']),
  },
  outbox: {
    clearFields: new Set(outboxClearFields),
    boundFields: ['opId', 'recordId'],
    primaryKey: 'seq',
  },
  history: {
    clearFields: new Set(historyClearFields),
    boundFields: ['entryId', 'recordId'],
    primaryKey: 'entryId',
  },
};

/** The additional data of a row: table, then the bound fields; null if one is missing. */
export function additionalDataOf(
  table: string,
  spec: SealedTableSpec,
  row: Record<string, unknown>,
): string | null {
  const [a, b] = spec.boundFields.map((field) => row[field]);
  if (typeof a !== 'string' || typeof b !== 'string' || a === '' || b === '') return null;
  return `dd1|${table}|${a}|${b}`;
}
