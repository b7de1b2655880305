import type { OfficeDb } from '../../store/db/office-db';
import type { MemberRecord } from '../index/member-record';
import { sealJson } from './seal-json';
import {
  CONSENTS_PER_CHUNK,
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

export interface SnapshotContent {
  readonly highRisk: boolean;
  readonly watermark: number;
  readonly members: readonly MemberRecord[];
  readonly consents: readonly ConsentFactTuple[];
}

/** Seals and stores `items` as chunks of `size` under the generation; returns the count. */
async function writeChunks(
  db: OfficeDb,
  key: CryptoKey,
  generation: string,
  kind: ChunkKind,
  items: readonly unknown[],
  size: number,
): Promise<number> {
  let count = 0;
  for (let at = 0; at < items.length; at += size, count += 1) {
    const slice = items.slice(at, at + size);
    const ad = chunkAd(generation, kind, count);
    await db.searchSnapshot.put(await sealJson(key, chunkKey(generation, kind, count), slice, ad));
  }
  return count;
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
  const members = [...content.members].sort((a, b) => b.updatedMs - a.updatedMs);
  const memberChunks = await writeChunks(db, key, generation, 'm', members, MEMBERS_PER_CHUNK);
  const consents = content.consents;
  const consentChunks = await writeChunks(db, key, generation, 'c', consents, CONSENTS_PER_CHUNK);
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    generation,
    highRisk: content.highRisk,
    watermark: content.watermark,
    memberChunks,
    consentChunks,
    members: members.length,
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
