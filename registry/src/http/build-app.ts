import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerHealthRoute } from '../routes/health-route';
import { v1Routes } from '../routes/v1-routes';
import { corsOriginsFromEnv, registerCors } from './cors-hook';
import { handleError } from './error-handler';
import { loggerOptions, type LoggerSettings } from './logger-options';
import type { RegistryDeps } from './registry-deps';
import { sendError } from './registry-error';

/** Largest request body, on the wire and again after gzip decompression (a zip bomb stops here). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface BuildAppOptions extends RegistryDeps {
  readonly logger: LoggerSettings;
  readonly bodyLimitBytes?: number;
}

/** The registry's HTTP server, not yet listening. The caller owns the Db and closes it. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: options.bodyLimitBytes ?? BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
  });
  const deps: RegistryDeps = { db: options.db, clock: options.clock };
  await app.register(compress, {
    global: true,
    encodings: ['gzip'],
    requestEncodings: ['gzip'],
    threshold: 1024,
  });
  registerCors(app, corsOriginsFromEnv(process.env.REGISTRY_CORS_ORIGINS));
  app.removeContentTypeParser('text/plain'); // JSON only: anything else is 415
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) => sendError(reply, 'not-found'));
  registerHealthRoute(app, deps);
  await app.register(v1Routes(deps), { prefix: '/v1' });
  return app;
}
