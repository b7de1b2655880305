import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../registry/src/db/db';
import { migrate } from '../../../registry/src/db/migrate';
import type { OfficeSummary } from '../../../registry/src/offices/office-summary';
import { enrollOverHttp, makeCode, makeOffice } from './helpers/registry-fixtures';
import { jsonHeaders, startTestRegistry, type TestRegistry } from './helpers/start-test-registry';
import { testBackends, type TestDb } from './helpers/test-backends';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.each(testBackends())('health and enrollment on $kind', (backend) => {
  let test: TestDb;
  let registry: TestRegistry;
  let office: OfficeSummary;

  const enroll = (body: unknown) =>
    fetch(`${registry.url}/v1/enroll`, {
      method: 'POST',
      headers: jsonHeaders(),
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    test = await backend.open();
    await migrate(test.db);
    registry = await startTestRegistry(test.db, (app) => {
      app.get('/test/large', async () => ({ filler: 'registry '.repeat(2000) }));
    });
    office = await makeOffice(test.db);
  });
  afterAll(async () => {
    await registry?.close();
    await test?.dispose();
  });

  it('GET /health answers status, database and version without any header', async () => {
    const response = await fetch(`${registry.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      db: 'ok',
      dbKind: backend.kind,
      version: '0.1.0',
      protocol: { current: 1, minimum: 1 },
    });
  });

  it('enrolls a device with a one-time code: id, credential and its office', async () => {
    const code = await makeCode(test.db, office.id);
    const response = await enroll({ code, deviceName: 'Front desk PC 1' });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      deviceId: expect.stringMatching(UUID),
      credential: expect.stringMatching(/^ddc1_[A-Za-z0-9_-]{43}$/),
      office: {
        id: office.id,
        name: 'Paris consular desk',
        country: 'FR',
        officeType: 'consular-desk',
        scope: { kind: 'residence', countries: ['FR', 'IT'] },
      },
    });
    const stored = await test.db.query<Record<string, unknown>>(
      'SELECT * FROM devices WHERE id = $1',
      [body.deviceId as string],
    );
    expect(stored.rows[0]).toMatchObject({ office_id: office.id, name: 'Front desk PC 1' });
    expect(JSON.stringify(stored.rows)).not.toContain(body.credential as string);
  });

  it('refuses a second use of the same code', async () => {
    const code = await makeCode(test.db, office.id);
    await enrollOverHttp(registry.url, code);
    const again = await enroll({ code, deviceName: 'Another PC' });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: 'enroll-code-used' });
  });

  it('lets exactly one of two simultaneous enrollments with one code through', async () => {
    const code = await makeCode(test.db, office.id);
    const answers = await Promise.all([
      enroll({ code, deviceName: 'PC A' }),
      enroll({ code, deviceName: 'PC B' }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('refuses an expired code, and an unknown one', async () => {
    const code = await makeCode(test.db, office.id, 1);
    registry.setNow(new Date(Date.now() + 2 * 3_600_000));
    try {
      const expired = await enroll({ code, deviceName: 'Late PC' });
      expect(expired.status).toBe(410);
      expect(await expired.json()).toEqual({ error: 'enroll-code-expired' });
    } finally {
      registry.setNow(null);
    }
    const unknown = await enroll({ code: 'AAAA-BBBB-CCCC-DDDD', deviceName: 'PC' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'enroll-code-unknown' });
  });

  it('accepts a code typed in lower case, without dashes, with O for 0 and I for 1', async () => {
    const code = await makeCode(test.db, office.id);
    const typed = code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'i');
    const response = await enroll({ code: typed, deviceName: 'PC typed' });
    expect(response.status).toBe(201);
  });

  it('gzips a large response for a client that accepts gzip', async () => {
    const response = await fetch(`${registry.url}/test/large`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(((await response.json()) as { filler: string }).filler).toHaveLength(18_000);
  });

  it('answers an unknown path with a not-found code', async () => {
    const response = await fetch(`${registry.url}/v1/nothing-here`, { headers: jsonHeaders() });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not-found' });
  });
});

describe('health with the database down', () => {
  it('answers 503 degraded, without the error', async () => {
    const refused = () =>
      Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    const down: Db = {
      kind: 'postgres',
      location: 'postgres://nowhere',
      query: refused,
      exec: refused,
      transaction: refused,
      close: () => Promise.resolve(),
    };
    const registry = await startTestRegistry(down);
    try {
      const response = await fetch(`${registry.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'degraded', db: 'unavailable' });
      const enroll = await fetch(`${registry.url}/v1/enroll`, {
        method: 'POST',
        headers: jsonHeaders(),
        body: JSON.stringify({ code: 'AAAA-BBBB-CCCC-DDDD', deviceName: 'PC' }),
      });
      expect(enroll.status).toBe(503);
      expect(await enroll.json()).toEqual({ error: 'unavailable' });
    } finally {
      await registry.close();
    }
  });
});
