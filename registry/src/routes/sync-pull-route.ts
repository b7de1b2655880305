import type { FastifyInstance } from 'fastify';
import type { RegistryDeps } from '../http/registry-deps';
import { sendError } from '../http/registry-error';

/**
 * GET /v1/sync/pull: NOT IMPLEMENTED YET, answers 501 {error: 'not-yet-available'}.
 *
 * For the engineer who fills it in: `changes WHERE seq > cursor AND in scope ORDER BY seq LIMIT n`
 * (see the comment on `changes` in 001-initial.sql for the per-scope-key index scans that keep a
 * 1,000-change page within P13), with the records' current state from `records`; a cursor
 * beyond the log's head (a registry restored from backup) answers `resync-required`. Record the
 * cursor in `devices.pull_cursor` and the time in `devices.last_sync_at` (admin offices:status).
 */
export function registerSyncPullRoute(app: FastifyInstance, _deps: RegistryDeps): void {
  app.get('/pull', async (_request, reply) => sendError(reply, 'not-yet-available'));
}
