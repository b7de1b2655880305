import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { enrollDevice } from '../devices/enroll-device';
import { parseBody } from '../http/parse-body';
import type { RegistryDeps } from '../http/registry-deps';
import { sendError } from '../http/registry-error';

/** Unknown fields are dropped, not refused: a newer app may send more. */
export const EnrollRequest = z.object({
  code: z.string().min(1).max(64),
  deviceName: z.string().trim().min(1).max(100),
});

const ENROLL_BODY_LIMIT = 16 * 1024;

/**
 * POST /v1/enroll {code, deviceName} → 201 {deviceId, credential, office}. The code works once;
 * the credential is in this answer only (the registry keeps its hash).
 */
export function registerEnrollRoute(app: FastifyInstance, deps: RegistryDeps): void {
  app.post('/enroll', { bodyLimit: ENROLL_BODY_LIMIT }, async (request, reply) => {
    const body = parseBody(EnrollRequest, request.body);
    if (!body.ok) return sendError(reply, 'invalid-request', { issues: body.issues });
    const result = await enrollDevice(deps.db, { ...body.value, now: deps.clock() });
    if (!result.ok) {
      request.log.info({ error: result.error }, 'enrollment refused');
      return sendError(reply, result.error);
    }
    request.log.info({ deviceId: result.deviceId, officeId: result.office.id }, 'device enrolled');
    return reply.code(201).header('cache-control', 'no-store').send({
      deviceId: result.deviceId,
      credential: result.credential,
      office: result.office,
    });
  });
}
