import Dexie from 'dexie';
import { z } from 'zod';
import { fieldSensitivity } from '../../../../shared/domain/field-sensitivity';
import { recordTypes, type RecordType } from '../../../../shared/domain/record-envelope';
import { FieldChanges, opKinds, type OpKind } from '../../../../shared/sync/op';
import { canViewHighRisk } from '../accounts/roles';
import { appendAudit } from '../audit/append-audit';
import { runRecordWrite } from '../records/run-record-write';
import { hasValue } from '../records/visible-fields';
import type { StoreResult } from '../store-error';
import { actorOf, type Session } from '../session';
import { historySources, type HistorySource } from './history-row';

/** A stored entry as read back: checked, since it crosses the disk boundary. */
const StoredHistory = z.object({
  entryId: z.string().min(1),
  recordId: z.string().min(1),
  recordType: z.enum(recordTypes),
  at: z.string().min(1),
  kind: z.enum(opKinds),
  userId: z.string().nullable(),
  changes: FieldChanges,
  source: z.enum(historySources),
});

/** One field's change as a role may see it: high-risk values withheld from roles without access. */
export interface HistoryChange {
  readonly field: string;
  /** null = absent. Undefined when `withheld`. */
  readonly from?: unknown;
  readonly to?: unknown;
  /** The field is high risk and this role may not see its values (only that it changed). */
  readonly withheld: boolean;
}

export interface HistoryEntry {
  readonly entryId: string;
  readonly at: string;
  readonly kind: OpKind;
  readonly userId: string | null;
  readonly source: HistorySource;
  readonly changes: readonly HistoryChange[];
}

export interface HistoryPage {
  /** Newest first. */
  readonly entries: readonly HistoryEntry[];
  /** Entries of this record over all pages. */
  readonly total: number;
}

export interface HistoryQuery {
  readonly offset?: number;
  readonly limit?: number;
}

/**
 * One page of a record's change history, newest first. Roles that may not see high-risk fields
 * see that such a field changed, not its values; for the others a page showing a high-risk value
 * is logged as `view-high-risk`, like opening the record.
 */
export async function listHistory(
  session: Session,
  recordId: string,
  { offset = 0, limit = 20 }: HistoryQuery = {},
): Promise<StoreResult<HistoryPage>> {
  return runRecordWrite(session, async () => {
    const { db } = session.store;
    const range = db.history
      .where('[recordId+at]')
      .between([recordId, Dexie.minKey], [recordId, Dexie.maxKey])
      .reverse();
    const [total, rows] = await Promise.all([
      range.clone().count(),
      range.clone().offset(offset).limit(limit).toArray(),
    ]);
    const allowed = canViewHighRisk(session.role);
    const entries = rows.flatMap((row) => {
      const parsed = StoredHistory.safeParse(row);
      return parsed.success ? [viewEntry(parsed.data, allowed)] : [];
    });
    const recordType = rows[0]?.recordType;
    if (allowed && recordType && entries.some((e) => showsHighRisk(recordType, e))) {
      await appendAudit(actorOf(session), { action: 'view-high-risk', recordId, recordType });
    }
    return { entries, total };
  });
}

function isHighRisk(recordType: RecordType, field: string): boolean {
  return fieldSensitivity[recordType][field] === 'high-risk';
}

function viewEntry(row: z.output<typeof StoredHistory>, allowed: boolean): HistoryEntry {
  const changes = Object.entries(row.changes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, { from, to }]): HistoryChange => {
      if (!allowed && isHighRisk(row.recordType, field)) return { field, withheld: true };
      return { field, from, to, withheld: false };
    });
  const { entryId, at, kind, userId, source } = row;
  return { entryId, at, kind, userId, source, changes };
}

function showsHighRisk(recordType: RecordType, entry: HistoryEntry): boolean {
  return entry.changes.some(
    (c) => !c.withheld && isHighRisk(recordType, c.field) && (hasValue(c.from) || hasValue(c.to)),
  );
}
