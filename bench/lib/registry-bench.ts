import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../registry/src/db/db';
import { migrate } from '../../registry/src/db/migrate';
import { openPgliteDb } from '../../registry/src/db/open-pglite-db';
import { openPostgresDb } from '../../registry/src/db/open-postgres-db';
import { buildApp } from '../../registry/src/http/build-app';
import { createOffice } from '../../registry/src/offices/create-office';
import { issueEnrollCode } from '../../registry/src/offices/issue-enroll-code';
import type { OfficeScope } from '../../registry/src/offices/office-scope';
import type { Person } from '../../shared/domain';
import { envelopeFields } from '../../shared/domain/record-envelope';
import { encodeHlc } from '../../shared/sync/hlc';
import type { FieldChanges, Op } from '../../shared/sync/op';
import { splitIntoBatches } from '../../shared/sync/protocol/batch-size';
import type { PullResponse } from '../../shared/sync/protocol/pull-response';
import type { PushResponse } from '../../shared/sync/protocol/push-response';
import { applyChange, type ReplicaRecord } from '../../shared/sync/replica/apply-change';
import { generatePeopleChunks } from './generate-people';

export interface BenchRegistry {
  readonly kind: Db['kind'];
  readonly db: Db;
  readonly url: string;
  close(): Promise<void>;
}

export interface BenchDevice {
  readonly deviceId: string;
  readonly credential: string;
  readonly officeId: string;
}

const HEADERS = { 'x-diaspora-protocol': '1', 'content-type': 'application/json' };

async function serve(db: Db, dispose: () => Promise<void>): Promise<BenchRegistry> {
  await migrate(db);
  const app: FastifyInstance = await buildApp({
    db,
    clock: () => new Date(),
    logger: { level: 'silent' },
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    kind: db.kind,
    db,
    url,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

/** A registry on a fresh file-backed PGlite in a temporary folder (deleted on close). */
export async function pgliteRegistry(): Promise<BenchRegistry> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-registry-'));
  const opened = await openPgliteDb({ dataDir });
  if (!opened.ok) throw new Error('PGlite folder locked');
  return serve(opened.db, async () => {
    await opened.db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
}

/** A registry on a fresh database of the PostgreSQL server at `serverUrl` (dropped on close). */
export async function postgresRegistry(serverUrl: string): Promise<BenchRegistry> {
  const name = `bench_registry_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openPostgresDb({ url: url.toString() });
  return serve(db, async () => {
    await db.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/** An office with one enrolled device. */
export async function enrollDevice(
  registry: BenchRegistry,
  scope: OfficeScope,
): Promise<BenchDevice> {
  const created = await createOffice(registry.db, {
    name: 'Bench office',
    country: 'NE',
    officeType: 'headquarters',
    scope,
  });
  if (!created.ok) throw new Error(created.error.code);
  const officeId = created.office.id;
  const issued = await issueEnrollCode(registry.db, { officeId, hours: 1, now: new Date() });
  if (!issued.ok) throw new Error(issued.error.code);
  const response = await fetch(`${registry.url}/v1/enroll`, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify({ code: issued.code, deviceName: 'bench' }),
  });
  const body = (await response.json()) as { deviceId: string; credential: string };
  return { deviceId: body.deviceId, credential: body.credential, officeId };
}

export function createOp(device: BenchDevice, person: Person, seq: number): Op {
  const changes: FieldChanges = {};
  const envelope = new Set<string>(envelopeFields);
  for (const [field, value] of Object.entries(person)) {
    if (!envelope.has(field) && value !== undefined) changes[field] = { from: null, to: value };
  }
  return {
    opId: uuidv7(),
    recordId: person.id,
    recordType: 'person',
    kind: 'create',
    baseRev: 0,
    changes,
    hlc: encodeHlc({ wallMs: Date.now(), counter: seq % 0xffff, node: device.deviceId }),
    deviceId: device.deviceId,
    officeId: device.officeId,
    userId: uuidv7(),
    formatVersion: 1,
    deviceSeq: seq,
  };
}

async function pushBatch(registry: BenchRegistry, device: BenchDevice, ops: Op[]): Promise<void> {
  const body = gzipSync(
    JSON.stringify({ protocolVersion: 1, deviceId: device.deviceId, clientTime: Date.now(), ops }),
  );
  const response = await fetch(`${registry.url}/v1/sync/push`, {
    method: 'POST',
    headers: {
      ...HEADERS,
      'content-encoding': 'gzip',
      authorization: `Bearer ${device.credential}`,
    },
    body,
  });
  const answer = (await response.json()) as Partial<PushResponse>;
  const bad = (answer.results ?? []).filter((r) => r.outcome !== 'applied').length;
  if (response.status !== 200 || bad > 0) {
    throw new Error(`seed push answered ${response.status}, ${bad} ops not applied`);
  }
}

/**
 * Registers `n` generated people through POST /v1/sync/push, in the batches the app sends
 * (splitIntoBatches: <= 240 KB gzip'd, <= 500 ops); returns ms.
 */
export async function seedPeople(
  registry: BenchRegistry,
  device: BenchDevice,
  n: number,
  seed: number,
  log: (line: string) => void,
): Promise<number> {
  const start = performance.now();
  let seq = 0;
  for (const chunk of generatePeopleChunks(n, seed, 1000)) {
    const ops = chunk.map((person) => createOp(device, person, (seq += 1)));
    for (const batch of splitIntoBatches(ops)) await pushBatch(registry, device, batch);
    if (seq % 5000 === 0) log(`${registry.kind}: pushed ${seq}/${n}`);
  }
  return performance.now() - start;
}

/** A fresh office's initial sync: every page over HTTP into a replica; ms and records. */
export async function initialPull(
  registry: BenchRegistry,
  device: BenchDevice,
): Promise<{ ms: number; records: number; pages: number }> {
  const start = performance.now();
  const replica = new Map<string, ReplicaRecord>();
  let cursor = 0;
  let pages = 0;
  for (;;) {
    const response = await fetch(`${registry.url}/v1/sync/pull?cursor=${cursor}&limit=1000`, {
      headers: { ...HEADERS, authorization: `Bearer ${device.credential}` },
    });
    const page = (await response.json()) as PullResponse;
    if (!('changes' in page)) throw new Error('resync required');
    for (const change of page.changes) {
      const update = applyChange(replica.get(change.recordId), change);
      if (update.kind === 'put') replica.set(change.recordId, update.record);
    }
    cursor = page.nextCursor;
    pages += 1;
    if (!page.hasMore) break;
  }
  return { ms: performance.now() - start, records: replica.size, pages };
}
