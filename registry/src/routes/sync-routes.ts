import type { FastifyInstance } from 'fastify';
import { deviceAuthHook } from '../http/device-auth-hook';
import type { RegistryDeps } from '../http/registry-deps';
import { registerSyncPullRoute } from './sync-pull-route';
import { registerSyncPushRoute } from './sync-push-route';
import { registerSyncSnapshotRoute } from './sync-snapshot-route';

/** /v1/sync/*: every route behind device authentication. */
export function syncRoutes(deps: RegistryDeps) {
  return async (app: FastifyInstance) => {
    app.decorateRequest('device', null);
    app.addHook('onRequest', deviceAuthHook(deps));
    registerSyncPushRoute(app, deps);
    registerSyncPullRoute(app, deps);
    registerSyncSnapshotRoute(app, deps);
  };
}
