import { PROTOCOL_VERSION } from '../../../shared/sync/protocol/protocol-version';
import type { OfficeScope } from '../../../shared/sync/scope/scope';
import type { Db } from '../db/db';
import { deliverChanges } from './deliver-changes';
import { readLogEpoch } from './log-epoch';
import { querySnapshotRows } from './query-snapshot-rows';
import { serializeChanges } from './serialize-pull-page';

export interface SnapshotRequest {
  readonly office: OfficeScope;
  /** The last record position of the previous page (0 to start). */
  readonly after: number;
  /** The snapshot's cursor from its first page (null on the first page). */
  readonly cursor: number | null;
  /** Records to read at most (those out of scope are read and skipped). */
  readonly limit: number;
}

/**
 * One page of a snapshot for a resyncing office (see SnapshotPage): the current state of the
 * records in its scope, read in the order of their last change up to the snapshot's cursor,
 * each with its conflicts. Out-of-scope records are read and skipped, so a page may carry fewer
 * than `limit` records (even none) while `hasMore`.
 */
export async function takeSnapshot(db: Db, request: SnapshotRequest): Promise<string> {
  const { office, after, limit } = request;
  const epoch = await readLogEpoch(db);
  const read = await querySnapshotRows(db, after, request.cursor, limit);
  const cursor = request.cursor ?? read.head;
  const deliveries = deliverChanges(read.rows, office);
  return (
    `{"protocolVersion":${PROTOCOL_VERSION},"epoch":${JSON.stringify(epoch)},` +
    `"cursor":${cursor},"changes":${serializeChanges(deliveries)},` +
    `"after":${read.last},"hasMore":${read.read >= limit}}`
  );
}
