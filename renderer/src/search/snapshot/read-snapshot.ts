import type { OfficeDb } from '../../store/db/office-db';
import { openJson } from './seal-json';
import {
  HEADER_KEY,
  SnapshotHeader,
  chunkAd,
  chunkKey,
  headerAd,
  type ChunkKind,
} from './snapshot-format';

/** The current snapshot's header, or null when there is none or it does not open. */
export async function openSnapshotHeader(
  db: OfficeDb,
  key: CryptoKey,
): Promise<SnapshotHeader | null> {
  const value = await openJson(key, await db.searchSnapshot.get(HEADER_KEY), headerAd);
  const parsed = SnapshotHeader.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * One chunk of the header's generation, opened: null when it is missing, altered, or sealed
 * for another generation or position (a swapped or mixed chunk fails authentication).
 */
export async function openSnapshotChunk(
  db: OfficeDb,
  key: CryptoKey,
  header: SnapshotHeader,
  kind: ChunkKind,
  index: number,
): Promise<unknown[] | null> {
  const row = await db.searchSnapshot.get(chunkKey(header.generation, kind, index));
  const value = await openJson(key, row, chunkAd(header.generation, kind, index));
  return Array.isArray(value) ? (value as unknown[]) : null;
}
