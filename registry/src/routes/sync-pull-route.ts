import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MAX_PULL_LIMIT } from '../../../shared/sync/protocol/pull-request';
import { LogEpoch } from '../../../shared/sync/protocol/pull-response';
import { requireDevice } from '../http/device-auth-hook';
import { parseBody } from '../http/parse-body';
import type { RegistryDeps } from '../http/registry-deps';
import { sendError } from '../http/registry-error';
import { loadOfficeScope } from '../sync/load-office-scope';
import { pullChanges } from '../sync/pull-changes';

const Count = (max: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number)
    .pipe(z.int().max(max));

/**
 * `?cursor=<last seq committed locally>&limit=<1..1000>&epoch=<the log's epoch>` (limit defaults
 * to 1000; epoch is the one the cursor came with, absent for an office from before epochs).
 */
export const PullQuery = z.object({
  cursor: Count(Number.MAX_SAFE_INTEGER),
  limit: Count(MAX_PULL_LIMIT).pipe(z.int().min(1)).default(MAX_PULL_LIMIT),
  epoch: LogEpoch.optional(),
});

/**
 * GET /v1/sync/pull: the next page of changes in the office's scope after the cursor, as
 * PullResponse (or resyncRequired when the cursor is beyond the registry's log).
 */
export function registerSyncPullRoute(app: FastifyInstance, deps: RegistryDeps): void {
  app.get('/pull', async (request, reply) => {
    const device = requireDevice(request);
    const query = parseBody(PullQuery, request.query);
    if (!query.ok) return sendError(reply, 'invalid-request', { issues: query.issues });
    const office = await loadOfficeScope(deps.db, device.officeId);
    const answer = await pullChanges(deps.db, {
      deviceId: device.deviceId,
      office,
      ...query.value,
      now: deps.clock(),
    });
    request.log.info({ cursor: query.value.cursor, changes: answer.changes }, 'pull served');
    return reply
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(answer.json);
  });
}
