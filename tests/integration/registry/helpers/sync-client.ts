import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { v7 as uuidv7 } from 'uuid';
import { encodeHlc, hlcNow, hlcZero, type Hlc } from '../../../../shared/sync/hlc';
import type { Json, JsonObject } from '../../../../shared/sync/json';
import type { FieldChanges, Op, OpKind } from '../../../../shared/sync/op';
import type { Conflict } from '../../../../shared/sync/protocol/conflict';
import { PullResponse } from '../../../../shared/sync/protocol/pull-response';
import type { PushResponse } from '../../../../shared/sync/protocol/push-response';
import { applyChange, type ReplicaRecord } from '../../../../shared/sync/replica/apply-change';
import type { Enrolled } from './registry-fixtures';
import { jsonHeaders, v1Headers } from './start-test-registry';

export interface HttpAnswer<T> {
  readonly status: number;
  readonly body: T;
}

/**
 * One office PC as the tests drive it: a replica kept with the shared applyChange, a cursor saved
 * after each page, and ops built by hand (baseRev and `from` from the replica).
 */
export class SyncClient {
  readonly replica = new Map<string, ReplicaRecord>();
  readonly conflicts = new Map<string, Conflict>();
  readonly userId = uuidv7();
  cursor = 0;
  deviceSeq = 0;
  /** Added to the real time for this PC's clock (a PC days ahead). */
  skewMs = 0;
  #hlc: Hlc;

  constructor(
    public url: string,
    readonly device: Enrolled,
  ) {
    this.#hlc = hlcZero(device.deviceId);
  }

  get officeId(): string {
    return this.device.office.id;
  }

  /** An op of this device, next in its sequence. */
  op(kind: OpKind, recordId: string, changes: FieldChanges, extra: Partial<Op> = {}): Op {
    const now = Date.now() + this.skewMs;
    this.#hlc = hlcNow(this.#hlc, now);
    this.deviceSeq += 1;
    return {
      opId: uuidv7(),
      recordId,
      recordType: 'person',
      kind,
      baseRev: this.replica.get(recordId)?.rev ?? 0,
      changes,
      hlc: encodeHlc(this.#hlc),
      deviceId: this.device.deviceId,
      officeId: this.officeId,
      userId: this.userId,
      formatVersion: 1,
      deviceSeq: this.deviceSeq,
      ...extra,
    };
  }

  create(fields: JsonObject, recordId: string = uuidv7()): Op {
    const changes: FieldChanges = {};
    for (const [field, to] of Object.entries(fields)) changes[field] = { from: null, to };
    return this.op('create', recordId, changes);
  }

  /** An edit of one field, from what this office's replica shows. */
  edit(recordId: string, field: string, to: Json): Op {
    const from = this.replica.get(recordId)?.data[field] ?? null;
    return this.op('update', recordId, { [field]: { from, to } });
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.device.credential}`, ...extra };
  }

  pushBody(ops: readonly unknown[]): string {
    return JSON.stringify({
      protocolVersion: 1,
      deviceId: this.device.deviceId,
      clientTime: Date.now() + this.skewMs,
      ops,
    });
  }

  async push(ops: readonly unknown[], options: { gzip?: boolean } = {}) {
    const text = this.pushBody(ops);
    const response = await fetch(`${this.url}/v1/sync/push`, {
      method: 'POST',
      headers: jsonHeaders(this.headers(options.gzip ? { 'content-encoding': 'gzip' } : {})),
      body: options.gzip ? gzipSync(text) : text,
    });
    return { status: response.status, body: (await response.json()) as PushResponse };
  }

  async pullPage(limit = 1000): Promise<HttpAnswer<PullResponse>> {
    const response = await fetch(`${this.url}/v1/sync/pull?cursor=${this.cursor}&limit=${limit}`, {
      headers: v1Headers(this.headers()),
    });
    const json: unknown = await response.json();
    // Every page must be what the shared protocol schema says (the app parses it the same way).
    const body = response.status === 200 ? PullResponse.parse(json) : (json as PullResponse);
    if (response.status === 200 && 'changes' in body) {
      for (const change of body.changes) this.#apply(change);
      this.cursor = body.nextCursor; // saved only once the page is applied
    }
    return { status: response.status, body };
  }

  /** Pulls until caught up; returns the number of pages. */
  async pullAll(limit = 1000): Promise<number> {
    for (let pages = 1; ; pages += 1) {
      const page = await this.pullPage(limit);
      if (page.status !== 200) throw new Error(`pull answered ${page.status}`);
      if (!('changes' in page.body) || !page.body.hasMore) return pages;
    }
  }

  openConflicts(recordId: string): Conflict[] {
    return [...this.conflicts.values()].filter(
      (c) => c.recordId === recordId && c.status === 'open',
    );
  }

  #apply(change: Extract<PullResponse, { changes: unknown }>['changes'][number]): void {
    const update = applyChange(this.replica.get(change.recordId), change);
    switch (update.kind) {
      case 'put':
        this.replica.set(change.recordId, update.record);
        return;
      case 'drop':
        this.replica.delete(change.recordId);
        for (const c of this.conflicts.values())
          if (c.recordId === change.recordId) this.conflicts.delete(c.id);
        return;
      case 'put-conflict':
        this.conflicts.set(update.conflict.id, update.conflict);
        return;
      case 'keep':
        return;
    }
  }
}

/**
 * Sends a push but cuts the connection: after `sendBytes` of the body (the server never gets a
 * whole request), or, with `sendBytes` at the body's length, right after the whole body (the
 * server works on it while the answer has nowhere to go).
 */
export function cutPush(client: SyncClient, ops: readonly unknown[], fraction: number) {
  const body = Buffer.from(client.pushBody(ops));
  const target = new URL(`${client.url}/v1/sync/push`);
  const sendBytes = Math.floor(body.length * fraction);
  return new Promise<void>((resolve) => {
    const req = httpRequest({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: jsonHeaders(client.headers({ 'content-length': String(body.length) })),
    });
    req.on('error', () => resolve());
    req.write(body.subarray(0, sendBytes), () => {
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 30);
    });
  });
}
