import type { FastifyInstance } from 'fastify';
import type { RegistryDeps } from '../http/registry-deps';
import { sendError } from '../http/registry-error';

/**
 * POST /v1/sync/push: NOT IMPLEMENTED YET, answers 501 {error: 'not-yet-available'}.
 *
 * For the engineer who fills it in (DESIGN.md section 3). Already in place around this route:
 * the protocol check, device authentication (`requireDevice(request)` gives deviceId and
 * officeId), gzip request bodies, the 1 MiB body limit (on the wire and decompressed), zod
 * validation through `parseBody` (issues without values), errors as `sendError(reply, code)`.
 * The tables (db/migrations/001-initial.sql): validate each op (shared/sync/op.ts) and check its
 * deviceId and officeId against the authenticated device; in one transaction per op under
 * `pg_advisory_xact_lock` (the change log's seq must commit in order): `applied_ops` for
 * idempotence (a retry returns the stored outcome), `devices.applied_seq` and `held_ops` for
 * device order, `records` (+ `field_meta`) as the merge base, a `changes` row with the scope keys,
 * `conflicts` for `human` fields; update `devices.last_sync_at`.
 */
export function registerSyncPushRoute(app: FastifyInstance, _deps: RegistryDeps): void {
  app.post('/push', async (_request, reply) => sendError(reply, 'not-yet-available'));
}
