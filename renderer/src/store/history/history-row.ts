import type { RecordType } from '../../../../shared/domain/record-envelope';
import type { FieldChanges, OpKind } from '../../../../shared/sync/op';

/** Where a history entry came from: a write on this desk, or a change pulled from the registry. */
export const historySources = ['local', 'sync'] as const;
export type HistorySource = (typeof historySources)[number];

/**
 * One change to one record, kept after its outbox op is gone (the op is deleted once synced):
 * who, when, and every field's value before and after. At rest only the ids, the record type and
 * the time stay in clear; the rest (the values, who) is sealed like the record itself.
 */
export interface HistoryRow {
  /** A UUIDv7: unique, and sorts by the moment it was written on this device. */
  entryId: string;
  recordId: string;
  recordType: RecordType;
  /** When the change was made (ISO 8601, UTC). */
  at: string;
  kind: OpKind;
  /** The staff member who made it (their id); null when unknown (a system change). */
  userId: string | null;
  /** Top-level fields that changed, from → to (null = absent). Empty for a delete. */
  changes: FieldChanges;
  source: HistorySource;
  /** The op it came from, when there is one. */
  opId?: string;
}

/** The history fields that stay in clear: ids, type and time, never values or who. */
export const historyClearFields = ['entryId', 'recordId', 'recordType', 'at'] as const;
