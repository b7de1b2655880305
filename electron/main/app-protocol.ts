import { protocol, type Privileges } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { APP_SCHEME } from './app-origin';
import { errorKind, mainLog } from './main-log';
import { resolveAppFile } from './resolve-app-file';

/**
 * `app://` behaves like https for the renderer (secure context, fetch, code cache) but does not
 * bypass the CSP, has no service workers and no CORS access from elsewhere.
 */
export const appSchemePrivileges: Privileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
};

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: appSchemePrivileges }]);
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  root: string;
  /** Read per response, so a changed registry URL applies on the next load. */
  contentSecurityPolicy: () => string;
}

function plain(status: number): Response {
  return new Response(null, { status, headers: { 'x-content-type-options': 'nosniff' } });
}

/** The `protocol.handle` handler: files from `root` only, each with the CSP header. */
export function createAppRequestHandler(options: AppProtocolOptions) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405);
    const file = await resolveAppFile(options.root, request.url);
    if (file === null) return plain(404);
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': options.contentSecurityPolicy(),
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        },
      });
    } catch (error) {
      mainLog.error('protocol.read-failed', { error: errorKind(error) });
      return plain(500);
    }
  };
}

/** Serves the renderer on `app://desk/`. Call once the app is ready. */
export function serveAppProtocol(options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(options));
}
