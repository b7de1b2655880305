import type { OfficeDb } from '../../store/db/office-db';
import type { MemberRecord } from '../index/member-record';
import { sealJson } from './seal-json';
import {
  CONSENTS_PER_CHUNK,
  FIRST_MEMBERS_CHUNK,
  HEADER_KEY,
  MEMBERS_PER_CHUNK,
  SNAPSHOT_FORMAT,
  chunkAd,
  chunkKey,
  headerAd,
  type ChunkKind,
  type ConsentFactTuple,
  type SnapshotHeader,
} from './snapshot-format';

/**
 * What a snapshot holds, read one chunk at a time: the ids are taken at once (at the
 * watermark), each member or consent fact only when its chunk is sealed, so a 200,000-member
 * write never holds more than one chunk of rebuilt members. A member changed after the ids were
 * taken is written as it is then (its change is above the watermark, so a load reads it again
 * anyway); one gone since is left out (a load drops whatever the records no longer hold).
 */
export interface SnapshotContent {
  readonly highRisk: boolean;
  /** Every record with `changeSeq` at or below it is reflected (see SnapshotHeader). */
  readonly watermark: number;
  /** Members' ids in the order they are written: most recently changed first. */
  readonly memberIds: readonly string[];
  /** A member as it is now; undefined once gone. */
  readonly member: (id: string) => MemberRecord | undefined;
  readonly consentIds: readonly string[];
  readonly consent: (id: string) => ConsentFactTuple | undefined;
}

interface ChunkSource<T> {
  readonly ids: readonly string[];
  readonly read: (id: string) => T | undefined;
  /** Ids in the first chunk, then in each of the others. */
  readonly sizes: readonly [number, number];
}

/**
 * Reads, seals and stores `source` as chunks under the generation, one chunk in memory at a
 * time; returns the number of chunks and of items written.
 */
async function writeChunks<T>(
  db: OfficeDb,
  key: CryptoKey,
  generation: string,
  kind: ChunkKind,
  { ids, read, sizes: [first, size] }: ChunkSource<T>,
): Promise<{ chunks: number; items: number }> {
  let chunks = 0;
  let items = 0;
  for (let at = 0; at < ids.length; chunks += 1) {
    const end = at + (chunks === 0 ? first : size);
    const chunk: T[] = [];
    for (let i = at; i < end && i < ids.length; i += 1) {
      const item = read(ids[i]!);
      if (item !== undefined) chunk.push(item);
    }
    const ad = chunkAd(generation, kind, chunks);
    const row = await sealJson(key, chunkKey(generation, kind, chunks), chunk, ad);
    await db.searchSnapshot.put(row);
    items += chunk.length;
    at = end;
  }
  return { chunks, items };
}

/**
 * Writes a new snapshot generation: members most recently changed first (so the first chunk
 * is the list's first screen), each chunk sealed once under the data key and bound to the
 * generation and its position. Chunks go in first under new keys; then one transaction puts
 * the new header and deletes every other generation's rows. A crash before that leaves the
 * previous snapshot whole (its header names its own generation); after it, the new one.
 */
export async function writeSnapshot(
  db: OfficeDb,
  key: CryptoKey,
  content: SnapshotContent,
): Promise<SnapshotHeader> {
  const generation = crypto.randomUUID();
  const members = await writeChunks(db, key, generation, 'm', {
    ids: content.memberIds,
    read: content.member,
    sizes: [FIRST_MEMBERS_CHUNK, MEMBERS_PER_CHUNK],
  });
  const consents = await writeChunks(db, key, generation, 'c', {
    ids: content.consentIds,
    read: content.consent,
    sizes: [CONSENTS_PER_CHUNK, CONSENTS_PER_CHUNK],
  });
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    generation,
    highRisk: content.highRisk,
    watermark: content.watermark,
    memberChunks: members.chunks,
    consentChunks: consents.chunks,
    members: members.items,
  };
  const headerRow = await sealJson(key, HEADER_KEY, header, headerAd);
  await db.transaction('rw', db.searchSnapshot, async () => {
    const keys = await db.searchSnapshot.toCollection().primaryKeys();
    const stale = keys.filter((k) => k !== HEADER_KEY && !k.startsWith(`${generation}:`));
    await db.searchSnapshot.bulkDelete(stale);
    await db.searchSnapshot.put(headerRow);
  });
  return header;
}
