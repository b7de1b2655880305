import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../registry/src/db/migrate';
import { startTestRegistry, type TestRegistry } from '../registry/helpers/start-test-registry';
import { openTestPglite, type TestDb } from '../registry/helpers/test-backends';

describe('registry CORS for the web bridge', () => {
  let test: TestDb;
  let registry: TestRegistry;
  beforeAll(async () => {
    test = await openTestPglite();
    await migrate(test.db);
    registry = await startTestRegistry(test.db);
  });
  afterAll(async () => {
    await registry?.close();
    await test?.dispose();
  });

  const preflight = (origin: string) =>
    fetch(`${registry.url}/v1/sync/push`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-encoding',
      },
    });

  it('lets the app served on loopback call the registry', async () => {
    const answer = await preflight('http://127.0.0.1:5174');
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5174');
    expect(answer.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('gives no CORS permission to another web site', async () => {
    const answer = await preflight('https://evil.example');
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});
