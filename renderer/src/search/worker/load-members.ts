import { applyConsents, projectPeople } from './apply-records';
import { idsOfType, readRecords } from './read-records';
import type { OpenIndex, WorkerState } from './worker-state';

const CHUNK = 2000;

/** Reads `ids` in chunks, the next chunk decrypting while the previous one is processed. */
async function inChunks(
  open: OpenIndex,
  ids: readonly string[],
  process: (rows: unknown[], done: number) => void,
): Promise<void> {
  const read = (at: number) => readRecords(open.db, open.dataKey, ids.slice(at, at + CHUNK));
  let next = ids.length > 0 ? read(0) : null;
  for (let at = 0; next; at += CHUNK) {
    const rows = await next;
    next = at + CHUNK < ids.length ? read(at + CHUNK) : null;
    process(rows, Math.min(at + CHUNK, ids.length));
  }
}

/**
 * The initial load after unlock: consents first (what each person agreed to), then people,
 * newest first, a chunk at a time; each chunk is searchable as soon as it is in, and progress
 * is reported per chunk. Then the sort orders are built and the index is ready.
 */
export async function loadMembers(state: WorkerState, open: OpenIndex): Promise<void> {
  const [consentIds, personIds] = await Promise.all([
    idsOfType(open.db, 'consent'),
    idsOfType(open.db, 'person'),
  ]);
  const total = personIds.length;
  state.report({ phase: 'loading', done: 0, total });
  await inChunks(open, consentIds, (rows) => applyConsents(open, rows));
  await inChunks(open, personIds, (rows, done) => {
    open.index.putMany(projectPeople(open, rows));
    state.report({ phase: 'loading', done, total });
  });
  state.report({ phase: 'indexing', done: total, total });
  await new Promise((resolve) => setTimeout(resolve, 0));
  open.index.warmOrders();
  state.report({ phase: 'ready', done: total, total });
}
