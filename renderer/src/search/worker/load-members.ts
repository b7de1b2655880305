import { applyConsents, projectPeople } from './apply-records';
import { idsOfType, readRecords } from './read-records';
import type { IndexProgress } from '../member-search-types';
import type { OpenIndex, WorkerState } from './worker-state';

const CHUNK = 2000;

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

/**
 * The initial load after unlock: consents first (what each person agreed to), then people,
 * newest first, a chunk at a time; each chunk is searchable as soon as it is in, and progress
 * is reported per chunk. Then the sort orders are built and the index is ready. Stops early,
 * silently, once `current()` says another index has replaced this one.
 */
export async function loadMembers(
  state: WorkerState,
  open: OpenIndex,
  current: () => boolean = () => true,
): Promise<void> {
  const report = (progress: IndexProgress) => {
    if (current()) state.report(progress);
  };
  const [consentIds, personIds] = await Promise.all([
    idsOfType(open.db, 'consent'),
    idsOfType(open.db, 'person'),
  ]);
  const total = personIds.length;
  report({ phase: 'loading', done: 0, total });
  await inChunks(open, consentIds, current, (rows) => applyConsents(open, rows));
  await inChunks(open, personIds, current, (rows, done) => {
    open.index.putMany(projectPeople(open, rows));
    report({ phase: 'loading', done, total });
  });
  if (!current()) return;
  report({ phase: 'indexing', done: total, total });
  await new Promise((resolve) => setTimeout(resolve, 0));
  open.index.warmOrders();
  report({ phase: 'ready', done: total, total });
}
