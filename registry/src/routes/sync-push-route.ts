import type { FastifyInstance } from 'fastify';
import { PushRequest } from '../../../shared/sync/protocol/push-request';
import type { PushResult } from '../../../shared/sync/protocol/push-result';
import { requireDevice } from '../http/device-auth-hook';
import { parseBody } from '../http/parse-body';
import type { RegistryDeps } from '../http/registry-deps';
import { sendError } from '../http/registry-error';
import { loadOfficeScope } from '../sync/load-office-scope';
import { pushOps } from '../sync/push-ops';
import { RegistryClock } from '../sync/registry-clock';

/**
 * POST /v1/sync/push: a batch of the device's ops (DESIGN.md section 3), gzip allowed, at most
 * 1 MiB. Each op is settled on its own (see pushOps); the answer has one result per op in the
 * request's order and the office's clock offset. The batch must be the authenticated device's.
 */
export function registerSyncPushRoute(app: FastifyInstance, deps: RegistryDeps): void {
  const clock = new RegistryClock();
  app.post('/push', async (request, reply) => {
    const device = requireDevice(request);
    const body = parseBody(PushRequest, request.body);
    if (!body.ok) return sendError(reply, 'invalid-request', { issues: body.issues });
    if (body.value.deviceId !== device.deviceId) {
      const issues = [{ path: ['deviceId'], code: 'invalid-value' }];
      return sendError(reply, 'invalid-request', { issues });
    }
    const office = await loadOfficeScope(deps.db, device.officeId);
    const ctx = { db: deps.db, now: deps.clock, clock, device, office };
    const response = await pushOps(ctx, body.value);
    request.log.info(
      { ops: response.results.length, outcomes: countOutcomes(response.results) },
      'push settled',
    );
    return reply.header('cache-control', 'no-store').send(response);
  });
}

function countOutcomes(results: readonly PushResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { outcome } of results) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}
