import { PROTOCOL_VERSION } from '../../../shared/sync/protocol/protocol-version';
import type { PullResponse } from '../../../shared/sync/protocol/pull-response';
import type { OfficeScope } from '../../../shared/sync/scope/scope';
import type { Db } from '../db/db';
import { deliverChanges } from './deliver-changes';
import { queryPullRows } from './query-pull-rows';
import { officeScopeKeys } from './scope-keys';

export interface PullChangesRequest {
  readonly deviceId: string;
  readonly office: OfficeScope;
  readonly cursor: number;
  readonly limit: number;
  readonly now: Date;
}

/**
 * One page of the change log for an office: the entries in its scope after the cursor. A cursor
 * beyond the log's head means the registry lost changes the office saw (restored from backup):
 * the office must resync. When the page is not full, the cursor moves to the head, so entries
 * out of scope are not scanned again. The device's cursor and time are kept for the admin.
 */
export async function pullChanges(db: Db, request: PullChangesRequest): Promise<PullResponse> {
  const { cursor, limit, office } = request;
  const page = await queryPullRows(db, officeScopeKeys(office), cursor, limit);
  if (cursor > page.head) return { protocolVersion: PROTOCOL_VERSION, resyncRequired: true };
  const lastRow = page.rows.at(-1);
  const hasMore = page.rows.length >= limit && lastRow !== undefined;
  await db.query('UPDATE devices SET pull_cursor = $2, last_sync_at = $3 WHERE id = $1', [
    request.deviceId,
    cursor,
    request.now,
  ]);
  return {
    protocolVersion: PROTOCOL_VERSION,
    changes: deliverChanges(page.rows, office),
    nextCursor: hasMore ? lastRow.seq : page.head,
    hasMore,
  };
}
