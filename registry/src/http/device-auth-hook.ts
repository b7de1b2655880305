import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  authenticateDevice,
  bearerCredential,
  type AuthenticatedDevice,
} from '../devices/authenticate-device';
import type { RegistryDeps } from './registry-deps';
import { sendError } from './registry-error';

declare module 'fastify' {
  interface FastifyRequest {
    /** The enrolled device making a /v1/sync request (set by the auth hook, else null). */
    device: AuthenticatedDevice | null;
  }
}

/** The authenticated device of a /v1/sync request; the hook guarantees there is one. */
export function requireDevice(request: FastifyRequest): AuthenticatedDevice {
  if (request.device === null) throw new Error('route registered outside the device auth hook');
  return request.device;
}

/**
 * onRequest for /v1/sync: `Authorization: Bearer <credential>` to an enrolled, unrevoked device.
 * Runs before the body is read, so nothing is decompressed or parsed for a stranger.
 */
export function deviceAuthHook(deps: RegistryDeps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const credential = bearerCredential(request.headers.authorization);
    const result = await authenticateDevice(deps.db, credential, deps.clock());
    if (!result.ok) {
      if (result.error === 'device-revoked') {
        request.log.warn({ error: result.error, deviceId: result.deviceId }, 'device refused');
      } else {
        request.log.info({ error: result.error }, 'device refused');
        reply.header('www-authenticate', 'Bearer');
      }
      return sendError(reply, result.error);
    }
    request.device = result.device;
    // Both: Fastify's own "request completed" line is written through reply.log.
    const log = request.log.child(result.device);
    request.log = log;
    reply.log = log;
  };
}
