import type { Op } from '../../shared/sync/op';
import { generatePeople } from './generate-people';
import {
  createOp,
  enrollDevice,
  pgliteRegistry,
  seedPeople,
  type BenchDevice,
  type BenchRegistry,
} from './registry-bench';
import { SlowLinkClient, editOp } from './slow-link-client';
import { startThrottleProxy, type SlowLinkOptions, type ThrottleProxy } from './throttle-proxy';

/**
 * A registry on PGlite with `seeded` people, an office that edits them (`editor`) and one that
 * receives the edits (`reader`), both caught up over loopback before any slow link is used.
 */
export interface SlowLinkWorld {
  readonly registry: BenchRegistry;
  readonly editor: SlowLinkClient;
  readonly reader: SlowLinkClient;
  /** A third office registering new people (creates). */
  readonly registrar: BenchDevice;
  close(): Promise<void>;
}

export async function openSlowLinkWorld(
  seeded: number,
  seed: number,
  log: (line: string) => void,
): Promise<SlowLinkWorld> {
  const registry = await pgliteRegistry();
  const writer = await enrollDevice(registry, { kind: 'national' });
  await seedPeople(registry, writer, seeded, seed, log);
  const editor = new SlowLinkClient(
    registry.url,
    await enrollDevice(registry, { kind: 'national' }),
  );
  const reader = new SlowLinkClient(
    registry.url,
    await enrollDevice(registry, { kind: 'national' }),
  );
  const registrar = await enrollDevice(registry, { kind: 'national' });
  await editor.pullAll();
  await reader.pullAll();
  return { registry, editor, reader, registrar, close: () => registry.close() };
}

/** `count` edits of the editor's records, from its replica, device seqs after `afterSeq`. */
export function editOps(client: SlowLinkClient, count: number, afterSeq: number): Op[] {
  const records = [...client.replica.values()].slice(0, count);
  if (records.length < count) throw new Error(`only ${records.length} records to edit`);
  return records.map((record, i) => editOp(client.device, record, afterSeq + i + 1));
}

/** Create ops for `count` new people (generated after the seeded ones), seqs after `afterSeq`. */
export function createOps(
  device: BenchDevice,
  count: number,
  seed: number,
  start: number,
  afterSeq: number,
): Op[] {
  return generatePeople(count, seed, start).map((p, i) => createOp(device, p, afterSeq + i + 1));
}

/** Runs `fn` with the client talking through a fresh proxy with `link`; restores its URL. */
export async function overLink<T>(
  client: SlowLinkClient,
  link: SlowLinkOptions,
  fn: (proxy: ThrottleProxy) => Promise<T>,
): Promise<T> {
  const direct = client.url;
  const proxy = await startThrottleProxy(direct, link);
  client.url = proxy.url;
  try {
    return await fn(proxy);
  } finally {
    client.url = direct;
    await proxy.close();
  }
}

/** The slow links of PERFORMANCE.md P10-P11. */
export const LINKS = {
  unthrottled: {},
  kbit64: { bitsPerSecond: 64_000, rttMs: 800, lossRate: 0.02, seed: 11 },
  kbit256: { bitsPerSecond: 256_000, rttMs: 800, lossRate: 0.02, seed: 12 },
} satisfies Record<string, SlowLinkOptions>;
