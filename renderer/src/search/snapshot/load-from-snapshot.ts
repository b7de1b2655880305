import type { IndexProgress } from '../member-search-types';
import type { MemberRecord } from '../index/member-record';
import { reprojectMember } from '../index/project-member';
import {
  applyConsents,
  projectPeople,
  putMembers,
  reconsentMembers,
} from '../worker/apply-records';
import type { OpenIndex } from '../worker/worker-state';
import { dropDeleted } from './drop-deleted';
import { openSnapshotChunk, openSnapshotHeader } from './read-snapshot';
import { readChangesSince, readLiveIds, storedIds, type StoreChanges } from './read-store-state';
import {
  isConsentFact,
  MEMBERS_PER_CHUNK,
  SNAPSHOT_FORMAT,
  type ChunkKind,
  type SnapshotHeader,
} from './snapshot-format';

/** `loaded`: the index is complete and current; `changed`: so, and the delta was not empty. */
export type SnapshotLoad = 'loaded' | 'changed' | 'absent' | 'refused';

type Chunk = Promise<unknown[] | null>;

/** Every record id stored, once their listing (read alongside the chunks) is in. */
type Live = ReadonlySet<string>;

/** Starts opening one chunk (awaited later, or never when the load stops). */
function openChunk(open: OpenIndex, header: SnapshotHeader, kind: ChunkKind, index: number) {
  const chunk = openSnapshotChunk(open.db, open.dataKey, header, kind, index);
  chunk.catch(() => undefined);
  return chunk;
}

/** Starts listing every id; `now()` gives them once they are in (null until then). */
function listLive(open: OpenIndex) {
  let live: Live | null = null;
  const settled = readLiveIds(open.db).then((ids) => (live = ids));
  settled.catch(() => undefined);
  return { now: () => live, settled };
}

/**
 * The sealed consent facts not changed since (nor deleted, when the ids are in already), then
 * the consents changed since; false when a chunk does not open.
 */
async function restoreConsents(
  open: OpenIndex,
  chunks: readonly Chunk[],
  changes: StoreChanges,
  live: Live | null,
) {
  for (const chunk of chunks) {
    const facts = await chunk;
    if (!facts) return false;
    for (const fact of facts) {
      if (!isConsentFact(fact)) return false;
      const gone = live !== null && !live.has(fact[0]);
      if (!gone && !changes.changedIds.has(fact[0])) open.consents.restore(fact);
    }
  }
  applyConsents(open, await changes.changedConsents);
  return true;
}

/**
 * A chunk's members not changed since (nor deleted, as far as `stored` tells), for this role;
 * with their consents as now, or as sealed (`sealedMasks`, before the consent facts are in).
 */
function currentMembers(
  open: OpenIndex,
  rows: unknown[],
  changes: StoreChanges,
  stored: ReadonlySet<string> | null,
  sealedMasks = false,
) {
  const records: MemberRecord[] = [];
  for (const row of rows) {
    const record = row as MemberRecord;
    if (typeof record?.id !== 'string' || changes.changedIds.has(record.id)) continue;
    if (stored && !stored.has(record.id)) continue;
    const mask = sealedMasks ? record.consents : open.consents.maskOf(record.id);
    records.push(reprojectMember(record, mask, open.projection));
  }
  return records;
}

/**
 * The list's first screen: the first sealed chunk (the most recently changed members, those
 * still stored) with their consents as sealed, and the people changed since when they are few
 * (they belong at the top); masks are corrected once the consent facts are in. `changed` says
 * whether the changed people are among them.
 */
async function firstScreen(open: OpenIndex, first: unknown[], changes: StoreChanges) {
  const ids = first.flatMap((row) => {
    const id = (row as Partial<MemberRecord> | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });
  const stored = await storedIds(open.db, ids);
  const members = currentMembers(open, first, changes, stored, true);
  if (changes.changedPeopleCount > MEMBERS_PER_CHUNK) return { members, changed: false };
  members.push(...projectPeople(open, await changes.changedPeople));
  return { members, changed: true };
}

/**
 * The other member chunks, in order, two opening ahead of the one being indexed: indexing a
 * chunk holds the worker's thread, so with one ahead only its read would overlap, with two the
 * decryption (off the thread) does as well.
 */
async function putOtherChunks(
  open: OpenIndex,
  header: SnapshotHeader,
  changes: StoreChanges,
  live: () => Live | null,
  step: { current(): boolean; progress(): void; ahead: Chunk[] },
) {
  const { ahead } = step;
  const fill = (from: number) => {
    for (let i = from + ahead.length; ahead.length < 2 && i < header.memberChunks; i += 1)
      ahead.push(openChunk(open, header, 'm', i));
  };
  for (let i = 1; i < header.memberChunks; i += 1) {
    fill(i);
    const rows = await ahead.shift();
    if (!rows || !step.current()) return false;
    fill(i + 1);
    putMembers(open, currentMembers(open, rows, changes, live()), true);
    step.progress();
  }
  return true;
}

/**
 * The load at unlock when a sealed snapshot exists. The list's first screen waits only for
 * the header, the first member chunk and a short read of what changed since the snapshot's
 * watermark (members changed since are read from the records instead, whatever their
 * timestamps). Then the consent facts (the first members' masks follow) and the other chunks,
 * while every id is listed alongside; members and consents deleted since are dropped when the
 * listing is in. A snapshot of another format, of a role that could not see what this one
 * sees, or whose chunk fails to open is not used further: the caller loads from the records.
 */
export async function loadFromSnapshot(
  open: OpenIndex,
  current: () => boolean,
  report: (progress: IndexProgress) => void,
): Promise<SnapshotLoad> {
  const header = await openSnapshotHeader(open.db, open.dataKey);
  if (!header || header.format !== SNAPSHOT_FORMAT) return 'absent';
  if (!header.highRisk && open.projection.highRisk) return 'absent';
  const count = header.memberChunks;
  const first = count > 0 ? openChunk(open, header, 'm', 0) : null;
  const changes = await readChangesSince(open.db, open.dataKey, header.watermark);
  if (changes.maxSeq < header.watermark) return 'refused';
  const total = header.members + changes.changedPeopleCount;
  const progress = () =>
    report({ phase: 'loading', done: Math.min(open.index.size, total), total });
  const rows = first ? await first : [];
  if (!rows || !current()) return 'refused';
  const screen = await firstScreen(open, rows, changes);
  // Loading starts with the first members going in at once: a list searching as it starts
  // is answered after them, with them.
  progress();
  putMembers(open, screen.members, true);
  progress();
  const consents = Array.from({ length: header.consentChunks }, (_, i) =>
    openChunk(open, header, 'c', i),
  );
  const ahead = [1, 2].flatMap((i) => (i < count ? [openChunk(open, header, 'm', i)] : []));
  // Every id is listed alongside (deleted members and consents are dropped at the end).
  const live = listLive(open);
  if (!(await restoreConsents(open, consents, changes, live.now()))) return 'refused';
  reconsentMembers(open, [...open.index.ids()], true);
  const step = { current, progress, ahead };
  if (!(await putOtherChunks(open, header, changes, live.now, step))) return 'refused';
  if (!screen.changed) putMembers(open, projectPeople(open, await changes.changedPeople), true);
  const stored = await live.settled;
  reconsentMembers(open, dropDeleted(open, stored, stored), true);
  open.watermark = changes.maxSeq;
  const delta = changes.changedIds.size > 0 || open.index.size !== header.members;
  return delta ? 'changed' : 'loaded';
}
