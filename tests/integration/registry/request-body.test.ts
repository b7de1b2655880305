import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../registry/src/db/migrate';
import { BODY_LIMIT_BYTES } from '../../../registry/src/http/build-app';
import { enrollOverHttp, makeCode, makeOffice, type Enrolled } from './helpers/registry-fixtures';
import { jsonHeaders, startTestRegistry, type TestRegistry } from './helpers/start-test-registry';
import { testBackends, type TestDb } from './helpers/test-backends';

const SECRET = 'Amina-Diallo-passport-X1234567';

describe.each(testBackends())('request bodies on $kind', (backend) => {
  let test: TestDb;
  let registry: TestRegistry;
  let device: Enrolled;
  let officeId: string;

  const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${registry.url}${path}`, {
      method: 'POST',
      headers: jsonHeaders({ authorization: `Bearer ${device.credential}`, ...headers }),
      body: typeof body === 'string' ? body : Uint8Array.from(body),
    });

  beforeAll(async () => {
    test = await backend.open();
    await migrate(test.db);
    registry = await startTestRegistry(test.db);
    officeId = (await makeOffice(test.db)).id;
    device = await enrollOverHttp(registry.url, await makeCode(test.db, officeId));
  });
  afterAll(async () => {
    await registry?.close();
    await test?.dispose();
  });

  it('refuses an invalid body with paths and codes only, never the values', async () => {
    const response = await post(
      '/v1/enroll',
      JSON.stringify({ code: 12345, deviceName: SECRET.repeat(10), [SECRET]: SECRET }),
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: 'invalid-request',
      issues: [
        { path: ['code'], code: 'invalid-type' },
        { path: ['deviceName'], code: 'too-long' },
      ],
    });
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('12345');
  });

  it('refuses a body that is not JSON without quoting it', async () => {
    const response = await post('/v1/enroll', `{"code": "${SECRET}"`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'invalid-json' });
    expect(text).not.toContain(SECRET);
  });

  it('refuses a body that is not declared as JSON (415)', async () => {
    const response = await post('/v1/enroll', 'code=x', { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: 'unsupported-media-type' });
  });

  it('refuses an oversize body (413): 16 KiB for enrollment, 1 MiB for sync', async () => {
    const enroll = await post('/v1/enroll', JSON.stringify({ pad: 'x'.repeat(20_000) }));
    expect(enroll.status).toBe(413);
    expect(await enroll.json()).toEqual({ error: 'body-too-large' });
    const push = await post('/v1/sync/push', JSON.stringify({ pad: 'x'.repeat(BODY_LIMIT_BYTES) }));
    expect(push.status).toBe(413);
    expect(await push.json()).toEqual({ error: 'body-too-large' });
  });

  it('accepts a gzip-encoded body', async () => {
    const code = await makeCode(test.db, officeId);
    const body = gzipSync(JSON.stringify({ code, deviceName: 'PC over a slow link' }));
    const response = await post('/v1/enroll', body, { 'content-encoding': 'gzip' });
    expect(response.status).toBe(201);
  });

  it('stops a gzip body that decompresses beyond the limit (413)', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * BODY_LIMIT_BYTES, ' '));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const response = await post('/v1/sync/push', bomb, { 'content-encoding': 'gzip' });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'body-too-large' });
  });

  it('refuses a body that is not valid gzip (400) and an unknown encoding (415)', async () => {
    const broken = await post('/v1/sync/push', Buffer.from('not gzip at all'), {
      'content-encoding': 'gzip',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: 'invalid-encoding' });
    const unknown = await post('/v1/sync/push', Buffer.from('{}'), { 'content-encoding': 'br' });
    expect(unknown.status).toBe(415);
    expect(await unknown.json()).toEqual({ error: 'unsupported-encoding' });
  });

  it('decompresses nothing for a stranger: auth comes before the body', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * BODY_LIMIT_BYTES, ' '));
    const response = await post('/v1/sync/push', bomb, {
      'content-encoding': 'gzip',
      authorization: 'Bearer nobody',
    });
    expect(response.status).toBe(401);
  });
});
