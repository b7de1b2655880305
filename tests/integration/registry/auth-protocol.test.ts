import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminContext } from '../../../registry/src/cli/admin-context';
import { runAdminCommand } from '../../../registry/src/cli/run-admin-command';
import { migrate } from '../../../registry/src/db/migrate';
import { enrollOverHttp, makeCode, makeOffice, type Enrolled } from './helpers/registry-fixtures';
import { startTestRegistry, v1Headers, type TestRegistry } from './helpers/start-test-registry';
import { testBackends, type TestDb } from './helpers/test-backends';

describe.each(testBackends())('device auth and protocol version on $kind', (backend) => {
  let test: TestDb;
  let registry: TestRegistry;
  let device: Enrolled;

  const pull = (headers: Record<string, string>) =>
    fetch(`${registry.url}/v1/sync/pull?cursor=0`, { headers });
  const asDevice = (credential: string) => v1Headers({ authorization: `Bearer ${credential}` });

  beforeAll(async () => {
    test = await backend.open();
    await migrate(test.db);
    registry = await startTestRegistry(test.db);
    const office = await makeOffice(test.db);
    device = await enrollOverHttp(registry.url, await makeCode(test.db, office.id));
  });
  afterAll(async () => {
    await registry?.close();
    await test?.dispose();
  });

  it('refuses a request without a credential as an unknown device (401)', async () => {
    const response = await pull(v1Headers());
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toEqual({ error: 'unknown-device' });
  });

  it('refuses a malformed and a well-formed but unknown credential alike (401)', async () => {
    for (const credential of ['nonsense', `ddc1_${'A'.repeat(43)}`]) {
      const response = await pull(asDevice(credential));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'unknown-device' });
    }
  });

  it('lets an enrolled device in: it pulls, and a push is checked like any body', async () => {
    const pulled = await pull(asDevice(device.credential));
    expect(pulled.status).toBe(200);
    expect(await pulled.json()).toEqual({
      protocolVersion: 1,
      changes: [],
      nextCursor: 0,
      hasMore: false,
      epoch: expect.any(String),
    });
    const pushed = await fetch(`${registry.url}/v1/sync/push`, {
      method: 'POST',
      headers: { ...asDevice(device.credential), 'content-type': 'application/json' },
      body: JSON.stringify({ ops: [] }),
    });
    expect(pushed.status).toBe(400);
    expect(await pushed.json()).toMatchObject({ error: 'invalid-request' });
    const { rows } = await test.db.query<{ last_seen_at: Date | null }>(
      'SELECT last_seen_at FROM devices WHERE id = $1',
      [device.deviceId],
    );
    expect(rows[0]?.last_seen_at).toBeInstanceOf(Date);
  });

  it('refuses a device revoked with `devices:revoke` (403)', async () => {
    const code = await makeCode(test.db, device.office.id);
    const doomed = await enrollOverHttp(registry.url, code);
    const out: string[] = [];
    const ctx: AdminContext = {
      db: test.db,
      now: () => new Date(),
      out: (line) => out.push(line),
      err: (line) => out.push(line),
    };
    expect(await runAdminCommand('devices:revoke', [doomed.deviceId], ctx)).toBe(0);
    expect(out.join('\n')).toContain('revoked');
    const response = await pull(asDevice(doomed.credential));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'device-revoked' });
    expect((await pull(asDevice(device.credential))).status).toBe(200);
  });

  it('asks an outdated or unversioned client to update (426), before anything else', async () => {
    for (const version of [undefined, '0', 'abc']) {
      const headers: Record<string, string> = { authorization: `Bearer ${device.credential}` };
      if (version !== undefined) headers['x-diaspora-protocol'] = version;
      const response = await pull(headers);
      expect(response.status).toBe(426);
      expect(await response.json()).toEqual({
        error: 'update-required',
        protocol: 1,
        minProtocol: 1,
      });
    }
    const unauthenticated = await pull({ 'x-diaspora-protocol': '0' });
    expect(unauthenticated.status).toBe(426);
    const enroll = await fetch(`${registry.url}/v1/enroll`, { method: 'POST' });
    expect(enroll.status).toBe(426);
  });

  it('tells a client newer than the registry that the registry is outdated', async () => {
    const response = await pull(v1Headers({ 'x-diaspora-protocol': '99' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'registry-outdated' });
  });

  it('announces its protocol version on every /v1 answer', async () => {
    const response = await pull(v1Headers());
    expect(response.headers.get('x-diaspora-protocol')).toBe('1');
  });
});
