import type { FastifyInstance } from 'fastify';
import { registryVersion } from '../registry-version';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../protocol/protocol-version';
import type { RegistryDeps } from '../http/registry-deps';

/** GET /health: for load balancers and the admin. 200 when the database answers, else 503. */
export function registerHealthRoute(app: FastifyInstance, deps: RegistryDeps): void {
  app.get('/health', async (request, reply) => {
    let db: 'ok' | 'unavailable' = 'ok';
    try {
      await deps.db.query('SELECT 1');
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unavailable');
      db = 'unavailable';
    }
    return reply.code(db === 'ok' ? 200 : 503).send({
      status: db === 'ok' ? 'ok' : 'degraded',
      db,
      dbKind: deps.db.kind,
      version: registryVersion(),
      protocol: { current: PROTOCOL_VERSION, minimum: MIN_PROTOCOL_VERSION },
    });
  });
}
