import type { FastifyInstance } from 'fastify';

/**
 * CORS for the desktop app's renderer only: the web bridge served on loopback (`npm run web`,
 * the e2e tests) and Electron's `app://desk`. Any other origin gets no CORS headers, so a web page
 * elsewhere cannot call the registry from a browser. More origins: REGISTRY_CORS_ORIGINS
 * (comma-separated, exact origins).
 */
export function registerCors(app: FastifyInstance, extraOrigins: readonly string[] = []): void {
  const allowed = (origin: string) =>
    origin === 'app://desk' ||
    extraOrigins.includes(origin) ||
    /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?$/.test(origin);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (typeof origin !== 'string' || !allowed(origin)) return;
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
    if (request.method !== 'OPTIONS') return;
    reply.header('access-control-allow-methods', 'GET, POST');
    reply.header(
      'access-control-allow-headers',
      'authorization, content-type, content-encoding, x-diaspora-protocol',
    );
    reply.header('access-control-max-age', '600');
    return reply.code(204).send();
  });
}

export function corsOriginsFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => /^https?:\/\/[^/]+$/.test(origin));
}
