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

export interface SnapshotContent {
  readonly highRisk: boolean;
  readonly watermark: number;
  readonly members: readonly MemberRecord[];
  readonly consents: readonly ConsentFactTuple[];
}

/**
 * Seals and stores `items` as chunks of `size` (the first of `first`) under the generation;
 * returns the count.
 */
async function writeChunks(
  db: OfficeDb,
  key: CryptoKey,
  generation: string,
  kind: ChunkKind,
  items: readonly unknown[],
  [first, size]: readonly [number, number],
): Promise<number> {
  let count = 0;
  for (let at = 0; at < items.length; count += 1) {
    const end = at + (count === 0 ? first : size);
    const ad = chunkAd(generation, kind, count);
    const row = await sealJson(key, chunkKey(generation, kind, count), items.slice(at, end), ad);
    await db.searchSnapshot.put(row);
    at = end;
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
  const memberSizes = [FIRST_MEMBERS_CHUNK, MEMBERS_PER_CHUNK] as const;
  const memberChunks = await writeChunks(db, key, generation, 'm', members, memberSizes);
  const consentSizes = [CONSENTS_PER_CHUNK, CONSENTS_PER_CHUNK] as const;
  const consents = content.consents;
  const consentChunks = await writeChunks(db, key, generation, 'c', consents, consentSizes);
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
