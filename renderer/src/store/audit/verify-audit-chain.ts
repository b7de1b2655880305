import type { ChainVerdict } from '../../../../shared/audit/audit-chain';
import { verifyAuditEntries } from '../../../../shared/audit/audit-chain';
import { AuditHead, GENESIS_HASH } from '../../../../shared/audit/audit-entry';
import { sha256Hex } from '../../crypto/bytes';
import { metaEntries } from '../db/meta';
import type { OfficeDb } from '../db/office-db';

/** Stands in for a head that is missing while entries exist, or unreadable: never matches. */
const BROKEN_HEAD: AuditHead = { seq: -1, hash: GENESIS_HASH };

/**
 * Checks the whole audit log: every link, every hash, and the head kept in meta. Reports the
 * first broken link (an edited entry, a deleted one, a cut-off tail, a missing head).
 */
export async function verifyAuditChain(db: OfficeDb): Promise<ChainVerdict> {
  const [entries, headRow] = await db.transaction('r', db.audit, db.meta, () =>
    Promise.all([db.audit.orderBy('seq').toArray(), db.meta.get(metaEntries.auditHead.key)]),
  );
  let head: AuditHead;
  if (headRow === undefined) {
    head = entries.length === 0 ? { seq: 0, hash: GENESIS_HASH } : BROKEN_HEAD;
  } else {
    head = AuditHead.safeParse(headRow.value).data ?? BROKEN_HEAD;
  }
  return verifyAuditEntries(entries, sha256Hex, head);
}
