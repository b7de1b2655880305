import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { OfficeDb } from '../../../../renderer/src/store/db/office-db';
import { MemberIndex } from '../../../../renderer/src/search/index/member-index';
import type { MemberRecord } from '../../../../renderer/src/search/index/member-record';
import { nameTextKeys } from '../../../../renderer/src/search/index/name-text-keys';
import { projectMember } from '../../../../renderer/src/search/index/project-member';
import { ProjectionSource } from '../../../../renderer/src/search/index/projection-source';
import {
  openSnapshotChunk,
  openSnapshotHeader,
} from '../../../../renderer/src/search/snapshot/read-snapshot';
import {
  writeSnapshot,
  type SnapshotContent,
} from '../../../../renderer/src/search/snapshot/write-snapshot';
import {
  chunkKey,
  type SnapshotHeader,
} from '../../../../renderer/src/search/snapshot/snapshot-format';

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

/** An index of `members`, put in another order than the snapshot's (oldest change last). */
function indexOf(records: readonly MemberRecord[]) {
  const index = new MemberIndex({
    textKeys: nameTextKeys,
    occupationGroups: () => [],
    locale: 'fr',
  });
  index.putMany(records.filter((_, i) => i % 2 === 0));
  index.putMany(records.filter((_, i) => i % 2 === 1));
  return index;
}

/** What captureSnapshot takes from an index: the ids now, each member when its chunk is sealed. */
function contentOf(index: MemberIndex): SnapshotContent {
  return {
    highRisk: true,
    watermark: 7,
    memberIds: index.idsByRecency(),
    member: (id) => index.get(id),
    consentIds: ['c1'],
    consent: (id) => (id === 'c1' ? ['c1', 'm1', 1, true] : undefined),
  };
}

async function written(content = contentOf(indexOf(members))) {
  const db = new OfficeDb(`snapshot-chunks-${Math.random()}`);
  await db.open();
  const dataKey = await key();
  const header = await writeSnapshot(db, dataKey, content);
  return { db, dataKey, header };
}

async function memberChunks(db: OfficeDb, dataKey: CryptoKey, header: SnapshotHeader) {
  const chunks: MemberRecord[][] = [];
  for (let i = 0; i < header.memberChunks; i += 1) {
    chunks.push((await openSnapshotChunk(db, dataKey, header, 'm', i)) as MemberRecord[]);
  }
  return chunks;
}

describe('sealed snapshot chunks', () => {
  it('come back whole, most recently changed first, the first one small', async () => {
    const { db, dataKey, header } = await written();
    expect(await openSnapshotHeader(db, dataKey)).toEqual(header);
    const chunks = await memberChunks(db, dataKey, header);
    expect(chunks.map((c) => c.length)).toEqual([500, 5000, 700]);
    const ids = chunks.flat().map((m) => (m as { id: string }).id);
    expect(ids[0]).toBe('m6199');
    expect(new Set(ids).size).toBe(6200);
    expect(chunks.flat()).toEqual([...members].reverse());
    expect(await openSnapshotChunk(db, dataKey, header, 'c', 0)).toEqual([['c1', 'm1', 1, true]]);
  });

  it('are read from the index one at a time, each member as it is when its chunk is sealed', async () => {
    const index = indexOf(members);
    const content = contentOf(index);
    const read: string[] = [];
    const readAtPut: number[] = [];
    const db = new OfficeDb(`snapshot-chunks-${Math.random()}`);
    await db.open();
    const put = db.searchSnapshot.put.bind(db.searchSnapshot);
    vi.spyOn(db.searchSnapshot, 'put').mockImplementation((row, rowKey) => {
      readAtPut.push(read.length);
      // Between the first and the second chunk, m100 is edited and m101 deleted.
      if (readAtPut.length === 1) {
        index.putMany([
          { ...index.get('m100')!, names: { latin: { given: 'Late', family: 'Edit' } } },
        ]);
        index.remove('m101');
      }
      return put(row, rowKey);
    });
    const dataKey = await key();
    const header = await writeSnapshot(db, dataKey, {
      ...content,
      member: (id) => (read.push(id), content.member(id)),
    });
    // Never more than one chunk of members rebuilt ahead of what is stored.
    expect(readAtPut.slice(0, 3)).toEqual([500, 5500, 6200]);
    const written = (await memberChunks(db, dataKey, header)).flat();
    expect(header.members).toBe(6199);
    expect(written.map((m) => m.id)).not.toContain('m101');
    expect(written.find((m) => m.id === 'm100')?.names).toEqual({
      latin: { given: 'Late', family: 'Edit' },
    });
    expect(written).toEqual([...index.idsByRecency()].map((id) => index.get(id)));
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
