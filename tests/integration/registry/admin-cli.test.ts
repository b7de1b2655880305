import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminContext } from '../../../registry/src/cli/admin-context';
import {
  printUsage,
  runAdminCommand,
  type AdminCommand,
} from '../../../registry/src/cli/run-admin-command';
import { hashSecret } from '../../../registry/src/devices/credential';
import { normaliseEnrollCode } from '../../../registry/src/devices/enroll-code';
import { migrate } from '../../../registry/src/db/migrate';
import { enrollOverHttp } from './helpers/registry-fixtures';
import { startTestRegistry } from './helpers/start-test-registry';
import { openTestPglite, testBackends, type TestDb } from './helpers/test-backends';
import { pgliteTemplate } from './helpers/pglite-template';
import { adminSocketPath } from '../../../registry/src/cli/admin-socket-path';
import { callAdminSocket } from '../../../registry/src/cli/call-admin-socket';
import { serveAdminSocket } from '../../../registry/src/cli/serve-admin-socket';

const silentLog = { info: () => undefined, warn: () => undefined };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe.each(testBackends())('admin commands on $kind', (backend) => {
  let test: TestDb;
  let officeId: string;

  async function run(command: AdminCommand, ...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: AdminContext = {
      db: test.db,
      now: () => new Date(),
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    };
    const code = await runAdminCommand(command, args, ctx);
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  beforeAll(async () => {
    test = await backend.open();
    await migrate(test.db);
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('office:create makes an office and says what to do next', async () => {
    const result = await run(
      'office:create',
      '--name',
      'Niamey reception',
      '--country',
      'ne',
      '--type',
      'reception-referral',
      '--scope',
      'regions:NE-8,ne-1',
    );
    expect(result.code).toBe(0);
    officeId = new RegExp(`Office created: (${UUID})`).exec(result.out)?.[1] ?? '';
    expect(result.out).toContain(`enroll-code --office ${officeId}`);
    const { rows } = await test.db.query('SELECT name, country, office_type, scope FROM offices');
    expect(rows).toEqual([
      {
        name: 'Niamey reception',
        country: 'NE',
        office_type: 'reception-referral',
        scope: { kind: 'regions', regions: ['NE-8', 'NE-1'] },
      },
    ]);
  });

  it('office:create explains every wrong option at once (exit 2)', async () => {
    const result = await run(
      'office:create',
      '--country',
      'Niger',
      '--type',
      'embassy',
      '--scope',
      'world',
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain('--name is required');
    expect(result.err).toContain('--country must be an ISO 3166-1 alpha-2 code');
    expect(result.err).toContain('--type must be one of: reception-referral');
    expect(result.err).toContain('--scope must be national, residence:FR,IT or regions:NE-8');
  });

  it('office:create refuses codes no ISO list knows (exit 1)', async () => {
    const base = ['--name', 'X', '--type', 'headquarters', '--country'];
    const country = await run('office:create', ...base, 'QQ', '--scope', 'national');
    expect([country.code, country.err]).toEqual([1, expect.stringContaining('QQ is not')]);
    const region = await run('office:create', ...base, 'NE', '--scope', 'regions:NE-99');
    expect([region.code, region.err]).toEqual([1, expect.stringContaining('NE-99 is not')]);
    const option = await run('office:create', '--colour', 'red');
    expect([option.code, option.err]).toEqual([2, expect.stringContaining("'--colour'")]);
  });

  it('enroll-code prints a one-time code once and keeps only its hash', async () => {
    const result = await run('enroll-code', '--office', officeId, '--hours', '24');
    expect(result.code).toBe(0);
    const code = /code: (\S+)/.exec(result.out)?.[1] ?? '';
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(result.out).toContain('(24 h)');
    const { rows } = await test.db.query<{ code_hash: string; expires_at: Date }>(
      'SELECT code_hash, expires_at FROM enrollment_codes',
    );
    expect(rows.map((r) => r.code_hash)).toEqual([hashSecret(normaliseEnrollCode(code))]);
    expect(JSON.stringify(rows)).not.toContain(code);
    const hoursLeft = ((rows[0]?.expires_at.getTime() ?? 0) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
  });

  it('enroll-code explains a wrong office or duration', async () => {
    expect((await run('enroll-code')).err).toContain('--office must be an office id');
    expect((await run('enroll-code', '--office', officeId, '--hours', '0')).code).toBe(2);
    const missing = await run('enroll-code', '--office', '01900000-0000-7000-8000-000000000009');
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining('offices:status')]);
  });

  it('devices:list, devices:revoke and offices:status show and change devices', async () => {
    expect((await run('devices:list')).out).toContain('No device enrolled yet');
    const issued = await run('enroll-code', '--office', officeId);
    const code = /code: (\S+)/.exec(issued.out)?.[1] ?? '';
    const registry = await startTestRegistry(test.db);
    const device = await enrollOverHttp(registry.url, code).finally(() => registry.close());

    const listed = await run('devices:list');
    expect(listed.out).toMatch(
      new RegExp(`${device.deviceId}\\s+Niamey reception\\s+Front desk PC 1\\s+active`),
    );
    const status = await run('offices:status');
    expect(status.out.split('\n')[0]).toMatch(
      /office\s+name\s+devices\s+last sync\s+lag\s+changes behind/,
    );
    expect(status.out).toMatch(
      new RegExp(`${officeId}\\s+Niamey reception\\s+1\\s+-\\s+never\\s+0\\s+0`),
    );

    expect((await run('devices:revoke', device.deviceId)).out).toContain('revoked');
    expect((await run('devices:revoke', device.deviceId)).out).toContain('already revoked');
    expect((await run('devices:list')).out).toContain('revoked');
    expect((await run('offices:status')).out).toMatch(/Niamey reception\s+0\s/);
  });

  it('devices:revoke explains a missing or unknown device id', async () => {
    expect((await run('devices:revoke')).code).toBe(2);
    expect((await run('devices:revoke', 'pc-1')).err).toContain('devices:list');
    const unknown = await run('devices:revoke', '01900000-0000-7000-8000-000000000009');
    expect([unknown.code, unknown.err]).toEqual([1, expect.stringContaining('No device')]);
  });
});

describe('admin usage', () => {
  it('prints the usage for help, and the usage with an error for an unknown command', () => {
    const out: string[] = [];
    const err: string[] = [];
    const ctx = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    expect(printUsage('help', ctx)).toBe(0);
    expect(out.join('\n')).toContain('office:create --name');
    expect(printUsage('office:delete', ctx)).toBe(2);
    expect(err[0]).toBe('Unknown command: office:delete');
  });
});

describe('admin socket of a running registry', () => {
  it('runs a command line in the server process and answers its output and exit code', async () => {
    const test = await openTestPglite();
    await migrate(test.db);
    const path = adminSocketPath(test.where);
    const close = await serveAdminSocket(path, test.db, silentLog);
    try {
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const args = [
        '--name',
        'HQ',
        '--country',
        'NE',
        '--type',
        'headquarters',
        '--scope',
        'national',
      ];
      const created = await callAdminSocket(path, ['office:create', ...args]);
      expect(created).toMatchObject({
        exitCode: 0,
        out: expect.arrayContaining([expect.stringContaining('Office created')]),
      });
      expect(await callAdminSocket(path, ['devices:revoke'])).toMatchObject({ exitCode: 2 });
      expect(await callAdminSocket(path, ['nonsense'])).toMatchObject({ exitCode: 2 });
    } finally {
      await close();
      await test.dispose();
    }
    expect(existsSync(path)).toBe(false);
    expect(await callAdminSocket(path, ['offices:status'])).toBeNull();
  });
});

/**
 * The real command line, as `npm run registry:admin` runs it (tsx, environment, exit codes).
 * A child process loads tsx, the code lists and PGlite: slow on a busy 2-core machine.
 */
describe('npm run registry:admin', { timeout: 120_000 }, () => {
  const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
  const exec = promisify(execFile);
  let dataDir: string;

  const admin = (args: string[], env: Record<string, string>) =>
    exec(process.execPath, ['--import', 'tsx', 'registry/src/cli/admin.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: '', ...env },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'registry-admin-'));
    cpSync(join(await pgliteTemplate(), 'pglite'), join(dataDir, 'pglite'), { recursive: true });
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates the data folder and runs a command', async () => {
    const args = ['office:create', '--name', 'HQ', '--country', 'NE', '--type', 'headquarters'];
    const result = await admin([...args, '--scope', 'national'], { REGISTRY_DATA_DIR: dataDir });
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('Office created') });
  });

  it('runs the command inside the registry that holds the folder, through its socket', async () => {
    const held = await openTestPglite();
    await migrate(held.db);
    const close = await serveAdminSocket(adminSocketPath(held.where), held.db, silentLog);
    try {
      const result = await admin(['offices:status'], { REGISTRY_DATA_DIR: held.where });
      expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('No office yet') });
    } finally {
      await close();
      await held.dispose();
    }
  });

  it('says the folder is in use when the holder offers no admin socket', async () => {
    const held = await openTestPglite();
    try {
      const result = await admin(['devices:list'], { REGISTRY_DATA_DIR: held.where });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`is in use by process ${process.pid}`);
    } finally {
      await held.dispose();
    }
  });
});
