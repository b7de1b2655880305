import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OfficeDb } from '../../../../renderer/src/store/db/office-db';
import { projectMember } from '../../../../renderer/src/search/index/project-member';
import { ProjectionSource } from '../../../../renderer/src/search/index/projection-source';
import {
  openSnapshotChunk,
  openSnapshotHeader,
} from '../../../../renderer/src/search/snapshot/read-snapshot';
import { writeSnapshot } from '../../../../renderer/src/search/snapshot/write-snapshot';
import { chunkKey } from '../../../../renderer/src/search/snapshot/snapshot-format';

const key = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

const members = Array.from({ length: 6200 }, (_, i) =>
  projectMember(
    ProjectionSource.parse({
      id: `m${i}`,
      type: 'person',
      updatedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      names: { latin: { given: 'Awa', family: `Member${i}` } },
    }),
    0,
    { highRisk: true },
  ),
);

async function written() {
  const db = new OfficeDb(`snapshot-chunks-${Math.random()}`);
  await db.open();
  const dataKey = await key();
  const header = await writeSnapshot(db, dataKey, {
    highRisk: true,
    watermark: 7,
    members,
    consents: [['c1', 'm1', 1, true]],
  });
  return { db, dataKey, header };
}

describe('sealed snapshot chunks', () => {
  it('come back whole, most recently changed first, the first one small', async () => {
    const { db, dataKey, header } = await written();
    expect(await openSnapshotHeader(db, dataKey)).toEqual(header);
    const chunks: unknown[][] = [];
    for (let i = 0; i < header.memberChunks; i += 1) {
      chunks.push((await openSnapshotChunk(db, dataKey, header, 'm', i))!);
    }
    expect(chunks.map((c) => c.length)).toEqual([500, 5000, 700]);
    const ids = chunks.flat().map((m) => (m as { id: string }).id);
    expect(ids[0]).toBe('m6199');
    expect(new Set(ids).size).toBe(6200);
    expect(chunks.flat()).toEqual([...members].reverse());
    expect(await openSnapshotChunk(db, dataKey, header, 'c', 0)).toEqual([['c1', 'm1', 1, true]]);
  });

  it('refuse a chunk moved to another position, and any chunk under another key', async () => {
    const { db, dataKey, header } = await written();
    const second = await db.searchSnapshot.get(chunkKey(header.generation, 'm', 1));
    await db.searchSnapshot.put({ ...second!, key: chunkKey(header.generation, 'm', 2) });
    expect(await openSnapshotChunk(db, dataKey, header, 'm', 2)).toBeNull();
    expect(await openSnapshotChunk(db, dataKey, header, 'm', 1)).not.toBeNull();
    expect(await openSnapshotChunk(db, await key(), header, 'm', 1)).toBeNull();
    expect(await openSnapshotHeader(db, await key())).toBeNull();
  });
});
