import { createServer, connect, type Server, type Socket } from 'node:net';
import { createRng, type Rng } from './prng';
import { SlowLinkLane } from './slow-link-lane';

/**
 * A slow, lossy link simulated on loopback (PERFORMANCE.md P10-P11): a TCP proxy in front of a
 * server that caps bandwidth in both directions, adds latency per round trip, loses segments
 * (sent again after a timeout, as TCP does), resets connections at random, and can cut a
 * connection after a given number of bytes. Nothing on the machine's network is touched.
 */
export interface SlowLinkOptions {
  /** Line rate per direction, bits per second (64_000 for 64 kbit/s); omit for no cap. */
  readonly bitsPerSecond?: number;
  /** Round-trip time added: half on the way out, half on the way back; connect costs one. */
  readonly rttMs?: number;
  /** Segment size the link carries (losses and resets count per segment). */
  readonly segmentBytes?: number;
  /** Probability that a segment is lost and sent again after `rtoMs`. */
  readonly lossRate?: number;
  /** Retransmission timeout (default: max(200 ms, 1.5 x RTT)). */
  readonly rtoMs?: number;
  /** Probability that a new connection is reset somewhere in its traffic. */
  readonly resetPerConnection?: number;
  /** Probability that any segment resets its connection. */
  readonly resetPerSegment?: number;
  /** Seed of the link's randomness, so runs compare. */
  readonly seed?: number;
}

export type Direction = 'up' | 'down';

export interface SlowLinkStats {
  /** Bytes client -> server and server -> client that crossed the link. */
  bytesUp: number;
  bytesDown: number;
  connections: number;
  lostSegments: number;
  /** Connections reset at random, and cut by {@link ThrottleProxy.cutAfter}. */
  resets: number;
  cuts: number;
}

export interface ThrottleProxy {
  /** `http://127.0.0.1:<port>`: use it instead of the server's URL. */
  readonly url: string;
  readonly stats: SlowLinkStats;
  /** Cuts the connection carrying the `bytes`-th byte from now in `direction` (once). */
  cutAfter(direction: Direction, bytes: number): void;
  close(): Promise<void>;
}

interface PendingCut {
  direction: Direction;
  remaining: number;
}

interface Link {
  readonly options: Required<Omit<SlowLinkOptions, 'bitsPerSecond' | 'seed'>>;
  readonly lanes: Record<Direction, SlowLinkLane>;
  readonly rng: Rng;
  readonly stats: SlowLinkStats;
  cut: PendingCut | null;
}

const HIGH_WATER_BYTES = 64 * 1024;

function makeLink(options: SlowLinkOptions): Link {
  const rttMs = options.rttMs ?? 0;
  const bytesPerSecond = options.bitsPerSecond ? options.bitsPerSecond / 8 : Infinity;
  const rtoMs = options.rtoMs ?? Math.max(200, 1.5 * rttMs);
  const settings = { bytesPerSecond, oneWayMs: rttMs / 2, rtoMs };
  return {
    options: {
      rttMs,
      segmentBytes: options.segmentBytes ?? 1460,
      lossRate: options.lossRate ?? 0,
      rtoMs,
      resetPerConnection: options.resetPerConnection ?? 0,
      resetPerSegment: options.resetPerSegment ?? 0,
    },
    lanes: { up: new SlowLinkLane(settings), down: new SlowLinkLane(settings) },
    rng: createRng(options.seed ?? 1),
    stats: { bytesUp: 0, bytesDown: 0, connections: 0, lostSegments: 0, resets: 0, cuts: 0 },
    cut: null,
  };
}

/** Starts the proxy on a free loopback port in front of `target` (`http://host:port`). */
export async function startThrottleProxy(
  target: string,
  options: SlowLinkOptions = {},
): Promise<ThrottleProxy> {
  const { hostname, port } = new URL(target);
  const link = makeLink(options);
  const sockets = new Set<Socket>();
  // Half-open sockets: an end in one direction must not drop what is still queued the other way.
  const server: Server = createServer({ allowHalfOpen: true }, (client) => {
    const upstream = connect({ host: hostname, port: Number(port), allowHalfOpen: true });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    carry(link, client, upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    stats: link.stats,
    cutAfter(direction, bytes) {
      link.cut = { direction, remaining: bytes };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Wires one client connection to its upstream connection through the link, both ways. */
function carry(link: Link, client: Socket, upstream: Socket): void {
  link.stats.connections += 1;
  const connectedAt = Date.now() + link.options.rttMs; // the handshake's round trip
  const doomed = link.rng.chance(link.options.resetPerConnection);
  // A reset connection dies at a random segment of its first few (it rarely lasts long).
  let resetCountdown = doomed ? link.rng.int(1, 40) : Infinity;
  const reset = (counted: 'resets' | 'cuts') => {
    link.stats[counted] += 1;
    client.resetAndDestroy();
    upstream.resetAndDestroy();
  };
  const onSegment = (direction: Direction, segment: Buffer): 'keep' | 'reset' | number => {
    resetCountdown -= 1;
    if (resetCountdown <= 0 || link.rng.chance(link.options.resetPerSegment)) return 'reset';
    const cut = link.cut;
    if (cut && cut.direction === direction) {
      if (segment.length >= cut.remaining) {
        link.cut = null;
        return cut.remaining; // deliver that much, then cut
      }
      cut.remaining -= segment.length;
    }
    return 'keep';
  };
  pump(link, 'up', client, upstream, connectedAt, onSegment, reset);
  pump(link, 'down', upstream, client, connectedAt, onSegment, reset);
  // A reset or error on one side reaches the other as a reset, as it would over a real link.
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
}

type OnSegment = (direction: Direction, segment: Buffer) => 'keep' | 'reset' | number;

/** Moves bytes from `from` to `to` in segments, each delivered when the link says it arrives. */
function pump(
  link: Link,
  direction: Direction,
  from: Socket,
  to: Socket,
  notBefore: number,
  onSegment: OnSegment,
  reset: (counted: 'resets' | 'cuts') => void,
): void {
  const queue: { at: number; data: Buffer; then: 'keep' | 'cut' }[] = [];
  let queued = 0;
  let ended = false;
  let timer: NodeJS.Timeout | null = null;
  let lastAt = 0;
  const deliver = () => {
    timer = null;
    if (to.destroyed) {
      queue.length = 0;
      return;
    }
    const now = Date.now();
    while (queue[0] && queue[0].at <= now) {
      const item = queue.shift()!;
      queued -= item.data.length;
      to.write(item.data);
      link.stats[direction === 'up' ? 'bytesUp' : 'bytesDown'] += item.data.length;
      if (item.then === 'cut') return reset('cuts');
    }
    if (queued < HIGH_WATER_BYTES && from.isPaused()) from.resume();
    if (queue[0]) timer = setTimeout(deliver, queue[0].at - now);
    else if (ended) to.end();
  };
  from.on('data', (chunk: Buffer) => {
    for (let at = 0; at < chunk.length; at += link.options.segmentBytes) {
      let segment = chunk.subarray(at, at + link.options.segmentBytes);
      const verdict = onSegment(direction, segment);
      if (verdict === 'reset') return reset('resets');
      if (typeof verdict === 'number') segment = segment.subarray(0, verdict);
      const lost = link.rng.chance(link.options.lossRate);
      if (lost) link.stats.lostSegments += 1;
      const arrival = link.lanes[direction].arrival(Date.now(), segment.length, lost, notBefore);
      lastAt = Math.max(lastAt, arrival); // in order: a late segment holds the ones after it
      queue.push({ at: lastAt, data: segment, then: verdict === 'keep' ? 'keep' : 'cut' });
      queued += segment.length;
      if (verdict !== 'keep') break;
    }
    if (queued >= HIGH_WATER_BYTES) from.pause();
    if (timer === null && queue[0]) timer = setTimeout(deliver, queue[0].at - Date.now());
  });
  from.on('end', () => {
    ended = true;
    if (timer === null && queue.length === 0 && !to.destroyed) to.end();
  });
}
