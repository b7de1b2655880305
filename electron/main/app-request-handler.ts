import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { errorKind, mainLog } from './main-log';
import { resolveAppFile } from './resolve-app-file';

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

/**
 * A fetch-style handler for `app://desk/...` requests: the `protocol.handle` handler in Electron,
 * and what `npm run web` serves too, so both shells get the same files, checks and headers.
 * Files come from `root` only, each with the CSP header.
 */
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
