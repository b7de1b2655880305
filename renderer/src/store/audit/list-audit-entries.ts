import type { AuditAction, AuditEntry } from '../../../../shared/audit/audit-entry';
import { canManageStaff } from '../accounts/roles';
import type { StoreResult } from '../store-error';
import { StoreFailure, catchStoreFailure } from '../store-error';
import type { Session } from '../session';
import { requireSession } from '../session';

export interface AuditQuery {
  readonly offset?: number;
  readonly limit?: number;
  readonly action?: AuditAction;
  /** A staff id; `null` lists entries without one (failed logins for unknown usernames). */
  readonly userId?: string | null;
}

export interface AuditPage {
  /** Newest first. Entries hold ids and actions only, never personal data. */
  readonly entries: readonly AuditEntry[];
  /** How many entries match the filters, over all pages. */
  readonly total: number;
}

/** One page of the audit log, newest first, optionally for one action and one user. Admins only. */
export async function listAuditEntries(
  session: Session,
  { offset = 0, limit = 50, action, userId }: AuditQuery = {},
): Promise<StoreResult<AuditPage>> {
  return catchStoreFailure(async () => {
    requireSession(session);
    if (!canManageStaff(session.role)) throw new StoreFailure({ code: 'forbidden' });
    const { db } = session.store;
    return db.transaction('r', db.audit, async () => {
      const base =
        typeof userId === 'string'
          ? db.audit.where('userId').equals(userId).reverse()
          : db.audit.orderBy('seq').reverse();
      const matches = (entry: AuditEntry) =>
        (action === undefined || entry.action === action) &&
        (userId !== null || entry.userId === null);
      const filtered = action === undefined && userId === undefined ? base : base.filter(matches);
      const [total, entries] = await Promise.all([
        filtered.clone().count(),
        filtered.clone().offset(offset).limit(limit).toArray(),
      ]);
      return { entries, total };
    });
  });
}
