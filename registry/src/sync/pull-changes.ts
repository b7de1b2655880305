import { PROTOCOL_VERSION } from '../../../shared/sync/protocol/protocol-version';
import type { OfficeScope } from '../../../shared/sync/scope/scope';
import type { Db } from '../db/db';
import { deliverChanges } from './deliver-changes';
import { readLogEpoch } from './log-epoch';
import { queryPullRows } from './query-pull-rows';
import { officeScopeKeys } from './scope-keys';
import { serializePullPage } from './serialize-pull-page';

export interface PullChangesRequest {
  readonly deviceId: string;
  readonly office: OfficeScope;
  readonly cursor: number;
  readonly limit: number;
  /** The epoch the office's cursor belongs to (absent: an office from before epochs). */
  readonly epoch?: string | undefined;
  readonly now: Date;
}

/** A PullResponse as JSON text, and how many changes it carries (null: resync required). */
export interface PullAnswer {
  readonly json: string;
  readonly changes: number | null;
}

/**
 * One page of the change log for an office: the entries in its scope after the cursor. A cursor
 * beyond the log's head, or of another epoch, means the registry lost changes the office saw
 * (restored from backup): the office must resync. When the page is not full, the cursor moves to the head, so entries
 * out of scope are not scanned again. The device's cursor and time are kept for the admin.
 */
export async function pullChanges(db: Db, request: PullChangesRequest): Promise<PullAnswer> {
  const { cursor, limit, office } = request;
  const epoch = await readLogEpoch(db);
  const page = await queryPullRows(db, officeScopeKeys(office), cursor, limit);
  const otherEpoch = request.epoch !== undefined && request.epoch !== epoch;
  if (cursor > page.head || otherEpoch) {
    return {
      json: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, resyncRequired: true, epoch }),
      changes: null,
    };
  }
  const lastRow = page.rows.at(-1);
  const hasMore = page.rows.length >= limit && lastRow !== undefined;
  await db.query('UPDATE devices SET pull_cursor = $2, last_sync_at = $3 WHERE id = $1', [
    request.deviceId,
    cursor,
    request.now,
  ]);
  const deliveries = deliverChanges(page.rows, office);
  const nextCursor = hasMore ? lastRow.seq : page.head;
  return {
    json: serializePullPage({ deliveries, nextCursor, hasMore, epoch }),
    changes: deliveries.length,
  };
}
