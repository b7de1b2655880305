import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { adminSocketPath } from '../../../registry/src/cli/admin-socket-path';
import { callAdminSocket } from '../../../registry/src/cli/call-admin-socket';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../registry/src/protocol/protocol-version';
import { pgliteTemplate } from '../../integration/registry/helpers/pglite-template';
import { expect, test as base } from '../fixtures';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const v1Headers = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** How an office is created with `registry:admin -- office:create`. */
export interface E2eOffice {
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly type: string;
  /** As the CLI takes it: `national`, `residence:FR,IT` or `regions:NE-8`. */
  readonly scope: string;
}

/** A real registry process (`npm run registry`'s entry) on a free loopback port. */
export interface E2eRegistry {
  /** `http://127.0.0.1:<port>`, as a person types it into Settings. */
  readonly url: string;
  /** Runs an admin command in the running registry (as `npm run registry:admin -- ...`). */
  admin(...argv: string[]): Promise<string>;
  /** Creates an office and returns its id. */
  createOffice(office: E2eOffice): Promise<string>;
  /** Issues a one-time enrollment code for an office. */
  enrollCode(officeId: string): Promise<string>;
  /** Enrolls a device over HTTP from the test (not through the app); returns its credential. */
  enrollDevice(code: string): Promise<string>;
  /** GETs a /v1 path as an enrolled device and returns the JSON answer. */
  get(path: string, credential: string): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Starts `registry/src/cli/serve.ts` with its own temporary PGlite folder (copied from the
 * integration tests' template, so no initdb per test) on port 0, and waits for "Listening on".
 * Admin commands go through the registry's own admin socket, as the CLI does when the registry
 * holds the database.
 */
export async function startE2eRegistry(): Promise<E2eRegistry> {
  const dataDir = mkdtempSync(join(tmpdir(), 'registry-e2e-'));
  cpSync(join(await pgliteTemplate(), 'pglite'), join(dataDir, 'pglite'), { recursive: true });
  const child = spawn(
    join(repoRoot, 'node_modules', '.bin', 'tsx'),
    [join(repoRoot, 'registry', 'src', 'cli', 'serve.ts')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        REGISTRY_DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let url: string;
  try {
    url = await listeningUrl(child);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const admin = async (...argv: string[]) => {
    const reply = await callAdminSocket(adminSocketPath(dataDir), argv);
    if (reply === null) throw new Error('the registry admin socket does not answer');
    if (reply.exitCode !== 0) throw new Error(`admin ${argv[0]} failed: ${reply.err.join(' ')}`);
    return reply.out.join('\n');
  };
  return {
    url,
    admin,
    async createOffice(office) {
      const out = await admin(
        'office:create',
        ...['--name', office.name, '--country', office.country],
        ...['--type', office.type, '--scope', office.scope],
      );
      const id = /Office created: (\S+)/.exec(out)?.[1];
      if (!id || !UUID.test(id)) throw new Error('office:create printed no office id');
      return id;
    },
    async enrollCode(officeId) {
      const out = await admin('enroll-code', '--office', officeId);
      const code = /One-time enrollment code: (\S+)/.exec(out)?.[1];
      if (!code) throw new Error('enroll-code printed no code');
      return code;
    },
    async enrollDevice(code) {
      const answer = await fetch(`${url}/v1/enroll`, {
        method: 'POST',
        headers: { ...v1Headers, 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceName: 'Test reader' }),
      });
      if (answer.status !== 201) throw new Error(`enroll answered ${answer.status}`);
      return ((await answer.json()) as { credential: string }).credential;
    },
    async get(path, credential) {
      const answer = await fetch(`${url}${path}`, {
        headers: { ...v1Headers, authorization: `Bearer ${credential}` },
      });
      if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
      return answer.json();
    },
    async stop() {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`registry did not start: ${err}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /Listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`registry exited (${code}) before listening: ${err}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** Chromium's own log line for an HTTP answer >= 400 (not something the app logged). */
const REFUSED_LOAD = /^Failed to load resource: the server responded with a status of 4\d\d\b/;

/**
 * The e2e `test` with a `registry` fixture: a fresh registry per test, stopped afterwards.
 * Use it instead of fixtures.ts's `test` in specs that sync. Its page checks are fixtures.ts's
 * (console errors, page errors, CSP violations), except Chromium's network line for a 4xx
 * answer of this registry: a refused enrollment code or a revoked device is an answer the app
 * must show in words, which the spec asserts.
 */
export const test = base.extend<{ registry: E2eRegistry }>({
  registry: async ({ page, pageProblems }, use) => {
    const registry = await startE2eRegistry();
    const refusals: string[] = [];
    page.on('console', (message) => {
      const fromRegistry = message.location().url.startsWith(`${registry.url}/`);
      if (message.type() === 'error' && fromRegistry && REFUSED_LOAD.test(message.text())) {
        refusals.push(`console: ${message.text()}`);
      }
    });
    try {
      await use(registry);
    } finally {
      await registry.stop();
    }
    // Runs before fixtures.ts checks the list (this fixture depends on it).
    for (const line of refusals) {
      const at = pageProblems.indexOf(line);
      if (at >= 0) pageProblems.splice(at, 1);
    }
  },
});

export { expect };
