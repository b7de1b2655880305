import type { FastifyInstance } from 'fastify';
import { protocolHook } from '../http/protocol-hook';
import type { RegistryDeps } from '../http/registry-deps';
import { registerEnrollRoute } from './enroll-route';
import { syncRoutes } from './sync-routes';

/** /v1/*: the protocol the desktop app speaks, behind the protocol version check. */
export function v1Routes(deps: RegistryDeps) {
  return async (app: FastifyInstance) => {
    app.addHook('onRequest', protocolHook);
    registerEnrollRoute(app, deps);
    await app.register(syncRoutes(deps), { prefix: '/sync' });
  };
}
