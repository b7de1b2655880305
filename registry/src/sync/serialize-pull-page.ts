import { PROTOCOL_VERSION } from '../../../shared/sync/protocol/protocol-version';
import type { Delivery } from './deliver-changes';

export interface PageToSend {
  readonly deliveries: readonly Delivery[];
  readonly nextCursor: number;
  readonly hasMore: boolean;
  /** The change log's epoch (see readLogEpoch). */
  readonly epoch: string;
}

/**
 * A PullPage as JSON text, the upserts' values spliced in as the database's JSON text (valid
 * JSON already: jsonb wrote it) instead of parsing and re-serialising 2 MB a page.
 */
export function serializePullPage(page: PageToSend): string {
  return (
    `{"protocolVersion":${PROTOCOL_VERSION},"changes":${serializeChanges(page.deliveries)},` +
    `"nextCursor":${page.nextCursor},"hasMore":${page.hasMore},"epoch":${JSON.stringify(page.epoch)}}`
  );
}

/** The deliveries as a JSON array, upserts' values spliced in as the database's JSON text. */
export function serializeChanges(deliveries: readonly Delivery[]): string {
  const changes = deliveries.map(({ change, raw }) => {
    if (raw === null || change.kind !== 'upsert') return JSON.stringify(change);
    const { data: _data, extra: _extra, ...rest } = change;
    return `${JSON.stringify(rest).slice(0, -1)},"data":${raw.dataJson},"extra":${raw.extraJson}}`;
  });
  return `[${changes.join(',')}]`;
}
