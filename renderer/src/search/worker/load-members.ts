import { dropDeleted } from '../snapshot/drop-deleted';
import { loadFromSnapshot, type SnapshotLoad } from '../snapshot/load-from-snapshot';
import { readStoreState } from '../snapshot/read-store-state';
import { AFTER_LOAD_MS, scheduleSnapshot } from '../snapshot/schedule-snapshot';
import { applyConsents, projectPeople, putMembers, reconsentMembers } from './apply-records';
import { COLD_FIRST_PEOPLE, readNewest, readRecords } from './read-records';
import type { IndexProgress } from '../member-search-types';
import type { OpenIndex, WorkerState } from './worker-state';

const CHUNK = 2000;
type Report = (progress: IndexProgress) => void;

/** Reads `ids` in chunks, the next chunk decrypting while the previous one is processed. */
async function inChunks(
  open: OpenIndex,
  ids: readonly string[],
  current: () => boolean,
  process: (rows: unknown[], done: number) => void,
): Promise<void> {
  const read = (at: number) => readRecords(open.db, open.dataKey, ids.slice(at, at + CHUNK));
  let next = ids.length > 0 ? read(0) : null;
  for (let at = 0; next; at += CHUNK) {
    const rows = await next;
    if (!current()) return;
    next = at + CHUNK < ids.length ? read(at + CHUNK) : null;
    process(rows, Math.min(at + CHUNK, ids.length));
  }
}

/** Ids of opened rows. */
const idsOf = (rows: readonly unknown[]) =>
  new Set(rows.map((row) => (row as { id?: unknown }).id).filter((id) => typeof id === 'string'));

/**
 * Everything from the records (first unlock, or no usable snapshot): the most recently changed
 * people first, a few, read directly (the list's first screen is usable after them), then every
 * id is listed and every consent read (those people's drafts and contact flags follow), then
 * the other people, their consents known.
 */
async function loadAll(open: OpenIndex, current: () => boolean, report: Report): Promise<void> {
  // The long listing of every id is asked only once the head is in (projected while the
  // database counts): run alongside, it competed with the head's read, which the list waits for.
  const head = await readNewest(open.db, open.dataKey, 'person', COLD_FIRST_PEOPLE);
  if (!current()) return;
  const first = projectPeople(open, head.rows);
  const stored = await head.stored;
  if (!current()) return;
  const listing = readStoreState(open.db, open.dataKey, null);
  listing.catch(() => undefined);
  report({ phase: 'loading', done: 0, total: stored });
  putMembers(open, first, true);
  report({ phase: 'loading', done: open.index.size, total: stored });
  const now = await listing;
  const total = now.personIds.length;
  const put = (offset: number) => (rows: unknown[], done: number) => {
    putMembers(open, projectPeople(open, rows), true);
    report({ phase: 'loading', done: Math.min(offset + done, total), total });
  };
  await inChunks(open, now.consentIds, current, (rows) => {
    reconsentMembers(open, applyConsents(open, rows), true);
  });
  if (!current()) return;
  const headIds = idsOf(head.rows);
  const rest = now.personIds.filter((id) => !headIds.has(id));
  await inChunks(open, rest, current, put(total - rest.length));
  // Anything put before (a refused snapshot, the head read apart) no longer stored goes.
  reconsentMembers(open, dropDeleted(open, new Set(now.personIds), new Set(now.consentIds)), true);
  open.watermark = now.maxSeq;
}

/**
 * The initial load after unlock: from the sealed snapshot plus what changed since when there
 * is one, else from the records; progress per chunk. Then the sort orders are built and the
 * index is ready, and a fresh snapshot is written when this load read records. Stops early,
 * silently, once `current()` says another index has replaced this one.
 */
export async function loadMembers(
  state: WorkerState,
  open: OpenIndex,
  current: () => boolean = () => true,
): Promise<void> {
  const report: Report = (progress) => {
    if (current()) state.report(progress);
  };
  const outcome: SnapshotLoad = await loadFromSnapshot(open, current, report).catch(
    () => 'refused' as const,
  );
  if (!current()) return;
  if (outcome !== 'loaded' && outcome !== 'changed') await loadAll(open, current, report);
  if (!current()) return;
  const total = open.index.size;
  report({ phase: 'indexing', done: total, total });
  await new Promise((resolve) => setTimeout(resolve, 0));
  open.index.warmOrders();
  report({ phase: 'ready', done: total, total });
  if (outcome !== 'loaded') scheduleSnapshot(state, open, AFTER_LOAD_MS);
}
