import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../registry/src/db/migrate';
import { encodeHlc } from '../../../shared/sync/hlc';
import { makeCode, makeOffice } from './helpers/registry-fixtures';
import { jsonHeaders, startTestRegistry, type TestRegistry } from './helpers/start-test-registry';
import { openTestPglite, type TestDb } from './helpers/test-backends';

const SECRET = 'Fatima-Ouedraogo-born-1990-03-04';

/** A create of a person whose notes hold `secret`. */
function personOp(device: { deviceId: string; office: { id: string } }, secret: string) {
  return {
    opId: uuidv7(),
    recordId: uuidv7(),
    recordType: 'person',
    kind: 'create',
    baseRev: 0,
    changes: { notes: { from: null, to: secret } },
    hlc: encodeHlc({ wallMs: Date.now(), counter: 0, node: device.deviceId }),
    deviceId: device.deviceId,
    officeId: device.office.id,
    userId: uuidv7(),
    formatVersion: 1,
    deviceSeq: 1,
  };
}

/** The log is the same code on both engines: one backend is enough here. */
describe('registry logs', () => {
  let test: TestDb;
  let registry: TestRegistry;
  let code: string;
  let enrolled: { deviceId: string; credential: string; office: { id: string } };

  beforeAll(async () => {
    test = await openTestPglite();
    await migrate(test.db);
    registry = await startTestRegistry(test.db, (app) => {
      app.get('/test/fail', async () => {
        throw new Error(`invalid input syntax for type uuid: "${SECRET}"`);
      });
    });
    code = await makeCode(test.db, (await makeOffice(test.db)).id);
    const response = await fetch(`${registry.url}/v1/enroll`, {
      method: 'POST',
      headers: jsonHeaders(),
      body: JSON.stringify({ code, deviceName: `${SECRET}'s laptop` }),
    });
    enrolled = (await response.json()) as typeof enrolled;
    await fetch(`${registry.url}/v1/sync/push?note=${SECRET}`, {
      method: 'POST',
      headers: jsonHeaders({ authorization: `Bearer ${enrolled.credential}` }),
      body: JSON.stringify({ ops: [{ familyName: SECRET }] }),
    });
    // A well-formed push whose ops carry personal data (one valid, one not): answered 200.
    await fetch(`${registry.url}/v1/sync/push`, {
      method: 'POST',
      headers: jsonHeaders({ authorization: `Bearer ${enrolled.credential}` }),
      body: JSON.stringify({
        protocolVersion: 1,
        deviceId: enrolled.deviceId,
        clientTime: Date.now(),
        ops: [personOp(enrolled, SECRET), { familyName: SECRET }],
      }),
    });
    await fetch(`${registry.url}/v1/enroll`, {
      method: 'POST',
      headers: jsonHeaders(),
      body: JSON.stringify({ code: SECRET, deviceName: 7 }),
    });
    await fetch(`${registry.url}/v1/enroll`, {
      method: 'POST',
      headers: jsonHeaders(),
      body: `{"code": "${SECRET}`,
    });
  });
  afterAll(async () => {
    await registry?.close();
    await test?.dispose();
  });

  it('never prints the credential, the enrollment code, the body or the query', () => {
    const text = registry.logs.join('\n');
    expect(registry.logs.length).toBeGreaterThan(8);
    expect(text).not.toContain(enrolled.credential);
    expect(text).not.toContain(code);
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/bearer/i);
  });

  it('carries ids: request ids everywhere, the device and office once authenticated', () => {
    const lines = registry.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line.reqId !== undefined).length).toBeGreaterThan(6);
    const enrolledLine = lines.find((line) => line.msg === 'device enrolled');
    expect(enrolledLine).toMatchObject({ deviceId: enrolled.deviceId });
    const pushDone = lines.find(
      (line) => line.msg === 'request completed' && line.deviceId === enrolled.deviceId,
    );
    expect(pushDone).toMatchObject({ res: { statusCode: 400 } });
    const settled = lines.find((line) => line.msg === 'push settled');
    expect(settled).toMatchObject({
      deviceId: enrolled.deviceId,
      ops: 2,
      outcomes: { applied: 1, rejected: 1 },
    });
  });

  it('logs a failure by kind and stack, not by message, and answers internal', async () => {
    const response = await fetch(`${registry.url}/test/fail`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'internal' });
    const failed = registry.logs.find((line) => line.includes('request failed')) ?? '';
    expect(JSON.parse(failed)).toMatchObject({ err: { type: 'Error' }, error: 'internal' });
    expect(failed).not.toContain(SECRET);
  });

  it('redacts secrets and bodies wherever a careless log call puts them', () => {
    registry.app.log.info(
      {
        credential: enrolled.credential,
        body: { familyName: SECRET },
        req: { headers: { authorization: `Bearer ${enrolled.credential}` }, body: SECRET },
        op: { deviceName: SECRET, payload: SECRET },
        payload: SECRET,
      },
      'careless',
    );
    const line = registry.logs.find((entry) => entry.includes('"careless"')) ?? '';
    expect(line).toContain('[redacted]');
    expect(line).not.toContain(SECRET);
    expect(line).not.toContain(enrolled.credential);
  });
});
