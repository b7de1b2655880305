import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlowLinkLane } from '../../../bench/lib/slow-link-lane';
import { startThrottleProxy, type ThrottleProxy } from '../../../bench/lib/throttle-proxy';

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Echo server: answers with the sha-256 of what it received and a fixed 64 KB body. */
const answer = randomBytes(64 * 1024);
let server: Server;
let target: string;
let received: number[];

beforeEach(async () => {
  received = [];
  server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      const body = Buffer.concat(parts);
      received.push(body.length);
      res.setHeader('x-body-sha', sha(body));
      res.end(answer);
    });
    req.on('error', () => received.push(Buffer.concat(parts).length));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  target = `http://127.0.0.1:${address.port}`;
});

let proxy: ThrottleProxy | null = null;
afterEach(async () => {
  await proxy?.close();
  proxy = null;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function post(url: string, body: Uint8Array) {
  const response = await fetch(`${url}/echo`, { method: 'POST', body: new Uint8Array(body) });
  return {
    sha: response.headers.get('x-body-sha'),
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

describe('throttle proxy', () => {
  it('carries a 64 KB body each way intact through a capped, lossy link', async () => {
    proxy = await startThrottleProxy(target, {
      bitsPerSecond: 4_000_000,
      rttMs: 20,
      lossRate: 0.05,
      rtoMs: 5,
      seed: 7,
    });
    const body = randomBytes(64 * 1024);
    const got = await post(proxy.url, body);
    expect(got.sha).toBe(sha(body));
    expect(sha(got.body)).toBe(sha(answer));
    expect(proxy.stats.bytesUp).toBeGreaterThan(body.length);
    expect(proxy.stats.bytesDown).toBeGreaterThan(answer.length);
    expect(proxy.stats.lostSegments).toBeGreaterThan(0); // losses were simulated, and recovered
  });

  it('cuts a request mid-body: the client sees an error and the server never gets it whole', async () => {
    proxy = await startThrottleProxy(target, { seed: 3 });
    proxy.cutAfter('up', 10_000);
    await expect(post(proxy.url, randomBytes(64 * 1024))).rejects.toThrow();
    expect(proxy.stats.cuts).toBe(1);
    expect(received.every((length) => length < 64 * 1024)).toBe(true);
    // The cut happens once: the retry goes through.
    const body = randomBytes(1000);
    expect((await post(proxy.url, body)).sha).toBe(sha(body));
  });

  it('cuts an answer mid-body after the server has the whole request', async () => {
    proxy = await startThrottleProxy(target, { seed: 4 });
    proxy.cutAfter('down', 20_000);
    await expect(post(proxy.url, randomBytes(2000))).rejects.toThrow();
    expect(received).toEqual([2000]);
    expect(proxy.stats.cuts).toBe(1);
  });

  it('resets connections at random when asked to', async () => {
    proxy = await startThrottleProxy(target, { resetPerConnection: 1, seed: 5 });
    await expect(post(proxy.url, randomBytes(64 * 1024))).rejects.toThrow();
    expect(proxy.stats.resets).toBeGreaterThan(0);
  });
});

describe('slow link lane arithmetic', () => {
  it('serialises segments on the line and adds the one-way delay', () => {
    const lane = new SlowLinkLane({ bytesPerSecond: 8000, oneWayMs: 400, rtoMs: 1000 });
    expect(lane.arrival(0, 1000, false)).toBe(125 + 400);
    // Handed over at the same time, the second waits for the first to leave the line.
    expect(lane.arrival(0, 1000, false)).toBe(250 + 400);
    // A lost segment costs the timeout and a second transmission.
    expect(lane.arrival(0, 1000, true)).toBe(250 + 125 + 1000 + 125 + 400);
  });

  it('has no cap when the rate is infinite', () => {
    const lane = new SlowLinkLane({ bytesPerSecond: Infinity, oneWayMs: 10, rtoMs: 0 });
    expect(lane.arrival(5, 1_000_000, false)).toBe(15);
  });
});
