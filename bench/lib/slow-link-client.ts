import { gzipSync } from 'node:zlib';
import { v7 as uuidv7 } from 'uuid';
import { encodeHlc } from '../../shared/sync/hlc';
import type { FieldChanges, Op } from '../../shared/sync/op';
import { splitIntoBatches } from '../../shared/sync/protocol/batch-size';
import { PullResponse } from '../../shared/sync/protocol/pull-response';
import { PushResponse } from '../../shared/sync/protocol/push-response';
import { applyChange, type ReplicaRecord } from '../../shared/sync/replica/apply-change';
import type { BenchDevice } from './registry-bench';

const HEADERS = { 'x-diaspora-protocol': '1', 'content-type': 'application/json' };
const MAX_ATTEMPTS = 30;

/** What a sync over a link cost: requests, retries after a failed one, body bytes each way. */
export interface LinkTally {
  requests: number;
  retries: number;
  /** Request bodies as JSON text / as sent (gzip). */
  rawUp: number;
  gzipUp: number;
  /** Answer bodies as JSON text (after the transport's gunzip). */
  rawDown: number;
}

export function newTally(): LinkTally {
  return { requests: 0, retries: 0, rawUp: 0, gzipUp: 0, rawDown: 0 };
}

/**
 * The bench's office PC on a slow link: pushes ops in the app's batches (splitIntoBatches, gzip)
 * and pulls pages into a replica, retrying a request that failed (reset, cut) as the app does.
 * A retried push gets `duplicate` for what the registry already settled; a pull page is applied
 * before its cursor moves, so a retry re-reads it at worst.
 */
export class SlowLinkClient {
  readonly replica = new Map<string, ReplicaRecord>();
  cursor = 0;
  readonly tally = newTally();

  constructor(
    public url: string,
    readonly device: BenchDevice,
  ) {}

  async #attempt<T>(send: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      this.tally.requests += 1;
      try {
        return await send();
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS) throw error;
        this.tally.retries += 1;
      }
    }
  }

  /** Pushes `ops` oldest first; returns how many were settled (applied, conflict, duplicate). */
  async push(ops: readonly Op[], gzipLevel = 6): Promise<{ settled: number; batches: number }> {
    let settled = 0;
    const batches = splitIntoBatches(ops);
    for (const batch of batches) {
      const text = JSON.stringify({
        protocolVersion: 1,
        deviceId: this.device.deviceId,
        clientTime: Date.now(),
        ops: batch,
      });
      const body = gzipSync(text, { level: gzipLevel });
      const answer = await this.#attempt(() => this.#postPush(body));
      this.tally.rawUp += Buffer.byteLength(text);
      this.tally.gzipUp += body.length;
      settled += answer.results.filter(
        (r) => r.outcome !== 'rejected' && r.outcome !== 'held',
      ).length;
    }
    return { settled, batches: batches.length };
  }

  async #postPush(body: Buffer): Promise<PushResponse> {
    const response = await fetch(`${this.url}/v1/sync/push`, {
      method: 'POST',
      headers: { ...HEADERS, ...this.#auth(), 'content-encoding': 'gzip' },
      body: new Uint8Array(body),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`push answered ${response.status}`);
    this.tally.rawDown += Buffer.byteLength(text);
    return PushResponse.parse(JSON.parse(text));
  }

  /** Pulls until caught up; returns pages and changes received. */
  async pullAll(limit = 1000): Promise<{ pages: number; changes: number }> {
    let pages = 0;
    let changes = 0;
    for (;;) {
      const page = await this.pullPage(limit);
      pages += 1;
      changes += page.changes;
      if (!page.hasMore) return { pages, changes };
    }
  }

  /** One page after the cursor (sent again if the request fails), applied, then the cursor. */
  async pullPage(limit = 1000): Promise<{ changes: number; hasMore: boolean }> {
    const page = await this.#attempt(() => this.#getPage(limit));
    if ('resyncRequired' in page) throw new Error('resync required');
    for (const change of page.changes) {
      const update = applyChange(this.replica.get(change.recordId), change);
      if (update.kind === 'put') this.replica.set(change.recordId, update.record);
    }
    this.cursor = page.nextCursor; // only once the page is applied
    return { changes: page.changes.length, hasMore: page.hasMore };
  }

  async #getPage(limit: number): Promise<PullResponse> {
    const response = await fetch(`${this.url}/v1/sync/pull?cursor=${this.cursor}&limit=${limit}`, {
      headers: { ...HEADERS, ...this.#auth(), 'accept-encoding': 'gzip' },
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`pull answered ${response.status}`);
    this.tally.rawDown += Buffer.byteLength(text);
    return PullResponse.parse(JSON.parse(text));
  }

  #auth() {
    return { authorization: `Bearer ${this.device.credential}` };
  }
}

/**
 * A counsellor's edit of one pulled record: the phone list and the preferred channel changed,
 * `from` as the replica shows them. Device seqs continue from `seq`.
 */
export function editOp(device: BenchDevice, record: ReplicaRecord, seq: number): Op {
  const phones = [{ number: `+2279${String(10_000_000 + seq).slice(-7)}`, kind: 'mobile' }];
  const changes: FieldChanges = {
    phones: { from: record.data.phones ?? null, to: phones },
    preferredChannel: { from: record.data.preferredChannel ?? null, to: 'whatsapp' },
  };
  return {
    opId: uuidv7(),
    recordId: record.recordId,
    recordType: 'person',
    kind: 'update',
    baseRev: record.rev,
    changes,
    hlc: encodeHlc({ wallMs: Date.now(), counter: seq % 0xffff, node: device.deviceId }),
    deviceId: device.deviceId,
    officeId: device.officeId,
    userId: uuidv7(),
    formatVersion: 1,
    deviceSeq: seq,
  };
}
