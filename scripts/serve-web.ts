// `npm run web`: serves the built renderer (out/renderer) on 127.0.0.1 so any Chromium runs the app
// through the web bridge. It answers with the Electron app protocol's own handler (same files, path
// checks and headers) and the same CSP, plus loopback in connect-src because here the registry URL
// lives in the page's settings, not in a main process.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../electron/main/app-origin';
import { createAppRequestHandler } from '../electron/main/app-request-handler';
import { buildContentSecurityPolicy } from '../electron/main/content-security-policy';

const root = resolve(import.meta.dirname, '..', 'out', 'renderer');
const port = Number(process.env.PORT ?? 5174);
const host = '127.0.0.1';
const loopback = ['http://127.0.0.1:*', 'http://localhost:*'];

const handle = createAppRequestHandler({
  root,
  contentSecurityPolicy: () => buildContentSecurityPolicy(null, loopback),
});

const server = createServer(async (req, res) => {
  const response = await handle(
    new Request(`${APP_SCHEME}://${APP_HOST}${req.url ?? '/'}`, { method: req.method }),
  );
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});

server.listen(port, host, () => {
  console.log(`Diaspora Desk (web bridge) on http://${host}:${port}/ — open it in Chromium.`);
});
