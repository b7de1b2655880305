import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MAX_SNAPSHOT_LIMIT } from '../../../shared/sync/protocol/snapshot-page';
import { requireDevice } from '../http/device-auth-hook';
import { parseBody } from '../http/parse-body';
import type { RegistryDeps } from '../http/registry-deps';
import { sendError } from '../http/registry-error';
import { loadOfficeScope } from '../sync/load-office-scope';
import { takeSnapshot } from '../sync/take-snapshot';

const Count = z
  .string()
  .regex(/^\d{1,15}$/)
  .transform(Number);

/** `?after=<last position, 0 to start>&cursor=<from the first page>&limit=<1..1000>`. */
export const SnapshotQuery = z.object({
  after: Count,
  cursor: Count.optional(),
  limit: Count.pipe(z.int().min(1).max(MAX_SNAPSHOT_LIMIT)).default(MAX_SNAPSHOT_LIMIT),
});

/**
 * GET /v1/sync/snapshot: a page of the current records in the office's scope, for an office
 * told to resync (SnapshotPage), so it does not replay the whole change log.
 */
export function registerSyncSnapshotRoute(app: FastifyInstance, deps: RegistryDeps): void {
  app.get('/snapshot', async (request, reply) => {
    const device = requireDevice(request);
    const query = parseBody(SnapshotQuery, request.query);
    if (!query.ok) return sendError(reply, 'invalid-request', { issues: query.issues });
    const office = await loadOfficeScope(deps.db, device.officeId);
    const { after, cursor, limit } = query.value;
    const json = await takeSnapshot(deps.db, { office, after, cursor: cursor ?? null, limit });
    request.log.info({ after, cursor }, 'snapshot page served');
    return reply
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(json);
  });
}
