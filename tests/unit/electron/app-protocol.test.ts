import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { createAppRequestHandler, registerAppScheme, serveAppProtocol } =
  await import('../../../electron/main/app-protocol');

const CSP = "default-src 'self'; script-src 'self'";
const SECRET = 'office-database-key';
let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Desk</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(join(base, 'secret.txt'), SECRET);
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'linked.txt'));
  serve = createAppRequestHandler({ root, contentSecurityPolicy: () => CSP });
});
afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string) => serve(new Request(url));

describe('app protocol handler', () => {
  it('serves the entry page with the CSP header and nosniff', async () => {
    const response = await get('app://desk/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Desk</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript with the CSP header', async () => {
    const response = await get('app://desk/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it('reads the CSP at each response, so a new registry applies on reload', async () => {
    let policy = 'first';
    const handler = createAppRequestHandler({ root, contentSecurityPolicy: () => policy });
    expect((await handler(new Request('app://desk/'))).headers.get('content-security-policy')).toBe(
      'first',
    );
    policy = 'second';
    expect((await handler(new Request('app://desk/'))).headers.get('content-security-policy')).toBe(
      'second',
    );
  });

  it('answers a client-side route with the entry page', async () => {
    const response = await get('app://desk/members/42');
    expect(await response.text()).toContain('<title>Desk</title>');
  });

  it.each([
    'app://desk/..%2fsecret.txt',
    'app://desk/assets/..%2f..%2fsecret.txt',
    'app://desk/%2e%2e%2fsecret.txt',
    'app://desk/..%5csecret.txt',
    'app://desk/assets%5c..%5c..%5csecret.txt',
    'app://desk/%2e%2e/secret.txt',
    'app://desk/index.html%00.png',
    'app://desk/assets/linked.txt',
    'app://desk/missing.js',
  ])('refuses %s without leaking anything outside the folder', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('never serves a file outside the folder, whatever the encoding', async () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f..', '..%252f'].map(
      (up) => `app://desk/assets/${up}/${up}/secret.txt`,
    );
    for (const url of attempts) {
      expect(await (await get(url)).text(), url).not.toContain(SECRET);
    }
  });

  it('refuses another host of the scheme', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serve(
      new Request('app://desk/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});

describe('app scheme registration', () => {
  it('registers app:// as a secure standard scheme that does not bypass the CSP', () => {
    registerAppScheme();
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0] ?? [];
    expect(schemes).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }),
      },
    ]);
    expect(schemes[0].privileges.allowServiceWorkers).toBe(false);
  });

  it('hands app:// requests to the file handler', () => {
    serveAppProtocol({ root, contentSecurityPolicy: () => CSP });
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
