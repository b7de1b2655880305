import type { AuditAction } from '../../../../shared/audit/audit-entry';
import { appendAudit } from '../audit/append-audit';
import type { OfficeStore } from '../session';
import { actorOf } from '../session';

/**
 * Ends the session: `lock` (idle, screen lock, suspend) or `logout` (the person left). The keys
 * are dropped from memory even if the audit entry cannot be written.
 */
export async function endSession(
  store: OfficeStore,
  action: Extract<AuditAction, 'lock' | 'logout'>,
): Promise<void> {
  const session = store.current;
  if (!session) return;
  try {
    await store.db.transaction('rw', store.db.meta, store.db.audit, () =>
      appendAudit(actorOf(session), { action }),
    );
  } finally {
    store.keyring.clear();
    store.current = null;
  }
}

export const lock = (store: OfficeStore) => endSession(store, 'lock');
export const logout = (store: OfficeStore) => endSession(store, 'logout');
